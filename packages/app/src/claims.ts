/**
 * @module claims
 * The claims audit: every stored claim (the paper's, loaded with the bundled data, and users'
 * own sets) evaluated against the stored assessments and GCI figures, with its verdict, its
 * explanation and the numbers behind it. `coopsec claims` and `GET /api/claims` answer with it.
 *
 * @example
 * const { summary, claims } = await auditStoredClaims(store, { source: 'paper' });
 */
import { auditClaims, parseClaimRecords, type ClaimRecord } from '@coopsec/model';
import {
  AssessmentRepository,
  ClaimRepository,
  GciRepository,
  type Store,
  type StoredClaim,
} from '@coopsec/store';

/** Stored claims keep the whole record in `spec`; older rows hold only the claim itself. */
function recordOf(c: StoredClaim): ClaimRecord {
  const spec = c.spec as Record<string, unknown> | null;
  if (spec !== null && typeof spec === 'object' && 'claim' in spec)
    return { ...(spec as unknown as ClaimRecord), id: c.id };
  const [parsed] = parseClaimRecords([
    { id: c.id, quote: c.quotation, source: { id: c.source, section: c.location }, claim: spec },
  ]);
  return parsed as ClaimRecord;
}

export async function auditStoredClaims(store: Store, options: { source?: string } = {}) {
  const stored = await new ClaimRepository(store).list(options.source);
  const audited = auditClaims(stored.map(recordOf), {
    assessments: await new AssessmentRepository(store).list(),
    gci: await new GciRepository(store).list(),
  });
  const count = (v: string) => audited.filter((a) => a.verdict === v).length;
  return {
    summary: {
      total: audited.length,
      holds: count('holds'),
      doesNotHold: count('does-not-hold'),
      cannotBeDecided: count('cannot-be-decided'),
    },
    claims: audited.map((a, i) => ({
      ...a,
      set: stored[i]?.source ?? 'unknown',
      location: stored[i]?.location ?? '',
    })),
  };
}

export type ClaimsAudit = Awaited<ReturnType<typeof auditStoredClaims>>;
