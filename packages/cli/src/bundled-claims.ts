/**
 * @module bundled-claims
 * The paper's claims in the shape the store keeps them: the whole claim record as JSON (so it
 * round-trips), the quotation and its place in the paper.
 */
import { PAPER_CLAIMS, type ClaimRecord } from '@coopsec/model';
import type { StoredClaim } from '@coopsec/store';

export function claimLocation(record: ClaimRecord): string {
  return [
    record.source.id,
    record.source.section,
    record.source.line === undefined ? undefined : `line ${record.source.line}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

export function toStoredClaim(record: ClaimRecord): Omit<StoredClaim, 'source'> {
  return { id: record.id, quotation: record.quote, location: claimLocation(record), spec: record };
}

export function bundledClaims(): Omit<StoredClaim, 'source'>[] {
  return PAPER_CLAIMS.map(toStoredClaim);
}
