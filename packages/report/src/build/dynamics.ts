/**
 * @module build/dynamics
 * Figure 1 and summary data from assessments, through the model's own functions: series,
 * on-request linear interpolation of the inner missing years (labelled estimated), change in
 * pp / % / CAGR, ranks by growth, weakest component, composite index and maturity stages.
 */
import {
  COMPONENT_IDS,
  countryOverview,
  type Assessment,
  type ComponentId,
  type Ranking,
} from '@coopsec/model';
import type { DynamicsData, ReportPoint, ReportSeries } from '../input.ts';

export const COMPUTED_SOURCE_ID = 'coopsec-computed';

function topOf(ranking: Ranking): ComponentId[] {
  return ranking.entries.filter((e) => e.rank === 1).map((e) => e.component);
}

/**
 * Figure 1's data by the model's one overview rule (`countryOverview`, the same as `coopsec
 * assess` and the dashboard): computed figures from the stored values only, estimates of the
 * inner missing years only when asked for and labelled.
 */
export function buildDynamics(options: {
  country: string;
  assessments: readonly Assessment[];
  interpolate: boolean;
}): DynamicsData {
  const o = countryOverview({
    country: options.country,
    rows: options.assessments,
    interpolate: options.interpolate,
  });
  const series: ReportSeries[] = COMPONENT_IDS.map((component) => ({
    component,
    points: o.values
      .filter((v) => v.component === component)
      .map((v): ReportPoint => ({
        year: v.year,
        score: v.score,
        kind: v.kind,
        sourceId: v.sourceId,
        evidence: v.evidence,
      })),
  }));
  const from = o.measuredYears[0] ?? 0;
  const to = o.measuredYears[o.measuredYears.length - 1] ?? 0;
  const d = o.dynamics;
  return {
    series,
    from,
    to,
    changes: d?.changes ?? [],
    ...(o.weakest === null
      ? {}
      : {
          weakest: {
            year: o.weakest.year,
            components: o.weakest.components,
            score: o.weakest.score,
          },
        }),
    ...(d === null
      ? {}
      : {
          fastest: {
            absolute: topOf(d.rankByAbsoluteGrowth),
            relative: topOf(d.rankByRelativeGrowth),
          },
          rankRule: d.rankByAbsoluteGrowth.rule,
        }),
    composite: o.index
      .filter((r) => o.measuredYears.includes(r.year))
      .flatMap((r) => (r.computable ? [{ year: r.year, value: r.value }] : [])),
    maturity: {
      year: to,
      rule: o.maturity?.rule.description ?? '',
      stages: COMPONENT_IDS.flatMap((c) => {
        const m = o.maturity?.components.find((x) => x.component === c);
        return m === undefined ? [] : [{ component: c, stage: m.stage }];
      }),
    },
    computedSourceId: COMPUTED_SOURCE_ID,
  };
}
