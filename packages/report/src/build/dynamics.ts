/**
 * @module build/dynamics
 * Figure 1 and summary data from assessments, through the model's own functions: series,
 * on-request linear interpolation of the inner missing years (labelled estimated), change in
 * pp / % / CAGR, ranks by growth, weakest component, composite index and maturity stages.
 */
import {
  COMPONENT_IDS,
  DEFAULT_MATURITY_RULE,
  buildSeries,
  change,
  compositeIndexSeries,
  interpolate,
  maturityStage,
  rankByGrowth,
  weakestComponent,
  type Assessment,
  type ComponentId,
  type Ranking,
} from '@coopsec/model';
import type { DynamicsData, ReportPoint, ReportSeries } from '../input.ts';

export const COMPUTED_SOURCE_ID = 'coopsec-computed';

function topOf(ranking: Ranking): ComponentId[] {
  return ranking.entries.filter((e) => e.rank === 1).map((e) => e.component);
}

/** Every year between the first and last measured year that has no value, per component. */
function innerMissingYears(points: readonly { year: number }[]): number[] {
  if (points.length < 2) return [];
  const years = new Set(points.map((p) => p.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !years.has(y));
}

export function buildDynamics(options: {
  country: string;
  assessments: readonly Assessment[];
  interpolate: boolean;
}): DynamicsData {
  const rows = options.assessments.filter((a) => a.country === options.country);
  const series = buildSeries(rows, { country: options.country });
  const reportSeries: ReportSeries[] = COMPONENT_IDS.map((component) => {
    const measured = series.components[component].filter((p) => p.kind === 'measured');
    const missing = innerMissingYears(measured);
    const all: readonly Assessment[] =
      options.interpolate && missing.length > 0
        ? interpolate(rows, { country: options.country, component, years: missing })
        : rows.filter((a) => a.component === component);
    const points: ReportPoint[] = [...all]
      .sort((a, b) => a.year - b.year)
      .map((a) => ({
        year: a.year,
        score: a.score,
        kind: a.kind,
        sourceId: a.sourceId,
        evidence: a.evidence,
      }));
    return { component, points };
  });
  const measuredYears = [
    ...new Set(rows.filter((a) => a.kind === 'measured').map((a) => a.year)),
  ].sort((a, b) => a - b);
  const from = measuredYears[0] ?? 0;
  const to = measuredYears[measuredYears.length - 1] ?? 0;
  const changes =
    from < to
      ? COMPONENT_IDS.flatMap((component) => {
          const ok = [from, to].every((y) =>
            series.components[component].some((p) => p.year === y),
          );
          return ok ? [change(series, { component, from, to })] : [];
        })
      : [];
  const canRank = from < to;
  const absolute = canRank ? rankByGrowth(series, { from, to, measure: 'absolute' }) : undefined;
  const relative = canRank ? rankByGrowth(series, { from, to, measure: 'relative' }) : undefined;
  const weakest = to > 0 ? weakestComponent(series, to) : undefined;
  const composite = compositeIndexSeries(rows, { country: options.country })
    .filter((r) => measuredYears.includes(r.year))
    .flatMap((r) => (r.computable ? [{ year: r.year, value: r.value }] : []));
  const lastPoints = COMPONENT_IDS.flatMap((c) => {
    const p = series.components[c].find((x) => x.year === to);
    return p === undefined ? [] : [{ component: c, stage: maturityStage(p.score).stage }];
  });
  return {
    series: reportSeries,
    from,
    to,
    changes,
    ...(weakest === undefined
      ? {}
      : { weakest: { year: weakest.year, components: weakest.components, score: weakest.score } }),
    ...(absolute === undefined || relative === undefined
      ? {}
      : {
          fastest: { absolute: topOf(absolute), relative: topOf(relative) },
          rankRule: absolute.rule,
        }),
    composite,
    maturity: { year: to, rule: DEFAULT_MATURITY_RULE.description, stages: lastPoints },
    computedSourceId: COMPUTED_SOURCE_ID,
  };
}
