/**
 * @module schema
 * Table types for Kysely. Column types are the lowest common denominator of SQLite and
 * PostgreSQL (text, integer, double precision) so that one set of queries serves both;
 * JSON is stored as text and parsed in the repositories.
 */
import type { Generated } from 'kysely';
import type { ExchangeTables } from './schema-exchange.ts';
import type { FederationTables } from './schema-federation.ts';
import type { AlertTables } from './schema-alerts.ts';
import type { InventoryTables } from './schema-inventory.ts';
import type { JobTables } from './schema-jobs.ts';

export interface SourceTable {
  id: string;
  citation: string;
  note: string | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  doi: string | null;
  /** The publication date as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string | null;
  licence: string | null;
  /** 'bundled' (shipped with coopsec) or 'user' (added by a user). */
  origin: Generated<string>;
  created_at: string | null;
}

export interface AssessmentTable {
  country: string;
  year: number;
  component: string;
  score: number;
  source_id: string;
  evidence: string;
  confidence: string;
  kind: string;
  /** Monotonic insertion order, so that listings are stable on both dialects. */
  seq: Generated<number>;
}

export interface GciTable {
  country: string;
  edition: number;
  scale: string;
  score: number;
  rank: number | null;
  tier: string | null;
  source_ids: string; // JSON array
  alternatives: string; // JSON array
  confidence: string;
  note: string | null;
}

export interface ClaimTable {
  id: string;
  /** 'paper' for the bundled claims of the paper; anything else names a user's own set. */
  source: string;
  quotation: string;
  location: string;
  spec: string; // JSON of the typed claim
  created_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database
  extends ExchangeTables, FederationTables, AlertTables, JobTables, InventoryTables {
  source: SourceTable;
  assessment: AssessmentTable;
  gci_score: GciTable;
  claim: ClaimTable;
  meta: MetaTable;
}
