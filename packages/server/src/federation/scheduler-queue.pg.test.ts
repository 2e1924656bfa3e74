/**
 * Federation sync on the job queue (issue 13 item 3): two server processes over one
 * PostgreSQL database each tick the schedule, yet a peer is synced once per schedule and
 * never by both at the same time. Each "process" here has its own store (connection pool),
 * graphile-worker queue and scheduler, as `coopsec serve` builds them; the peer is a real
 * TAXII server over HTTP.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FederationRepository,
  openJobQueue,
  openStore,
  OrgRepository,
  type JobQueue,
  type Store,
} from '@coopsec/store';
import { createTemporaryDatabase, type TemporaryDatabase } from '@coopsec/store/testing/postgres';
import {
  addCollection,
  addMember,
  startServer,
  type RunningServer,
} from '../taxii/testing/fixtures.ts';
import { addPeer } from './peers.ts';
import { startScheduler, type Scheduler } from './scheduler.ts';
import { secretBox } from './secrets.ts';

const secrets = secretBox(randomBytes(32));
const INTERVAL_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('federation sync through the PostgreSQL job queue, two processes', () => {
  let database: TemporaryDatabase;
  let peerStore: Store;
  let peerServer: RunningServer;
  let peerId = '';

  before(async () => {
    database = await createTemporaryDatabase('coopsec_fedq');
    peerStore = await openStore(join(mkdtempSync(join(tmpdir(), 'coopsec-fedq-')), 'kg.db'), {
      create: true,
    });
    await addMember(peerStore, { orgId: 'kg-cert' });
    const account = await addMember(peerStore, { orgId: 'kz-cert' });
    await addCollection(peerStore, 'shared', [{ orgId: 'kz-cert', read: true }], 'kg-cert');
    peerServer = await startServer(peerStore);

    const setup = await openStore(database.url, { create: true });
    try {
      await addMember(setup, { orgId: 'kz-cert' });
      await addCollection(setup, 'shared', [], 'kz-cert');
      await new OrgRepository(setup).addOrg({ id: 'kg-cert', name: 'KG-CERT' });
      const added = await addPeer(setup, secrets, {
        name: 'kg',
        apiRoot: `${peerServer.url}/taxii2/default/`,
        key: account.key,
        localOrg: 'kg-cert',
        links: [
          {
            localCollection: 'shared',
            remoteCollection: 'shared',
            direction: 'pull',
            intervalSeconds: INTERVAL_MS / 1000,
          },
        ],
      });
      peerId = added.peer.id;
    } finally {
      await setup.close();
    }
  });

  after(async () => {
    await peerServer?.close();
    await peerStore?.close();
    await database?.drop();
  });

  it('syncs the peer once per schedule, never twice at once', async () => {
    const processes: { store: Store; queue: JobQueue; scheduler: Scheduler }[] = [];
    const errors: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      const store = await openStore(database.url);
      const queue = await openJobQueue({ target: database.url, store, pollMs: 100 });
      const scheduler = startScheduler({
        store,
        queue,
        secrets,
        tickMs: 100,
        onError: (error) => errors.push(error),
      });
      processes.push({ store, queue, scheduler });
    }
    await sleep(5 * INTERVAL_MS);
    for (const p of processes) await p.scheduler.stop();
    for (const p of processes) await p.queue.stop();

    const check = processes[0]?.store;
    assert.ok(check !== undefined);
    const runs = (await new FederationRepository(check).runs(peerId, 100)).sort((a, b) =>
      a.startedAt.localeCompare(b.startedAt),
    );
    for (const p of processes) await p.store.close();
    assert.deepEqual(errors, []);
    assert.ok(runs.length >= 3, `the peer was synced (${runs.length} runs in 5 s)`);
    assert.ok(
      runs.length <= 5,
      `at most one run per ${INTERVAL_MS} ms schedule (${runs.length} in 5 s)`,
    );
    assert.ok(
      runs.every((r) => r.outcome === 'ok'),
      JSON.stringify(runs.map((r) => r.error)),
    );
    for (let i = 1; i < runs.length; i++) {
      const previousEnd = Date.parse(runs[i - 1]?.finishedAt ?? '');
      const start = Date.parse(runs[i]?.startedAt ?? '');
      // The next run waits for the schedule after the last one finished: no overlap, no double.
      assert.ok(
        start - previousEnd >= INTERVAL_MS - 50,
        `run ${i} started ${start - previousEnd} ms after run ${i - 1} ended`,
      );
    }
  });
});
