/**
 * @module rest/schemas/scenarios
 * Requests of the model graph and the scenario engine. The plan itself (format
 * coopsec-effort-plan/1) is judged by the app's parsePlan, which names its fields `plan.…`.
 */
import { z } from 'zod';
import { body, oneOf, queryInt, requiredInt } from './common.ts';

/** Sensitivity runs are capped per request so one call cannot hold the server for long. */
export const MAX_REST_RUNS = 20_000;

export const graphQuery = z.object({
  format: oneOf(['json', 'dot', 'mermaid'], 'must be json, dot or mermaid')
    .optional()
    .meta({ description: 'json (default), dot or mermaid' }),
});

const conclusionsHint = 'must be a list of conclusions such as "lowest digital-literacy in 2030"';

const sensitivity = z.preprocess(
  // false and null ask for no analysis, as absence does
  (v) => (v === false || v === null ? undefined : v),
  z
    .object(
      {
        runs: queryInt(1, MAX_REST_RUNS),
        seed: queryInt(-2147483648, 2147483647),
        conclusions: z
          .array(z.string({ error: conclusionsHint }), { error: conclusionsHint })
          .optional(),
      },
      { error: 'must be an object such as { "runs": 2000, "seed": 1 }' },
    )
    .optional(),
);

const record = (what: string) =>
  z.record(z.string(), z.unknown(), { error: `must be an object of ${what}` }).optional();

export const scenarioBody = body({
  plan: z
    .unknown()
    .refine((p) => p !== undefined, 'is required (format coopsec-effort-plan/1)')
    .meta({ description: 'an effort plan, format coopsec-effort-plan/1' }),
  horizonYear: requiredInt(1990, 2200),
  baseYear: queryInt(1990, 2200).meta({
    description: 'default: the last year with all five measured components',
  }),
  parameters: record('parameter id → value overrides'),
  weights: record('composite index weights'),
  sensitivity,
});
