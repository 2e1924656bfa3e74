/**
 * @module repositories/inventory
 * Organisations' software inventories (migration 0009-inventory). The store keeps entries
 * as given; reading and checking CPEs, purls and versions is the domain's
 * (@coopsec/advisory), done before anything reaches here.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface StoredInventoryEntry {
  readonly orgId: string;
  /** 1-based order within the organisation's inventory (the CSV line order). */
  readonly position: number;
  readonly identifier: string;
  readonly version: string;
  readonly importedAt: string;
}

export class InventoryRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /** Replaces the organisation's whole inventory in one transaction; returns the new count. */
  async replace(
    orgId: string,
    entries: readonly { readonly identifier: string; readonly version: string }[],
  ): Promise<number> {
    const importedAt = new Date().toISOString();
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('inventory_entry').where('org_id', '=', orgId).execute();
      // Chunks keep each statement under SQLite's bound-parameter limit.
      for (let i = 0; i < entries.length; i += 500)
        await trx
          .insertInto('inventory_entry')
          .values(
            entries.slice(i, i + 500).map((e, k) => ({
              org_id: orgId,
              position: i + k + 1,
              identifier: e.identifier,
              version: e.version,
              imported_at: importedAt,
            })),
          )
          .execute();
    });
    return entries.length;
  }

  /** One organisation's entries, or every organisation's when `orgId` is undefined. */
  async list(orgId?: string): Promise<StoredInventoryEntry[]> {
    let query = this.#db.selectFrom('inventory_entry').selectAll();
    if (orgId !== undefined) query = query.where('org_id', '=', orgId);
    const rows = await query.orderBy('org_id').orderBy('position').execute();
    return rows.map((r) => ({
      orgId: r.org_id,
      position: Number(r.position),
      identifier: r.identifier,
      version: r.version,
      importedAt: r.imported_at,
    }));
  }
}
