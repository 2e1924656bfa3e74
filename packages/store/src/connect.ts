/**
 * @module connect
 * Opens the store on one of three back ends, chosen by the target string:
 *   - `postgres://…` or `postgresql://…`: a PostgreSQL server (production, several processes);
 *   - `pglite:memory` or `pglite:<dir>`: PostgreSQL in WebAssembly (tests; 6–9 s cold start);
 *   - anything else: a SQLite file path (the embedded default), or `:memory:`.
 * Migrations run on open unless told otherwise.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Dialect as KyselyDialect,
} from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import { CoopsecError } from '@coopsec/model';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { durabilityFrom, startCheckpointer, tuneSqlite, type Durability } from './sqlite-tuning.ts';

/** The native SQLite handle behind a store's Kysely instance, for prepared fast paths. */
const sqliteHandles = new WeakMap<object, BetterSqlite3.Database>();

/** The better-sqlite3 handle of a SQLite store (undefined on PostgreSQL). */
export function sqliteHandleOf(db: Kysely<Database>): BetterSqlite3.Database | undefined {
  return sqliteHandles.get(db);
}

export interface Store extends AsyncDisposable {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The target with any password removed: safe to print and log. */
  readonly description: string;
  /** PostgreSQL pool occupancy (for metrics); undefined on SQLite, which has one connection. */
  poolStats?(): { readonly total: number; readonly idle: number; readonly waiting: number };
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  readonly migrate?: boolean;
  /**
   * SQLite: 'full' (default, or COOPSEC_DURABILITY): an acknowledged write survives a machine
   * crash; 'process': it survives a process crash only (see sqlite-tuning.ts).
   */
  readonly durability?: Durability;
  /**
   * SQLite file: checkpoint the WAL from a worker thread every second (servers; see
   * sqlite-tuning.ts). Off for short-lived commands, which need no thread; SQLite's own
   * automatic checkpoint and the checkpoint at close keep their WAL bounded.
   */
  readonly backgroundCheckpoints?: boolean;
}

/** Runs a trivial query: resolves when the database answers (readiness checks). */
export async function pingStore(store: Pick<Store, 'db'>): Promise<void> {
  await sql`select 1`.execute(store.db);
}

/** Where the embedded database lives when nothing is said: COOPSEC_DB, else the per-user data dir. */
export function defaultDatabaseTarget(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COOPSEC_DB !== undefined && env.COOPSEC_DB !== '') return env.COOPSEC_DB;
  const base =
    env.XDG_DATA_HOME !== undefined && env.XDG_DATA_HOME !== ''
      ? env.XDG_DATA_HOME
      : join(homedir(), '.local', 'share');
  return join(base, 'coopsec', 'coopsec.db');
}

/** Removes the password from a connection URL. */
export function redactTarget(target: string): string {
  if (!/^postgres(ql)?:\/\//.test(target)) return target;
  try {
    const url = new URL(target);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export async function openStore(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  const { dialect, kyselyDialect, onClose, native, poolStats } = await makeDialect(target, {
    durability: options.durability ?? durabilityFrom(),
    checkpoints: options.backgroundCheckpoints === true,
  });
  const db = new Kysely<Database>({ dialect: kyselyDialect });
  if (native !== undefined) sqliteHandles.set(db, native);
  const description = redactTarget(target);
  const close = async () => {
    await db.destroy();
    await onClose();
  };
  try {
    if (options.migrate !== false) await migrateToLatest(db, dialect);
  } catch (error) {
    await close().catch(() => undefined);
    if (error instanceof CoopsecError) throw error;
    throw new CoopsecError(
      'UNAVAILABLE',
      `cannot open the database ${description}: ${messageOf(error)}`,
      { cause: error },
    );
  }
  return {
    db,
    dialect,
    description,
    close,
    ...(poolStats !== undefined ? { poolStats } : {}),
    [Symbol.asyncDispose]: close,
  };
}

async function makeDialect(
  target: string,
  sqlite: { durability: Durability; checkpoints: boolean },
): Promise<{
  dialect: Dialect;
  kyselyDialect: KyselyDialect;
  onClose: () => Promise<void>;
  native?: BetterSqlite3.Database;
  poolStats?: () => { total: number; idle: number; waiting: number };
}> {
  if (/^postgres(ql)?:\/\//.test(target)) {
    // Imported here, not at the top: SQLite users (and every CLI start) need not load pg.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    return {
      dialect: 'postgres',
      kyselyDialect: new PostgresDialect({ pool }),
      onClose: () => Promise.resolve(),
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
    };
  }
  if (target.startsWith('pglite:')) {
    // Dev-only back end: imported lazily so production installs need not carry it.
    const { PGlite } = await import('@electric-sql/pglite');
    const { KyselyPGlite } = await import('kysely-pglite');
    const location = target.slice('pglite:'.length);
    const instance = location === 'memory' || location === '' ? new PGlite() : new PGlite(location);
    const { dialect } = new KyselyPGlite(instance);
    return {
      dialect: 'postgres',
      kyselyDialect: dialect,
      onClose: async () => {
        if (!instance.closed) await instance.close();
      },
    };
  }
  if (target !== ':memory:') {
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      throw new CoopsecError(
        'UNAVAILABLE',
        `cannot create the folder for ${target}: ${messageOf(error)}`,
        { cause: error },
      );
    }
  }
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(target);
  } catch (error) {
    throw new CoopsecError(
      'UNAVAILABLE',
      `cannot open the SQLite database ${target}: ${messageOf(error)}`,
      { cause: error },
    );
  }
  tuneSqlite(database, sqlite.durability);
  const stopCheckpointer =
    target !== ':memory:' && sqlite.checkpoints ? startCheckpointer(target) : undefined;
  return {
    dialect: 'sqlite',
    kyselyDialect: new SqliteDialect({ database }),
    onClose: async () => {
      await stopCheckpointer?.();
    },
    native: database,
  };
}

async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({
    db,
    migrationTableName: 'coopsec_migration',
    migrationLockTableName: 'coopsec_migration_lock',
    provider: {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(
            MIGRATIONS.map((m) => [m.name, { up: (k: Kysely<unknown>) => m.up(k, dialect) }]),
          ),
        ),
    },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    // No failed migration means the database could not be reached at all: openStore says so.
    if (failed === undefined) throw error instanceof Error ? error : new Error(messageOf(error));
    throw new CoopsecError(
      'UNAVAILABLE',
      `database migration ${failed} failed: ${messageOf(error)}`,
      { cause: error },
    );
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
