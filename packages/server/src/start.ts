/**
 * @module start
 * The one way the product starts its server, used by `npm start` (main.ts) and `coopsec serve`:
 * opens the store (loading the bundled data on first use), creates the first administrator
 * when there is none, builds the app (TAXII 2.1, REST API and, unless turned off, the
 * dashboard) and listens. The dashboard is the built @coopsec/web package (its dist/, made by
 * `npm run build`); nothing is built here, so a production host needs no build tools.
 *
 * @example
 * const server = await startServer({ db: '/var/lib/coopsec/coopsec.db', port: 8080, host: '127.0.0.1' });
 * if (server.adminKey) console.log(`admin key: ${server.adminKey}`);
 * await server.close();
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { ensureBundledData, nodeCountryFromEnv } from '@coopsec/app';
import {
  isSqliteFile,
  lockSqliteServer,
  openJobQueue,
  openStore,
  type JobQueue,
  type LoadSummary,
  type Store,
} from '@coopsec/store';
import { buildApp } from './app.ts';
import { bootstrapAdmin, type BootstrapResult } from './auth/bootstrap.ts';
import { REDACT_PATHS } from './auth/logging.ts';
import { startScheduler, type Scheduler } from './federation/scheduler.ts';
import { startInventoryAlertDelivery } from './alerts/inventory-delivery.ts';
import { SECRET_KEY_VARIABLE, secretBoxFromEnv } from './federation/secrets.ts';

export interface StartServerOptions {
  /** SQLite file path, `:memory:`, or a postgres:// URL. */
  readonly db: string;
  /** Create the database when it does not exist (default true); false makes that an error. */
  readonly createDatabase?: boolean;
  readonly port: number;
  readonly host: string;
  /**
   * Folder of the built dashboard. Default: the installed @coopsec/web package's dist/
   * (`defaultWebRoot()`); `false` serves the APIs only.
   */
  readonly webRoot?: string | false;
  /** Pino options, a log level, or false for no log. Default: level LOG_LEVEL or 'warn'. */
  readonly logger?: FastifyServerOptions['logger'] | string;
  /** Log every request at info level (default: COOPSEC_LOG_REQUESTS=1, else off). */
  readonly logRequests?: boolean;
  readonly publicUrl?: string;
  readonly maxContentLength?: number;
  /** The country this node serves (ISO 3166-1). Default: COOPSEC_NODE_COUNTRY, else not set. */
  readonly nodeCountry?: string;
  /** Called once when the bundled data was loaded into a new store. */
  readonly onBundledLoaded?: (summary: LoadSummary, store: Store) => void;
  /** Run federation sync in the background (default: when COOPSEC_SECRET_KEY is set). */
  readonly federation?: boolean;
}

export interface RunningServer {
  /** http://host:port as listened on (127.0.0.1 and ::1 shown as localhost). */
  readonly url: string;
  /** The first administrator's API key, only on the run that created it. */
  readonly adminKey?: string;
  readonly admin: BootstrapResult;
  readonly store: Store;
  readonly app: FastifyInstance;
  /** The dashboard folder served, or undefined when the dashboard is off. */
  readonly webRoot?: string;
  close(): Promise<void>;
}

/**
 * The built dashboard of the installed @coopsec/web package (workspace or production install),
 * or undefined when that package or its dist/ is missing.
 */
export function defaultWebRoot(): string | undefined {
  try {
    const index = fileURLToPath(import.meta.resolve('@coopsec/web/dist/index.html'));
    return existsSync(index) ? dirname(index) : undefined;
  } catch {
    return undefined;
  }
}

function loggerOptions(logger: StartServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === undefined || typeof logger === 'string') {
    return {
      level: logger ?? process.env.LOG_LEVEL ?? 'warn',
      redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
    };
  }
  return logger;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  let webRoot: string | undefined;
  if (options.webRoot !== false) {
    webRoot = options.webRoot ?? defaultWebRoot();
    if (webRoot === undefined) {
      throw new TypeError(
        'the dashboard is not built or not installed (@coopsec/web/dist/index.html); run `npm run build` in a checkout, or start without the dashboard (--no-web)',
      );
    }
  }
  // One server per SQLite file (SQLite has one writer); several only over PostgreSQL.
  const sqlite = isSqliteFile(options.db);
  const create = options.createDatabase ?? true;
  // The lock file sits beside the database, so its folder must exist first: on a fresh
  // machine the per-user data folder does not (`npm start` failed with ENOENT there).
  if (sqlite && create) mkdirSync(dirname(resolve(options.db)), { recursive: true });
  // Without --create a missing file is openStore's clear error, not the lock's ENOENT.
  const unlock =
    sqlite && (create || existsSync(options.db)) ? lockSqliteServer(options.db) : () => undefined;
  let store: Store;
  try {
    store = await openStore(options.db, {
      create,
      backgroundCheckpoints: true,
    });
  } catch (error) {
    unlock();
    throw error;
  }
  try {
    // The same loader as `coopsec init` and every CLI command (claims included).
    const loaded = await ensureBundledData(store);
    if (loaded !== undefined) options.onBundledLoaded?.(loaded, store);
    const admin = await bootstrapAdmin(store);
    const app = await buildApp({
      store,
      logger: loggerOptions(options.logger),
      logRequests: options.logRequests ?? process.env.COOPSEC_LOG_REQUESTS === '1',
      nodeCountry: options.nodeCountry ?? nodeCountryFromEnv(process.env),
      ...(webRoot !== undefined ? { webRoot } : {}),
      ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
      ...(options.maxContentLength !== undefined
        ? { maxContentLength: options.maxContentLength }
        : {}),
    });
    let address: string;
    try {
      address = await app.listen({ port: options.port, host: options.host });
    } catch (error) {
      await app.close();
      throw error;
    }
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    let scheduler: Scheduler | undefined;
    let queue: JobQueue | undefined;
    if (options.federation ?? process.env[SECRET_KEY_VARIABLE] !== undefined) {
      const tickMs = Number(process.env.COOPSEC_FEDERATION_TICK_MS);
      // The job queue: graphile-worker over PostgreSQL (each sync once across processes),
      // the embedded table queue on SQLite.
      // How long a silent process holds its jobs before another takes them up (a lease on
      // SQLite, a heartbeat on PostgreSQL); default one minute.
      const deadAfterMs = Number(process.env.COOPSEC_JOB_DEAD_AFTER_MS);
      const silence =
        Number.isInteger(deadAfterMs) && deadAfterMs >= 60
          ? {
              leaseMs: deadAfterMs,
              beats: { deadAfterMs, beatMs: Math.floor(deadAfterMs / 6) },
            }
          : {};
      queue = await openJobQueue({
        target: options.db,
        store,
        ...silence,
        onError: (error) => app.log.error({ err: error }, 'job queue'),
      });
      scheduler = startScheduler({
        store,
        queue,
        secrets: secretBoxFromEnv(),
        ...(Number.isInteger(tickMs) && tickMs > 0 ? { tickMs } : {}),
        onError: (error) => app.log.error({ err: error }, 'federation scheduler'),
      });
    }
    const inventoryAlerts = startInventoryAlertDelivery({
      store,
      deliverEveryMs: positiveEnv('COOPSEC_INVENTORY_ALERT_DELIVER_MS', 2000),
      sweepEveryMs: positiveEnv('COOPSEC_INVENTORY_ALERT_SWEEP_MS', 60_000),
      backoffMs: positiveEnv('COOPSEC_WEBHOOK_BACKOFF_MS', 1000),
      onError: (error) => app.log.error({ err: error }, 'inventory alerts'),
    });
    return {
      url,
      ...(admin.created ? { adminKey: admin.key } : {}),
      admin,
      store,
      app,
      ...(webRoot !== undefined ? { webRoot } : {}),
      // Fastify's close stops accepting connections and waits for requests in flight (an
      // envelope being ingested commits and is answered) before the store closes.
      close: async () => {
        await scheduler?.stop();
        await queue?.stop();
        await inventoryAlerts.stop();
        await app.close();
        await store.close();
        unlock();
      },
    };
  } catch (error) {
    await store.close();
    unlock();
    throw error;
  }
}

/** A positive whole number from the environment, else the default. */
function positiveEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
