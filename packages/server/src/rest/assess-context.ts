/**
 * @module rest/assess-context
 * Reading the assessment routes' query parameters (weights, maturity thresholds) with one
 * field error each, and loading one country's rows. The overview itself is the app's
 * `assessCountry` (the same as `coopsec assess`).
 */
import {
  CoopsecError,
  findCountry,
  makeMaturityRule,
  type Assessment,
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
