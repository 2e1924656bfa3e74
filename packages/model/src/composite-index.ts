/**
 * @module composite-index
 * A composite index of the five components: a weighted arithmetic mean with explicit weights
 * (PRODUCT.md A3, "composite index with the weighting shown"). Equal weights by default; users
 * may set their own. Weights are validated, normalised to sum 1 and returned with every result
 * so that no figure leaves this module without the weighting that produced it.
 *
 * A year in which a component with a positive weight has no value has no index: filling the
 * gap (with zero, or with the mean of the others) would move the index by an amount nobody
 * chose. The result says which components are missing instead.
 */
import type { Assessment } from './assessment.ts';
import { COMPONENT_IDS, isComponentId, type ComponentId } from './components.ts';
import { buildSeries, pointAt, type CountrySeries } from './dynamics.ts';
import { CoopsecError, type ErrorDetail } from './errors.ts';

/** Normalised weights: one per component, non-negative, summing to 1. */
export type Weights = Readonly<Record<ComponentId, number>>;

export const EQUAL_WEIGHTS: Weights = Object.fromEntries(
  COMPONENT_IDS.map((id) => [id, 1 / COMPONENT_IDS.length]),
) as Record<ComponentId, number>;

/**
 * Validates user weights and normalises them to sum 1. Components left out get weight 0.
 * Refuses (BAD_INPUT, one detail per problem): unknown component names, negative or
 * non-finite weights, all weights zero.
 *
 * @example
 * normaliseWeights({ regulatory: 2, cooperation: 2, infrastructure: 1 });
 * // { infrastructure: 0.2, regulatory: 0.4, 'human-resources': 0, cooperation: 0.4, 'digital-literacy': 0 }
 */
export function normaliseWeights(weights: Readonly<Record<string, unknown>>): Weights {
  const details: ErrorDetail[] = [];
  const raw = Object.fromEntries(COMPONENT_IDS.map((id) => [id, 0])) as Record<ComponentId, number>;
  for (const [key, value] of Object.entries(weights)) {
    const field = `weights.${key}`;
    if (!isComponentId(key)) {
      details.push({
        field,
        message: `unknown component "${key}" (known: ${COMPONENT_IDS.join(', ')})`,
      });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      details.push({
        field,
        // String(NaN) rather than JSON's "null": say what was given.
        message: `weight must be a finite number, got ${typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))}`,
      });
      continue;
    }
    if (value < 0) {
      details.push({ field, message: `weight must not be negative, got ${value}` });
      continue;
    }
    raw[key] = value;
  }
  const total = COMPONENT_IDS.reduce((sum, id) => sum + raw[id], 0);
  if (details.length === 0 && total === 0) {
    details.push({ field: 'weights', message: 'at least one weight must be positive' });
  }
  if (details.length > 0) {
    throw new CoopsecError('BAD_INPUT', `invalid index weights (${details.length} problem(s))`, {
      details,
    });
  }
  return Object.fromEntries(COMPONENT_IDS.map((id) => [id, raw[id] / total])) as Record<
    ComponentId,
    number
  >;
}

export type CompositeResult =
  | {
      readonly year: number;
      readonly computable: true;
      /** Σ weight × score, on the 0–100 scale of the scores. */
      readonly value: number;
      readonly weights: Weights;
      /** weight × score per component: what each contributed to the value. */
      readonly contributions: Readonly<Record<ComponentId, number>>;
    }
  | {
      readonly year: number;
      readonly computable: false;
      readonly weights: Weights;
      /** Components with a positive weight and no value that year. */
      readonly missing: readonly ComponentId[];
      readonly reason: string;
    };

function indexOf(series: CountrySeries, year: number, weights: Weights): CompositeResult {
  const missing = COMPONENT_IDS.filter(
    (c) => weights[c] > 0 && pointAt(series, c, year) === undefined,
  );
  if (missing.length > 0) {
    return {
      year,
      computable: false,
      weights,
      missing,
      reason: `no index for ${series.country} in ${year}: no value for ${missing.join(', ')}`,
    };
  }
  const contributions = Object.fromEntries(
    COMPONENT_IDS.map((c) => [
      c,
      weights[c] > 0 ? weights[c] * (pointAt(series, c, year)?.score ?? 0) : 0,
    ]),
  ) as Record<ComponentId, number>;
  const value = COMPONENT_IDS.reduce((sum, c) => sum + contributions[c], 0);
  return { year, computable: true, value, weights, contributions };
}

/**
 * The composite index of one country in one year.
 *
 * @example
 * compositeIndex(KGZ_PAPER_ASSESSMENTS, { year: 2024 });            // value 76.2 (equal weights)
 * compositeIndex(KGZ_PAPER_ASSESSMENTS, { year: 2022 }).computable; // false: 2022 is missing
 */
export function compositeIndex(
  assessments: readonly Assessment[],
  options: { year: number; country?: string; weights?: Readonly<Record<string, unknown>> },
): CompositeResult {
  const weights = options.weights === undefined ? EQUAL_WEIGHTS : normaliseWeights(options.weights);
  const series = buildSeries(
    assessments,
    options.country === undefined ? {} : { country: options.country },
  );
  return indexOf(series, options.year, weights);
}

/**
 * The composite index for every year that has at least one value, in year order; years where a
 * weighted component is missing come back with `computable: false`.
 *
 * @example
 * compositeIndexSeries(KGZ_PAPER_ASSESSMENTS).map((r) => r.computable && r.value); // [51.8, 76.2]
 */
export function compositeIndexSeries(
  assessments: readonly Assessment[],
  options: { country?: string; weights?: Readonly<Record<string, unknown>> } = {},
): CompositeResult[] {
  const weights = options.weights === undefined ? EQUAL_WEIGHTS : normaliseWeights(options.weights);
  const series = buildSeries(
    assessments,
    options.country === undefined ? {} : { country: options.country },
  );
  const years = [
    ...new Set(COMPONENT_IDS.flatMap((c) => series.components[c].map((p) => p.year))),
  ].sort((a, b) => a - b);
  return years.map((year) => indexOf(series, year, weights));
}
