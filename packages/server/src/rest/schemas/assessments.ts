/**
 * @module rest/schemas/assessments
 * Queries of the country routes. `weights=regulatory:2,cooperation:1` and
 * `thresholds=20,40,60,80` are read here into the model's shapes; the model still judges
 * what they mean (an unknown component, thresholds out of order) and names the field.
 */
import { z } from 'zod';
import { COMPONENT_IDS, CoopsecError, makeMaturityRule, type MaturityRule } from '@coopsec/model';
import { body, countryParam, oneOf, queryBool, queryInt, requiredInt } from './common.ts';

const year = queryInt(1990, 2200);

/** `weights=regulatory:2,cooperation:1` → { regulatory: 2, cooperation: 1 }. */
export const weightsQuery = z
  .string({ error: 'must look like regulatory:2,cooperation:1' })
  .optional()
  .transform((value, ctx): Record<string, number> | undefined => {
    if (value === undefined || value === '') return undefined;
    const out: Record<string, number> = {};
    for (const part of value.split(',')) {
      const [name, num] = part.split(':');
      const n = Number(num);
      if (name?.trim() && num?.trim() && Number.isFinite(n)) out[name.trim()] = n;
      else ctx.addIssue({ code: 'custom', message: `"${part}" must look like component:number` });
    }
    return out;
  });

/** `thresholds=20,40,60,80` → a custom maturity rule (model's makeMaturityRule). */
export const thresholdsQuery = z
  .string({ error: 'must be four increasing numbers, e.g. 20,40,60,80' })
  .optional()
  .transform((value, ctx): MaturityRule | undefined => {
    if (value === undefined || value === '') return undefined;
    const list = value.split(',').map((v) => Number(v.trim()));
    if (list.length !== 4 || list.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be four increasing numbers, e.g. 20,40,60,80',
      });
      return undefined;
    }
    try {
      return makeMaturityRule({ id: 'custom', thresholds: list });
    } catch (error) {
      if (!(error instanceof CoopsecError)) throw error;
      for (const d of error.details) ctx.addIssue({ code: 'custom', message: d.message });
      return undefined;
    }
  });

export { countryParam };

export const assessmentsQuery = z.object({
  component: oneOf(COMPONENT_IDS).optional(),
  from: year,
  to: year,
  interpolate: queryBool.optional(),
});

export const overviewQuery = z.object({
  weights: weightsQuery,
  thresholds: thresholdsQuery,
  interpolate: queryBool.optional(),
  from: year,
  to: year,
});

export const indexQuery = z.object({ weights: weightsQuery });
export const weakestQuery = z.object({ year });
export const maturityQuery = z.object({ year, thresholds: thresholdsQuery });

/** A draft of one year's component scores; the entries are judged by the app (as on import). */
export const draftBody = body({
  year: requiredInt(1990, 2100),
  entries: z.array(z.unknown(), {
    error: 'a list of component entries is required',
  }),
});
