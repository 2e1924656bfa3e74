import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '@coopsec/store';
import { TaxiiClient, type PullState } from './taxii-client.ts';
import {
  addCollection,
  addMember,
  indicator,
  startServer,
  type Member,
  type RunningServer,
} from '../taxii/testing/fixtures.ts';

describe('TAXII client against the server', () => {
  let store: Store;
  let server: RunningServer;
  let member: Member;
  before(async () => {
    store = await openStore(':memory:');
    member = await addMember(store, { orgId: 'org' });
    await addCollection(store, 'c', [{ orgId: 'org', read: true, write: true }]);
    server = await startServer(store, { maxContentLength: 64 * 1024 });
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  it('pushes in envelopes within max_content_length, then pulls resumably without duplicates', async () => {
    const client = new TaxiiClient({
      url: `${server.url}/taxii2/default/`,
      collection: 'c',
      key: member.key,
    });
    const objects = Array.from({ length: 450 }, () => indicator());
    const pushed = await client.push([...objects, { type: 'indicator', id: 'indicator--bad' }], {
      chunk: 400,
    });
    assert.equal(pushed.success, 450);
    assert.equal(pushed.failure, 1);
    assert.ok(pushed.statusIds.length >= 3, 'split to respect 64 KiB');

    // Stop after two pages, as if interrupted, then resume from the saved state.
    const got: string[] = [];
    let saved: PullState | undefined;
    await assert.rejects(
      client.pull({
        limit: 100,
        onPage: (page, state) => {
          got.push(...page.map((o) => String(o.id)));
          saved = state;
          if (got.length >= 200) throw new Error('interrupted');
        },
      }),
      /interrupted/,
    );
    assert.ok(saved !== undefined && saved.next !== undefined);
    const resumed = await client.pull({
      limit: 100,
      state: saved,
      onPage: (page) => void got.push(...page.map((o) => String(o.id))),
    });
    assert.equal(got.length, 450);
    assert.equal(new Set(got).size, 450);
    // Incremental: only what is new.
    await client.push([indicator(), indicator()]);
    const more: string[] = [];
    await client.pull({
      limit: 100,
      state: resumed.state,
      onPage: (page) => void more.push(...page.map((o) => String(o.id))),
    });
    assert.equal(more.length, 2);
  });

  it('falls back to added_after when the server refuses a saved cursor', async () => {
    const client = new TaxiiClient({
      url: `${server.url}/taxii2/default/collections/c/objects/`,
      key: member.key,
    });
    const state: PullState = {
      url: client.objectsUrl,
      next: 'not-a-cursor',
      startAddedAfter: '2000-01-01T00:00:00Z',
      received: 0,
      boundary: [],
    };
    const got: string[] = [];
    await client.pull({
      limit: 500,
      state,
      onPage: (page) => void got.push(...page.map((o) => String(o.id))),
    });
    const total = await store.db
      .selectFrom('exchange_object')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    assert.equal(got.length, Number(total?.n));
    assert.ok(got.length >= 452);
  });
});
