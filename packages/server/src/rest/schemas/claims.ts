/**
 * @module rest/schemas/claims
 * Requests of the claims audit. Claim records themselves are judged by the model's
 * `parseClaimRecords`, which names the record and field at fault.
 */
import { z } from 'zod';
import { body, text } from './common.ts';

export const claimsQuery = z.object({ source: text(128).optional() });

const claimRecords = z.array(z.unknown(), {
  error: (i) =>
    i.input === undefined ? 'an array of claim records is required' : 'must be an array',
});

export const auditBody = body({ claims: claimRecords });

export const claimSourceParam = z.object({
  source: text(64)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"')
    .refine((s) => s !== 'paper', '"paper" is reserved for the bundled claims'),
});

/** PUT /claims/:source: `claims` is passed to the model as it is and judged there. */
export const storeClaimsBody = z.looseObject(
  { claims: z.unknown() },
  { error: 'must be a JSON object' },
);
