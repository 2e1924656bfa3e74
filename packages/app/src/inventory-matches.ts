/**
 * @module inventory-matches
 * What the stored advisories say about organisations' inventories, by the rule of
 * @coopsec/advisory (`match.ts`): same product, version inside an affected range and in no
 * fixed or not-affected one. Read as `who` may read the advisories.
 */
import {
  advisoryReportId,
  matchAdvisory,
  readInventoryEntry,
  type Advisory,
  type MatchStatus,
} from '@coopsec/advisory';
import { CoopsecError } from '@coopsec/model';
import { InventoryRepository, OrgRepository, type Store } from '@coopsec/store';
import { readStoredAdvisories, showAdvisory, type AdvisoryActor } from './advisory-read.ts';

export interface InventoryMatchView {
  readonly orgId: string;
  readonly advisoryId: string;
  readonly trackingId: string;
  readonly title: string;
  /** The advisory's TLP (CSAF 2.0 TLP:WHITE read as CLEAR); undefined when it gives none. */
  readonly tlp?: string;
  readonly cve?: string;
  readonly identifier: string;
  readonly version: string;
  readonly status: MatchStatus;
  /** True when the organisation runs an affected version (an alert would be due). */
  readonly matched: boolean;
  readonly productIds: readonly string[];
}

export interface InventoryMatches {
  readonly matches: readonly InventoryMatchView[];
  /** How many of `matches` are `matched`, per organisation. */
  readonly affected: Readonly<Record<string, number>>;
  /** Advisory products left out because their range or identifier could not be read. */
  readonly problems: readonly {
    readonly advisoryId: string;
    readonly productId: string;
    readonly message: string;
  }[];
}

export async function requireOrg(store: Store, orgId: string): Promise<void> {
  if ((await new OrgRepository(store).getOrg(orgId)) === undefined)
    throw new CoopsecError('NOT_FOUND', `no organisation ${orgId}`, {
      details: [{ field: 'org', message: `no organisation ${orgId}` }],
    });
}

/**
 * What the stored advisories (or one, by report id or tracking id) say about the inventories
 * of one organisation or of all. Entries an advisory says nothing about are not listed.
 * The advisories are those `who` may read: all of them for the node's operator (the CLI), and
 * over REST exactly what TAXII would serve the caller (`who.reader`: grants, TLP, agreements).
 */
export async function inventoryMatches(
  store: Store,
  options: {
    readonly orgId?: string;
    readonly advisoryId?: string;
    readonly who: AdvisoryActor;
  },
): Promise<InventoryMatches> {
  if (options.orgId !== undefined) await requireOrg(store, options.orgId);
  const advisories: Advisory[] =
    options.advisoryId !== undefined
      ? [await showAdvisory(store, options.advisoryId, options.who)]
      : await readStoredAdvisories(store, options.who);
  const rows = await new InventoryRepository(store).list(options.orgId);
  const byOrg = new Map<string, ReturnType<typeof readInventoryEntry>[]>();
  for (const row of rows)
    byOrg.set(row.orgId, [
      ...(byOrg.get(row.orgId) ?? []),
      readInventoryEntry({ identifier: row.identifier, version: row.version }, row.position),
    ]);
  const matches: InventoryMatchView[] = [];
  const problems: InventoryMatches['problems'][number][] = [];
  const affected: Record<string, number> = {};
  for (const advisory of advisories) {
    const advisoryId = advisoryReportId(advisory);
    for (const [orgId, entries] of byOrg) {
      const found = matchAdvisory(advisory, entries);
      for (const m of found.matches) {
        matches.push({
          orgId,
          advisoryId,
          trackingId: advisory.trackingId,
          title: advisory.title,
          ...(advisory.tlp !== undefined ? { tlp: advisory.tlp } : {}),
          ...(m.cve !== undefined ? { cve: m.cve } : {}),
          identifier: m.identifier,
          version: m.version,
          status: m.status,
          matched: m.matched,
          productIds: m.productIds,
        });
        if (m.matched) affected[orgId] = (affected[orgId] ?? 0) + 1;
      }
    }
    // The same products fail for every organisation: report them once per advisory.
    for (const p of matchAdvisory(advisory, []).problems) problems.push({ advisoryId, ...p });
  }
  return { matches, affected, problems };
}
