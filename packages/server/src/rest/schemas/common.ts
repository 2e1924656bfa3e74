/**
 * @module rest/schemas/common
 * Zod pieces shared by the route schemas: query integers (a query value is text), ids, and
 * the messages the API has always given, so that a schema failure reads like the errors the
 * routes raise themselves.
 */
import { z } from 'zod';

/** An integer in [min, max]; a query gives text, so digits are accepted; '' counts as absent. */
export function queryInt(min: number, max: number) {
  return z.preprocess(
    (v) =>
      v === '' ? undefined : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v,
    z
      .number({ error: (i) => `must be an integer, got ${JSON.stringify(i.input)}` })
      .int({ error: (i) => `must be an integer, got ${JSON.stringify(i.input)}` })
      .min(min, { error: (i) => `must be between ${min} and ${max}, got ${String(i.input)}` })
      .max(max, { error: (i) => `must be between ${min} and ${max}, got ${String(i.input)}` })
      .optional(),
  );
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
