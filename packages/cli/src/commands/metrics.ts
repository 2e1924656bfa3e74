/**
 * @module commands/metrics
 * `coopsec metrics [--from --to --org]`: a thin adapter over `measureCooperation` of
 * @coopsec/app (the same answer as `GET /api/cooperation`); `--json` prints it as is.
 */
import { measureCooperation } from '@coopsec/app';
import type { CooperationMetrics } from '@coopsec/model';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, printJson } from '../output.ts';

interface MetricsOptions {
  from?: string;
  to?: string;
  org?: string;
}

export const metricsAction = action(async (options: MetricsOptions, command: CommandLike) => {
  const global = globalOptions(command);
  const metrics = await withStore(global, (store) =>
    measureCooperation(store, {
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(options.org !== undefined ? { org: options.org } : {}),
    }),
  );
  if (global.json === true) printJson(metrics);
  else process.stdout.write(`${metricsText(metrics)}\n`);
});

const days = (s: number | null) => (s === null ? '—' : `${(s / 86_400).toFixed(2)} d`);
const hours = (s: number | null) => (s === null ? '—' : `${(s / 3600).toFixed(1)} h`);
const tlps = (t: Readonly<Record<string, number>>) =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '—';

function metricsText(m: CooperationMetrics): string {
  const period = `${m.period.from ?? 'the beginning'} to ${m.period.to ?? 'now'}`;
  return [
    `Cooperation measured from ${m.source.citation}, ${period} (confidence ${m.source.confidence})`,
    '',
    'By organisation (what it contributed here):',
    formatTable(
      [
        'organisation',
        'shared',
        'by TLP',
        'indicators',
        'sightings returned',
        'per indicator',
        'agreements',
        'cases (led)',
        'advisories',
      ],
      m.organisations.map((o) => [
        o.org,
        o.shared.total,
        tlps(o.shared.byTlp),
        o.uniqueIndicators,
        o.sightingsReturned,
        o.sightingsPerIndicator === null ? '—' : o.sightingsPerIndicator.toFixed(2),
        o.agreementsActive,
        `${o.cases} (${o.casesLed})`,
        o.advisoriesPublished,
      ]),
    ),
    '',
    `By partner node (what it sent here; ${m.peersReachable} of ${m.partners.length} reachable):`,
    formatTable(
      ['peer', 'for', 'received', 'by TLP', 'median time to share', 'p90', 'last sync'],
      m.partners.map((p) => [
        p.name,
        p.localOrg,
        p.received.total,
        tlps(p.received.byTlp),
        days(p.timeToShare.medianSeconds),
        days(p.timeToShare.p90Seconds),
        p.lastStatus ?? 'never',
      ]),
    ),
    '',
    `Joint incident response: ${m.incidents.cases} cases opened (${m.incidents.joint} with more than one organisation), ${m.incidents.contained} contained, ${m.incidents.resolved} resolved; time to contain median ${hours(m.incidents.timeToContain.medianSeconds)}, p90 ${hours(m.incidents.timeToContain.p90Seconds)} (${m.incidents.timeToContain.samples} cases)`,
    `Advisories: ${m.advisories.published} published here, ${m.advisories.received} received from partner nodes`,
    '',
    'Rules:',
    ...m.rules.map((r) => `  - ${r}`),
  ].join('\n');
}
