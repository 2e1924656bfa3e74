/**
 * @module catalogues/web-scenarios-ru
 * The dashboard's scenario editor in Russian (keys `web.scenarios.…`). Terms follow the
 * report's scenario section: «проекция», «оценка», «допущение», «анализ чувствительности».
 */
import type { WEB_SCENARIOS_EN } from './web-scenarios-en.ts';

export const WEB_SCENARIOS_RU: { readonly [K in keyof typeof WEB_SCENARIOS_EN]: string } = {
  'web.scenarios.heading': 'Сценарии — Кыргызстан',
  'web.scenarios.defaultName': 'План coopsec',
  'web.scenarios.planName': 'Название плана',
  'web.scenarios.horizonYear': 'Год горизонта',
  'web.scenarios.runs': 'Прогоны анализа чувствительности',
  'web.scenarios.effort': '{component}: усилия в год',
  'web.scenarios.conclusions': 'Проверяемые выводы (по одному в строке)',
  'web.scenarios.conclusionsHint': 'например: {examples}',
  'web.scenarios.error.horizon': 'год от {from} до {to}',
  'web.scenarios.error.number': 'нужно число',
  'web.scenarios.error.negative': 'не может быть отрицательным',
  'web.scenarios.error.tooMuch':
    '{max, plural, one {не больше # единицы в год} few {не больше # единиц в год} many {не больше # единиц в год} other {не больше # единицы в год}}',
  'web.scenarios.error.runs': 'целое число от {min} до {max}',
  'web.scenarios.error.name': 'укажите название плана',
  'web.scenarios.what': 'проекции',
  'web.scenarios.projection': 'Проекция на {from}–{to} годы',
  'web.scenarios.projectedIsEstimated': 'проекция = оценка',
  'web.scenarios.updating': 'обновление…',
  'web.scenarios.indexAt': 'Сводный индекс в {year} году:',
  'web.scenarios.projectedParen': '(проекция)',
  'web.scenarios.show': 'Показать',
  'web.scenarios.allComponents': 'все компоненты',
  'web.scenarios.withTrend': '{component} (с коридором тренда)',
  'web.scenarios.legendMeasured': 'измерено (закрашенные точки)',
  'web.scenarios.legendProjected': 'проекция по сценарию (оценка)',
  'web.scenarios.legendTrend':
    'простая экстраполяция тренда с коридором (показывается для отдельного компонента)',
  'web.scenarios.chartLabel': 'Проекция по сценарию',
  'web.scenarios.sensitivity':
    'Анализ чувствительности ({runs, plural, one {# прогон} few {# прогона} many {# прогонов} other {# прогона}}, зерно генератора {seed})',
  'web.scenarios.conclusion': 'Вывод',
  'web.scenarios.withDefaults': 'При допущениях по умолчанию',
  'web.scenarios.share': 'Доля прогонов, в которых вывод верен',
  'web.scenarios.holds': 'верен',
  'web.scenarios.doesNotHold': 'неверен',
  'web.scenarios.ofRuns': '({holding} из {runs})',
  'web.scenarios.spreadLabel': 'Разброс значений на горизонте по прогонам анализа чувствительности',
  'web.scenarios.sampling': 'Схема выборки:',
  'web.scenarios.assumptions': 'Допущения ({n})',
  'web.scenarios.series.measured': '{component} (измерено)',
  'web.scenarios.series.projected': '{component} (проекция)',
  'web.scenarios.series.trendBand': 'коридор тренда (экстраполяция)',
  'web.scenarios.series.trend': 'тренд (экстраполяция)',
  'web.scenarios.series.projectedPeriod': 'период проекции',
  'web.scenarios.series.projectedEstimated': 'проекция (оценка)',
  'web.scenarios.series.scoreAtHorizon': 'значение на горизонте',
  'web.scenarios.series.compositeIndex': 'Сводный индекс',
  'web.scenarios.series.percentiles': '5–95-й процентили (оценка)',
  'web.scenarios.series.median': 'медиана',
};
