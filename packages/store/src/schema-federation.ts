/**
 * @module schema-federation
 * Table types of federation (migration 0004-federation). JSON is stored as text.
 */
export interface NodeIdentityTable {
  id: string;
  created_at: string;
}

export interface PeerTable {
  id: string;
  name: string;
  api_root: string;
  local_org: string;
  service_user: string;
  /** The credentials used at the peer, encrypted by the caller (never stored in clear). */
  credentials: string;
  remote_node: string | null;
  hop_limit: number;
  enabled: number;
  last_status: string | null;
  last_error: string | null;
  created_at: string;
}

export interface PeerLinkTable {
  peer_id: string;
  local_collection: string;
  remote_collection: string;
  direction: string;
  interval_seconds: number;
  pull_cursor: string | null;
  push_cursor: number;
  push_inflight: string | null;
  next_run_at: string | null;
}

export interface ObjectProvenanceTable {
  collection_id: string;
  object_id: string;
  version: string;
  peer_id: string;
  received_at: string;
  path: string;
}

export interface SyncRunTable {
  id: string;
  peer_id: string;
  local_collection: string;
  direction: string;
  started_at: string;
  finished_at: string | null;
  outcome: string;
  objects_in: number;
  objects_out: number;
  refused: number;
  refusals: string;
  requests: number;
  error: string | null;
  lag_ms: number | null;
}

export interface FederationTables {
  node_identity: NodeIdentityTable;
  peer: PeerTable;
  peer_link: PeerLinkTable;
  object_provenance: ObjectProvenanceTable;
  sync_run: SyncRunTable;
}
