/**
 * @module sqlite-tuning
 * How the embedded SQLite database is opened for speed without giving up what an
 * acknowledged write promises (README "Production": durability).
 *
 * - WAL journal; `synchronous = FULL` by default, so a committed transaction (an acknowledged
 *   envelope) has been fsynced to the WAL and survives a crash of the machine. `durability:
 *   'process'` (`COOPSEC_DURABILITY=process`) uses `NORMAL`: a commit survives a crash of the
 *   process, but the last commits before a power loss or kernel crash may be lost (the
 *   database stays consistent either way; https://sqlite.org/pragma.html#pragma_synchronous).
 * - Checkpoints off the request path: SQLite's automatic checkpoint runs inside the COMMIT of
 *   whichever write crosses 1,000 WAL pages (copy + fsync, measured at half of the ingest wall
 *   time, bench/RESULTS.md). In a server (`backgroundCheckpoints`), a worker thread with its
 *   own connection runs a PASSIVE checkpoint every second, which waits for no reader or writer; the automatic checkpoint stays as a
 *   backstop at 16,384 pages (64 MiB) should the worker fall behind, and
 *   `journal_size_limit` truncates the WAL file back to 64 MiB after it was reset.
 * - A 32 MiB page cache (default 2 MiB) for the random-key b-trees of exchange_object.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

export type Durability = 'full' | 'process';

const AUTOCHECKPOINT_PAGES = 16_384;
const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;
const CHECKPOINT_INTERVAL_MS = 1000;

export function durabilityFrom(env: NodeJS.ProcessEnv = process.env): Durability {
  const value = env.COOPSEC_DURABILITY;
  if (value === undefined || value === '' || value === 'full') return 'full';
  if (value === 'process') return 'process';
  throw new TypeError(`COOPSEC_DURABILITY must be "full" or "process", got "${value}"`);
}

export function tuneSqlite(database: BetterSqlite3.Database, durability: Durability): void {
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  database.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  database.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  database.pragma('cache_size = -32768');
}

// The worker is plain CommonJS evaluated from a string, so that it needs no TypeScript loader.
const CHECKPOINTER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  parentPort.postMessage('closed');
});
`;

/** Starts the checkpoint worker for a SQLite file; the returned function stops it. */
export function startCheckpointer(file: string): () => Promise<void> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: { file, module, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.unref();
  // A failing checkpointer must not take the server down: the automatic checkpoint remains.
  worker.on('error', () => undefined);
  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= new Promise<void>((resolve) => {
      const done = () => {
        void worker.terminate().then(() => resolve());
      };
      worker.once('message', done);
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
      setTimeout(done, 2000).unref();
    });
    return stopped;
  };
}
