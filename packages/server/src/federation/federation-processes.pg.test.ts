import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AgreementRepository,
  CollectionRepository,
  FederationRepository,
  openStore,
  OrgRepository,
  type Store,
} from '@coopsec/store';
import { createTemporaryDatabase, type TemporaryDatabase } from '@coopsec/store/testing/postgres';
import {
  addCollection,
  addMember,
  indicator,
  post,
  type Member,
} from '../taxii/testing/fixtures.ts';
import { addPeer } from './peers.ts';
import { secretBox } from './secrets.ts';
import { freePort, startNodeProcess, type NodeProcess } from './testing/processes.ts';

const SECRET = randomBytes(32);
const secrets = secretBox(SECRET);

interface Node {
  readonly name: string;
  readonly org: string;
  readonly db: string;
  readonly port: number;
  readonly apiRoot: string;
  analyst?: Member;
  process?: NodeProcess;
}

/** Minutes each node's clock is off: `added_after` must be the serving node's clock, never the puller's. */
const SKEW_MINUTES = { kg: 0, kz: -7, uz: 4 } as const;

const env = (node: Node) => ({
  COOPSEC_TEST_CLOCK_SKEW_MS: String(SKEW_MINUTES[node.name as keyof typeof SKEW_MINUTES] * 60_000),
  COOPSEC_SECRET_KEY: SECRET.toString('base64'),
  COOPSEC_NODE_ID: `${node.name}-node`,
  COOPSEC_FEDERATION_TICK_MS: '300',
  // a killed node's sync job is taken up within 1.5 s of its last heartbeat
  COOPSEC_JOB_DEAD_AFTER_MS: '1500',
  LOG_LEVEL: 'warn',
});

async function withStore<T>(node: Node, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(node.db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Rows per object id on a node's `shared` collection. */
async function rowsById(node: Node): Promise<Map<string, number>> {
  return withStore(node, async (store) => {
    const rows = await store.db
      .selectFrom('exchange_object')
      .select(['object_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('collection_id', '=', 'shared')
      .groupBy('object_id')
      .execute();
    return new Map(rows.map((r) => [r.object_id, Number(r.n)]));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('federation between node processes (SQLite, PostgreSQL, SQLite; clocks minutes apart), killed and restarted', () => {
  let pgDb: TemporaryDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-fedproc-'));
  const nodes: Record<'kg' | 'kz' | 'uz', Node> = {} as never;
  const objects: Record<string, unknown>[] = [];
  const allowedAtKz = new Set<string>();
  const allowedAtUz = new Set<string>();

  before(async () => {
    pgDb = await createTemporaryDatabase('coopsec_fed');
    for (const [name, db] of [
      ['kg', join(dir, 'kg.db')],
      ['kz', pgDb.url],
      ['uz', join(dir, 'uz.db')],
    ] as const) {
      const port = await freePort();
      nodes[name] = {
        name,
        org: `${name}-cert`,
        db,
        port,
        apiRoot: `http://127.0.0.1:${port}/taxii2/default/`,
      };
    }
    // Each node: its own organisation with an analyst, the collection, stand-ins for the others.
    for (const node of Object.values(nodes)) {
      await withStore(node, async (store) => {
        node.analyst = await addMember(store, { orgId: node.org });
        await addCollection(store, 'shared', [], node.org);
        for (const other of Object.values(nodes))
          if (other !== node)
            await new OrgRepository(store).addOrg({ id: other.org, name: other.org });
      });
    }
    // `from` uses an account of its stand-in org on `to`.
    const link = async (from: Node, to: Node, direction: 'pull' | 'push') => {
      const account = await withStore(to, async (store) => {
        const member = await addMember(store, { orgId: from.org });
        await new CollectionRepository(store).grant({
          collectionId: 'shared',
          orgId: from.org,
          canRead: true,
          canWrite: true,
        });
        return member;
      });
      await withStore(from, (store) =>
        addPeer(store, secrets, {
          name: to.name,
          apiRoot: to.apiRoot,
          key: account.key,
          localOrg: to.org,
          links: [
            {
              localCollection: 'shared',
              remoteCollection: 'shared',
              direction,
              intervalSeconds: 1,
            },
          ],
        }),
      );
    };
    await link(nodes.kz, nodes.kg, 'pull');
    await link(nodes.kz, nodes.uz, 'push');
    await link(nodes.uz, nodes.kg, 'push'); // closes the ring KG → KZ → UZ → KG
    await withStore(nodes.kg, (store) =>
      new AgreementRepository(store).add({
        fromOrg: 'kg-cert',
        toOrg: 'kz-cert',
        collectionId: 'shared',
        levels: ['green', 'amber'],
      }),
    );
    await withStore(nodes.kz, (store) =>
      new AgreementRepository(store).add({
        fromOrg: 'kg-cert',
        toOrg: 'uz-cert',
        collectionId: 'shared',
        levels: ['amber'],
      }),
    );
    const levels = ['clear', 'green', 'amber', 'amber+strict'] as const;
    for (let i = 0; i < 6000; i++) {
      const tlp = levels[i % levels.length] ?? 'green';
      const o = indicator({ tlp });
      objects.push(o);
      if (tlp !== 'amber+strict') allowedAtKz.add(String(o.id));
      if (tlp === 'clear' || tlp === 'green') allowedAtUz.add(String(o.id));
    }
    for (const node of Object.values(nodes))
      node.process = await startNodeProcess({ db: node.db, port: node.port, env: env(node) });
  });

  after(async () => {
    for (const node of Object.values(nodes)) await node.process?.kill('SIGKILL');
    await pgDb?.drop();
  });

  it('converges after a SIGKILL in the middle of a pull, with no duplicate and no loss', async () => {
    const kg = nodes.kg;
    const kz = nodes.kz;
    for (let i = 0; i < objects.length; i += 1000) {
      const response = await post(
        `${kg.apiRoot}collections/shared/objects/`,
        kg.analyst?.key ?? '',
        objects.slice(i, i + 1000),
      );
      assert.equal(response.status, 202);
    }
    let atKill = 0;
    await waitFor('KZ to start pulling', async () => {
      atKill = (await rowsById(kz)).size;
      return atKill > 0;
    });
    await kz.process?.kill('SIGKILL');
    atKill = (await rowsById(kz)).size;
    assert.ok(
      atKill < allowedAtKz.size,
      `killed mid-pull (${atKill} of ${allowedAtKz.size} stored)`,
    );
    kz.process = await startNodeProcess({ db: kz.db, port: kz.port, env: env(kz) });
    await waitFor('KZ to converge', async () => (await rowsById(kz)).size >= allowedAtKz.size);
    const rows = await rowsById(kz);
    assert.deepEqual(new Set(rows.keys()), allowedAtKz, 'exactly what the agreement allows');
    assert.ok(
      [...rows.values()].every((n) => n === 1),
      'no duplicate version',
    );
  });

  it('relays only CLEAR and GREEN to the third node, and nothing comes back round the ring', async () => {
    await waitFor(
      'UZ to converge',
      async () => (await rowsById(nodes.uz)).size >= allowedAtUz.size,
    );
    const uz = await rowsById(nodes.uz);
    assert.deepEqual(new Set(uz.keys()), allowedAtUz);
    assert.ok([...uz.values()].every((n) => n === 1));
    // UZ pushes to KG on a 1 s schedule: give it several runs, then KG must hold its own posts only.
    await waitFor('UZ to have pushed to KG', async () =>
      withStore(nodes.uz, async (store) => {
        const repo = new FederationRepository(store);
        const peer = await repo.getPeer('kg');
        return (
          peer !== undefined &&
          (await repo.runs(peer.id, 50)).filter((r) => r.outcome === 'ok').length >= 3
        );
      }),
    );
    const kg = await rowsById(nodes.kg);
    assert.equal(kg.size, objects.length);
    assert.ok(
      [...kg.values()].every((n) => n === 1),
      'no version came back round the ring',
    );
  });

  it('converges after a SIGKILL in the middle of a push, with no duplicate and no loss', async () => {
    const { kg, kz, uz } = nodes;
    const fresh = Array.from({ length: 4000 }, () => indicator({ tlp: 'green' }));
    for (let i = 0; i < fresh.length; i += 1000)
      await post(
        `${kg.apiRoot}collections/shared/objects/`,
        kg.analyst?.key ?? '',
        fresh.slice(i, i + 1000),
      );
    const freshIds = new Set(fresh.map((o) => String(o.id)));
    const arrived = async () =>
      [...(await rowsById(uz)).keys()].filter((id) => freshIds.has(id)).length;
    await waitFor('UZ to start receiving', async () => (await arrived()) > 0);
    await kz.process?.kill('SIGKILL');
    const atKill = await arrived();
    assert.ok(atKill < fresh.length, `killed mid-push (${atKill} of ${fresh.length} at UZ)`);
    kz.process = await startNodeProcess({ db: kz.db, port: kz.port, env: env(kz) });
    await waitFor('UZ to converge', async () => (await arrived()) === fresh.length);
    const rows = await rowsById(uz);
    assert.ok(
      [...freshIds].every((id) => rows.get(id) === 1),
      'no duplicate, no loss',
    );
  });

  it('recovers from a link that fails for a while, with the failure recorded', async () => {
    const { kg, kz, uz } = nodes;
    await uz.process?.kill('SIGTERM');
    const fresh = Array.from({ length: 50 }, () => indicator({ tlp: 'green' }));
    await post(`${kg.apiRoot}collections/shared/objects/`, kg.analyst?.key ?? '', fresh);
    await waitFor('KZ to record a failed push', async () =>
      withStore(kz, async (store) => {
        const repo = new FederationRepository(store);
        const peer = await repo.getPeer('uz');
        return (
          peer !== undefined &&
          (await repo.runs(peer.id, 5)).some(
            (r) => r.outcome === 'failed' && r.direction === 'push',
          )
        );
      }),
    );
    uz.process = await startNodeProcess({ db: uz.db, port: uz.port, env: env(uz) });
    await waitFor('UZ to receive what was posted while it was down', async () => {
      const rows = await rowsById(uz);
      return fresh.every((o) => rows.has(String(o.id)));
    });
  });
});
