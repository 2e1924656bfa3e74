/**
 * @module dynamics
 * Series and dynamics of the five components (PRODUCT.md A3): per-component series, change in
 * percentage points, relative change, CAGR, ranks by level and by growth, and the weakest
 * component (the binding constraint).
 *
 * Rules every function here keeps, because the paper's claims are audited with them:
 * - A year without a value is missing, never filled. Functions that need a missing value throw
 *   `CoopsecError('NOT_FOUND')` naming the component and year; the claims audit turns that
 *   into "cannot be decided".
 * - Ranks use competition ranking ("1224"): equal values share the best (lowest) rank, the next
 *   value skips the shared places, and every tie is listed in `ties`. Values closer than
 *   `TIE_EPSILON` (relative) count as equal, so that 27/52 computed two ways is not split.
 * - Within a tie, components are listed in the canonical order of `COMPONENT_IDS`.
 */
import type { Assessment, Confidence, ValueKind } from './assessment.ts';
import { COMPONENT_IDS, type ComponentId } from './components.ts';
import { CoopsecError } from './errors.ts';

/** One value of a series, with where it came from. */
export interface SeriesPoint {
  readonly year: number;
  readonly score: number;
  readonly kind: ValueKind;
  readonly sourceId: string;
  readonly confidence: Confidence;
  readonly evidence: string;
}

/** A country's five series; each sorted by year. Years absent from a list are missing. */
export interface CountrySeries {
  readonly country: string;
  readonly components: Readonly<Record<ComponentId, readonly SeriesPoint[]>>;
}

/** Relative tolerance under which two computed values are treated as equal (ties). */
export const TIE_EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Builds the per-component series of one country. When the assessments hold several
 * countries, `country` must say which one. Two values for the same (country, year, component)
 * are refused: picking one silently would hide a disagreement between sources.
 *
 * @example
 * const s = buildSeries(KGZ_PAPER_ASSESSMENTS);
 * s.components.cooperation.map((p) => [p.year, p.score]); // [[2020, 59], [2024, 82]]
 */
export function buildSeries(
  assessments: readonly Assessment[],
  options: { country?: string } = {},
): CountrySeries {
  const countries = [...new Set(assessments.map((a) => a.country))];
  const country = options.country ?? (countries.length === 1 ? countries[0] : undefined);
  if (country === undefined) {
    throw new CoopsecError(
      'BAD_INPUT',
      countries.length === 0
        ? 'no assessments given and no country named'
        : `assessments hold several countries (${countries.join(', ')}): name one`,
      {
        details: [
          { field: 'country', message: 'required when the assessments are not of one country' },
        ],
      },
    );
  }
  const components = Object.fromEntries(
    COMPONENT_IDS.map((id) => [id, [] as SeriesPoint[]]),
  ) as Record<ComponentId, SeriesPoint[]>;
  for (const a of assessments) {
    if (a.country !== country) continue;
    const list = components[a.component];
    if (list.some((p) => p.year === a.year)) {
      throw new CoopsecError('BAD_INPUT', `two values for ${country} ${a.component} ${a.year}`, {
        details: [
          {
            record: `${country}/${a.year}/${a.component}`,
            message: 'duplicated (country, year, component)',
          },
        ],
      });
    }
    list.push({
      year: a.year,
      score: a.score,
      kind: a.kind,
      sourceId: a.sourceId,
      confidence: a.confidence,
      evidence: a.evidence,
    });
  }
  for (const list of Object.values(components)) list.sort((x, y) => x.year - y.year);
  return { country, components };
}

/** The years with a value for every one of the given components (default: all five). */
export function yearsCovered(
  series: CountrySeries,
  components: readonly ComponentId[] = COMPONENT_IDS,
): number[] {
  const sets = components.map((c) => new Set(series.components[c].map((p) => p.year)));
  const [first, ...rest] = sets;
  if (first === undefined) return [];
  return [...first].filter((y) => rest.every((s) => s.has(y))).sort((a, b) => a - b);
}

/** The point of `component` in `year`, or `undefined` when that year is missing. */
export function pointAt(
  series: CountrySeries,
  component: ComponentId,
  year: number,
): SeriesPoint | undefined {
  return series.components[component].find((p) => p.year === year);
}

function requirePoint(series: CountrySeries, component: ComponentId, year: number): SeriesPoint {
  const point = pointAt(series, component, year);
  if (point === undefined) {
    throw new CoopsecError('NOT_FOUND', `no value for ${series.country} ${component} in ${year}`, {
      details: [
        {
          record: `${series.country}/${year}/${component}`,
          field: 'year',
          message: 'missing year (not filled in)',
        },
      ],
    });
  }
  return point;
}

/** Change of one component between two years. */
export interface Change {
  readonly component: ComponentId;
  readonly from: number;
  readonly to: number;
  readonly fromScore: number;
  readonly toScore: number;
  /** to − from, in percentage points (scores are 0–100). */
  readonly absolute: number;
  /** (to − from) / from × 100, in %; null when the start value is 0 (undefined ratio). */
  readonly relative: number | null;
  /**
   * Compound annual growth rate in %: ((to / from)^(1 / (toYear − fromYear)) − 1) × 100.
   * null when the start value is 0 (undefined ratio) or the end value is 0 or below.
   */
  readonly cagr: number | null;
}

function checkYears(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from >= to) {
    throw new CoopsecError(
      'BAD_INPUT',
      `the period must run from an earlier to a later year (got ${from}–${to})`,
      {
        details: [
          { field: 'from', message: `from ${from} must be an integer year before to ${to}` },
        ],
      },
    );
  }
}

/**
 * Absolute (pp), relative (%) and compound annual (%) change of a component between two years.
 * Both years must have measured or estimated values; otherwise NOT_FOUND names the gap.
 *
 * @example
 * change(buildSeries(KGZ_PAPER_ASSESSMENTS), { component: 'regulatory', from: 2020, to: 2024 });
 * // { absolute: 27, relative: 51.92…, cagr: 11.03…, … }
 */
export function change(
  series: CountrySeries,
  options: { component: ComponentId; from: number; to: number },
): Change {
  const { component, from, to } = options;
  checkYears(from, to);
  const a = requirePoint(series, component, from).score;
  const b = requirePoint(series, component, to).score;
  const relative = a === 0 ? null : ((b - a) / a) * 100;
  // CAGR = (end / start)^(1 / years) − 1: the constant yearly rate that turns start into end.
  const cagr = a <= 0 || b <= 0 ? null : (Math.pow(b / a, 1 / (to - from)) - 1) * 100;
  return { component, from, to, fromScore: a, toScore: b, absolute: b - a, relative, cagr };
}

/** One entry of a ranking. */
export interface RankEntry {
  readonly component: ComponentId;
  readonly value: number;
  /** Competition rank: 1 is the highest value; equal values share the lowest number. */
  readonly rank: number;
}

export interface Ranking {
  /** Highest value first. */
  readonly entries: readonly RankEntry[];
  /** Every group of components sharing a rank, e.g. `[{ rank: 4, components: ['infrastructure', 'cooperation'] }]`. */
  readonly ties: readonly { readonly rank: number; readonly components: readonly ComponentId[] }[];
  /** Components without the data needed; they are not ranked. */
  readonly missing: readonly ComponentId[];
  /** The tie rule in words, returned so that a report can print it beside the ranking. */
  readonly rule: string;
}

export const RANK_RULE =
  'Competition ranking ("1224"): the highest value is rank 1; equal values (relative difference ≤ 1e-9) share the best rank and are listed as a tie; the next value skips the shared places. Components without data are listed as missing, not ranked.';

/**
 * Ranks values, highest first, with the competition rule of `RANK_RULE`.
 *
 * @example
 * rankValues([{ component: 'infrastructure', value: 23 }, { component: 'regulatory', value: 27 }, { component: 'cooperation', value: 23 }]);
 * // ranks: regulatory 1, infrastructure 2, cooperation 2; ties: [{ rank: 2, components: ['infrastructure', 'cooperation'] }]
 */
export function rankValues(
  values: readonly { component: ComponentId; value: number }[],
  missing: readonly ComponentId[] = [],
): Ranking {
  const order = (c: ComponentId): number => COMPONENT_IDS.indexOf(c);
  const sorted = [...values].sort((x, y) =>
    nearlyEqual(x.value, y.value) ? order(x.component) - order(y.component) : y.value - x.value,
  );
  const entries: RankEntry[] = [];
  sorted.forEach((v, i) => {
    const prev = entries[i - 1];
    const rank = prev !== undefined && nearlyEqual(prev.value, v.value) ? prev.rank : i + 1;
    entries.push({ component: v.component, value: v.value, rank });
  });
  const byRank = new Map<number, ComponentId[]>();
  for (const e of entries) byRank.set(e.rank, [...(byRank.get(e.rank) ?? []), e.component]);
  const ties = [...byRank.entries()]
    .filter(([, cs]) => cs.length > 1)
    .map(([rank, components]) => ({ rank, components }));
  return { entries, ties, missing, rule: RANK_RULE };
}

/**
 * Ranks the components by their level in one year (highest first). Components without a value
 * in that year are listed in `missing`.
 *
 * @example
 * rankByLevel(buildSeries(KGZ_PAPER_ASSESSMENTS), 2024).entries[0]; // { component: 'cooperation', value: 82, rank: 1 }
 */
export function rankByLevel(series: CountrySeries, year: number): Ranking {
  const values: { component: ComponentId; value: number }[] = [];
  const missing: ComponentId[] = [];
  for (const component of COMPONENT_IDS) {
    const p = pointAt(series, component, year);
    if (p === undefined) missing.push(component);
    else values.push({ component, value: p.score });
  }
  return rankValues(values, missing);
}

export type GrowthMeasure = 'absolute' | 'relative';

/**
 * Ranks the components by growth between two years, absolute (pp) or relative (%), highest
 * first. A component missing either year is listed in `missing`, and so is one whose relative
 * growth is undefined (start value 0).
 *
 * @example
 * rankByGrowth(buildSeries(KGZ_PAPER_ASSESSMENTS), { from: 2020, to: 2024, measure: 'relative' }).entries[0].component;
 * // 'digital-literacy' (45 → 70, +55.6 %)
 */
export function rankByGrowth(
  series: CountrySeries,
  options: { from: number; to: number; measure: GrowthMeasure },
): Ranking {
  const { from, to, measure } = options;
  checkYears(from, to);
  const values: { component: ComponentId; value: number }[] = [];
  const missing: ComponentId[] = [];
  for (const component of COMPONENT_IDS) {
    if (
      pointAt(series, component, from) === undefined ||
      pointAt(series, component, to) === undefined
    ) {
      missing.push(component);
      continue;
    }
    const c = change(series, { component, from, to });
    const value = measure === 'absolute' ? c.absolute : c.relative;
    if (value === null) missing.push(component);
    else values.push({ component, value });
  }
  return rankValues(values, missing);
}

export interface Weakest {
  readonly year: number;
  /** The lowest-scoring component(s); more than one when tied. */
  readonly components: readonly ComponentId[];
  readonly score: number;
  /** Components without a value that year: when not empty, the answer is provisional. */
  readonly missing: readonly ComponentId[];
}

/**
 * The weakest component in a year: the binding constraint of the system. Ties are all reported.
 * Throws NOT_FOUND when no component has a value that year.
 *
 * @example
 * weakestComponent(buildSeries(KGZ_PAPER_ASSESSMENTS), 2024); // { components: ['digital-literacy'], score: 70, … }
 */
export function weakestComponent(series: CountrySeries, year: number): Weakest {
  const ranking = rankByLevel(series, year);
  const last = ranking.entries[ranking.entries.length - 1];
  if (last === undefined) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no component of ${series.country} has a value in ${year}`,
      {
        details: [{ field: 'year', message: `${year} has no values` }],
      },
    );
  }
  const components = ranking.entries
    .filter((e) => nearlyEqual(e.value, last.value))
    .map((e) => e.component);
  return { year, components, score: last.value, missing: ranking.missing };
}
