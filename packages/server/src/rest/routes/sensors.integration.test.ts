/**
 * End to end: an indicator posted over TAXII by its publisher, EVE lines posted to the sensor
 * endpoint by a subscriber, the sighting visible to the publisher over TAXII. Limits: 413
 * beyond the size (gzip included), 429 beyond the rate, nothing stored by a refused request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

describe('POST /api/sensors/logs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-sensors-'));
  let store: Store;
  let server: RunningServer;
  let publisher: Member;
  let sensor: Member;
  let reader: Member;
  const ind = indicator({ tlp: 'green', extra: { pattern: "[ipv4-addr:value = '198.51.100.7']" } });
  const eve = (ip: string, t: string) =>
    JSON.stringify({ timestamp: t, event_type: 'flow', src_ip: '10.0.0.5', dest_ip: ip });
  const lines = [
    eve('198.51.100.7', '2026-06-01T10:00:00.000000+0000'),
    'garbage',
    eve('192.0.2.1', '2026-06-01T10:01:00.000000+0000'),
    eve('198.51.100.7', '2026-06-01T10:02:00.000000+0000'),
  ].join('\n');

  before(async () => {
    process.env.COOPSEC_SENSOR_MAX_BYTES = '4096';
    process.env.COOPSEC_SENSOR_RATE_PER_MINUTE = '3';
    store = await openStore(join(dir, 'x.db'));
    publisher = await addMember(store, { orgId: 'pub' });
    sensor = await addMember(store, { orgId: 'sen' });
    reader = await addMember(store, { orgId: 'rdr' });
    await addCollection(
      store,
      'feed',
      [
        { orgId: 'sen', read: true, write: true },
        { orgId: 'rdr', read: true },
      ],
      'pub',
    );
    server = await startServer(store);
    const r = await post(`${server.url}/taxii2/default/collections/feed/objects/`, publisher.key, [
      ind,
    ]);
    assert.equal(r.status, 202, await r.text());
  });
  after(async () => {
    delete process.env.COOPSEC_SENSOR_MAX_BYTES;
    delete process.env.COOPSEC_SENSOR_RATE_PER_MINUTE;
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const send = (key: string, body: Buffer | string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/sensors/logs?format=eve`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/x-ndjson',
        ...headers,
      },
      body,
    });
  const sightings = async (key: string) => {
    const r = await taxiiFetch(
      `${server.url}/taxii2/default/collections/feed/objects/?match[type]=sighting`,
      key,
    );
    return ((await r.json()) as { objects?: Record<string, unknown>[] }).objects ?? [];
  };

  it('EVE lines (gzip) become one aggregated sighting the publisher reads over TAXII', async () => {
    const r = await send(sensor.key, gzipSync(lines), { 'content-encoding': 'gzip' });
    assert.equal(r.status, 200, await r.clone().text());
    const body = (await r.json()) as {
      lines: number;
      malformed: { count: number; lines: { line: number }[] };
      hits: { indicator: string; count: number }[];
      sightings: { collection: string; stored: number }[];
    };
    assert.equal(body.lines, 4);
    assert.deepEqual(
      body.malformed.lines.map((m) => m.line),
      [2],
    );
    assert.deepEqual(
      body.hits.map((h) => [h.indicator, h.count]),
      [[ind.id, 2]],
    );
    assert.deepEqual(body.sightings, [{ collection: 'feed', stored: 1 }]);
    const seen = await sightings(publisher.key);
    assert.equal(seen.length, 1);
    const s = seen[0] ?? {};
    assert.equal(s.sighting_of_ref, ind.id);
    assert.equal(s.count, 2);
    assert.equal(s.first_seen, '2026-06-01T10:00:00.000Z');
    assert.equal(s.last_seen, '2026-06-01T10:02:00.000Z');
    assert.match(String((s.where_sighted_refs as string[])[0]), /^identity--/);
  });
  it('a reader without write gets its hits but stores nothing', async () => {
    const r = await send(reader.key, lines);
    const body = (await r.json()) as {
      hits: unknown[];
      sightings: { stored: number; refused?: string }[];
    };
    assert.equal(body.hits.length, 1);
    assert.equal(body.sightings[0]?.stored, 0);
    assert.match(body.sightings[0]?.refused ?? '', /may not write/);
    assert.equal((await sightings(publisher.key)).length, 1);
  });
  it('413 beyond the size limit, plain or unzipped, and nothing stored', async () => {
    const big = `${eve('198.51.100.7', '2026-06-01T11:00:00.000000+0000')}\n`.repeat(100);
    assert.ok(big.length > 4096 && gzipSync(big).length < 4096);
    assert.equal((await send(sensor.key, big)).status, 413);
    const z = await send(sensor.key, gzipSync(big), { 'content-encoding': 'gzip' });
    assert.equal(z.status, 413);
    assert.equal((await sightings(publisher.key)).length, 1);
  });
  it('429 beyond the rate per key; unknown formats refused with the known ones; no key 401', async () => {
    // counted so far: the accepted post and the gzip 413 (a plain 413 is refused by the body
    // limit before the handler runs); the third post of the minute passes, the fourth is 429
    assert.equal((await send(sensor.key, 'garbage')).status, 200);
    const r = await send(sensor.key, lines);
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '60');
    assert.equal((await sightings(publisher.key)).length, 1);
    const f = await fetch(`${server.url}/api/sensors/logs?format=pcap`, {
      method: 'POST',
      headers: { authorization: `Bearer ${publisher.key}`, 'content-type': 'text/plain' },
      body: 'x',
    });
    assert.equal(f.status, 400);
    assert.match(await f.text(), /known: eve, zeek/);
    assert.equal(
      (await fetch(`${server.url}/api/sensors/logs`, { method: 'POST', body: 'x' })).status,
      401,
    );
  });
});
