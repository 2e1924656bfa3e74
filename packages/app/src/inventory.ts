/**
 * @module inventory
 * Software inventories (issue 17 item 4): an organisation registers what it runs (CPE or
 * purl with a version, read from CSV by `importInventoryCsv`). An import replaces the
 * organisation's whole inventory, all or nothing: one bad row and nothing is written, with
 * every bad row named by line and field. Once written, the stored advisories that affect the
 * new inventory raise alerts for the organisation (`inventory-alerts.ts`); what they say about
 * it is `inventoryMatches` (`inventory-matches.ts`).
 */
import { readInventory, readInventoryCsv, type InventoryItem } from '@coopsec/advisory';
import { InventoryRepository, type Store } from '@coopsec/store';
import { raiseInventoryAlerts } from './inventory-alerts.ts';
import { requireOrg } from './inventory-matches.ts';

export {
  inventoryMatches,
  type InventoryMatches,
  type InventoryMatchView,
} from './inventory-matches.ts';

export interface InventoryEntryView {
  readonly position: number;
  readonly identifier: string;
  readonly version: string;
  readonly importedAt: string;
}

/** Replaces the organisation's inventory; BAD_INPUT naming each bad line and field, nothing written. */
export async function importInventory(
  store: Store,
  input: {
    readonly orgId: string;
    readonly items: readonly (InventoryItem & { readonly line?: number })[];
  },
): Promise<{ orgId: string; entries: number; alertsRaised: number }> {
  await requireOrg(store, input.orgId);
  const entries = readInventory(input.items);
  const written = await new InventoryRepository(store).replace(
    input.orgId,
    entries.map((e) => ({ identifier: e.identifier, version: e.version })),
  );
  const raised = await raiseInventoryAlerts(store, { orgId: input.orgId });
  return { orgId: input.orgId, entries: written, alertsRaised: raised.length };
}

/**
 * Replaces the organisation's inventory with a CSV file's rows (header `cpe_or_purl,version`,
 * read by @coopsec/advisory's `readInventoryCsv`): the one way the CLI and REST read a file.
 * BAD_INPUT naming every bad line and field, nothing written.
 */
export async function importInventoryCsv(
  store: Store,
  input: { readonly orgId: string; readonly csv: string; readonly name?: string },
): Promise<{ orgId: string; entries: number; alertsRaised: number }> {
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
