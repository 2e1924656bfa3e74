/**
 * From advisory to webhook (issue 17 item 4 through issue 16's alerting), over real HTTP:
 * an organisation uploads an inventory that a stored advisory (the OASIS example
 * BSI-2022-0001) affects, an alert is raised for it, and its receiver gets a signed
 * `coopsec.inventory-alert` after one failed attempt, both in the delivery log. An
 * organisation without read access to the advisories hears nothing, sees no alert and no log;
 * two server processes delivering at once send each alert once.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importAdvisory } from '@coopsec/app';
import { AlertRepository, CollectionRepository, openStore, type Store } from '@coopsec/store';
import {
  addMember,
  startServer,
  type Member,
  type RunningServer,
} from '../taxii/testing/fixtures.ts';
import { startInventoryAlertDelivery, type InventoryAlertDelivery } from './inventory-delivery.ts';
import { SIGNATURE_HEADER, verifySignature } from './webhook.ts';

const EXAMPLES = new URL('../../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const CONVERTER = 'cpe:2.3:a:csaf-tools:cvrf-csaf-converter:*:*:*:*:*:*:*:*';
const AFFECTED = `cpe_or_purl,version\n${CONVERTER},1.0.0-rc1\n`;

interface Received {
  readonly hook: string;
  readonly verified: boolean;
  readonly type: string;
  readonly alert: { id: string; orgId: string; trackingId: string; identifier: string };
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(check(), `timed out waiting for ${what}`);
};

void describe('advisory → inventory alert → webhook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-inventory-alerts-'));
  let store: Store;
  let server: RunningServer;
  let receiver: Server;
  let kg: Member;
  let uz: Member;
  let tj: Member;
  const received: Received[] = [];
  const statuses = [503]; // the first delivery fails, then 204
  const deliverers: InventoryAlertDelivery[] = [];

  before(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const secret = req.url === '/kg' ? 'kg-secret-0123456789' : 'other-secret-0123456789';
        const parsed = JSON.parse(body) as Omit<Received, 'hook' | 'verified'>;
        received.push({
          hook: req.url ?? '',
          verified: verifySignature({
            secret,
            header: req.headers[SIGNATURE_HEADER] as string | undefined,
            body,
            nowSeconds: Math.floor(Date.now() / 1000),
          }),
          type: parsed.type,
          alert: parsed.alert,
        });
        res.statusCode = req.url === '/kg' ? (statuses.shift() ?? 204) : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const a = receiver.address();
    const hook = `http://127.0.0.1:${typeof a === 'object' && a !== null ? a.port : 0}`;
    store = await openStore(join(dir, 'node.db'));
    await addMember(store, { orgId: 'node-admin', admin: true });
    kg = await addMember(store, { orgId: 'cert-kg' });
    uz = await addMember(store, { orgId: 'cert-uz' });
    tj = await addMember(store, { orgId: 'cert-tj' });
    const bsi: unknown = JSON.parse(readFileSync(new URL('bsi-2022-0001.json', EXAMPLES), 'utf8'));
    await importAdvisory(store, bsi, { orgId: 'node-admin' });
    for (const orgId of ['cert-kg', 'cert-tj'])
      await new CollectionRepository(store).grant({
        collectionId: 'advisories',
        orgId,
        canRead: true,
        canWrite: false,
      });
    const alerts = new AlertRepository(store);
    await alerts.addSubscription({
      orgId: 'cert-kg',
      url: `${hook}/kg`,
      secret: 'kg-secret-0123456789',
    });
    for (const orgId of ['cert-uz', 'cert-tj'])
      await alerts.addSubscription({
        orgId,
        url: `${hook}/${orgId}`,
        secret: 'other-secret-0123456789',
      });
    server = await startServer(store);
    // Two server processes over one database; their timers are off, the test ticks them.
    for (let i = 0; i < 2; i++)
      deliverers.push(
        startInventoryAlertDelivery({
          store,
          deliverEveryMs: 1e9,
          sweepEveryMs: 1e9,
          backoffMs: 20,
        }),
      );
  });
  after(async () => {
    for (const d of deliverers) await d.stop();
    await server.close();
    receiver.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, path: string, key: string, csv?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(csv !== undefined ? { 'content-type': 'text/csv' } : {}),
      },
      ...(csv !== undefined ? { body: csv } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  void it('alerts the affected organisation that may read the advisory, signed, retried and logged', async () => {
    const put = await call('PUT', '/api/inventory/cert-kg', kg.key, AFFECTED);
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body.alertsRaised, 1);
    const none = await call('PUT', '/api/inventory/cert-uz', uz.key, AFFECTED);
    assert.equal(none.body.alertsRaised, 0, 'cert-uz may not read the advisories');

    await Promise.all(deliverers.map((d) => d.deliverDue()));
    await until(() => received.length >= 2, 'the retried delivery');
    await new Promise((r) => setTimeout(r, 150)); // anything else that would arrive
    assert.deepEqual(
      received.map((r) => [r.hook, r.verified, r.type, r.alert.orgId, r.alert.trackingId]),
      [
        ['/kg', true, 'coopsec.inventory-alert', 'cert-kg', 'BSI-2022-0001'],
        ['/kg', true, 'coopsec.inventory-alert', 'cert-kg', 'BSI-2022-0001'],
      ],
      'delivered to cert-kg only, once (after one retry), by one of the two processes',
    );

    const listed = await call('GET', '/api/alerts/inventory', kg.key);
    const alerts = listed.body.alerts as { id: string; identifier: string; version: string }[];
    assert.deepEqual(
      alerts.map((a) => [a.identifier, a.version]),
      [[CONVERTER, '1.0.0-rc1']],
    );
    assert.deepEqual(
      (listed.body.alerts as { delivery: unknown }[]).map((a) => a.delivery),
      [{ state: 'delivered', attempts: 2 }],
      'the list says where delivery stands',
    );
    const id = alerts[0]?.id ?? '';
    assert.equal(received[0]?.alert.id, id);
    const log = await call('GET', `/api/alerts/inventory/${id}/deliveries`, kg.key);
    assert.deepEqual(
      (log.body.deliveries as { outcome: string; httpStatus: number }[]).map((d) => [
        d.outcome,
        d.httpStatus,
      ]),
      [
        ['retry', 503],
        ['delivered', 204],
      ],
    );
    assert.deepEqual((await call('GET', '/api/alerts/inventory', uz.key)).body.alerts, []);
    assert.equal((await call('GET', `/api/alerts/inventory/${id}/deliveries`, uz.key)).status, 404);
  });

  void it('delivers an alert raised later once, whichever process claims it', async () => {
    received.length = 0;
    const put = await call('PUT', '/api/inventory/cert-tj', tj.key, AFFECTED);
    assert.equal(put.body.alertsRaised, 1);
    await Promise.all([...deliverers, ...deliverers].map((d) => d.deliverDue()));
    await until(() => received.length >= 1, 'the delivery to cert-tj');
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(
      received.map((r) => [r.hook, r.alert.orgId]),
      [['/cert-tj', 'cert-tj']],
    );
  });
});
