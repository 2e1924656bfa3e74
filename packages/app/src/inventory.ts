/**
 * @module inventory
 * Software inventories (issue 17 item 4): an organisation registers what it runs (CPE or
 * purl with a version, read from CSV by `importInventoryCsv`), and the advisories in the store are
 * matched against every inventory by the rule of @coopsec/advisory (`match.ts`): same
 * product, version inside an affected range and in no fixed or not-affected one. An import
 * replaces the organisation's whole inventory, all or nothing: one bad row and nothing is
 * written, with every bad row named by line and field. Alert delivery is not done here.
 */
import {
  advisoryReportId,
  matchAdvisory,
  readInventory,
  readInventoryCsv,
  readInventoryEntry,
  type Advisory,
  type InventoryItem,
  type MatchStatus,
} from '@coopsec/advisory';
import { CoopsecError } from '@coopsec/model';
import { InventoryRepository, OrgRepository, type Store } from '@coopsec/store';
import { readStoredAdvisories, showAdvisory, type AdvisoryActor } from './advisories.ts';

export interface InventoryEntryView {
  readonly position: number;
  readonly identifier: string;
  readonly version: string;
  readonly importedAt: string;
}

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

async function requireOrg(store: Store, orgId: string): Promise<void> {
  if ((await new OrgRepository(store).getOrg(orgId)) === undefined)
    throw new CoopsecError('NOT_FOUND', `no organisation ${orgId}`, {
      details: [{ field: 'org', message: `no organisation ${orgId}` }],
    });
}

/** Replaces the organisation's inventory; BAD_INPUT naming each bad line and field, nothing written. */
export async function importInventory(
  store: Store,
  input: {
    readonly orgId: string;
    readonly items: readonly (InventoryItem & { readonly line?: number })[];
  },
): Promise<{ orgId: string; entries: number }> {
  await requireOrg(store, input.orgId);
  const entries = readInventory(input.items);
  const written = await new InventoryRepository(store).replace(
    input.orgId,
    entries.map((e) => ({ identifier: e.identifier, version: e.version })),
  );
  return { orgId: input.orgId, entries: written };
}

/**
 * Replaces the organisation's inventory with a CSV file's rows (header `cpe_or_purl,version`,
 * read by @coopsec/advisory's `readInventoryCsv`): the one way the CLI and REST read a file.
 * BAD_INPUT naming every bad line and field, nothing written.
 */
export async function importInventoryCsv(
  store: Store,
  input: { readonly orgId: string; readonly csv: string; readonly name?: string },
): Promise<{ orgId: string; entries: number }> {
  await requireOrg(store, input.orgId);
  return importInventory(store, {
    orgId: input.orgId,
    items: readInventoryCsv(input.csv, input.name),
  });
}

export async function listInventory(
  store: Store,
  orgId: string,
): Promise<{ orgId: string; entries: InventoryEntryView[] }> {
  await requireOrg(store, orgId);
  const rows = await new InventoryRepository(store).list(orgId);
  return {
    orgId,
    entries: rows.map(({ position, identifier, version, importedAt }) => ({
      position,
      identifier,
      version,
      importedAt,
    })),
  };
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
