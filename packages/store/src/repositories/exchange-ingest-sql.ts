/**
 * @module repositories/exchange-ingest-sql
 * The two statements of an add request (TAXII 2.1 §5.5) that scale with the envelope: looking
 * up stored versions of the posted ids, and inserting the accepted versions. Both are fixed
 * SQL text, so that neither the query builder nor the database re-plans them per envelope:
 *   - SQLite: statements prepared once per connection and run per row inside the request's
 *     transaction (better-sqlite3 is synchronous, so the rows go in while the transaction
 *     holds the connection);
 *   - PostgreSQL: one statement per chunk that takes each column as an array (`unnest`), so
 *     the text and its plan stay the same whatever the number of rows (multi-row insert with
 *     15 parameters instead of 15 per row).
 */
import { sql, type Transaction } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../schema.ts';

/** A row of exchange_object as inserted. */
export interface InsertRow {
  readonly collection_id: string;
  readonly object_id: string;
  readonly type: string;
  readonly spec_version: string;
  readonly created: string | null;
  readonly modified: string;
  readonly version: string;
  readonly date_added: string;
  readonly tlp: string;
  readonly view_rank: number;
  readonly origin_org: string;
  readonly origin_user: string;
  readonly recipients: string | null;
  readonly has_granular: number;
  readonly body: string;
}

export interface ExistingRow {
  readonly seq: number | string;
  readonly collection_id: string;
  readonly object_id: string;
  readonly version: string;
  readonly origin_org: string;
  readonly origin_user: string;
  readonly view_rank: number | string;
  readonly recipients: string | null;
  readonly body: string;
}

const COLUMNS = [
  'collection_id',
  'object_id',
  'type',
  'spec_version',
  'created',
  'modified',
  'version',
  'date_added',
  'tlp',
  'view_rank',
  'origin_org',
  'origin_user',
  'recipients',
  'has_granular',
  'body',
] as const satisfies readonly (keyof InsertRow)[];

const EXISTING =
  'select seq, collection_id, object_id, version, origin_org, origin_user, view_rank, recipients, body from exchange_object';
const CONFLICT = 'on conflict (collection_id, object_id, version, origin_org) do nothing';

interface SqliteStatements {
  readonly insert: BetterSqlite3.Statement;
  readonly existing: BetterSqlite3.Statement;
}
const prepared = new WeakMap<BetterSqlite3.Database, SqliteStatements>();

function sqliteStatements(db: BetterSqlite3.Database): SqliteStatements {
  let s = prepared.get(db);
  if (s === undefined) {
    s = {
      insert: db.prepare(
        `insert into exchange_object (${COLUMNS.join(', ')}) values (${COLUMNS.map((c) => `@${c}`).join(', ')}) ${CONFLICT}`,
      ),
      existing: db.prepare(`${EXISTING} where object_id = ? order by seq`),
    };
    prepared.set(db, s);
  }
  return s;
}

/** Inserts rows in order; returns those that were new (not already stored under their key). */
export function sqliteInsert(db: BetterSqlite3.Database, rows: readonly InsertRow[]): InsertRow[] {
  const { insert } = sqliteStatements(db);
  return rows.filter((row) => insert.run(row).changes === 1);
}

export function sqliteExisting(db: BetterSqlite3.Database, ids: readonly string[]): ExistingRow[] {
  const { existing } = sqliteStatements(db);
  return ids.flatMap((id) => existing.all(id) as ExistingRow[]);
}

const PG_CHUNK = 5000;
const PG_TYPES: Record<(typeof COLUMNS)[number], string> = {
  collection_id: 'text',
  object_id: 'text',
  type: 'text',
  spec_version: 'text',
  created: 'text',
  modified: 'text',
  version: 'text',
  date_added: 'text',
  tlp: 'text',
  view_rank: 'integer',
  origin_org: 'text',
  origin_user: 'text',
  recipients: 'text',
  has_granular: 'integer',
  body: 'text',
};

/** Inserts rows in order (seq follows the envelope); returns the keys of rows that were new. */
export async function postgresInsert(
  trx: Transaction<Database>,
  rows: readonly InsertRow[],
): Promise<{ object_id: string; version: string; origin_org: string }[]> {
  const done: { object_id: string; version: string; origin_org: string }[] = [];
  for (let start = 0; start < rows.length; start += PG_CHUNK) {
    const chunk = rows.slice(start, start + PG_CHUNK);
    const arrays = COLUMNS.map((c) => sql`${chunk.map((r) => r[c])}::${sql.raw(PG_TYPES[c])}[]`);
    const result = await sql<{ object_id: string; version: string; origin_org: string }>`
      insert into exchange_object (${sql.raw(COLUMNS.join(', '))})
      select ${sql.raw(COLUMNS.join(', '))}
      from unnest(${sql.join(arrays)}) with ordinality as u(${sql.raw(COLUMNS.join(', '))}, n)
      order by n
      ${sql.raw(CONFLICT)}
      returning object_id, version, origin_org`.execute(trx);
    done.push(...result.rows);
  }
  return done;
}

export async function postgresExisting(
  trx: Transaction<Database>,
  ids: readonly string[],
): Promise<ExistingRow[]> {
  if (ids.length === 0) return [];
  const result =
    await sql<ExistingRow>`${sql.raw(EXISTING)} where object_id = any(${[...ids]}::text[]) order by seq`.execute(
      trx,
    );
  return result.rows;
}
