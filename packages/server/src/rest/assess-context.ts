/**
 * @module rest/assess-context
 * Loads one country's assessments and computes what the overview needs (series, dynamics,
 * index, weakest component, maturity), each with the rule or weighting that produced it.
 * Estimated values (interpolated on request) carry `kind: 'estimated'` and their method.
 */
import {
  buildSeries,
  change,
  COMPONENT_IDS,
  COMPONENTS,
  compositeIndexSeries,
  CoopsecError,
  findCountry,
  interpolate,
  makeMaturityRule,
  maturityStage,
  rankByGrowth,
  rankByLevel,
  weakestComponent,
  type Assessment,
  type ComponentId,
  type MaturityRule,
} from '@coopsec/model';
import { AssessmentRepository, type Store } from '@coopsec/store';
import type { FieldErrors } from './params.ts';
import { type Raw } from './params.ts';

export async function loadCountry(store: Store, country: string): Promise<Assessment[]> {
  const rows = await new AssessmentRepository(store).list({ country });
  if (rows.length === 0) {
    throw new CoopsecError('NOT_FOUND', `no assessments stored for ${country}`, {
      details: [{ field: 'country', message: `${country} has no assessments` }],
    });
  }
  return rows;
}

export function countryName(code: string): string {
  return findCountry(code)?.name ?? code;
}

/** `weights=regulatory:2,cooperation:1` → { regulatory: 2, cooperation: 1 }; field errors named. */
export function parseWeights(errors: FieldErrors, raw: Raw): Record<string, number> | undefined {
  const value = raw.weights;
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, number>;
  if (typeof value !== 'string') {
    errors.add('weights', 'must look like regulatory:2,cooperation:1');
    return undefined;
  }
  const out: Record<string, number> = {};
  for (const part of value.split(',')) {
    const [name, num] = part.split(':');
    const n = Number(num);
    if (
      name === undefined ||
      name.trim() === '' ||
      num === undefined ||
      num.trim() === '' ||
      !Number.isFinite(n)
    ) {
      errors.add('weights', `"${part}" must look like component:number`);
      continue;
    }
    out[name.trim()] = n;
  }
  return out;
}

/** `thresholds=20,40,60,80` → a maturity rule, or the model's default. */
export function parseMaturityRule(errors: FieldErrors, raw: Raw): MaturityRule | undefined {
  const value = raw.thresholds;
  if (value === undefined || value === '') return undefined;
  const list =
    typeof value === 'string'
      ? value.split(',').map((v) => Number(v.trim()))
      : Array.isArray(value)
        ? value.map(Number)
        : [];
  if (list.length !== 4 || list.some((n) => !Number.isFinite(n))) {
    errors.add('thresholds', 'must be four increasing numbers, e.g. 20,40,60,80');
    return undefined;
  }
  try {
    return makeMaturityRule({ id: 'custom', thresholds: list });
  } catch (error) {
    if (error instanceof CoopsecError)
      for (const d of error.details)
        errors.add(d.field?.replace(/^thresholds/, 'thresholds') ?? 'thresholds', d.message);
    return undefined;
  }
}

/** Measured values plus linear estimates for the missing years inside each measured span. */
export function withInterpolation(rows: readonly Assessment[], country: string): Assessment[] {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [...rows];
  const out: Assessment[] = [];
  for (const component of COMPONENT_IDS) {
    const own = rows
      .filter((r) => r.component === component && r.kind === 'measured')
      .map((r) => r.year);
    if (own.length < 2) {
      out.push(...rows.filter((r) => r.component === component));
      continue;
    }
    const lo = Math.min(...own);
    const hi = Math.max(...own);
    const wanted = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    out.push(...interpolate(rows, { country, component, years: wanted }));
    out.push(
      ...rows.filter(
        (r) => r.component === component && r.kind !== 'measured' && !wanted.includes(r.year),
      ),
    );
  }
  return out;
}

/** Everything the overview page shows, in one response. */
export function computeOverview(options: {
  country: string;
  rows: readonly Assessment[];
  weights?: Record<string, number>;
  rule?: MaturityRule;
  interpolate: boolean;
}) {
  const { country, rows } = options;
  const measuredYears = [
    ...new Set(rows.filter((r) => r.kind === 'measured').map((r) => r.year)),
  ].sort((a, b) => a - b);
  const values = options.interpolate ? withInterpolation(rows, country) : [...rows];
  const series = buildSeries(rows, { country });
  const first = measuredYears[0];
  const last = measuredYears[measuredYears.length - 1];
  const dynamics =
    first !== undefined && last !== undefined && first < last
      ? {
          from: first,
          to: last,
          changes: COMPONENT_IDS.flatMap((component) => {
            try {
              return [change(series, { component, from: first, to: last })];
            } catch {
              return []; // a component missing either year has no change: it is listed as missing in the ranks
            }
          }),
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
  const weakest = last !== undefined ? weakestComponent(series, last) : null;
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
          rule: options.rule ?? maturityStage(0).rule,
          components: rows
            .filter((r) => r.year === last)
            .map((r) => {
              const m = maturityStage(r.score, options.rule);
              return { component: r.component, score: m.score, stage: m.stage, level: m.level };
            }),
          index:
            lastIndex?.computable === true
              ? (({ score, stage, level }) => ({ score, stage, level }))(
                  maturityStage(lastIndex.value, options.rule),
                )
              : null,
        };
  return {
    country,
    name: countryName(country),
    components: COMPONENTS,
    measuredYears,
    values: values.map(
      ({ country: c, year, component, score, sourceId, evidence, confidence, kind, ...rest }) => ({
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
      }),
    ),
    dynamics,
    index,
    weakest,
    maturity,
    unavailable: [] as string[],
  };
}

export type ComponentList = readonly ComponentId[];
