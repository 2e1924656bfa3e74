/**
 * Webhook delivery against a local receiver that fails first: retries with doubling waits,
 * every attempt logged, the signature verifiable by the receiver; a 4xx is not retried.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  alertEmail,
  deliverWebhook,
  SIGNATURE_HEADER,
  signatureHeader,
  verifySignature,
  type Alert,
  type DeliveryAttempt,
} from './webhook.ts';

const alert: Alert = {
  id: 'alert-1',
  indicatorId: 'indicator--00000000-0000-4000-8000-000000000001',
  indicatorName: 'C2 server',
  collectionId: 'feed',
  sightedBy: 'sen',
  count: 2,
  firstSeen: '2026-06-01T10:00:00.000Z',
  lastSeen: '2026-06-01T10:02:00.000Z',
  matched: { type: 'ipv4-addr', value: '198.51.100.7' },
};
const SECRET = 'webhook-secret-for-tests';

const read = (r: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    r.on('data', (c: Buffer) => (s += c.toString()));
    r.on('end', () => resolve(s));
  });

describe('webhook delivery', () => {
  let server: Server;
  let url = '';
  let plan: number[] = [];
  const received: { body: string; signature: string | undefined; ok: boolean }[] = [];
  before(async () => {
    server = createServer((req, res) => {
      void read(req).then((body) => {
        const sig = req.headers[SIGNATURE_HEADER] as string | undefined;
        const ok = verifySignature({
          secret: SECRET,
          header: sig,
          body,
          nowSeconds: Math.floor(Date.now() / 1000),
        });
        received.push({ body, signature: sig, ok });
        res.statusCode = plan.shift() ?? 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const a = server.address();
    url = `http://127.0.0.1:${typeof a === 'object' && a !== null ? a.port : 0}/hook`;
  });
  after(() => server.close());

  it('retries 503 then 500 with doubling waits, delivers on the third, logs each attempt', async () => {
    plan = [503, 500, 204];
    received.length = 0;
    const log: DeliveryAttempt[] = [];
    const waits: number[] = [];
    const final = await deliverWebhook(
      { url, secret: SECRET, alert },
      {
        log: (a) => void log.push(a),
        backoffMs: 100,
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      },
    );
    assert.equal(final.outcome, 'delivered');
    assert.deepEqual(
      log.map((a) => [a.attempt, a.outcome, a.httpStatus]),
      [
        [1, 'retry', 503],
        [2, 'retry', 500],
        [3, 'delivered', 204],
      ],
    );
    assert.deepEqual(waits, [100, 200]);
    assert.equal(received.length, 3);
    assert.ok(
      received.every((r) => r.ok),
      'the receiver verifies every signature',
    );
    assert.deepEqual(JSON.parse(received[0]?.body ?? ''), { type: 'coopsec.alert', alert });
    assert.ok(!JSON.stringify(log).includes(SECRET), 'the secret is never logged');
  });
  it('gives up after the attempts, and does not retry a 4xx', async () => {
    plan = [500, 500, 500];
    const log: DeliveryAttempt[] = [];
    const r = await deliverWebhook(
      { url, secret: SECRET, alert },
      { log: (a) => void log.push(a), attempts: 3, backoffMs: 1, sleep: () => Promise.resolve() },
    );
    assert.equal(r.outcome, 'failed');
    assert.equal(log.length, 3);
    plan = [410];
    const gone: DeliveryAttempt[] = [];
    const g = await deliverWebhook(
      { url, secret: SECRET, alert },
      { log: (a) => void gone.push(a), sleep: () => Promise.resolve() },
    );
    assert.deepEqual([g.outcome, g.httpStatus, gone.length], ['failed', 410, 1]);
  });
  it('network errors are retried and logged with the error', async () => {
    const log: DeliveryAttempt[] = [];
    const r = await deliverWebhook(
      { url: 'http://127.0.0.1:1/nothing', secret: SECRET, alert },
      { log: (a) => void log.push(a), attempts: 2, backoffMs: 1, sleep: () => Promise.resolve() },
    );
    assert.equal(r.outcome, 'failed');
    assert.deepEqual(
      log.map((a) => a.outcome),
      ['retry', 'failed'],
    );
    assert.ok(log.every((a) => typeof a.error === 'string'));
  });
});

describe('signatures and e-mail payload', () => {
  it('HMAC-SHA256 over "t.body"; a changed body, another secret or an old timestamp fail', () => {
    const body = '{"a":1}';
    const h = signatureHeader(SECRET, 1_780_000_000, body);
    assert.match(h, /^t=1780000000,v1=[0-9a-f]{64}$/);
    const ok = (over: Partial<Parameters<typeof verifySignature>[0]>) =>
      verifySignature({ secret: SECRET, header: h, body, nowSeconds: 1_780_000_010, ...over });
    assert.equal(ok({}), true);
    assert.equal(ok({ body: '{"a":2}' }), false);
    assert.equal(ok({ secret: 'other' }), false);
    assert.equal(ok({ nowSeconds: 1_780_000_301 }), false);
    assert.equal(ok({ header: 'garbage' }), false);
  });
  it('e-mail: subject and plain text with the facts of the alert', () => {
    const m = alertEmail(alert);
    assert.equal(m.subject, '[coopsec] C2 server seen 2× by sen');
    assert.match(m.text, /^Indicator C2 server was seen 2 times by sen\.\n/);
    assert.match(m.text, /Matched: +ipv4-addr 198\.51\.100\.7\n/);
  });
});
