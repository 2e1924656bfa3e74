/**
 * @module scenario/plan
 * Effort plans: how much effort goes into each component in each year. The file format
 * (JSON, `"format": "coopsec-effort-plan/1"`):
 *
 *   {
 *     "format": "coopsec-effort-plan/1",
 *     "name": "Digital-literacy push",
 *     "description": "optional text",
 *     "effort": {
 *       "digital-literacy": 1,                       // the same effort every projected year
 *       "regulatory": { "2025": 1, "2026": 0.5 },    // per year; unlisted years get 0
 *       "human-resources": { "default": 0.5, "2027": 1 } // per year, others get "default"
 *     },
 *     "parameters": { "multiplier.strength": 0.4, "edge.regulatory->infrastructure": { "value": 0.5, "min": 0.2, "max": 0.8 } }
 *   }
 *
 * Effort is in effort units per year (see the `effort-unit` assumption), never negative.
 * Components not listed get no effort. `parameters` is optional and overrides assumptions.
 * Every refusal is a CoopsecError BAD_INPUT naming the JSON path.
 *
 * @example
 * const plan = parsePlan(JSON.parse(text));
 * effortMatrix(plan, { baseYear: 2024, horizonYear: 2030 }); // Float64Array(6 × 5)
 */
import { COMPONENT_IDS, isComponentId } from '../components.ts';
import type { ComponentId } from '../components.ts';
import { CoopsecError } from '../errors.ts';
import type { ErrorDetail } from '../errors.ts';

export const PLAN_FORMAT = 'coopsec-effort-plan/1';
export const MAX_EFFORT = 100; // per component and year; far beyond any sensible plan, catches unit slips
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2200;
/** Longest projection the engine accepts (years). */
export const MAX_SPAN = 100;

export interface ComponentEffort {
  readonly default: number;
  readonly years: ReadonlyMap<number, number>;
}

export interface EffortPlan {
  readonly format: typeof PLAN_FORMAT;
  readonly name: string;
  readonly description?: string;
  readonly effort: Readonly<Record<ComponentId, ComponentEffort>>;
  readonly parameters: Readonly<Record<string, unknown>>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkEffort(value: unknown, path: string, details: ErrorDetail[]): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    details.push({ path, message: `effort must be a finite number, got ${JSON.stringify(value)}` });
    return undefined;
  }
  if (value < 0) {
    details.push({ path, message: `effort must not be negative, got ${value}` });
    return undefined;
  }
  if (value > MAX_EFFORT) {
    details.push({
      path,
      message: `effort ${value} exceeds ${MAX_EFFORT} units a year (is the unit right?)`,
    });
    return undefined;
  }
  return value;
}

function fail(details: readonly ErrorDetail[]): never {
  const first = details[0];
  const head =
    first === undefined ? '' : ` at ${first.path ?? first.field ?? ''}: ${first.message}`;
  throw new CoopsecError('BAD_INPUT', `invalid effort plan (${details.length} problem(s))${head}`, {
    details,
  });
}

/** Validates a parsed plan document. Collects every problem before throwing. */
export function parsePlan(doc: unknown): EffortPlan {
  const details: ErrorDetail[] = [];
  if (!isRecord(doc)) fail([{ path: '$', message: 'a plan is a JSON object' }]);
  if (doc.format !== PLAN_FORMAT) {
    details.push({
      path: 'format',
      message: `expected "${PLAN_FORMAT}", got ${JSON.stringify(doc.format)}`,
    });
  }
  const name = typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name : undefined;
  if (name === undefined) details.push({ path: 'name', message: 'a plan needs a non-empty name' });
  if (doc.description !== undefined && typeof doc.description !== 'string') {
    details.push({ path: 'description', message: 'must be a string' });
  }
  const known = new Set(['format', 'name', 'description', 'effort', 'parameters']);
  for (const key of Object.keys(doc))
    if (!known.has(key)) details.push({ path: key, message: `unknown field "${key}"` });

  const effort = Object.fromEntries(
    COMPONENT_IDS.map((c) => [c, { default: 0, years: new Map<number, number>() }]),
  ) as Record<ComponentId, { default: number; years: Map<number, number> }>;
  if (!isRecord(doc.effort)) {
    details.push({ path: 'effort', message: 'an object of component → effort is required' });
  } else {
    for (const [component, value] of Object.entries(doc.effort)) {
      const path = `effort.${component}`;
      if (!isComponentId(component)) {
        details.push({
          path,
          message: `unknown component "${component}" (known: ${COMPONENT_IDS.join(', ')})`,
        });
        continue;
      }
      const target = effort[component];
      if (typeof value === 'number' || !isRecord(value)) {
        const v = checkEffort(value, path, details);
        if (v !== undefined) target.default = v;
        continue;
      }
      for (const [key, v] of Object.entries(value)) {
        const p = `${path}.${key}`;
        if (key === 'default') {
          const d = checkEffort(v, p, details);
          if (d !== undefined) target.default = d;
          continue;
        }
        const year = /^\d{4}$/.test(key) ? Number(key) : Number.NaN;
        if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
          details.push({
            path: p,
            message: `"${key}" is not a year (${MIN_YEAR}–${MAX_YEAR}) or "default"`,
          });
          continue;
        }
        const e = checkEffort(v, p, details);
        if (e !== undefined) target.years.set(year, e);
      }
    }
  }
  let parameters: Record<string, unknown> = {};
  if (doc.parameters !== undefined) {
    if (isRecord(doc.parameters)) parameters = doc.parameters;
    else details.push({ path: 'parameters', message: 'must be an object of parameter id → value' });
  }
  if (details.length > 0 || name === undefined) fail(details);
  return {
    format: PLAN_FORMAT,
    name,
    ...(typeof doc.description === 'string' ? { description: doc.description } : {}),
    effort,
    parameters,
  };
}

/** A plan with no effort anywhere: the "do nothing" scenario. */
export function zeroPlan(name = 'no additional effort'): EffortPlan {
  return parsePlan({ format: PLAN_FORMAT, name, effort: {} });
}

export interface YearSpan {
  readonly baseYear: number;
  readonly horizonYear: number;
}

/** Refuses horizons before the base year and spans the engine does not accept. */
export function checkSpan(span: YearSpan): void {
  const details: ErrorDetail[] = [];
  for (const field of ['baseYear', 'horizonYear'] as const) {
    const y = span[field];
    if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR)
      details.push({ field, message: `must be a year ${MIN_YEAR}–${MAX_YEAR}, got ${y}` });
  }
  if (details.length === 0 && span.horizonYear < span.baseYear) {
    details.push({
      field: 'horizonYear',
      message: `horizon ${span.horizonYear} is before the base year ${span.baseYear}`,
    });
  }
  if (details.length === 0 && span.horizonYear - span.baseYear > MAX_SPAN) {
    details.push({ field: 'horizonYear', message: `projections are limited to ${MAX_SPAN} years` });
  }
  if (details.length > 0) {
    const first = details[0];
    throw new CoopsecError(
      'BAD_INPUT',
      `invalid projection span${first === undefined ? '' : `: ${first.field ?? ''} ${first.message}`}`,
      { details },
    );
  }
}

/**
 * Effort per projected year and component: row y (0-based) is year baseYear + 1 + y, columns
 * in COMPONENT_IDS order. Years at or before the base year are refused (they cannot act);
 * years after the horizon are returned as warnings and ignored.
 */
export function effortMatrix(
  plan: EffortPlan,
  span: YearSpan,
): { readonly effort: Float64Array; readonly warnings: string[] } {
  checkSpan(span);
  const years = span.horizonYear - span.baseYear;
  const n = COMPONENT_IDS.length;
  const effort = new Float64Array(years * n);
  const details: ErrorDetail[] = [];
  const warnings: string[] = [];
  COMPONENT_IDS.forEach((c, j) => {
    const e = plan.effort[c];
    for (let y = 0; y < years; y++) effort[y * n + j] = e.default;
    for (const [year, value] of e.years) {
      if (year <= span.baseYear) {
        details.push({
          path: `effort.${c}.${year}`,
          message: `year ${year} is not after the base year ${span.baseYear}; effort there cannot act on the projection`,
        });
      } else if (year > span.horizonYear) {
        warnings.push(`effort.${c}.${year}: after the horizon ${span.horizonYear}, ignored`);
      } else {
        effort[(year - span.baseYear - 1) * n + j] = value;
      }
    }
  });
  if (details.length > 0) fail(details);
  return { effort, warnings };
}
