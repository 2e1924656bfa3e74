/** @module schema-inventory — Kysely types of migration 0009-inventory. */

export interface InventoryEntryTable {
  org_id: string;
  position: number;
  identifier: string;
  version: string;
  imported_at: string;
}

export interface InventoryTables {
  inventory_entry: InventoryEntryTable;
}
