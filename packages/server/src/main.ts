/**
 * @module main
 * `npm start` runs this (after building the dashboard): opens the embedded SQLite database
 * (COOPSEC_DB or the per-user default), loads the bundled data on first run, creates the
 * first administrator key when there is none, and serves TAXII, the REST API and the
 * dashboard on one port (PORT or --port, default 8080). SIGINT/SIGTERM close it cleanly.
 *
 * @example
 * node --import tsx packages/server/src/main.ts --port 9090 --db /tmp/coopsec.db
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  defaultDatabaseTarget,
  hasBundledData,
  loadBundledData,
  openStore,
  type Store,
} from '@coopsec/store';
import * as storeExports from '@coopsec/store';
import { buildApp } from './app.ts';
import * as serverExports from './index.ts';

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly db: string;
  readonly webRoot?: string;
  readonly logger?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly adminKey?: string;
  close(): Promise<void>;
}

type Bootstrap = (store: Store) => Promise<unknown>;

/** The other team's first-admin bootstrap, wherever it is exported from. */
function findBootstrap(): Bootstrap | undefined {
  for (const mod of [serverExports, storeExports] as unknown as Readonly<
    Record<string, unknown>
  >[]) {
    const fn = mod.bootstrapAdmin;
    if (typeof fn === 'function') return fn as Bootstrap;
  }
  return undefined;
}

/** The key from whatever bootstrapAdmin returns (a string, or an object with key/apiKey/secret). */
function keyOf(result: unknown): string | undefined {
  if (typeof result === 'string') return result;
  if (typeof result !== 'object' || result === null) return undefined;
  const r = result as Record<string, unknown>;
  for (const k of ['key', 'apiKey', 'secret', 'token']) if (typeof r[k] === 'string') return r[k];
  return undefined;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.db);
  try {
    if (!(await hasBundledData(store))) await loadBundledData(store);
    const bootstrap = findBootstrap();
    const adminKey = bootstrap ? keyOf(await bootstrap(store)) : undefined;
    const app = await buildApp({
      store,
      logger:
        options.logger === false
          ? false
          : { level: process.env.LOG_LEVEL ?? 'warn', redact: ['req.headers.authorization'] },
      ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    });
    const address = await app.listen({ port: options.port, host: options.host });
    const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
    return {
      url,
      ...(adminKey !== undefined ? { adminKey } : {}),
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new TypeError(`port must be an integer 0–65535, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'web-root': { type: 'string' },
      'no-web': { type: 'boolean' },
    },
  });
  const server = await serve({
    port: parsePort(values.port ?? process.env.PORT),
    host: values.host ?? process.env.HOST ?? 'localhost',
    db: values.db ?? defaultDatabaseTarget(),
    ...(values['no-web'] === true ? {} : { webRoot: values['web-root'] ?? DEFAULT_WEB_ROOT }),
  });
  const web = values['no-web'] === true ? '' : `dashboard ${server.url}/   `;
  process.stdout.write(
    `coopsec is running at ${server.url}\n  ${web}REST ${server.url}/api/ (OpenAPI: /api/openapi.json)   TAXII ${server.url}/taxii2/\n`,
  );
  if (server.adminKey !== undefined) {
    process.stdout.write(
      `\nFirst run: administrator API key (shown once, keep it safe):\n  ${server.adminKey}\n\n`,
    );
  }
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`\n${signal}: closing coopsec…\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while closing: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`coopsec: cannot start: ${message}\n`);
    process.exit(1);
  });
}
