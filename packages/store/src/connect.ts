/**
 * @module connect
 * Opens the store on one of three back ends, chosen by the target string:
 *   - `postgres://…` or `postgresql://…`: a PostgreSQL server (production, several processes);
 *   - `pglite:memory` or `pglite:<dir>`: PostgreSQL in WebAssembly (tests; 6–9 s cold start);
 *   - a path: a SQLite file (the embedded default), or `:memory:`.
 * Any other URL scheme (`mysql://…`, `sqlite:…`) is refused rather than taken for a file name.
 * A missing SQLite file is created only when asked (`create`), so that a mistyped path is an
 * error instead of a new, empty database. Migrations run on open unless told otherwise.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql, type Dialect as KyselyDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import { CoopsecError } from '@coopsec/model';
import type { Database } from './schema.ts';
import type { Dialect } from './dialect.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { ImmediateSqliteDialect } from './sqlite-immediate.ts';
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
   * Create a missing SQLite file and its folder (default true: tests and the embedded default).
   * With false, a missing file is a NOT_FOUND error naming it.
   */
  readonly create?: boolean;
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

/** The database a command or server uses, and whether it may be created when missing. */
export interface DatabaseChoice {
  readonly target: string;
  readonly create: boolean;
}

/**
 * Chooses the database: one named on the command line (`--db`) is created only with an explicit
 * `create`; the default (COOPSEC_DB, set once in a deployment, else the per-user data folder) is
 * created on first use, so that a fresh install and `npm start` work without `coopsec init`.
 */
export function chooseDatabase(
  options: { readonly db?: string | undefined; readonly create?: boolean | undefined },
  env: NodeJS.ProcessEnv = process.env,
): DatabaseChoice {
  return {
    target: options.db ?? defaultDatabaseTarget(env),
    create: options.create === true || options.db === undefined,
  };
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
  const scheme = schemeOf(target);
  if (scheme === undefined || !target.includes('@')) return target;
  try {
    const url = new URL(target);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return `${scheme}:(unparseable URL)`;
  }
}

/** The URL scheme of a target (`postgres`), or undefined for a path. One-letter schemes are
 * Windows drive letters (`C:\\data\\x.db`), hence two characters at least. */
function schemeOf(target: string): string | undefined {
  return /^([a-z][a-z0-9+.-]+):/i.exec(target)?.[1]?.toLowerCase();
}

const SCHEMES = new Set(['postgres', 'postgresql', 'pglite']);

export async function openStore(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  const scheme = schemeOf(target);
  if (scheme !== undefined && !SCHEMES.has(scheme)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `unsupported database ${redactTarget(target)}: "${scheme}:" is not a scheme coopsec reads; give a SQLite file path, or a postgres:// or postgresql:// URL`,
    );
  }
  if (scheme === undefined && target !== ':memory:' && options.create === false) {
    if (!existsSync(target)) {
      const folder = dirname(target);
      throw new CoopsecError(
        'NOT_FOUND',
        `the database ${target} does not exist${existsSync(folder) ? '' : ` (nor does its folder ${folder})`}; nothing was created. Create it with \`coopsec init --db ${target}\`, or pass --create`,
      );
    }
  }
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
    if (options.migrate !== false) await migrateToLatest(db, dialect, description);
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
    kyselyDialect: new ImmediateSqliteDialect({ database }),
    onClose: async () => {
      await stopCheckpointer?.();
    },
    native: database,
  };
}

async function migrateToLatest(
  db: Kysely<Database>,
  dialect: Dialect,
  description: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    migrationTableName: 'coopsec_migration',
    migrationLockTableName: 'coopsec_migration_lock',
    // Migrations are independent additions (each its own tables or columns), developed in
    // parallel: a database that has 0006 may meet 0005 later, and that is safe.
    allowUnorderedMigrations: true,
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
      `database migration ${failed} of ${description} failed: ${messageOf(error)}`,
      { cause: error },
    );
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
