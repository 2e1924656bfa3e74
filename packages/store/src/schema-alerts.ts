/** @module schema-alerts — Kysely types of migration 0007-alerts. */
import type { Generated } from 'kysely';

export interface AlertSubscriptionTable {
  id: string;
  org_id: string;
  url: string;
  secret: string;
  collection_id: string | null;
  enabled: Generated<number>;
  created_at: string;
}

export interface AlertTable {
  id: string;
  org_id: string;
  collection_id: string;
  indicator_id: string;
  sighting_id: string | null;
  sighted_by: string;
  count: number;
  first_seen: string;
  last_seen: string;
  created_at: string;
}

export interface AlertDeliveryTable {
  seq: Generated<number>;
  alert_id: string;
  subscription_id: string;
  attempt: number;
  outcome: string;
  http_status: number | null;
  error: string | null;
  at: string;
}

export interface AlertTables {
  alert_subscription: AlertSubscriptionTable;
  alert: AlertTable;
  alert_delivery: AlertDeliveryTable;
}
