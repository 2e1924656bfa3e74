/**
 * From sensor to alert: EVE lines posted by a sensor become a sighting, an alert for the
 * publisher, and a signed webhook to the publisher's receiver, which fails first; the
 * delivery log records both attempts.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AlertRepository, openStore, type Store } from '@coopsec/store';
import {
  addCollection,
  addMember,
  indicator,
  post,
  startServer,
  type Member,
  type RunningServer,
} from '../taxii/testing/fixtures.ts';
import { SIGNATURE_HEADER, verifySignature } from './webhook.ts';

describe('sensor → sighting → alert → webhook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-alerts-'));
  let store: Store;
  let server: RunningServer;
  let receiver: Server;
  let publisher: Member;
  let sensor: Member;
  const statuses = [500, 204];
  const received: { verified: boolean; alert: { indicatorId: string; count: number } }[] = [];
  const ind = indicator({
    tlp: 'green',
    extra: { pattern: "[domain-name:value = 'evil.example']" },
  });

  before(async () => {
    process.env.COOPSEC_WEBHOOK_BACKOFF_MS = '20';
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const verified = verifySignature({
          secret: 'pub-secret',
          header: req.headers[SIGNATURE_HEADER] as string | undefined,
          body,
          nowSeconds: Math.floor(Date.now() / 1000),
        });
        received.push({
          verified,
          ...(JSON.parse(body) as { alert: { indicatorId: string; count: number } }),
        });
        res.statusCode = statuses.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const a = receiver.address();
    const port = typeof a === 'object' && a !== null ? a.port : 0;
    store = await openStore(join(dir, 'x.db'));
    publisher = await addMember(store, { orgId: 'pub' });
    sensor = await addMember(store, { orgId: 'sen' });
    await addCollection(store, 'feed', [{ orgId: 'sen', read: true, write: true }], 'pub');
    await new AlertRepository(store).addSubscription({
      orgId: 'pub',
      url: `http://127.0.0.1:${port}/hook`,
      secret: 'pub-secret',
    });
    server = await startServer(store);
    const r = await post(`${server.url}/taxii2/default/collections/feed/objects/`, publisher.key, [
      ind,
    ]);
    assert.equal(r.status, 202);
  });
  after(async () => {
    delete process.env.COOPSEC_WEBHOOK_BACKOFF_MS;
    await server.close();
    receiver.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the publisher is alerted through its webhook, retried once, both attempts logged', async () => {
    const lines = [1, 2, 3].map((i) =>
      JSON.stringify({
        timestamp: `2026-06-01T10:0${i}:00.000000+0000`,
        event_type: 'dns',
        src_ip: '10.0.0.5',
        dest_ip: '192.0.2.53',
        dns: { rrname: 'evil.example' },
      }),
    );
    const r = await fetch(`${server.url}/api/sensors/logs?format=eve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sensor.key}`, 'content-type': 'text/plain' },
      body: lines.join('\n'),
    });
    assert.equal(r.status, 200, await r.clone().text());
    const repo = new AlertRepository(store);
    const [alert] = await repo.listAlerts({ orgId: 'pub' });
    assert.equal(alert?.indicatorId, ind.id);
    assert.equal(alert?.count, 3);
    assert.equal(alert?.sightedBy, 'sen');
    const deadline = Date.now() + 5000;
    let log = await repo.deliveries(alert?.id ?? '');
    while (log.length < 2 && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 20));
      log = await repo.deliveries(alert?.id ?? '');
    }
    assert.deepEqual(
      log.map((d) => [d.attempt, d.outcome, d.httpStatus]),
      [
        [1, 'retry', 500],
        [2, 'delivered', 204],
      ],
    );
    assert.equal(received.length, 2);
    assert.ok(
      received.every((x) => x.verified && x.alert.indicatorId === ind.id && x.alert.count === 3),
    );
    // the sensor's own organisation has its alert too (no webhook subscribed)
    assert.equal((await repo.listAlerts({ orgId: 'sen' })).length, 1);
    // over REST: each organisation sees its own alerts and delivery logs only
    const api = (path: string, key: string) =>
      fetch(`${server.url}/api${path}`, { headers: { authorization: `Bearer ${key}` } });
    const mine = (await (await api('/alerts?collection=feed', publisher.key)).json()) as {
      alerts: { id: string }[];
    };
    assert.deepEqual(
      mine.alerts.map((x) => x.id),
      [alert?.id],
    );
    const d = (await (await api(`/alerts/${alert?.id}/deliveries`, publisher.key)).json()) as {
      deliveries: unknown[];
    };
    assert.equal(d.deliveries.length, 2);
    assert.equal((await api(`/alerts/${alert?.id}/deliveries`, sensor.key)).status, 404);
    const subs = await (await api('/alerts/subscriptions', publisher.key)).text();
    assert.match(subs, /127\.0\.0\.1/);
    assert.doesNotMatch(subs, /pub-secret/);
  });
});
