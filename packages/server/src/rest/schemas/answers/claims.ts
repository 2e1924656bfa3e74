/**
 * @module rest/schemas/answers/claims
 * Answer of GET /claims (routes/claims.ts): the claims audit as the dashboard's Claims page
 * reads it. Shape of the app's `auditStoredClaims`: each record with its provenance, its
 * verdict, the explanation and the figures behind it, and the set it was stored under.
 */
import { z } from 'zod';
import { list } from './common.ts';

export const verdict = z.enum(['holds', 'does-not-hold', 'cannot-be-decided']);

const claimRecord = z.object({
  id: z.string(),
  quote: z.string().meta({ description: 'the statement verbatim' }),
  source: z.object({
    id: z.string(),
    section: z.string().optional(),
    line: z.int().optional(),
  }),
  reading: z.string().optional(),
  note: z.string().optional(),
  claim: z
    .object({ kind: z.string() })
    .meta({ description: 'the machine-checkable claim; its other fields depend on `kind`' }),
});

export const claimsAnswer = z.object({
  summary: z.object({
    total: z.int(),
    holds: z.int(),
    doesNotHold: z.int(),
    cannotBeDecided: z.int(),
  }),
  claims: list(
    z.object({
      record: claimRecord,
      verdict,
      explanation: z.string(),
      numbers: z.record(z.string(), z.unknown()).readonly(),
      set: z.string().meta({ description: 'the source name the claim is stored under' }),
      location: z.string(),
    }),
  ),
});

/** POST /claims/audit: claims sent in the body, evaluated and not stored (no set, no location). */
export const claimsAuditAnswer = z.object({
  claims: list(
    z.object({
      record: claimRecord,
      verdict,
      explanation: z.string(),
      numbers: z.record(z.string(), z.unknown()).readonly(),
    }),
  ),
});

export type VerdictAnswer = z.output<typeof verdict>;
export type ClaimsAnswer = z.output<typeof claimsAnswer>;
export type ClaimsAuditAnswer = z.output<typeof claimsAuditAnswer>;
