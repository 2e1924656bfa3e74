/**
 * @module migrations/0008-jobs
 * The background job table of the embedded queue (issue 13 item 3). On PostgreSQL servers
 * graphile-worker keeps its own schema; this table serves SQLite (and PGlite), where one
 * server process owns the file (server-lock.ts). A job is `queued`, `running` under a lease
 * (`locked_by`, `locked_until`: a crashed process's job is taken again once its lease ends),
 * or `failed` after its last attempt (`last_error` is the failure record). A job that succeeded
 * is deleted, so the table holds only work to do and failures.
 * A singleton key is unique among the jobs of a name that are not finished yet.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('singleton_key', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('job_due').on('job').columns(['name', 'state', 'run_at']).execute();
  // Partial unique index: one unfinished job per (name, singleton key); finished ones may repeat.
  await db.schema
    .createIndex('job_singleton')
    .unique()
    .on('job')
    .columns(['name', 'singleton_key'])
    .where(sql<boolean>`state in ('queued', 'running')`)
    .execute();
}
