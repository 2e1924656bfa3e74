/**
 * Regression, issue 14 item 3: after the first `npm start`, `coopsec claims --source paper`
 * printed "No claims in set paper", because the server's first run loaded the bundled data
 * without the claims and marked it loaded. Every entry point now uses the app's one loader.
 * Each start below is the real entry point: `npm start`'s server main (a child process, as
 * scripts/start.mjs runs it) and `coopsec serve`; the CLI then reads the same SQLite file.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PAPER_CLAIMS } from '@coopsec/model';
import { loadBundledData, openStore } from '@coopsec/store';
import { CLI_ARGS, runCli } from '../testing/run-cli.ts';

const SERVER_MAIN = fileURLToPath(new URL('../../../server/src/main.ts', import.meta.url));

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-issue14-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a server process, waits until it listens, stops it; returns what it printed. */
export function startAndStop(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${out}`));
    }, 120_000);
    const onData = (d: string) => {
      out += d;
      // Both mains print their URL once listening; the key (or the hint) is printed by then.
      if (/running at http|serving .* at http/.test(out) && /API key/i.test(out)) {
        setTimeout(() => child.kill('SIGTERM'), 300);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

const serverMain = (db: string) => [
  '--conditions=@coopsec/source',
  '--import',
  'tsx',
  SERVER_MAIN,
  '--db',
  db,
  '--create',
  '--port',
  '0',
  '--host',
  '127.0.0.1',
  '--no-web',
];

async function paperClaims(db: string): Promise<string[]> {
  const r = await runCli(['--db', db, 'claims', '--source', 'paper', '--json']);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { claims: { record: { id: string } }[] }).claims
    .map((c) => c.record.id)
    .sort();
}

describe(
  'issue 14: the bundled data is loaded the same way by every entry point',
  { timeout: 300_000 },
  () => {
    it('npm start (server main) on a new database loads the paper claims', async () => {
      const db = join(dir, 'npm-start.db');
      const out = await startAndStop(serverMain(db));
      assert.match(out, /First run: administrator API key/);
      assert.deepEqual(await paperClaims(db), PAPER_CLAIMS.map((c) => c.id).sort());
    });

    it('coopsec serve on a new database loads the paper claims', async () => {
      const db = join(dir, 'serve.db');
      const out = await startAndStop([
        ...CLI_ARGS,
        '--db',
        db,
        '--create',
        'serve',
        '--port',
        '0',
        '--no-web',
      ]);
      assert.match(out, /API key, shown once/);
      assert.deepEqual(await paperClaims(db), PAPER_CLAIMS.map((c) => c.id).sort());
    });

    it('a database whose first run missed the claims gets them on the next use', async () => {
      const db = join(dir, 'made-by-the-old-first-run.db');
      // What the old first `npm start` did: the bundled data without the claims, marked loaded.
      const store = await openStore(db);
      await loadBundledData(store);
      await store.close();
      assert.deepEqual(await paperClaims(db), PAPER_CLAIMS.map((c) => c.id).sort());
    });

    it('a second npm start prints no key but says how to get one', async () => {
      const db = join(dir, 'second.db');
      await startAndStop(serverMain(db));
      const second = await startAndStop(serverMain(db));
      assert.doesNotMatch(second, /csk_/, 'no key printed');
      assert.match(
        second,
        new RegExp(`coopsec --db ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} key list`),
      );
      assert.match(second, /key create --org admin --user <your-name> --admin/);
    });
  },
);
