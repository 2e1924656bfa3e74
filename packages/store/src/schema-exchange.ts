/**
 * @module schema-exchange
 * Table types of the cooperation half (migration 0002-exchange): organisations, users, API
 * keys, TAXII collections with their grants, sharing agreements, stored STIX object versions,
 * TAXII status resources and the audit log. Booleans are integers 0/1 on both dialects.
 */
import type { Generated } from 'kysely';

export interface OrganizationTable {
  id: string;
  name: string;
  /** A client of another organisation (receives that organisation's TLP:AMBER); null = community member. */
  parent_org: string | null;
  created_at: string;
}

export interface AppUserTable {
  id: string;
  org_id: string;
  name: string;
  is_admin: number;
  created_at: string;
}

export interface ApiKeyTable {
  /** Public key id, the part before the secret (`csk_<id>_<secret>`). */
  id: string;
  user_id: string;
  /** sha256 hex of the 256-bit secret: never the key itself. */
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TaxiiCollectionTable {
  id: string;
  api_root: string;
  title: string;
  description: string | null;
  owner_org: string | null;
  created_at: string;
}

export interface CollectionGrantTable {
  collection_id: string;
  org_id: string;
  can_read: number;
  can_write: number;
}

export interface SharingAgreementTable {
  id: string;
  from_org: string;
  to_org: string;
  collection_id: string;
  /** Comma-separated TLP levels (clear, green, amber, amber+strict). */
  tlp_levels: string;
  created_at: string;
}

export interface ExchangeObjectTable {
  /** Monotonic insertion order: ties on date_added are broken by it (TAXII 2.1 §3.4 sorting). */
  seq: Generated<number>;
  collection_id: string;
  object_id: string;
  type: string;
  spec_version: string;
  created: string | null;
  modified: string | null;
  /** The version key: modified, else created, else date_added. */
  version: string;
  date_added: string;
  /** Effective object-level TLP: clear, green, amber, amber+strict, red, or none. */
  tlp: string;
  /** Organisation the version came from (the first origin is kept when a reader relays a copy). */
  origin_org: string;
  origin_user: string;
  /** JSON array of the user ids named as recipients (cleared up to RED), else null. */
  recipients: string | null;
  has_granular: number;
  body: string;
  /** The lowest clearance, 0 CLEAR … 4 RED, at which this version is served (`viewLevel`). */
  view_rank: Generated<number>;
}

export interface TaxiiStatusTable {
  id: string;
  collection_id: string;
  org_id: string;
  user_id: string;
  request_timestamp: string;
  status: string;
  total_count: number;
  success_count: number;
  failure_count: number;
  pending_count: number;
  /** JSON arrays of status details. */
  successes: string;
  failures: string;
  pendings: string;
}

export interface AuditEventTable {
  seq: Generated<number>;
  at: string;
  user_id: string | null;
  org_id: string | null;
  key_id: string | null;
  action: string;
  collection_id: string | null;
  target: string | null;
  object_count: number;
  outcome: string;
  detail: string | null;
}

export interface ExchangeTables {
  organization: OrganizationTable;
  app_user: AppUserTable;
  api_key: ApiKeyTable;
  taxii_collection: TaxiiCollectionTable;
  collection_grant: CollectionGrantTable;
  sharing_agreement: SharingAgreementTable;
  exchange_object: ExchangeObjectTable;
  taxii_status: TaxiiStatusTable;
  audit_event: AuditEventTable;
}
