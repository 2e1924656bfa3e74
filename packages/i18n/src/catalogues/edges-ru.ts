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
  'cli.assess.heading': '{name} ({code}) — пять компонентов, {from}–{to}',
  'cli.assess.sources': 'Источники: {sources}',
  'cli.assess.estimatedNote':
    '; значения со знаком * — ОЦЕНКИ (линейная интерполяция), они не опубликованы и не входят ни в один расчёт',
  'cli.assess.column.component': 'Компонент',
  'cli.assess.column.yearStage': '{year} (стадия)',
  'cli.assess.column.deltaPp': 'Δ п. п.',
  'cli.assess.column.deltaPercent': 'Δ %',
  'cli.assess.column.cagr': 'CAGR %',
  'cli.assess.column.rankPp': 'ранг роста п. п.',
  'cli.assess.column.rankPercent': 'ранг роста %',
  'cli.assess.central': '{name} (центральный)',
  'cli.assess.multiplier': '{name} (множитель)',
  'cli.assess.missing': 'нет данных',
  'cli.assess.index': 'Сводный индекс (веса: {weights})',
  'cli.assess.notComputable': 'не вычисляется — {reason}',
  'cli.assess.weakest': 'Самый слабый компонент {year}: {names} ({score})',
  'cli.assess.and': '{a} и {b}',
  'cli.assess.provisional': '; предварительно, нет данных: {missing}',
  'cli.assess.missingYears':
    'Годы без опубликованных значений: {years}. С --interpolate видны помеченные линейные оценки.',
  'cli.assess.measuredNotShown': 'Измеренное сотрудничество: не показано ({reason}).',
  'cli.assess.measuredHead':
    'Сотрудничество, измеренное на этом узле, с {from} по {to} (ИЗМЕРЕНО по источнику «{citation}», достоверность {confidence}; рядом с заявленной оценкой, а не вместо неё):',
  'cli.assess.measuredFigures':
    'передано объектов: {shared}, получено: {received}, уникальных индикаторов: {indicators}, соглашений: {agreements}, доступных узлов: {peers}, совместных инцидентных дел: {cases}, бюллетеней: {advisories}',
  'cli.assess.measuredScore': 'Измеренная оценка ({rule}): {score}',
  'cli.assess.measuredScoreMissing': 'нет данных (записи не дают ни одного отношения)',
  'cli.assess.ranks': 'Ранги: {rule}',
  'cli.assess.stages': 'Стадии: {rule}',
  'cli.metrics.heading':
    'Сотрудничество, измеренное по источнику «{citation}», с {from} по {to} (достоверность {confidence})',
  'cli.metrics.beginning': 'начала записей',
  'cli.metrics.now': 'настоящее время',
  'cli.metrics.byOrganisation': 'По организациям (что каждая передала на этот узел):',
  'cli.metrics.column.organisation': 'организация',
  'cli.metrics.column.shared': 'передано',
  'cli.metrics.column.byTlp': 'по TLP',
  'cli.metrics.column.indicators': 'индикаторы',
  'cli.metrics.column.sightingsReturned': 'возвращено обнаружений',
  'cli.metrics.column.perIndicator': 'на индикатор',
  'cli.metrics.column.agreements': 'соглашения',
  'cli.metrics.column.casesLed': 'дела (ведёт)',
  'cli.metrics.column.advisories': 'бюллетени',
  'cli.metrics.byPartner':
    'По узлам-партнёрам (что каждый прислал сюда; доступно {reachable} из {partners}):',
  'cli.metrics.column.peer': 'узел',
  'cli.metrics.column.for': 'для',
  'cli.metrics.column.received': 'получено',
  'cli.metrics.column.medianTimeToShare': 'медиана времени передачи',
  'cli.metrics.column.p90': 'p90',
  'cli.metrics.column.lastSync': 'последняя синхронизация',
  'cli.metrics.never': 'не было',
  'cli.metrics.days': '{value} сут.',
  'cli.metrics.hours': '{value} ч',
  'cli.metrics.incidents':
    'Совместное реагирование на инциденты: открыто дел — {cases} (с участием нескольких организаций — {joint}), локализовано — {contained}, закрыто — {resolved}; время локализации: медиана {median}, p90 {p90} (дел: {samples})',
  'cli.metrics.advisories':
    'Бюллетени: опубликовано здесь — {published}, получено от узлов-партнёров — {received}',
  'cli.metrics.rules': 'Правила:',
  'rules.cooperation.shared':
    'передано: версии объектов, которые локальная организация внесла здесь (а не получила от узла-партнёра), по типу и TLP',
  'rules.cooperation.received':
    'получено: версии объектов, пришедшие от узла-партнёра, по типу и TLP',
  'rules.cooperation.timeToShare':
    'время передачи: время поступления сюда минус время создания объекта (created); медиана и p90 методом ближайшего ранга',
  'rules.cooperation.sightingsReturned':
    'возвращённые обнаружения: обнаружения (sightings) по индикаторам организации, внесённые другой организацией или узлом',
  'rules.cooperation.peersReachable':
    'доступные узлы: включённые узлы-партнёры, последняя синхронизация с которыми прошла успешно',
  'rules.cooperation.incidentCases':
    'инцидентные дела: дела, открытые за период (по времени создания); совместные — с участием более чем одной организации',
  'rules.cooperation.timeToContain':
    'время локализации / закрытия: по собственной хронологии каждого дела (открыто → выход из фазы локализации; открыто → закрыто); медиана и p90 методом ближайшего ранга по делам, дошедшим до этой точки',
  'rules.cooperation.advisories':
    'бюллетени: различные отчёты-бюллетени в коллекции advisories, опубликованные здесь или полученные от узла-партнёра',
  'cli.claims.verdict.holds': 'ПОДТВЕРЖДАЕТСЯ',
  'cli.claims.verdict.does-not-hold': 'НЕ ПОДТВЕРЖДАЕТСЯ',
  'cli.claims.verdict.cannot-be-decided': 'НЕЛЬЗЯ ПРОВЕРИТЬ',
  'cli.claims.none': 'Утверждений нет.',
  'cli.claims.noneInSet': 'В наборе «{set}» утверждений нет.',
  'cli.claims.reading': 'прочтение: {reading}',
  'cli.claims.numbers': 'числа: {numbers}',
  'cli.claims.summary':
    'Утверждений: {total}; подтверждается: {holds}, не подтверждается: {doesNotHold}, по данным проверить нельзя: {cannotBeDecided}.',
  'cli.claims.stored':
    '{n, plural, one {Сохранено # утверждение} few {Сохранено # утверждения} many {Сохранено # утверждений} other {Сохранено # утверждения}} в наборе «{set}». Проверить их: coopsec claims --source {set}',
  'cli.inventory.imported': '{org}: перечень ПО заменён, записей: {entries}; {alerts}',
  'cli.inventory.noNewAlerts': 'новых оповещений нет',
  'cli.inventory.newAlerts':
    '{n, plural, one {# новое оповещение} few {# новых оповещения} many {# новых оповещений} other {# новых оповещения}} (coopsec inventory alerts{org})',
  'cli.inventory.empty':
    'У {org} нет перечня ПО. Импортируйте его: coopsec inventory import {org} <file.csv>',
  'cli.inventory.column.identifier': 'cpe или purl',
  'cli.inventory.column.version': 'версия',
  'cli.inventory.column.org': 'организация',
  'cli.inventory.column.advisory': 'бюллетень',
  'cli.inventory.column.status': 'статус',
  'cli.inventory.column.alert': 'оповещение',
  'cli.inventory.column.raised': 'создано',
  'cli.inventory.yes': 'да',
  'cli.inventory.no': 'нет',
  'cli.inventory.noMatches': 'Ни один сохранённый бюллетень не касается этих перечней ПО.',
  'cli.inventory.affected': 'затронутые записи: {affected}',
  'cli.inventory.affectedNone': 'нет',
  'cli.inventory.leftOut': 'не учтено: продукт {product} из {advisory}: {message}',
  'cli.inventory.raisedNow': 'создано сейчас: {n}',
  'cli.inventory.noAlerts':
    'Оповещений по перечням ПО нет. Организация получает оповещение, когда сохранённый бюллетень, который ей разрешено читать, затрагивает её перечень ПО (дайте ей право чтения коллекции advisories).',
  'cli.advisory.alreadyStored': '{id} версии {version} уже сохранён: ничего не записано',
  'cli.advisory.stored':
    'сохранён {id} версии {version} (CVE: {cves}, продуктов: {products}): объектов STIX: {written}, отчёт {report}; {alerts}',
  'cli.advisory.none':
    'Бюллетеней нет. Импортируйте документ CSAF 2.0: coopsec advisory import <file> --org <id>',
  'cli.advisory.column.trackingId': 'идентификатор',
  'cli.advisory.column.version': 'версия',
  'cli.advisory.column.released': 'выпущен',
  'cli.advisory.column.publisher': 'издатель',
  'cli.advisory.column.cves': 'CVE',
  'cli.advisory.column.maxCvss': 'макс. CVSS',
  'cli.advisory.column.title': 'заголовок',
  'cli.advisory.heading': '{id} версии {version} ({status})',
  'cli.advisory.released': 'выпущен {initial}, текущая редакция {current}',
  'cli.advisory.noCve': '(без CVE)',
  'cli.advisory.computed': '(вычислено)',
  'cli.advisory.published': '— в бюллетене указано {score}',
  'cli.advisory.wrote': 'записан {file}',
  'rules.rank':
    'Ранжирование по схеме соревнований («1224»): наибольшее значение получает ранг 1; равные значения (относительная разница ≤ 1e-9) делят лучший ранг и отмечаются как равные; следующее значение пропускает разделённые места. Компоненты без данных указываются как отсутствующие и не ранжируются.',
  'rules.maturity.equal-20-point-bands':
    'Равные интервалы по 20 баллов: 0 ≤ s < 20 Start-up, 20 ≤ s < 40 Formative, 40 ≤ s < 60 Established, 60 ≤ s < 80 Strategic, 80 ≤ s ≤ 100 Dynamic. Оксфордская модель CMM называет стадии, но не даёт сводной оценки; это соответствие оценки и стадии — допущение coopsec, а не часть CMM.',
};
