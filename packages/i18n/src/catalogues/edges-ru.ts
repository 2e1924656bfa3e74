/**
 * @module catalogues/edges-ru
 * The REST API's problem titles and the CLI's human output in Russian (keys `problem.…`,
 * `cli.…`), spread into the Russian catalogue.
 */
import type { EDGES_EN } from './edges-en.ts';

export const EDGES_RU: { readonly [K in keyof typeof EDGES_EN]: string } = {
  'problem.BAD_INPUT': 'Неверные входные данные',
  'problem.UNAUTHENTICATED': 'Вход не выполнен',
  'problem.FORBIDDEN': 'Доступ запрещён',
  'problem.NOT_FOUND': 'Не найдено',
  'problem.CONFLICT': 'Конфликт',
  'problem.TOO_LARGE': 'Слишком большой объём',
  'problem.UNSUPPORTED': 'Не поддерживается',
  'problem.INTERNAL': 'Внутренняя ошибка',
  'problem.UNAVAILABLE': 'Недоступно',
  'problem.NOT_AVAILABLE_YET': 'Пока недоступно',
  'problem.internalDetail': 'произошла непредвиденная ошибка; она записана в журнал',
  'cli.error.more':
    '… и ещё {n, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
};
