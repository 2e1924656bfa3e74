/**
 * @module rest/params
 * Reading path, query and body values with one BAD_INPUT per wrong field, so that every
 * malformed request gets problem+json naming the field instead of a crash or a guess.
 */
import { CoopsecError, type ErrorDetail } from '@coopsec/model';

export type Raw = Readonly<Record<string, unknown>>;

/** Collects field problems and throws them together. */
export class FieldErrors {
  readonly #details: ErrorDetail[] = [];

  add(field: string, message: string): void {
    this.#details.push({ field, message });
  }

  get empty(): boolean {
    return this.#details.length === 0;
  }

  throwIfAny(what = 'request'): void {
    if (this.#details.length === 0) return;
    const first = this.#details[0];
    const summary =
      this.#details.length === 1 && first !== undefined
        ? `${first.field ?? what}: ${first.message}`
        : `${this.#details.length} problems in the ${what}`;
    throw new CoopsecError('BAD_INPUT', summary, { details: this.#details });
  }
}

export function asRecord(value: unknown): Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
}

/** An optional integer in [min, max]; strings from a query are accepted. */
export function optionalInt(
  errors: FieldErrors,
  raw: Raw,
  field: string,
  range: { min: number; max: number },
): number | undefined {
  const value = raw[field];
  if (value === undefined || value === '') return undefined;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value.trim())
        ? Number(value)
        : Number.NaN;
  if (!Number.isInteger(n)) {
    errors.add(field, `must be an integer, got ${JSON.stringify(value)}`);
    return undefined;
  }
  if (n < range.min || n > range.max) {
    errors.add(field, `must be between ${range.min} and ${range.max}, got ${n}`);
    return undefined;
  }
  return n;
}

export function optionalString(
  errors: FieldErrors,
  raw: Raw,
  field: string,
  options: { max?: number; pattern?: RegExp; hint?: string } = {},
): string | undefined {
  const value = raw[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    errors.add(field, `must be text, got ${typeof value}`);
    return undefined;
  }
  const max = options.max ?? 500;
  if (value.length > max) {
    errors.add(field, `must be at most ${max} characters`);
    return undefined;
  }
  if (options.pattern !== undefined && !options.pattern.test(value)) {
    errors.add(field, options.hint ?? `has the wrong form`);
    return undefined;
  }
  return value;
}

export function requiredString(
  errors: FieldErrors,
  raw: Raw,
  field: string,
  options: { max?: number; pattern?: RegExp; hint?: string } = {},
): string {
  const value = optionalString(errors, raw, field, options);
  if (value === undefined && raw[field] === undefined) errors.add(field, 'is required');
  if (value !== undefined && value.trim() === '') errors.add(field, 'must not be empty');
  return value ?? '';
}

/** An ISO 3166-1 alpha-3 code, upper-cased. */
export function countryCode(errors: FieldErrors, raw: Raw, field = 'country'): string {
  const value = requiredString(errors, raw, field, {
    max: 3,
    pattern: /^[A-Za-z]{3}$/,
    hint: 'must be an ISO 3166-1 alpha-3 code such as KGZ',
  });
  return value.toUpperCase();
}
