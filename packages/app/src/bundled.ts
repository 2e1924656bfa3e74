/**
 * @module bundled
 * The one loader of the data that ships with coopsec (the paper's Kyrgyz assessments, the GCI
 * figures, the sources and the paper's claims), used by every entry point: `npm start`,
 * `coopsec serve`, `coopsec init` and every CLI command that opens a store. Before it existed,
 * the server's first run loaded the bundled data without the claims and marked it loaded, so
 * that `coopsec claims --source paper` then found none (issue 14, item 3).
 *
 * @example
 * const loaded = await ensureBundledData(store); // undefined when it was already there
 * if (loaded) console.error(`loaded ${loaded.claims} claims`);
 */
import { PAPER_CLAIMS, type ClaimRecord } from '@coopsec/model';
import {
  ClaimRepository,
  hasBundledData,
  loadBundledData,
  type LoadSummary,
  type Store,
  type StoredClaim,
} from '@coopsec/store';

/** Where a claim is in its source: "paper, §3.2, line 120". */
export function claimLocation(record: ClaimRecord): string {
  return [
    record.source.id,
    record.source.section,
    record.source.line === undefined ? undefined : `line ${record.source.line}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/** A claim record in the shape the store keeps it (the whole record as JSON, so it round-trips). */
export function toStoredClaim(record: ClaimRecord): Omit<StoredClaim, 'source'> {
  return { id: record.id, quotation: record.quote, location: claimLocation(record), spec: record };
}

/** Loads (or refreshes) everything bundled, claims included; users' own rows stay. */
export function loadBundled(store: Store): Promise<LoadSummary> {
  return loadBundledData(store, { claims: PAPER_CLAIMS.map(toStoredClaim) });
}

/**
 * Loads the bundled data into a store that has never had it, or whose first load missed the
 * paper's claims (databases made by a first `npm start` before this loader existed);
 * undefined when nothing was missing.
 */
export async function ensureBundledData(store: Store): Promise<LoadSummary | undefined> {
  if ((await hasBundledData(store)) && (await new ClaimRepository(store).list('paper')).length > 0)
    return undefined;
  return loadBundled(store);
}

/** The one line every entry point prints when it loaded the bundled data. */
export function describeLoad(store: Store, summary: LoadSummary): string {
  return `first use of ${store.description}: loaded the bundled data (${summary.assessments} assessments, ${summary.gci} GCI figures, ${summary.claims} claims)`;
}
