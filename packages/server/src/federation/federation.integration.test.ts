import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FederationRepository } from '@coopsec/store';
import { AgreementRepository } from '@coopsec/store';
import { indicator, post, taxiiFetch, TAXII } from '../taxii/testing/fixtures.ts';
import { TLP_MARKING_IDS } from '../taxii/stix-adapter.ts';
import { ACCESS_CACHE_MS } from '../taxii/context.ts';
import { syncPeer } from './sync.ts';
import { agree, peer, startNode, storedCount, storedIds, type TestNode } from './testing/nodes.ts';

const sync = (from: TestNode, to: TestNode, direction?: 'pull' | 'push') =>
  syncPeer({ store: from.store, secrets: from.secrets }, to.name, direction ? { direction } : {});

async function bodyOf(node: TestNode, id: string): Promise<Record<string, unknown>> {
  const row = await node.store.db
    .selectFrom('exchange_object')
    .select('body')
    .where('collection_id', '=', 'shared')
    .where('object_id', '=', id)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.body) as Record<string, unknown>;
}

describe('federation between three nodes (real HTTP, separate SQLite files)', () => {
  let kg: TestNode;
  let kz: TestNode;
  let uz: TestNode;
  const posted: Record<string, Record<string, unknown>> = {};

  before(async () => {
    [kg, kz, uz] = await Promise.all([startNode('kg'), startNode('kz'), startNode('uz')]);
    // KZ pulls from KG and pushes to UZ; UZ pushes to KG (a ring KG → KZ → UZ → KG).
    await peer(kz, kg, { direction: 'pull' });
    await peer(kz, uz, { direction: 'push' });
    await peer(uz, kg, { direction: 'push' });
    // On KG, KG-CERT lets KZ-CERT receive up to AMBER; UZ-CERT gets the community default.
    await agree(kg, 'kg-cert', 'kz-cert', ['green', 'amber']);
    // On KZ, what came from KG is KG-CERT's: it lets UZ-CERT receive AMBER too (which must
    // still never travel on: AMBER reaches the recipient organisation only).
    await agree(kz, 'kg-cert', 'uz-cert', ['amber']);
    for (const tlp of ['clear', 'green', 'amber', 'amber+strict', 'red'] as const) {
      posted[tlp] = indicator({ tlp });
    }
    posted.unmarked = indicator();
    // GREEN, with its description under an AMBER granular marking.
    posted.granular = indicator({
      tlp: 'green',
      extra: {
        description: 'seen in the ministry network',
        granular_markings: [{ marking_ref: TLP_MARKING_IDS.amber, selectors: ['description'] }],
      },
    });
    const response = await post(
      `${kg.apiRoot}collections/shared/objects/`,
      kg.analyst.key,
      Object.values(posted),
    );
    assert.equal(response.status, 202);
  });
  after(async () => {
    await Promise.all([kg, kz, uz].map((n) => n?.close()));
  });

  it('pulls what the agreement and TLP allow, with the path kept beside each object', async () => {
    const [run] = await sync(kz, kg);
    assert.equal(run?.outcome, 'ok', run?.error ?? '');
    const ids = await storedIds(kz);
    const id = (k: string) => String(posted[k]?.id);
    for (const k of ['clear', 'green', 'amber', 'unmarked', 'granular'])
      assert.ok(ids.has(id(k)), k);
    for (const k of ['amber+strict', 'red']) assert.ok(!ids.has(id(k)), k);
    assert.equal(run?.objectsIn, 5);
    assert.equal((await bodyOf(kz, id('granular'))).description, 'seen in the ministry network');
    const provenance = await new FederationRepository(kz.store).provenanceOf('shared', [
      id('amber'),
    ]);
    assert.deepEqual(
      [...provenance.values()].map((p) => p.path),
      [[kg.nodeId]],
    );
  });

  it('relays CLEAR and GREEN onward but never AMBER, and says why', async () => {
    const runs = await sync(kz, uz);
    const push = runs.find((r) => r.direction === 'push');
    assert.equal(push?.outcome, 'ok', push?.error ?? '');
    const ids = await storedIds(uz);
    const id = (k: string) => String(posted[k]?.id);
    for (const k of ['clear', 'green', 'unmarked', 'granular']) assert.ok(ids.has(id(k)), k);
    assert.ok(!ids.has(id('amber')), 'AMBER never travels on to a third node');
    const relayed = await bodyOf(uz, id('granular'));
    assert.equal(relayed.description, undefined, 'AMBER content is removed before it travels on');
    assert.deepEqual(relayed.x_coopsec_redacted, ['description']);
    assert.ok(
      push?.refusals.some((r) => r.id === id('amber') && r.reason.includes('amber-not-onward')),
    );
    const provenance = await new FederationRepository(uz.store).provenanceOf('shared', [
      id('green'),
    ]);
    assert.deepEqual(
      [...provenance.values()].map((p) => p.path),
      [[kg.nodeId, kz.nodeId]],
    );
  });

  it('never sends a version back round the ring to the node it came from', async () => {
    const before = await storedCount(kg);
    const runs = await sync(uz, kg);
    assert.equal(runs[0]?.outcome, 'ok', runs[0]?.error ?? '');
    assert.equal(runs[0]?.objectsOut, 0);
    assert.equal(await storedCount(kg), before);
  });

  it('changes nothing when run again, and a run with nothing new costs one request', async () => {
    const countKz = await storedCount(kz);
    const [again] = await sync(kz, kg);
    assert.equal(again?.objectsIn, 0);
    assert.equal(again?.requests, 1, 'one page request per collection');
    assert.equal(await storedCount(kz), countKz);
  });

  it('delivers what is new since the last run only', async () => {
    const fresh = indicator({ tlp: 'green' });
    await post(`${kg.apiRoot}collections/shared/objects/`, kg.analyst.key, [fresh]);
    const [run] = await sync(kz, kg);
    assert.equal(run?.objectsIn, 1);
    assert.ok((await storedIds(kz)).has(String(fresh.id)));
    const pushed = await sync(kz, uz);
    assert.equal(pushed[0]?.objectsOut, 1);
  });

  it('stops the flow at the next run once an agreement is withdrawn', async () => {
    const agreements = new AgreementRepository(kg.store);
    const [agreement] = await agreements.list({ collectionId: 'shared', toOrgs: ['kz-cert'] });
    assert.ok(agreement !== undefined);
    await agreements.remove(agreement.id);
    // KG's TAXII server reuses access decisions for ACCESS_CACHE_MS; runs are further apart.
    await new Promise((resolve) => setTimeout(resolve, ACCESS_CACHE_MS + 100));
    const amber = indicator({ tlp: 'amber' });
    const green = indicator({ tlp: 'green' });
    await post(`${kg.apiRoot}collections/shared/objects/`, kg.analyst.key, [amber, green]);
    await sync(kz, kg);
    const ids = await storedIds(kz);
    assert.ok(!ids.has(String(amber.id)), 'AMBER no longer flows');
    assert.ok(ids.has(String(green.id)), 'GREEN still does (community default)');
  });

  it('shows the node id on the API root for partners to put on paths', async () => {
    const response = await taxiiFetch(kg.apiRoot, kg.analyst.key);
    assert.equal(response.headers.get('content-type'), TAXII);
    const body = (await response.json()) as { x_coopsec_node?: string };
    assert.equal(body.x_coopsec_node, kg.nodeId);
  });
});
