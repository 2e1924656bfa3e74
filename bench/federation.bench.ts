/**
 * Benchmark of federation (issue 15), three `coopsec serve` processes on loopback, each on its
 * own SQLite file:
 *   1. baseline, same run: N indicators POSTed to the origin node in envelopes of 1,000 by one
 *      client while no partner is running: the single-node ingest rate;
 *   2. then both partners start and pull from the origin in the background (their schedulers,
 *      links every 1 s): time until both hold all N, and objects/s over the federation
 *      (N / time to converge, both partners at once), with the ratio to the baseline;
 *   3. a run with nothing new: one `syncPeer` of a partner, its requests and milliseconds.
 *
 *   node --conditions=@coopsec/source --import tsx bench/federation.bench.ts [--objects 100000]
 *     [--cpu-prof DIR]   (CPU profiles of both partners)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollectionRepository, openStore, OrgRepository, type Store } from '@coopsec/store';
import { addPeer } from '../packages/server/src/federation/peers.ts';
import { secretBox } from '../packages/server/src/federation/secrets.ts';
import { syncPeer } from '../packages/server/src/federation/sync.ts';
import {
  freePort,
  startNodeProcess,
  type NodeProcess,
} from '../packages/server/src/federation/testing/processes.ts';
import {
  addCollection,
  addMember,
  indicator,
} from '../packages/server/src/taxii/testing/fixtures.ts';

const args = process.argv.slice(2);
const N = Number(args[args.indexOf('--objects') + 1] ?? 0) || 100_000;
const ENVELOPE = 1000;
const SECRET = randomBytes(32);
const secrets = secretBox(SECRET);
const dir = mkdtempSync(join(tmpdir(), 'coopsec-fed-bench-'));
const TAXII = 'application/taxii+json;version=2.1';

interface Node {
  name: string;
  db: string;
  port: number;
  process?: NodeProcess;
}

async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function count(db: string): Promise<number> {
  return withStore(db, async (store) => {
    const row = await store.db
      .selectFrom('exchange_object')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  });
}

const profileDir = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
const env = (node: Node) => ({
  COOPSEC_SECRET_KEY: SECRET.toString('base64'),
  COOPSEC_NODE_ID: `${node.name}-node`,
  COOPSEC_FEDERATION_TICK_MS: '200',
});
// --cpu-prof DIR: CPU profiles of the partners (written when they stop).
const nodeArgs = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];

const nodes: Node[] = [];
for (const name of ['origin', 'p1', 'p2'])
  nodes.push({ name, db: join(dir, `${name}.db`), port: await freePort() });
const [origin, p1, p2] = nodes as [Node, Node, Node];

// Set up: the origin's analyst and collection, an account for each partner on the origin,
// and a peer record on each partner pulling from the origin.
const analyst = await withStore(origin.db, async (store) => {
  const member = await addMember(store, { orgId: 'origin-cert' });
  await addCollection(store, 'shared', [], 'origin-cert');
  return member;
});
for (const partner of [p1, p2]) {
  const account = await withStore(origin.db, async (store) => {
    const m = await addMember(store, { orgId: `${partner.name}-cert` });
    await new CollectionRepository(store).grant({
      collectionId: 'shared',
      orgId: `${partner.name}-cert`,
      canRead: true,
      canWrite: false,
    });
    return m;
  });
  await withStore(partner.db, async (store) => {
    await new OrgRepository(store).addOrg({ id: `${partner.name}-own`, name: partner.name });
    await addCollection(store, 'shared', [], `${partner.name}-own`);
    await new OrgRepository(store).addOrg({ id: 'origin-cert', name: 'ORIGIN' });
    await addPeer(store, secrets, {
      name: 'origin',
      apiRoot: `http://127.0.0.1:${origin.port}/taxii2/default/`,
      key: account.key,
      localOrg: 'origin-cert',
      links: [
        {
          localCollection: 'shared',
          remoteCollection: 'shared',
          direction: 'pull',
          intervalSeconds: 1,
        },
      ],
    });
  });
}

origin.process = await startNodeProcess({ db: origin.db, port: origin.port, env: env(origin) });
const envelopes: string[] = [];
for (let i = 0; i < N; i += ENVELOPE)
  envelopes.push(
    JSON.stringify({
      objects: Array.from({ length: Math.min(ENVELOPE, N - i) }, () => indicator({ tlp: 'green' })),
    }),
  );
const t0 = performance.now();
for (const body of envelopes) {
  const response = await fetch(
    `http://127.0.0.1:${origin.port}/taxii2/default/collections/shared/objects/`,
    {
      method: 'POST',
      body,
      headers: { 'content-type': TAXII, accept: TAXII, authorization: `Bearer ${analyst.key}` },
    },
  );
  if (response.status !== 202) throw new Error(`POST answered ${response.status}`);
  await response.arrayBuffer();
}
const ingestMs = performance.now() - t0;
const ingestRate = N / (ingestMs / 1000);

const t1 = performance.now();
p1.process = await startNodeProcess({ db: p1.db, port: p1.port, env: env(p1), nodeArgs });
p2.process = await startNodeProcess({ db: p2.db, port: p2.port, env: env(p2), nodeArgs });
for (;;) {
  const [a, b] = await Promise.all([count(p1.db), count(p2.db)]);
  if (a >= N && b >= N) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const convergeMs = performance.now() - t1;
const federationRate = N / (convergeMs / 1000);

// Nothing new: one run of partner 1 against the origin, with its scheduler stopped.
await p1.process.kill('SIGTERM');
const idle = await withStore(p1.db, async (store) => {
  const t = performance.now();
  const runs = await syncPeer({ store, secrets }, 'origin');
  return { ms: performance.now() - t, requests: runs[0]?.requests, objectsIn: runs[0]?.objectsIn };
});
for (const node of nodes) await node.process?.kill('SIGTERM');

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  JSON.stringify(
    {
      machine: `nproc ${cpus().length}, ${cpu}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
      node: process.version,
      objects: N,
      singleNodeIngest: { ms: Math.round(ingestMs), objectsPerSecond: Math.round(ingestRate) },
      federation: {
        convergeMs: Math.round(convergeMs),
        objectsPerSecond: Math.round(federationRate),
        ratioToSingleNodeIngest: Number((federationRate / ingestRate).toFixed(2)),
        note: 'time from starting both partners (process start included) until both hold every object',
      },
      nothingNew: { ms: Math.round(idle.ms), requests: idle.requests, objectsIn: idle.objectsIn },
    },
    null,
    2,
  ),
);
