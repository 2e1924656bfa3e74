import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { FederationRepository } from '@coopsec/store';
import { indicator } from '../taxii/testing/fixtures.ts';
import { addPeer } from './peers.ts';
import { syncPeer } from './sync.ts';
import { standIn, startNode, storedIds, type TestNode } from './testing/nodes.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, page: number) => void;
const TAXII = 'application/taxii+json;version=2.1';

/** A real HTTP server that misbehaves as `handler` says, counting object-page requests. */
async function badPeer(
  handler: Handler,
): Promise<{ url: string; server: Server; pages: () => number }> {
  let pages = 0;
  const server = createServer((req, res) => {
    if (req.url?.includes('/objects/') === true) {
      pages += 1;
      handler(req, res, pages);
      return;
    }
    res.writeHead(200, { 'content-type': TAXII });
    res.end(JSON.stringify({ title: 'bad peer', versions: [TAXII], max_content_length: 1e6 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/taxii2/default/`, server, pages: () => pages };
}

const envelope = (body: unknown, res: ServerResponse, type = TAXII, headers = {}) => {
  res.writeHead(200, { 'content-type': type, ...headers });
  res.end(JSON.stringify(body));
};

describe('federation: a peer that misbehaves stops the run with a reason, never a loop', () => {
  let node: TestNode;
  const servers: Server[] = [];
  let n = 0;

  before(async () => {
    node = await startNode('local');
  });
  after(async () => {
    for (const s of servers) s.close();
    await node.close();
  });

  async function runAgainst(handler: Handler) {
    const peerServer = await badPeer(handler);
    servers.push(peerServer.server);
    n += 1;
    const name = `bad${n}`;
    await standIn(node, { org: `${name}-cert` } as TestNode);
    await addPeer(node.store, node.secrets, {
      name,
      apiRoot: peerServer.url,
      key: 'csk_wrong_secret',
      localOrg: `${name}-cert`,
      links: [
        {
          localCollection: 'shared',
          remoteCollection: 'c',
          direction: 'pull',
          intervalSeconds: 60,
        },
      ],
    });
    const runs = await syncPeer({ store: node.store, secrets: node.secrets, attempts: 2 }, name);
    const peer = await new FederationRepository(node.store).getPeer(name);
    return { run: runs[0], peer, pages: peerServer.pages() };
  }

  it('records invalid STIX as refusals and keeps the valid objects of the page', async () => {
    const good = indicator();
    const { run } = await runAgainst((_req, res) =>
      envelope(
        { more: false, objects: [good, { type: 'indicator', id: 'indicator--nope' }] },
        res,
        TAXII,
        {
          'x-taxii-date-added-last': new Date().toISOString(),
        },
      ),
    );
    assert.equal(run?.outcome, 'ok');
    assert.equal(run?.objectsIn, 1);
    assert.equal(run?.refused, 1);
    assert.match(run?.refusals[0]?.reason ?? '', /refused/);
    assert.ok((await storedIds(node)).has(String(good.id)));
  });

  it('stops on a wrong media type', async () => {
    const { run, peer } = await runAgainst((_req, res) =>
      envelope({ more: false, objects: [] }, res, 'text/html'),
    );
    assert.equal(run?.outcome, 'failed');
    assert.match(run?.error ?? '', /text\/html.*not application\/taxii\+json/);
    assert.equal(peer?.lastStatus, 'failed');
  });

  it('stops when the peer repeats a next cursor', async () => {
    const { run, pages } = await runAgainst((_req, res) =>
      envelope({ more: true, next: 'same', objects: [] }, res),
    );
    assert.equal(run?.outcome, 'failed');
    assert.match(run?.error ?? '', /repeated a next cursor/);
    assert.equal(pages, 2);
  });

  it('stops when pages never end, after the page cap', async () => {
    const peerServer = await badPeer((_req, res, page) =>
      envelope({ more: true, next: `p${page}`, objects: [] }, res),
    );
    servers.push(peerServer.server);
    await standIn(node, { org: 'endless-cert' } as TestNode);
    await addPeer(node.store, node.secrets, {
      name: 'endless',
      apiRoot: peerServer.url,
      key: 'k',
      localOrg: 'endless-cert',
      links: [
        {
          localCollection: 'shared',
          remoteCollection: 'c',
          direction: 'pull',
          intervalSeconds: 60,
        },
      ],
    });
    const [run] = await syncPeer(
      { store: node.store, secrets: node.secrets, maxPages: 25 },
      'endless',
    );
    assert.equal(run?.outcome, 'failed');
    assert.match(run?.error ?? '', /stopped after 25 pages/);
    assert.equal(peerServer.pages(), 25);
  });

  it('says clearly on the peer when the credentials are wrong', async () => {
    const { run, peer } = await runAgainst((_req, res) => {
      res.writeHead(401, { 'content-type': TAXII });
      res.end(JSON.stringify({ title: 'Unauthorized' }));
    });
    assert.equal(run?.outcome, 'failed');
    assert.match(peer?.lastError ?? '', /refused the credentials.*HTTP 401/);
    assert.ok(!(peer?.lastError ?? '').includes('csk_wrong_secret'), 'the key is never shown');
  });

  it('gives up on HTTP 5xx after its retries, with the status in the reason', async () => {
    const { run, pages } = await runAgainst((_req, res) => {
      res.writeHead(503, { 'content-type': TAXII });
      res.end('{}');
    });
    assert.equal(run?.outcome, 'failed');
    assert.match(run?.error ?? '', /HTTP 503/);
    assert.equal(pages, 2, 'two attempts, then the run stops');
  });
});
