/**
 * @module jobs/open
 * Picks the job queue for a database: graphile-worker on a PostgreSQL server (several
 * processes share it), else the embedded table queue (SQLite, PGlite: one process).
 * graphile-worker is imported only when needed, so SQLite users and CLI starts do not load it.
 *
 * @example
 * const queue = await openJobQueue({ target, store });
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { JobQueue } from './job-queue.ts';
import type { PoolBeatOptions } from './pg-pool-beats.ts';
import { SqlJobQueue, type SqlJobQueueOptions } from './sql-queue.ts';

export interface OpenJobQueueOptions extends SqlJobQueueOptions {
  /** The database target the store was opened on (a postgres:// URL selects graphile-worker). */
  readonly target: string;
  readonly store: { readonly db: Kysely<Database> };
  /** PostgreSQL only: how soon a dead process's jobs are taken up (pg-pool-beats.ts). */
  readonly beats?: PoolBeatOptions;
}

export async function openJobQueue(options: OpenJobQueueOptions): Promise<JobQueue> {
  if (/^postgres(ql)?:\/\//.test(options.target)) {
    const { PgJobQueue } = await import('./pg-queue.ts');
    const onError = options.onError;
    return new PgJobQueue({
      connectionString: options.target,
      ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
      ...(options.beats !== undefined ? { beats: options.beats } : {}),
      ...(onError !== undefined ? { onError: (message: string) => onError(message) } : {}),
    });
  }
  return new SqlJobQueue(options.store, options);
}
