/**
 * @module rest/schemas/common
 * Zod pieces shared by the route schemas: query integers (a query value is text), ids, and
 * the messages the API has always given, so that a schema failure reads like the errors the
 * routes raise themselves.
 */
import { z } from 'zod';

const toInt = (v: unknown): unknown =>
  v === '' ? undefined : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;

function intBetween(min: number, max: number) {
  const notInt = (i: { input?: unknown }): string =>
    i.input === undefined ? 'is required' : `must be an integer, got ${JSON.stringify(i.input)}`;
  const range = (i: { input?: unknown }): string =>
    `must be between ${min} and ${max}, got ${String(i.input)}`;
  return z
    .number({ error: notInt })
    .int({ error: notInt })
    .min(min, { error: range })
    .max(max, { error: range });
}

/** An optional integer in [min, max]; a query gives text, so digits are accepted; '' is absent. */
export function queryInt(min: number, max: number) {
  return z.preprocess(toInt, intBetween(min, max).optional());
}

/** A required integer in [min, max], from a query or a body. */
export function requiredInt(min: number, max: number) {
  return z.preprocess(toInt, intBetween(min, max));
}

/** Text of at most `max` characters, required unless made optional. */
export function text(max = 500) {
  return z
    .string({
      error: (i) => (i.input === undefined ? 'is required' : `must be text, got ${typeof i.input}`),
    })
    .max(max, `must be at most ${max} characters`);
}

/** A path segment naming one record (`:id`, `:name`). */
export const idParam = z.object({ id: z.string().min(1) });
export const nameParam = z.object({ name: z.string().min(1) });

/** A required value that, when wrong, gets `hint` (and 'is required' when absent). */
function hinted(hint: string) {
  return {
    error: (i: { input?: unknown }) => (i.input === undefined ? 'is required' : hint),
  };
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, hint?: string) {
  return z.enum(values, hinted(hint ?? `must be one of ${values.join(', ')}`));
}

/** true or false in a JSON body. */
export const bool = z.boolean(hinted('must be true or false'));

/** 'true' or 'false' in a query. */
export const queryBool = z.enum(['true', 'false'], hinted('must be true or false'));

/** An ISO 3166-1 alpha-3 code, upper-cased. */
export const countryCode = z
  .string(hinted('must be an ISO 3166-1 alpha-3 code such as KGZ'))
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as KGZ')
  .transform((c) => c.toUpperCase());

export const countryParam = z.object({ country: countryCode });

/** A JSON body: an object, or a 400 naming `body`. */
export function body<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.object(shape, { error: 'must be a JSON object' });
}
