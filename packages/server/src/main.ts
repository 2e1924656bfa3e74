/**
 * @module main
 * `npm start` runs this (after `npm run build`, which start.mjs does when needed): opens the
 * embedded SQLite database (COOPSEC_DB or the per-user default), loads the bundled data on
 * first run, creates the first administrator key when there is none, and serves TAXII, the
 * REST API and the dashboard on one port (PORT or --port, default 8080). SIGINT/SIGTERM close
 * it cleanly. It goes through the same `startServer()` as `coopsec serve`.
 *
 * @example
 * node packages/server/dist/main.js --port 9090 --db /tmp/coopsec.db --create
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chooseDatabase, redactTarget } from '@coopsec/store';
import { startServer } from './start.ts';

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new TypeError(`port must be an integer 0–65535, got "${value}"`);
  return n;
}

/**
 * What a second start says instead of a key (keys are shown once, only their hashes are
 * stored): how to list the keys and make a new administrator key with the CLI.
 */
export function keyHint(db: string | undefined): string {
  const target = db === undefined ? '' : ` --db ${redactTarget(db)}`;
  return [
    'API keys: the administrator key was printed on the first start and is not stored in clear.',
    `  list keys:        npx coopsec${target} key list`,
    `  new admin key:    npx coopsec${target} key create --org admin --user <your-name> --admin`,
    `  revoke a key:     npx coopsec${target} key revoke <key id>`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      create: { type: 'boolean' },
      'web-root': { type: 'string' },
      'no-web': { type: 'boolean' },
    },
  });
  const noWeb = values['no-web'] === true;
  // A database named by --db must exist unless --create; the default one (COOPSEC_DB or the
  // per-user folder) is created on first run, so that `npm start` works on a fresh clone.
  const database = chooseDatabase({ db: values.db, create: values.create });
  const server = await startServer({
    port: parsePort(values.port ?? process.env.PORT),
    host: values.host ?? process.env.HOST ?? 'localhost',
    db: database.target,
    createDatabase: database.create,
    webRoot: noWeb ? false : values['web-root'],
  });
  const web = noWeb ? '' : `dashboard ${server.url}/   `;
  process.stdout.write(
    `coopsec is running at ${server.url}\n  ${web}REST ${server.url}/api/ (OpenAPI: /api/openapi.json)   TAXII ${server.url}/taxii2/\n`,
  );
  if (server.adminKey !== undefined) {
    process.stdout.write(
      `\nFirst run: administrator API key (shown once, keep it safe):\n  ${server.adminKey}\n\n`,
    );
  } else {
    process.stdout.write(`\n${keyHint(values.db)}\n\n`);
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
