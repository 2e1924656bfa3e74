/**
 * @module overview
 * A country at a glance — the one rule for "assess a country", used by the CLI (`coopsec
 * assess`), the REST API (`/api/countries/:c/overview`) and the report (Figure 1, summary):
 *
 * - Every computed figure (changes, growth and level ranks, composite index, weakest
 *   component, maturity stages) is computed from the stored values only. A year no source
 *   gives is missing: it has no index, no stage, no weakest component (PRODUCT.md A1).
 * - `interpolate: true` adds linear estimates for the missing inner years of each component's
 *   measured span to `values`, each labelled `kind: 'estimated'` with its method; they are
 *   shown, never computed with.
 *
 * @example
 * const o = countryOverview({ country: 'KGZ', rows: KGZ_PAPER_ASSESSMENTS, interpolate: false });
 * o.weakest?.components; // ['digital-literacy']
 */
import type { Assessment } from './assessment.ts';
import { COMPONENT_IDS, COMPONENTS, type ComponentId } from './components.ts';
import { compositeIndexSeries } from './composite-index.ts';
import { findCountry } from './countries.ts';
import { buildSeries, change, rankByGrowth, rankByLevel, weakestComponent } from './dynamics.ts';
import { interpolate as interpolateSeries } from './interpolation.ts';
import { DEFAULT_MATURITY_RULE, maturityStage, type MaturityRule } from './maturity.ts';

export interface OverviewOptions {
  /** ISO 3166-1 alpha-3 code. */
  readonly country: string;
  /** The country's stored assessments (other countries' rows are ignored). */
  readonly rows: readonly Assessment[];
  readonly weights?: Readonly<Record<string, number>>;
  readonly rule?: MaturityRule;
  /** Add labelled linear estimates of the missing inner years to `values`. */
  readonly interpolate: boolean;
  /** Only the years from … to (inclusive). */
  readonly from?: number;
  readonly to?: number;
}

/** Measured values plus linear estimates for the missing years inside each measured span. */
export function withInterpolatedYears(rows: readonly Assessment[], country: string): Assessment[] {
  const out: Assessment[] = [];
  for (const component of COMPONENT_IDS) {
    const own = rows.filter((r) => r.component === component);
    const measured = own.filter((r) => r.kind === 'measured').map((r) => r.year);
    if (measured.length < 2) {
      out.push(...own);
      continue;
    }
    const lo = Math.min(...measured);
    const hi = Math.max(...measured);
    const wanted = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    const filled = interpolateSeries(own, { country, component, years: wanted });
    out.push(...filled, ...own.filter((r) => r.kind !== 'measured' && !wanted.includes(r.year)));
  }
  return out;
}

const sortYears = (years: Iterable<number>) => [...new Set(years)].sort((a, b) => a - b);

export function countryOverview(options: OverviewOptions) {
  const { country } = options;
  const rows = options.rows.filter(
    (r) =>
      r.country === country &&
      (options.from === undefined || r.year >= options.from) &&
      (options.to === undefined || r.year <= options.to),
  );
  const rule = options.rule ?? DEFAULT_MATURITY_RULE;
  const measuredYears = sortYears(rows.filter((r) => r.kind === 'measured').map((r) => r.year));
  const storedYears = sortYears(rows.map((r) => r.year));
  const series = buildSeries(rows, { country });
  const first = measuredYears[0];
  const last = measuredYears[measuredYears.length - 1];
  const dynamics =
    first !== undefined && last !== undefined && first < last
      ? {
          from: first,
          to: last,
          changes: COMPONENT_IDS.flatMap((component) =>
            [first, last].every((y) => series.components[component].some((p) => p.year === y))
              ? [change(series, { component, from: first, to: last })]
              : [],
          ),
          rankByLevel: rankByLevel(series, last),
          rankByAbsoluteGrowth: rankByGrowth(series, {
            from: first,
            to: last,
            measure: 'absolute',
          }),
          rankByRelativeGrowth: rankByGrowth(series, {
            from: first,
            to: last,
            measure: 'relative',
          }),
        }
      : null;
  const weakestByYear = storedYears.map((y) => weakestComponent(series, y));
  const weakest = weakestByYear.find((w) => w.year === last) ?? null;
  const index = compositeIndexSeries(rows, {
    country,
    ...(options.weights ? { weights: options.weights } : {}),
  });
  const lastIndex = index.find((i) => i.year === last);
  const maturity =
    last === undefined
      ? null
      : {
          year: last,
          rule,
          components: rows
            .filter((r) => r.year === last)
            .map((r) => {
              const m = maturityStage(r.score, rule);
              return { component: r.component, score: m.score, stage: m.stage, level: m.level };
            }),
          index:
            lastIndex?.computable === true
              ? (({ score, stage, level }) => ({ score, stage, level }))(
                  maturityStage(lastIndex.value, rule),
                )
              : null,
        };
  const values = options.interpolate ? withInterpolatedYears(rows, country) : [...rows];
  const span =
    first === undefined || last === undefined
      ? []
      : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    country,
    name: findCountry(country)?.name ?? country,
    components: COMPONENTS,
    measuredYears,
    /** Years inside the measured span with no stored value of any component. */
    missingYears: span.filter((y) => !storedYears.includes(y)),
    values: values
      .map(
        ({
          country: c,
          year,
          component,
          score,
          sourceId,
          evidence,
          confidence,
          kind,
          ...rest
        }) => ({
          country: c,
          year,
          component,
          score,
          sourceId,
          evidence,
          confidence,
          kind,
          method:
            (rest as { method?: string }).method ?? (kind === 'measured' ? 'measured' : 'estimate'),
          stage: maturityStage(score, rule).stage,
        }),
      )
      .sort(
        (a, b) =>
          COMPONENT_IDS.indexOf(a.component) - COMPONENT_IDS.indexOf(b.component) ||
          a.year - b.year,
      ),
    dynamics,
    index,
    weakest,
    weakestByYear,
    maturity,
    sourceIds: [...new Set(rows.map((r) => r.sourceId))],
    unavailable: [] as string[],
  };
}

export type CountryOverview = ReturnType<typeof countryOverview>;
export type OverviewComponent = ComponentId;
