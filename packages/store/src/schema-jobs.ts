/** @module schema-jobs — Kysely types of migration 0008-jobs. */
import type { Generated } from 'kysely';

/** A finished job's row is deleted; a failed one stays as the failure record. */
export type JobState = 'queued' | 'running' | 'failed';

export interface JobTable {
  id: string;
  name: string;
  /** The payload as JSON text. */
  payload: string;
  singleton_key: string | null;
  state: JobState;
  attempts: Generated<number>;
  max_attempts: number;
  /** ISO 8601 UTC with milliseconds: compares as text. */
  run_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  /** When the last attempt failed (state `failed`). */
  finished_at: string | null;
}

export interface JobTables {
  job: JobTable;
}
