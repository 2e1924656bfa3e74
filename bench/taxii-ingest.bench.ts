/**
 * Benchmark of the TAXII 2.1 exchange engine at scale (issue 13), on SQLite and PostgreSQL.
 * The server is the product's `main.ts` in a child process; the load generator is another
 * child process (`taxii-load-client.ts`) that serialises every envelope before the clock
 * starts, so neither the bench nor its JSON work shares the server's measured time.
 *
 *   1. ingest: N objects POSTed in envelopes of 1,000 by 2 clients, in R rounds; between the
 *      rounds, a bare insert of the same number of the same rows into the same table and
 *      indexes (a second, freshly migrated database of the same kind, prepared statement or
 *      multi-row insert, 1,000 rows per transaction), so baseline and load see the same machine
 *      load at the same table size. Server RSS at rest and during the load.
 *   2. pages of 1,000, match[type]=indicator and a random added_after (p50, p99), at the
 *      stored count (N, plus `--prefill M` rows bare-inserted before the server starts);
 *   3. single-object GET: autocannon, 8 keep-alive connections, beside a trivial Node HTTP
 *      server answering a fixed 500-byte JSON, interleaved (trivial, coopsec, trivial, coopsec).
 *
 *   node --import tsx bench/taxii-ingest.bench.ts [--db sqlite|postgres|both] [--objects 200000]
 *        [--rounds 4] [--prefill 0] [--seconds 5] [--cpu-prof DIR]
 * PostgreSQL needs COOPSEC_TEST_PG_URL (a throw-away database is created and dropped); without
 * it the default is SQLite only.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openStore, type Store } from '@coopsec/store';
import { createTemporaryDatabase } from '../packages/store/src/testing/postgres.ts';
import { addCollection, addMember } from '../packages/server/src/taxii/testing/fixtures.ts';
import { BENCH_COLUMNS, benchRow } from './taxii-rows.ts';

const { values } = parseArgs({
  options: {
    // Both when a PostgreSQL server is named (as `npm run bench` runs every bench), else SQLite.
    db: { type: 'string', default: process.env.COOPSEC_TEST_PG_URL ? 'both' : 'sqlite' },
    objects: { type: 'string', default: '200000' },
    rounds: { type: 'string', default: '4' },
    prefill: { type: 'string', default: '0' },
    seconds: { type: 'string', default: '5' },
    'cpu-prof': { type: 'string' },
  },
});
const N = Number(values.objects);
const ROUNDS = Number(values.rounds);
const PREFILL = Number(values.prefill);
const SECONDS = Number(values.seconds);
const ENVELOPE = 1000;
const dir = mkdtempSync(join(tmpdir(), 'coopsec-ingest-bench-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] === undefined ? 0 : Math.round(Number(m[1]) / 1024);
  } catch {
    return 0;
  }
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Inserts `count` bench rows starting at `from`; returns seconds spent inserting. */
interface BareTarget {
  insert(from: number, count: number, dateAdded: string, origin: [string, string]): Promise<number>;
  close(): Promise<void>;
}

function sqliteBare(file: string): BareTarget {
  const raw = new BetterSqlite3(file);
  // The pragmas connect.ts applied before issue 13 (WAL, synchronous NORMAL, default checkpoints).
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  const insert = raw.prepare(
    `insert into exchange_object (${BENCH_COLUMNS.join(', ')}) values (${BENCH_COLUMNS.map(() => '?').join(', ')}) on conflict do nothing`,
  );
  const many = raw.transaction((rows: unknown[][]) => {
    for (const r of rows) insert.run(...r);
  });
  return {
    insert: (from, count, dateAdded, [org, user]) => {
      const batches: unknown[][][] = [];
      for (let b = from; b < from + count; b += ENVELOPE)
        batches.push(
          Array.from({ length: Math.min(ENVELOPE, from + count - b) }, (_, k) =>
            benchRow(b + k, { collectionId: 'bench', dateAdded, originOrg: org, originUser: user }),
          ),
        );
      const start = performance.now();
      for (const rows of batches) many(rows);
      return Promise.resolve((performance.now() - start) / 1000);
    },
    close: () => Promise.resolve(void raw.close()),
  };
}

async function postgresBare(url: string): Promise<BareTarget> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const width = BENCH_COLUMNS.length;
  return {
    insert: async (from, count, dateAdded, [org, user]) => {
      const batches: unknown[][] = [];
      for (let b = from; b < from + count; b += ENVELOPE)
        batches.push(
          Array.from({ length: Math.min(ENVELOPE, from + count - b) }, (_, k) =>
            benchRow(b + k, { collectionId: 'bench', dateAdded, originOrg: org, originUser: user }),
          ).flat(),
        );
      const start = performance.now();
      for (const params of batches) {
        const rows = params.length / width;
        const tuples = Array.from(
          { length: rows },
          (_, r) =>
            `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(',')})`,
        );
        await client.query('begin');
        await client.query(
          `insert into exchange_object (${BENCH_COLUMNS.join(', ')}) values ${tuples.join(',')} on conflict do nothing`,
          params,
        );
        await client.query('commit');
      }
      return (performance.now() - start) / 1000;
    },
    close: () => client.end(),
  };
}

class LoadClient {
  readonly #child: ChildProcess;
  #pending: ((m: { ok: boolean; result?: unknown; error?: string }) => void) | undefined;
  readonly ready: Promise<void>;
  constructor() {
    this.#child = fork(join(import.meta.dirname, 'taxii-load-client.ts'), {
      execArgv: ['--conditions=@coopsec/source', '--import', 'tsx'],
    });
    this.ready = new Promise((resolve) => {
      this.#child.on('message', (m: { ready?: boolean; ok: boolean }) => {
        if (m.ready === true) return resolve();
        const p = this.#pending;
        this.#pending = undefined;
        p?.(m);
      });
    });
  }
  run<T>(command: Record<string, unknown>): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#pending = (m) => (m.ok ? resolve(m.result as T) : reject(new Error(m.error)));
      this.#child.send(command);
    });
  }
  close(): void {
    this.#child.send({ cmd: 'exit' });
  }
}

async function startProductServer(target: string, port: number): Promise<ChildProcess> {
  const prof = values['cpu-prof'];
  const child = spawn(
    process.execPath,
    [
      ...(prof !== undefined ? ['--cpu-prof', '--cpu-prof-dir', prof] : []),
      '--conditions=@coopsec/source',
      '--import',
      'tsx',
      'packages/server/src/main.ts',
      '--db',
      target,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-web',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  for (let i = 0; i < 1200 && !out.includes('coopsec is running'); i++) await sleep(100);
  if (!out.includes('coopsec is running')) {
    child.kill('SIGTERM');
    throw new Error(`server did not start: ${out}`);
  }
  return child;
}

function startTrivialServer(port: number): ChildProcess {
  const body = JSON.stringify({ id: 'x', padding: 'p'.repeat(478) });
  const code = `const b=Buffer.from(${JSON.stringify(body)});require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json','content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1',()=>console.log('up'))`;
  return spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function benchOne(kind: 'sqlite' | 'postgres'): Promise<Record<string, unknown>> {
  const temps: { drop(): Promise<void> }[] = [];
  let target: string;
  let bareTarget: string;
  if (kind === 'sqlite') {
    target = join(dir, 'server.db');
    bareTarget = join(dir, 'bare.db');
  } else {
    const a = await createTemporaryDatabase('coopsec_bench');
    const b = await createTemporaryDatabase('coopsec_bench');
    temps.push(a, b);
    target = a.url;
    bareTarget = b.url;
  }
  const client = new LoadClient();
  let server: ChildProcess | undefined;
  let trivial: ChildProcess | undefined;
  let bare: BareTarget | undefined;
  try {
    const store: Store = await openStore(target);
    const member = await addMember(store, { orgId: 'bench-org', admin: true, userName: 'bench' });
    await addCollection(
      store,
      'bench',
      [{ orgId: 'bench-org', read: true, write: true }],
      'bench-org',
    );
    await store.close();
    await (await openStore(bareTarget)).close();
    bare = kind === 'sqlite' ? sqliteBare(bareTarget) : await postgresBare(bareTarget);
    if (PREFILL > 0) {
      // Older rows of the same collection, so that pages run at a larger stored count.
      const fill = kind === 'sqlite' ? sqliteBare(target) : await postgresBare(target);
      for (let done = 0; done < PREFILL; done += 50_000)
        await fill.insert(N + done, Math.min(50_000, PREFILL - done), '2020-01-01T00:00:00.000Z', [
          member.orgId,
          member.userId,
        ]);
      await fill.close();
    }
    const port = 19000 + Math.floor(Math.random() * 500);
    server = await startProductServer(target, port);
    const pid = server.pid ?? 0;
    await client.ready;
    await sleep(3000);
    const rssAtRest = rssMb(pid);
    const url = `http://127.0.0.1:${port}/taxii2/default/collections/bench/objects/`;

    // 1. Ingest rounds, each followed by the bare insert of as many rows.
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(rssMb(pid)), 250);
    let loadSeconds = 0;
    let bareSeconds = 0;
    const ids: string[] = [];
    const per = Math.ceil(N / ROUNDS);
    const loadStart = Date.now();
    for (let r = 0; r < ROUNDS; r++) {
      const from = r * per;
      const count = Math.min(per, N - from);
      const result = await client.run<{ seconds: number; ids: string[] }>({
        cmd: 'post',
        url,
        key: member.key,
        from,
        count,
        envelope: ENVELOPE,
        concurrency: 2,
      });
      loadSeconds += result.seconds;
      ids.push(...result.ids);
      bareSeconds += await bare.insert(from, count, new Date().toISOString(), [
        member.orgId,
        member.userId,
      ]);
    }
    const loadEnd = Date.now();
    clearInterval(sampler);
    await sleep(5000);
    const rssAfter = rssMb(pid);

    // 2. Pages.
    const pages = await client.run<{ ms: number[]; objects: number }>({
      cmd: 'pages',
      url,
      key: member.key,
      count: 300,
      afterFrom: loadStart,
      afterTo: loadStart + (loadEnd - loadStart) * 0.9,
    });
    const pageMs = [...pages.ms].sort((a, b) => a - b);

    // 3. Single-object GETs beside the trivial server, interleaved.
    const trivialPort = port + 600;
    trivial = startTrivialServer(trivialPort);
    await new Promise((r) => trivial?.stdout?.once('data', r));
    type Gets = { perSecond: number; p50: number; p99: number; errors: number; non2xx: number };
    const trivialRuns: Gets[] = [];
    const getRuns: Gets[] = [];
    for (let i = 0; i < 2; i++) {
      trivialRuns.push(
        await client.run<Gets>({
          cmd: 'gets',
          url: `http://127.0.0.1:${trivialPort}/`,
          seconds: SECONDS,
          connections: 8,
        }),
      );
      getRuns.push(
        await client.run<Gets>({
          cmd: 'gets',
          url,
          key: member.key,
          ids,
          seconds: SECONDS,
          connections: 8,
        }),
      );
    }
    const mean = (xs: Gets[]) => xs.reduce((s, x) => s + x.perSecond, 0) / xs.length;
    const loadRate = N / loadSeconds;
    const bareRate = N / bareSeconds;
    return {
      db: kind,
      ingest: {
        objects: N,
        objectsPerSecond: Math.round(loadRate),
        bareRowsPerSecond: Math.round(bareRate),
        ratio: Number((loadRate / bareRate).toFixed(3)),
      },
      rssMb: { atRest: rssAtRest, maxDuringIngest: Math.max(...rss), afterIngest: rssAfter },
      pages: {
        stored: N + PREFILL,
        count: pageMs.length,
        avgObjects: Math.round(pages.objects / pageMs.length),
        p50ms: Number(percentile(pageMs, 50).toFixed(1)),
        p99ms: Number(percentile(pageMs, 99).toFixed(1)),
      },
      gets: {
        perSecond: Math.round(mean(getRuns)),
        trivialPerSecond: Math.round(mean(trivialRuns)),
        ratio: Number((mean(getRuns) / mean(trivialRuns)).toFixed(3)),
        p50ms: getRuns.map((g) => g.p50),
        p99ms: getRuns.map((g) => g.p99),
        errors: getRuns.reduce((s, g) => s + g.errors + g.non2xx, 0),
      },
    };
  } finally {
    client.close();
    if (trivial !== undefined) await stop(trivial);
    if (server !== undefined) await stop(server);
    await bare?.close();
    for (const t of temps) await t.drop();
  }
}

const kinds =
  values.db === 'both' ? (['sqlite', 'postgres'] as const) : [values.db as 'sqlite' | 'postgres'];
const results: Record<string, unknown>[] = [];
try {
  for (const kind of kinds) results.push(await benchOne(kind));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        nproc: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        loadavg: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      },
      results,
    },
    null,
    2,
  ),
);
