/**
 * @module claims
 * The claims audit: every stored claim (the paper's, loaded with the bundled data, and users'
 * own sets) evaluated against the stored assessments and GCI figures, with its verdict, its
 * explanation and the numbers behind it. `coopsec claims` and `GET /api/claims` answer with it.
 * Claims about measured cooperation (kind `measured`) are decided from this node's exchange
 * records when the node serves their country (`nodeCountry`); otherwise they cannot be decided.
 *
 * @example
 * const { summary, claims } = await auditStoredClaims(store, { source: 'paper' });
 */
import {
  auditClaims,
  parseClaimRecords,
  type ClaimContext,
  type ClaimRecord,
} from '@coopsec/model';
import {
  AssessmentRepository,
  ClaimRepository,
  GciRepository,
  type Store,
  type StoredClaim,
} from '@coopsec/store';
import { measuredCooperationFor } from './cooperation.ts';

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

export interface ClaimAuditOptions {
  /** The country this node serves (`nodeCountryFromEnv`), null or absent when not set. */
  readonly nodeCountry?: string | null;
}

/** What claims are decided against: stored assessments, GCI figures, this node's records. */
export async function claimContext(
  store: Store,
  options: ClaimAuditOptions = {},
): Promise<ClaimContext> {
  const base = {
    assessments: await new AssessmentRepository(store).list(),
    gci: await new GciRepository(store).list(),
  };
  const node = options.nodeCountry ?? null;
  if (node === null) return base;
  const view = await measuredCooperationFor(store, { country: node, nodeCountry: node });
  return view.available
    ? { ...base, measured: { country: view.country, cooperation: view } }
    : base;
}

/** Claims sent by a caller, parsed (BAD_INPUT naming each field) and evaluated, not stored. */
export async function auditGivenClaims(
  store: Store,
  input: unknown,
  options: ClaimAuditOptions = {},
) {
  const records = parseClaimRecords(input);
  return { claims: auditClaims(records, await claimContext(store, options)) };
}

export async function auditStoredClaims(
  store: Store,
  options: { source?: string } & ClaimAuditOptions = {},
) {
  const stored = await new ClaimRepository(store).list(options.source);
  const audited = auditClaims(stored.map(recordOf), await claimContext(store, options));
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
