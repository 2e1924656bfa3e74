/**
 * Engine exports over HTTP: each subscriber receives only what TAXII would serve it (grants,
 * TLP), checked against what the same keys read over TAXII; an unreadable collection is 404.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '@coopsec/store';
import {
  addCollection,
  addMember,
  indicator,
  post,
  startServer,
  taxiiFetch,
  type Member,
  type RunningServer,
} from '../../taxii/testing/fixtures.ts';

describe('GET /api/collections/:id/exports/…', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-exports-'));
  let store: Store;
  let server: RunningServer;
  let publisher: Member;
  let subscriber: Member;
  let outsider: Member;
  const green = indicator({
    tlp: 'green',
    extra: { pattern: "[ipv4-addr:value = '198.51.100.7']" },
  });
  const red = indicator({
    tlp: 'red',
    extra: { pattern: "[domain-name:value = 'secret.example']" },
  });
  const hash = indicator({
    tlp: 'clear',
    extra: { pattern: "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']" },
  });

  before(async () => {
    store = await openStore(join(dir, 'x.db'));
    publisher = await addMember(store, { orgId: 'pub' });
    subscriber = await addMember(store, { orgId: 'sub' });
    outsider = await addMember(store, { orgId: 'out' });
    await addCollection(store, 'feed', [{ orgId: 'sub', read: true }], 'pub');
    server = await startServer(store);
    const r = await post(`${server.url}/taxii2/default/collections/feed/objects/`, publisher.key, [
      green,
      red,
      hash,
    ]);
    assert.equal(r.status, 202, await r.text());
  });
  after(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string, key: string) =>
    fetch(`${server.url}/api/collections/feed/exports/${path}`, {
      headers: { authorization: `Bearer ${key}` },
    });
  const taxiiIds = async (key: string) => {
    const r = await taxiiFetch(
      `${server.url}/taxii2/default/collections/feed/objects/?match[type]=indicator`,
      key,
    );
    const b = (await r.json()) as { objects?: { id: string }[] };
    return new Set((b.objects ?? []).map((o) => o.id));
  };

  it('the publisher gets every indicator, the subscriber only what TAXII serves it', async () => {
    const pub = await (await get('zeek', publisher.key)).text();
    assert.match(pub, /secret\.example\tIntel::DOMAIN/);
    const sub = await get('zeek', subscriber.key);
    assert.equal(sub.status, 200);
    assert.match(sub.headers.get('content-type') ?? '', /^text\/plain/);
    const text = await sub.text();
    const served = await taxiiIds(subscriber.key);
    for (const i of [green, red, hash]) {
      const id = i.id as string;
      assert.equal(text.includes(id), served.has(id), `${id}: export and TAXII agree`);
    }
    assert.equal(served.has(red.id as string), false, 'TLP:RED is not served to a subscriber');
    assert.doesNotMatch(text, /secret\.example/);
    assert.match(text, /^198\.51\.100\.7\tIntel::ADDR\tcoopsec feed\t/m);
  });
  it('Suricata files by name; an unknown file is 404 with the known ones', async () => {
    const list = (await (await get('suricata', subscriber.key)).json()) as { files: string[] };
    assert.ok(list.files.includes('coopsec-md5.lst'));
    assert.equal(
      await (await get('suricata/coopsec-md5.lst', subscriber.key)).text(),
      '79054025255fb1a26e4bc422aef54eb4\n',
    );
    assert.equal(await (await get('suricata/coopsec-domains.lst', subscriber.key)).text(), '');
    const missing = await get('suricata/x.lst', subscriber.key);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /known: coopsec\.rules/);
  });
  it('a key without a grant gets 404, no key 401', async () => {
    assert.equal((await get('zeek', outsider.key)).status, 404);
    assert.equal((await fetch(`${server.url}/api/collections/feed/exports/zeek`)).status, 401);
  });
});
