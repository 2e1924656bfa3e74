/**
 * Operations (issue 13): health and readiness, Prometheus metrics, request logging off by
 * default, a busy database answered with 503 and Retry-After, one server per SQLite file,
 * and a shutdown that finishes the envelope in flight. Real SQLite files and real HTTP.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { ExchangeObjectRepository, openStore } from '@coopsec/store';
import { buildApp } from './app.ts';
import { startServer } from './start.ts';
import {
  addCollection,
  addMember,
  indicator,
  post,
  startServer as startTaxii,
} from './taxii/testing/fixtures.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'coopsec-ops-'));
const objectsUrl = (base: string) => `${base}/taxii2/default/collections/ops/objects/`;

void describe('operations endpoints', () => {
  void it('answers /healthz, /readyz and /metrics with request, ingest and pool figures', async () => {
    const dir = temp();
    try {
      const store = await openStore(join(dir, 'ops.db'));
      const member = await addMember(store, { orgId: 'ops-org' });
      await addCollection(store, 'ops', [{ orgId: 'ops-org', read: true, write: true }], 'ops-org');
      const server = await startTaxii(store);
      try {
        const health = await fetch(`${server.url}/healthz`);
        assert.equal(health.status, 200);
        assert.deepEqual(await health.json(), { status: 'ok' });
        const ready = await fetch(`${server.url}/readyz`);
        assert.equal(ready.status, 200);
        assert.equal(((await ready.json()) as { status: string }).status, 'ready');

        const posted = await post(objectsUrl(server.url), member.key, [
          indicator(),
          indicator(),
          indicator(),
        ]);
        assert.equal(posted.status, 202);
        const metrics = await (await fetch(`${server.url}/metrics`)).text();
        assert.match(metrics, /^coopsec_taxii_objects_ingested_total 3$/m);
        assert.match(
          metrics,
          /^coopsec_http_requests_total\{method="POST",route="\/taxii2\/:root\/collections\/:collectionId\/objects\/",status="202"\} 1$/m,
        );
        assert.match(
          metrics,
          /^coopsec_http_request_duration_seconds_count\{method="GET",route="\/readyz"\} 1$/m,
        );
        assert.match(metrics, /^coopsec_db_pool_connections\{state="total"\} 1$/m);
        assert.match(metrics, /^coopsec_queue_depth\{queue="audit"\} \d+$/m);
        assert.match(metrics, /^coopsec_process_resident_memory_bytes \d+/m);
        // No identifier reaches a label: the posted ids and the collection id are absent.
        assert.doesNotMatch(metrics, /indicator--|"ops"/);

        await store.close();
        const down = await fetch(`${server.url}/readyz`);
        assert.equal(down.status, 503);
        assert.equal(down.headers.get('retry-after'), '1');
      } finally {
        await server.close();
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('logs no line per request by default, and one per request and answer when asked', async () => {
    const lines = async (logRequests: boolean) => {
      const out: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          out.push(chunk.toString());
          done();
        },
      });
      await using store = await openStore(':memory:');
      const app = await buildApp({ store, logger: { level: 'info', stream }, logRequests });
      try {
        const answer = await app.inject({ method: 'GET', url: '/healthz' });
        assert.equal(answer.statusCode, 200);
      } finally {
        await app.close();
      }
      return out.filter((l) => /incoming request|request completed/.test(l)).length;
    };
    assert.equal(await lines(false), 0);
    assert.equal(await lines(true), 2);
  });
});

void describe('a busy database', () => {
  void it('answers a TAXII write with 503, a TAXII error body and Retry-After, never 500', async () => {
    const dir = temp();
    const file = join(dir, 'busy.db');
    try {
      const store = await openStore(file);
      const member = await addMember(store, { orgId: 'ops-org' });
      await addCollection(store, 'ops', [{ orgId: 'ops-org', read: true, write: true }], 'ops-org');
      const server = await startTaxii(store);
      const other = new BetterSqlite3(file);
      try {
        other.exec('begin immediate'); // another process holds SQLite's write lock
        const busy = await post(objectsUrl(server.url), member.key, [indicator()]);
        assert.equal(busy.status, 503);
        assert.equal(busy.headers.get('retry-after'), '1');
        const body = (await busy.json()) as { error_code: string; description: string };
        assert.equal(body.error_code, 'UNAVAILABLE');
        assert.match(body.description, /database is busy/);
        other.exec('rollback');
        const again = await post(objectsUrl(server.url), member.key, [indicator()]);
        assert.equal(again.status, 202);
      } finally {
        other.close();
        await server.close();
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

void describe('startServer on SQLite', () => {
  void it('refuses a second server process on the same file, naming the file', async () => {
    const dir = temp();
    const db = join(dir, 'one.db');
    try {
      const first = await startServer({
        db,
        port: 0,
        host: '127.0.0.1',
        logger: false,
        webRoot: false,
      });
      try {
        const second = spawnSync(
          process.execPath,
          [
            '--conditions=@coopsec/source',
            '--import',
            'tsx',
            'packages/server/src/main.ts',
            '--db',
            db,
            '--port',
            '0',
            '--no-web',
          ],
          { encoding: 'utf8', timeout: 120_000 },
        );
        assert.equal(second.status, 1, second.stderr);
        assert.match(second.stderr, /another coopsec server \(pid \d+\) is already serving/);
        assert.ok(second.stderr.includes(db), second.stderr);
      } finally {
        await first.close();
      }
      // Released on close: the next server starts.
      const next = await startServer({
        db,
        port: 0,
        host: '127.0.0.1',
        logger: false,
        webRoot: false,
      });
      await next.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('finishes the envelope in flight when it closes, and has stored all of it', async () => {
    const dir = temp();
    const db = join(dir, 'graceful.db');
    try {
      const server = await startServer({
        db,
        port: 0,
        host: '127.0.0.1',
        logger: false,
        webRoot: false,
      });
      const member = await addMember(server.store, { orgId: 'ops-org' });
      await addCollection(
        server.store,
        'ops',
        [{ orgId: 'ops-org', read: true, write: true }],
        'ops-org',
      );
      const base = server.url.replace('localhost', '127.0.0.1');
      const objects = Array.from({ length: 3000 }, () => indicator());
      const arrived = new Promise<void>((resolve) =>
        server.app.server.once('request', () => resolve()),
      );
      const answer = post(objectsUrl(base), member.key, objects);
      await arrived;
      await server.close();
      const response = await answer;
      assert.equal(response.status, 202);
      assert.equal(((await response.json()) as { success_count: number }).success_count, 3000);
      await using store = await openStore(db);
      assert.equal(await new ExchangeObjectRepository(store).count('ops'), 3000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
