import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMember } from '../taxii/testing/fixtures.ts';
import { peersAnswer, peerStatusAnswer } from '../rest/schemas/answers.ts';
import { syncPeer } from './sync.ts';
import { peer, startNode, type TestNode } from './testing/nodes.ts';

describe('REST /api/peers: the dashboard view of federation', () => {
  let kg: TestNode;
  let kz: TestNode;
  before(async () => {
    [kg, kz] = await Promise.all([startNode('kg'), startNode('kz')]);
    await peer(kz, kg, { direction: 'pull' });
    await syncPeer({ store: kz.store, secrets: kz.secrets }, 'kg');
  });
  after(async () => {
    await Promise.all([kg?.close(), kz?.close()]);
  });

  it('lists peers with status, links and runs to administrators, never credentials', async () => {
    const admin = await addMember(kz.store, { orgId: 'kz-cert', admin: true });
    const response = await fetch(`${kz.server.url}/api/peers`, {
      headers: { authorization: `Bearer ${admin.key}` },
    });
    assert.equal(response.status, 200);
    const text = await response.text();
    const body = JSON.parse(text) as {
      peers: { peer: Record<string, unknown>; links: unknown[]; runs: { outcome: string }[] }[];
    };
    assert.equal(body.peers.length, 1);
    assert.equal(body.peers[0]?.peer.name, 'kg');
    assert.equal(body.peers[0]?.peer.remoteNode, kg.nodeId);
    assert.equal(body.peers[0]?.runs[0]?.outcome, 'ok');
    assert.ok(!('credentials' in (body.peers[0]?.peer ?? {})));
    assert.ok(!text.includes('csk_'), 'no key in the answer');
    // the wire JSON is what the dashboard's types (rest/schemas/answers) promise, and only that
    const fits = peersAnswer.safeParse(JSON.parse(text));
    assert.ok(fits.success, fits.error?.message);
    const spoiled = JSON.parse(text) as { peers: { runs: Record<string, unknown>[] }[] };
    const run = spoiled.peers[0]?.runs[0];
    assert.ok(run !== undefined);
    run.direction = 'sideways';
    assert.equal(peersAnswer.safeParse(spoiled).success, false, 'a spoiled answer does not fit');
    const one = await fetch(`${kz.server.url}/api/peers/kg`, {
      headers: { authorization: `Bearer ${admin.key}` },
    });
    assert.equal(one.status, 200);
    const status = peerStatusAnswer.safeParse(await one.json());
    assert.ok(status.success, status.error?.message);
    assert.ok(status.data.links.length > 0 && status.data.runs.length > 0, 'records present');
  });

  it('refuses readers who are not administrators', async () => {
    const response = await fetch(`${kz.server.url}/api/peers`, {
      headers: { authorization: `Bearer ${kz.analyst.key}` },
    });
    assert.equal(response.status, 403);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });
});
