/**
 * @module sqlite-immediate
 * Kysely's SQLite transactions open with `BEGIN IMMEDIATE` rather than a deferred `BEGIN`.
 *
 * Why: a deferred transaction that reads first and writes later (ingest looks up the last
 * `date_added`, then inserts) holds a read snapshot; if another connection commits in
 * between, SQLite cannot upgrade that snapshot to a write and answers SQLITE_BUSY at once,
 * without waiting on `busy_timeout` (https://sqlite.org/lang_transaction.html, "deferred";
 * https://sqlite.org/rescode.html#busy_snapshot). That is what a CLI `coopsec sync` met
 * beside a running server syncing the same collection in the background: "database is
 * locked". `BEGIN IMMEDIATE` takes the write lock first, so a second writer waits its turn
 * on the busy timeout instead of failing. Every Kysely transaction in the store writes, so
 * none loses concurrency by this.
 */
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
