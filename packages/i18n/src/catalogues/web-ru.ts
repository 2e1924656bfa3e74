/**
 * @module catalogues/web-ru
 * The dashboard's messages in Russian (keys `web.…`), spread into the Russian catalogue. Terms
 * follow the report's Russian: «оценка» for an estimated value, «компонент», «стадия зрелости».
 */
import type { WEB_EN } from './web-en.ts';

export const WEB_RU: { readonly [K in keyof typeof WEB_EN]: string } = {
  'web.shell.signOut': 'Выйти',
  'web.shell.administrator': 'администратор',
  'web.shell.whoTitle': 'пользователь {user}, организация {org}, ключ {key}',
  'web.shell.language': 'Язык',
  'web.shell.noPage': 'Страницы «{page}» нет.',
  'web.shell.toOverview': 'Перейти к обзору',
  'web.shell.session': 'сеанса',
  'web.shell.page': 'страницы',
  'web.nav.overview': 'Обзор',
  'web.nav.assess': 'Оценка',
  'web.nav.model': 'Модель',
  'web.nav.claims': 'Утверждения',
  'web.nav.standards': 'Стандарты',
  'web.nav.compare': 'Регион',
  'web.nav.scenarios': 'Сценарии',
  'web.nav.report': 'Отчёт',
  'web.nav.exchange': 'Обмен',
  'web.nav.incidents': 'Инциденты',
  'web.nav.advisories': 'Бюллетени',
  'web.nav.cooperation': 'Сотрудничество',
  'web.nav.admin': 'Управление',
  'web.status.loading': 'Загрузка: {what}…',
  'web.status.notAvailable': '{feature}: пока недоступно.',
  'web.status.notInBuild': 'Этой части coopsec пока нет в сборке.',
  'web.status.row': 'строка {n}',
  'web.status.estimated': 'оценка',
  'web.status.computedNotMeasured': 'рассчитано, не измерено',
  'web.status.pageFailed': 'Не удалось показать страницу.',
  'web.status.reload': 'Обновить',
  'web.status.error': 'Ошибка',
  'web.signIn.tagline':
    'Платформа оценки и сотрудничества для национальных центров информационной безопасности.',
  'web.signIn.apiKey': 'API-ключ',
  'web.signIn.hint': 'При первом запуске npm start выводит ключ администратора.',
  'web.signIn.enterKey': 'Введите API-ключ.',
  'web.signIn.noSpaces': 'В API-ключе нет пробелов.',
  'web.signIn.refused': 'сервер отклонил ключ (HTTP {status})',
  'web.signIn.unreachable': 'нет связи с сервером: {reason}',
  'web.signIn.checking': 'Проверка…',
  'web.signIn.submit': 'Войти',
};
