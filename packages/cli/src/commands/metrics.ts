/**
 * @module commands/metrics
 * `coopsec metrics [--from --to --org]`: a thin adapter over `measureCooperation` of
 * @coopsec/app (the same answer as `GET /api/cooperation`); `--json` prints it as is.
 */
import { measureCooperation } from '@coopsec/app';
import type { CooperationMetrics } from '@coopsec/model';
import { EN, translator, type MessageKey, type Translator } from '@coopsec/i18n';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { boundary, fixed } from '../human.ts';
import { cliTranslator } from '../language.ts';
import { action, formatTable, printJson } from '../output.ts';

interface MetricsOptions {
  from?: string;
  to?: string;
  org?: string;
}

export const metricsAction = action(async (options: MetricsOptions, command: CommandLike) => {
  const global = globalOptions(command);
  const tr = cliTranslator(command);
  const metrics = await withStore(global, (store) =>
    measureCooperation(store, {
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(options.org !== undefined ? { org: options.org } : {}),
    }),
  );
  if (global.json === true) printJson(metrics);
  else process.stdout.write(`${metricsText(metrics, tr)}\n`);
});

/** The catalogue key of each of the model's rule texts, so a rule reads in the output's language. */
const RULE_KEYS = [
  'rules.cooperation.shared',
  'rules.cooperation.received',
  'rules.cooperation.timeToShare',
  'rules.cooperation.sightingsReturned',
  'rules.cooperation.peersReachable',
  'rules.cooperation.incidentCases',
  'rules.cooperation.timeToContain',
  'rules.cooperation.advisories',
] as const satisfies readonly MessageKey[];

/** A rule in `tr`'s language when the catalogue has the model's text, else as the model gives it. */
function rule(tr: Translator, text: string): string {
  const key = RULE_KEYS.find((k) => EN[k] === text);
  return key === undefined ? text : tr.t(key);
}

const tlps = (t: Readonly<Record<string, number>>) =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '—';

/**
 * The metrics as text in `tr`'s language. Organisation and peer ids, TLP labels, the source's
 * citation and confidence and a peer's own sync status stay as stored.
 */
export function metricsText(m: CooperationMetrics, tr: Translator = translator('en')): string {
  const { t } = tr;
  const days = (s: number | null) =>
    s === null ? '—' : t('cli.metrics.days', { value: fixed(tr, s / 86_400, 2) });
  const hours = (s: number | null) =>
    s === null ? '—' : t('cli.metrics.hours', { value: fixed(tr, s / 3600, 1) });
  return [
    t('cli.metrics.heading', {
      citation: m.source.citation,
      from: m.period.from === null ? t('cli.metrics.beginning') : boundary(tr, m.period.from),
      to: m.period.to === null ? t('cli.metrics.now') : boundary(tr, m.period.to),
      confidence: m.source.confidence,
    }),
    '',
    t('cli.metrics.byOrganisation'),
    formatTable(
      [
        t('cli.metrics.column.organisation'),
        t('cli.metrics.column.shared'),
        t('cli.metrics.column.byTlp'),
        t('cli.metrics.column.indicators'),
        t('cli.metrics.column.sightingsReturned'),
        t('cli.metrics.column.perIndicator'),
        t('cli.metrics.column.agreements'),
        t('cli.metrics.column.casesLed'),
        t('cli.metrics.column.advisories'),
      ],
      m.organisations.map((o) => [
        o.org,
        o.shared.total,
        tlps(o.shared.byTlp),
        o.uniqueIndicators,
        o.sightingsReturned,
        o.sightingsPerIndicator === null ? '—' : fixed(tr, o.sightingsPerIndicator, 2),
        o.agreementsActive,
        `${o.cases} (${o.casesLed})`,
        o.advisoriesPublished,
      ]),
    ),
    '',
    t('cli.metrics.byPartner', { reachable: m.peersReachable, partners: m.partners.length }),
    formatTable(
      [
        t('cli.metrics.column.peer'),
        t('cli.metrics.column.for'),
        t('cli.metrics.column.received'),
        t('cli.metrics.column.byTlp'),
        t('cli.metrics.column.medianTimeToShare'),
        t('cli.metrics.column.p90'),
        t('cli.metrics.column.lastSync'),
      ],
      m.partners.map((p) => [
        p.name,
        p.localOrg,
        p.received.total,
        tlps(p.received.byTlp),
        days(p.timeToShare.medianSeconds),
        days(p.timeToShare.p90Seconds),
        p.lastStatus ?? t('cli.metrics.never'),
      ]),
    ),
    '',
    t('cli.metrics.incidents', {
      cases: m.incidents.cases,
      joint: m.incidents.joint,
      contained: m.incidents.contained,
      resolved: m.incidents.resolved,
      median: hours(m.incidents.timeToContain.medianSeconds),
      p90: hours(m.incidents.timeToContain.p90Seconds),
      samples: m.incidents.timeToContain.samples,
    }),
    t('cli.metrics.advisories', {
      published: m.advisories.published,
      received: m.advisories.received,
    }),
    '',
    t('cli.metrics.rules'),
    ...m.rules.map((r) => `  - ${rule(tr, r)}`),
  ].join('\n');
}
