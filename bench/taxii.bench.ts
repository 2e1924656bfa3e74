/**
 * Benchmark of the TAXII 2.1 server (issue 8), over loopback against a `coopsec serve` child
 * process on a fresh SQLite file:
 *   1. load: N indicators (10 % malware) POSTed in envelopes of 1,000, two clients at once;
 *      objects/s, compared with a bare better-sqlite3 insert of the same rows into the same
 *      table and indexes, measured in the same run; server RSS sampled every 250 ms;
 *   2. pages: 300 GETs of 1,000 objects with match[type]=indicator and a random added_after
 *      inside the loaded range (p50, p99);
 *   3. small GETs: object by id, 8 concurrent clients for 5 s (requests/s).
 *
 *   node --import tsx bench/taxii.bench.ts [--objects 100000]
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '@coopsec/store';

const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--objects') + 1] ?? 0) || 100_000;
const ENVELOPE = 1000;
const PORT = 18000 + Math.floor(Math.random() * 1000);
const dir = mkdtempSync(join(tmpdir(), 'coopsec-taxii-bench-'));
const db = join(dir, 'bench.db');
const cli = [
  '--conditions=@coopsec/source',
  '--import',
  'tsx',
  'packages/cli/src/main.ts',
  '--db',
  db,
  // A fresh file named by --db is created only on request.
  '--create',
];
const TAXII = 'application/taxii+json;version=2.1';

function makeObject(i: number): Record<string, unknown> {
  const ts = '2024-05-01T00:00:00.000Z';
  if (i % 10 === 9) {
    return {
      type: 'malware',
      spec_version: '2.1',
      id: `malware--${randomUUID()}`,
      created: ts,
      modified: ts,
      name: `family ${i}`,
      is_family: true,
    };
  }
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: ts,
    modified: ts,
    name: `bench indicator ${i}`,
    pattern: `[ipv4-addr:value = '10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}']`,
    pattern_type: 'stix',
    valid_from: '2024-05-01T00:00:00Z',
    object_marking_refs: ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] === undefined ? 0 : Number(m[1]) / 1024;
  } catch {
    return 0;
  }
}

/** Bare better-sqlite3: the same rows into the same table and indexes (migrated empty store). */
async function bareInsertRate(count: number): Promise<number> {
  const file = join(dir, 'bare.db');
  const store = await openStore(file);
  await store.close();
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  const insert = raw.prepare(
    `insert into exchange_object (collection_id, object_id, type, spec_version, created, modified, version, date_added, tlp, origin_org, origin_user, recipients, has_granular, body)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
  );
  const start = performance.now();
  for (let base = 0; base < count; base += ENVELOPE) {
    const date = new Date().toISOString();
    raw.transaction(() => {
      for (let i = base; i < Math.min(count, base + ENVELOPE); i++) {
        const o = makeObject(i);
        insert.run(
          'bench',
          o.id,
          o.type,
          '2.1',
          o.created,
          o.modified,
          '2024-05-01T00:00:00.000000000Z',
          date,
          'green',
          'admin',
          'u',
          null,
          0,
          JSON.stringify(o),
        );
      }
    })();
  }
  const rate = count / ((performance.now() - start) / 1000);
  raw.close();
  return rate;
}

async function main(): Promise<void> {
  const run = (extra: string[]) =>
    execFileSync(process.execPath, [...cli, ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  run(['org', 'add', 'bench-org', '--name', 'Bench']);
  const key = (
    JSON.parse(
      run(['--json', 'key', 'create', '--org', 'bench-org', '--user', 'bench', '--admin']),
    ) as { key: string }
  ).key;
  run(['collection', 'add', 'bench', '--title', 'Bench', '--owner', 'bench-org']);
  const child = spawn(
    process.execPath,
    [
      ...cli,
      'serve',
      '--port',
      String(PORT),
      '--log-level',
      'warn',
      '--max-content-length',
      String(50 * 1024 * 1024),
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let ready = false;
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    if (log.includes('serving')) ready = true;
  });
  for (let i = 0; i < 600 && !ready; i++) await new Promise((r) => setTimeout(r, 100));
  if (!ready) {
    child.kill('SIGTERM');
    throw new Error(`server did not start: ${log}`);
  }
  const pid = child.pid ?? 0;
  const headers = { accept: TAXII, authorization: `Bearer ${key}` };
  const url = `http://127.0.0.1:${PORT}/taxii2/default/collections/bench/objects/`;
  try {
    // 1. Load.
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(rssMb(pid)), 250);
    const ids: string[] = [];
    let nextEnvelope = 0;
    const loadStart = Date.now();
    const t0 = performance.now();
    const client = async () => {
      for (;;) {
        const base = nextEnvelope;
        nextEnvelope += ENVELOPE;
        if (base >= N) return;
        const objects = Array.from({ length: Math.min(ENVELOPE, N - base) }, (_, k) =>
          makeObject(base + k),
        );
        if (base % 50_000 === 0) ids.push(String(objects[0]?.id));
        const r = await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': TAXII },
          body: JSON.stringify({ objects }),
        });
        const status = (await r.json()) as { success_count?: number };
        if (r.status !== 202 || status.success_count !== objects.length)
          throw new Error(`load failed: ${r.status} ${JSON.stringify(status).slice(0, 300)}`);
        for (const o of objects.slice(0, 5)) ids.push(String(o.id));
      }
    };
    await Promise.all([client(), client()]);
    const loadSeconds = (performance.now() - t0) / 1000;
    const loadEnd = Date.now();
    clearInterval(sampler);
    const loadRate = N / loadSeconds;
    const bare = await bareInsertRate(Math.min(N, 200_000));

    // 2. Pages of 1,000 with match[type] and added_after.
    const pageTimes: number[] = [];
    let served = 0;
    for (let i = 0; i < 300; i++) {
      const after = new Date(loadStart + Math.random() * (loadEnd - loadStart) * 0.9).toISOString();
      const s = performance.now();
      const r = await fetch(`${url}?match[type]=indicator&limit=1000&added_after=${after}`, {
        headers,
      });
      const body = (await r.json()) as { objects?: unknown[] };
      pageTimes.push(performance.now() - s);
      served += body.objects?.length ?? 0;
    }
    pageTimes.sort((a, b) => a - b);

    // 3. Small GETs.
    let requests = 0;
    const until = performance.now() + 5000;
    const getter = async () => {
      while (performance.now() < until) {
        const id = ids[Math.floor(Math.random() * ids.length)] ?? '';
        const r = await fetch(`${url}${id}/`, { headers });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`GET ${id}: ${r.status}`);
        requests += 1;
      }
    };
    await Promise.all(Array.from({ length: 8 }, getter));
    const smallRate = requests / 5;

    const cpu = cpus()[0]?.model ?? 'unknown';
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { nproc: cpus().length, cpu, node: process.version, loadavg: load },
          objects: N,
          load: {
            seconds: Number(loadSeconds.toFixed(1)),
            objectsPerSecond: Math.round(loadRate),
            bareBetterSqlite3PerSecond: Math.round(bare),
            ratio: Number((loadRate / bare).toFixed(3)),
          },
          rssMb: { max: Math.round(Math.max(...rss)), last: Math.round(rss[rss.length - 1] ?? 0) },
          pages: {
            count: pageTimes.length,
            avgObjects: Math.round(served / pageTimes.length),
            p50ms: Number(percentile(pageTimes, 50).toFixed(1)),
            p99ms: Number(percentile(pageTimes, 99).toFixed(1)),
          },
          smallGets: { perSecond: Math.round(smallRate) },
        },
        null,
        2,
      ),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
