/** @module schema-inventory — Kysely types of migrations 0009-inventory and 0010-inventory-alerts. */
import type { Generated } from 'kysely';

export interface InventoryEntryTable {
  org_id: string;
  position: number;
  identifier: string;
  version: string;
  imported_at: string;
}

export interface InventoryAlertTable {
  id: string;
  org_id: string;
  collection_id: string;
  advisory_id: string;
  tracking_id: string;
  title: string;
  tlp: string | null;
  cve: string | null;
  identifier: string;
  version: string;
  status: string;
  created_at: string;
  claimed_at: string | null;
}

export interface InventoryAlertDeliveryTable {
  seq: Generated<number>;
  alert_id: string;
  subscription_id: string;
  attempt: number;
  outcome: string;
  http_status: number | null;
  error: string | null;
  at: string;
}

export interface InventoryTables {
  inventory_entry: InventoryEntryTable;
  inventory_alert: InventoryAlertTable;
  inventory_alert_delivery: InventoryAlertDeliveryTable;
}
