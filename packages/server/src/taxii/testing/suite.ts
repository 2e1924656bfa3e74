/**
 * @module taxii/testing/suite
 * The black-box TAXII 2.1 suite over a real listening socket, written once and run against
 * every back end (SQLite file: `taxii.integration.test.ts`; PostgreSQL: `taxii.pg.test.ts`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApiKeyRepository, AuditRepository, type Store } from '@coopsec/store';
import { describeAccessRegressions } from './access-regressions.ts';
import {
  addCollection,
  addMember,
  indicator,
  post,
  startServer,
  TAXII,
  taxiiFetch,
  type Member,
  type RunningServer,
} from './fixtures.ts';

export type OpenTestStore = () => Promise<Store>;

interface Page {
  more?: boolean;
  next?: string;
  objects?: Record<string, unknown>[];
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export function describeTaxiiSuite(name: string, open: OpenTestStore): void {
  describe(`TAXII 2.1 server: ${name}`, () => {
    let store: Store;
    let server: RunningServer;
    let alpha: Member;
    let beta: Member;
    let outsider: Member;
    let root: string;
    let objectsUrl: string;

    before(async () => {
      store = await open();
      alpha = await addMember(store, { orgId: 'alpha' });
      beta = await addMember(store, { orgId: 'beta' });
      outsider = await addMember(store, { orgId: 'outsider' });
      await addCollection(store, 'shared', [
        { orgId: 'alpha', read: true, write: true },
        { orgId: 'beta', read: true, write: false },
      ]);
      await addCollection(store, 'bulk', [{ orgId: 'alpha', read: true, write: true }]);
      await addCollection(store, 'hidden', [], 'beta');
      server = await startServer(store, { maxContentLength: 4 * 1024 * 1024 });
      root = `${server.url}/taxii2/default/`;
      objectsUrl = `${root}collections/shared/objects/`;
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    it('serves discovery and API root information with TAXII media type', async () => {
      const d = await taxiiFetch(`${server.url}/taxii2/`, alpha.key);
      assert.equal(d.status, 200);
      assert.equal(d.headers.get('content-type'), TAXII);
      const discovery = await json<{ api_roots: string[]; default: string }>(d);
      assert.deepEqual(discovery.api_roots, [root]);
      const r = await json<{ versions: string[]; max_content_length: number }>(
        await taxiiFetch(root, alpha.key),
      );
      assert.deepEqual(r.versions, [TAXII]);
      assert.equal(r.max_content_length, 4 * 1024 * 1024);
    });

    it('lists only collections the caller may read or write, with its rights', async () => {
      const a = await json<{
        collections: { id: string; can_read: boolean; can_write: boolean; media_types: string[] }[];
      }>(await taxiiFetch(`${root}collections/`, alpha.key));
      assert.deepEqual(
        a.collections.map((c) => [c.id, c.can_read, c.can_write]),
        [
          ['bulk', true, true],
          ['shared', true, true],
        ],
      );
      const b = await json<{
        collections: { id: string; can_read: boolean; can_write: boolean }[];
      }>(await taxiiFetch(`${root}collections/`, beta.key));
      assert.deepEqual(
        b.collections.map((c) => [c.id, c.can_read, c.can_write]),
        [
          ['hidden', true, true],
          ['shared', true, false],
        ],
      );
      assert.deepEqual(await json(await taxiiFetch(`${root}collections/`, outsider.key)), {});
      const one = await taxiiFetch(`${root}collections/shared/`, beta.key);
      assert.equal(one.status, 200);
      assert.equal((await json<{ id: string }>(one)).id, 'shared');
      assert.equal(
        (await taxiiFetch(`${root}collections/hidden/`, alpha.key)).status,
        404,
        'a collection without rights is not disclosed',
      );
    });

    it('adds objects: 202 with a persisted status; invalid objects fail one by one', async () => {
      const good = indicator({
        extra: {
          x_custom_flag: { nested: [1, 2] },
          extensions: {
            'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e': {
              extension_type: 'property-extension',
              rank: 5,
            },
          },
        },
      });
      const response = await post(objectsUrl, alpha.key, [
        good,
        { type: 'indicator', id: 'indicator--nope' },
        42,
      ]);
      assert.equal(response.status, 202);
      assert.equal(response.headers.get('content-type'), TAXII);
      const status = await json<{
        id: string;
        status: string;
        successes: unknown[];
        total_count: number;
        success_count: number;
        failure_count: number;
        failures: { id: string; message: string }[];
        pending_count: number;
      }>(response);
      assert.deepEqual(
        [
          status.status,
          status.total_count,
          status.success_count,
          status.failure_count,
          status.pending_count,
        ],
        ['complete', 3, 1, 2, 0],
      );
      assert.equal(status.failures[0]?.id, 'indicator--nope');
      assert.ok((status.failures[0]?.message ?? '').length > 0);
      const again = await taxiiFetch(`${root}status/${status.id}/`, alpha.key);
      assert.equal(again.status, 200);
      assert.equal((await json<{ success_count: number }>(again)).success_count, 1);
      assert.equal(
        (await taxiiFetch(`${root}status/${status.id}/`, beta.key)).status,
        404,
        'another organisation may not read the status',
      );
      const stored = await json<Page>(
        await taxiiFetch(`${objectsUrl}?match[id]=${String(good.id)}`, alpha.key),
      );
      assert.deepEqual(
        stored.objects?.[0],
        good,
        'custom properties and extensions are served exactly as posted',
      );
      const dup = await json<{ success_count: number; successes: { message?: string }[] }>(
        await post(objectsUrl, alpha.key, [good]),
      );
      assert.equal(dup.success_count, 1);
      assert.match(dup.successes[0]?.message ?? '', /already stored/);
    });

    it('answers every error with a TAXII error body', async () => {
      const check = async (response: Response, status: number) => {
        assert.equal(response.status, status);
        assert.equal(response.headers.get('content-type'), TAXII);
        const body = await json<Record<string, unknown>>(response);
        for (const key of ['title', 'description', 'error_id', 'error_code', 'http_status'])
          assert.ok(key in body, `${key} in ${status} body`);
        assert.equal(body.http_status, String(status));
      };
      await check(await fetch(objectsUrl, { headers: { accept: TAXII } }), 401);
      await check(
        await taxiiFetch(
          objectsUrl,
          'csk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        ),
        401,
      );
      await check(
        await taxiiFetch(objectsUrl, alpha.key, { headers: { accept: 'application/json' } }),
        406,
      );
      await check(
        await taxiiFetch(objectsUrl, alpha.key, {
          headers: { accept: 'application/taxii+json;version=2.0' },
        }),
        406,
      );
      await check(
        await taxiiFetch(objectsUrl, alpha.key, {
          method: 'POST',
          body: '{"objects":[]}',
          headers: { 'content-type': 'application/json' },
        }),
        415,
      );
      await check(
        await taxiiFetch(objectsUrl, alpha.key, {
          method: 'POST',
          body: 'x'.repeat(5 * 1024 * 1024),
          headers: { 'content-type': TAXII },
        }),
        413,
      );
      await check(
        await taxiiFetch(objectsUrl, alpha.key, {
          method: 'POST',
          body: '{not json',
          headers: { 'content-type': TAXII },
        }),
        400,
      );
      for (const q of [
        'limit=0',
        'limit=-1',
        'limit=abc',
        'next=garbage',
        'added_after=yesterday',
        'match[version]=newest',
      ]) {
        await check(await taxiiFetch(`${objectsUrl}?${q}`, alpha.key), 400);
      }
      await check(await post(`${root}collections/shared/objects/`, beta.key, [indicator()]), 403);
      await check(await taxiiFetch(`${root}collections/nope/objects/`, alpha.key), 404);
      await check(await taxiiFetch(`${server.url}/taxii2/default/no/such/thing/`, alpha.key), 404);
      await check(await taxiiFetch(`${server.url}/taxii2/otherroot/`, alpha.key), 404);
      await check(
        await taxiiFetch(objectsUrl, alpha.key, {
          method: 'PUT',
          body: '{}',
          headers: { 'content-type': TAXII },
        }),
        405,
      );
      await check(
        await taxiiFetch(
          `${objectsUrl}indicator--00000000-0000-4000-8000-000000000000/`,
          alpha.key,
        ),
        404,
      );
    });

    it('accepts Basic with key id or user name, and Bearer; refuses a revoked key', async () => {
      const keyId = alpha.key.split('_')[1] ?? '';
      for (const user of [keyId, alpha.userName]) {
        const r = await fetch(`${root}collections/`, {
          headers: {
            accept: TAXII,
            authorization: `Basic ${Buffer.from(`${user}:${alpha.key}`).toString('base64')}`,
          },
        });
        assert.equal(r.status, 200, `Basic as ${user}`);
      }
      const wrongUser = await fetch(`${root}collections/`, {
        headers: {
          accept: TAXII,
          authorization: `Basic ${Buffer.from(`${beta.userName}:${alpha.key}`).toString('base64')}`,
        },
      });
      assert.equal(wrongUser.status, 401);
      const temp = await addMember(store, { orgId: 'alpha' });
      assert.equal((await taxiiFetch(`${root}collections/`, temp.key)).status, 200);
      await new ApiKeyRepository(store).revoke(temp.key.split('_')[1] ?? '');
      // Revoked by "another process" (straight in the store): refused within one second.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      assert.equal((await taxiiFetch(`${root}collections/`, temp.key)).status, 401);
    });

    it('versions, match[version] first/last/all/timestamp, manifest, object by id and delete', async () => {
      const id = `indicator--11111111-1111-4111-8111-111111111111`;
      const v1 = indicator({ id, modified: '2024-01-01T00:00:00.000Z' });
      const v2 = indicator({ id, modified: '2024-02-01T00:00:00.000Z' });
      const v3 = indicator({ id, modified: '2024-03-01T00:00:00.000Z' });
      await post(objectsUrl, alpha.key, [v2]);
      await post(objectsUrl, alpha.key, [v1, v3]);
      const url = `${objectsUrl}${id}/`;
      const versions = await json<{ versions: string[]; more: boolean }>(
        await taxiiFetch(`${url}versions/`, beta.key),
      );
      assert.deepEqual(
        versions.versions,
        ['2024-02-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
        'in date_added order',
      );
      const modified = async (q: string) =>
        ((await json<Page>(await taxiiFetch(`${url}${q}`, beta.key))).objects ?? [])
          .map((o) => o.modified)
          .sort();
      assert.deepEqual(
        await modified(''),
        ['2024-03-01T00:00:00.000Z'],
        'default is the last version',
      );
      assert.deepEqual(await modified('?match[version]=first'), ['2024-01-01T00:00:00.000Z']);
      assert.deepEqual(await modified('?match[version]=all'), [
        '2024-01-01T00:00:00.000Z',
        '2024-02-01T00:00:00.000Z',
        '2024-03-01T00:00:00.000Z',
      ]);
      assert.deepEqual(await modified('?match[version]=first,last'), [
        '2024-01-01T00:00:00.000Z',
        '2024-03-01T00:00:00.000Z',
      ]);
      assert.deepEqual(
        await modified('?match[version]=2024-02-01T00:00:00Z'),
        ['2024-02-01T00:00:00.000Z'],
        'timestamps compare by instant',
      );
      const manifest = await taxiiFetch(
        `${root}collections/shared/manifest/?match[id]=${id}&match[version]=all`,
        beta.key,
      );
      assert.ok(manifest.headers.get('x-taxii-date-added-first') !== null);
      const m = await json<{
        objects: { id: string; version: string; media_type: string; date_added: string }[];
      }>(manifest);
      assert.equal(m.objects.length, 3);
      assert.equal(m.objects[0]?.media_type, 'application/stix+json;version=2.1');
      const specFiltered = await json<Page>(
        await taxiiFetch(`${url}?match[spec_version]=2.0`, beta.key),
      );
      assert.equal(specFiltered.objects, undefined);
      assert.equal(
        (await taxiiFetch(url, beta.key, { method: 'DELETE' })).status,
        403,
        'beta has no write grant',
      );
      const del = await taxiiFetch(`${url}?match[version]=first`, alpha.key, { method: 'DELETE' });
      assert.equal(del.status, 200);
      assert.deepEqual(
        (await json<{ versions: string[] }>(await taxiiFetch(`${url}versions/`, alpha.key)))
          .versions.length,
        2,
      );
      assert.equal((await taxiiFetch(url, alpha.key, { method: 'DELETE' })).status, 200);
      assert.equal((await taxiiFetch(url, alpha.key)).status, 404);
    });

    it('filters by type, id and added_after (exclusive), with X-TAXII-Date-Added headers', async () => {
      const first = await post(`${root}collections/bulk/objects/`, alpha.key, [
        indicator(),
        indicator(),
      ]);
      assert.equal(first.status, 202);
      const malware = {
        type: 'malware',
        spec_version: '2.1',
        id: 'malware--22222222-2222-4222-8222-222222222222',
        created: '2024-01-01T00:00:00.000Z',
        modified: '2024-01-01T00:00:00.000Z',
        name: 'm',
        is_family: false,
      };
      await post(`${root}collections/bulk/objects/`, alpha.key, [malware]);
      const all = await taxiiFetch(`${root}collections/bulk/objects/`, alpha.key);
      const firstAdded = all.headers.get('x-taxii-date-added-first') ?? '';
      const lastAdded = all.headers.get('x-taxii-date-added-last') ?? '';
      assert.ok(firstAdded < lastAdded, 'two requests, two date_added');
      assert.equal((await json<Page>(all)).objects?.length, 3);
      const types = await json<Page>(
        await taxiiFetch(`${root}collections/bulk/objects/?match[type]=malware`, alpha.key),
      );
      assert.deepEqual(
        types.objects?.map((o) => o.id),
        [malware.id],
      );
      const after = await json<Page>(
        await taxiiFetch(`${root}collections/bulk/objects/?added_after=${firstAdded}`, alpha.key),
      );
      assert.deepEqual(
        after.objects?.map((o) => o.id),
        [malware.id],
        'added_after is exclusive',
      );
      const none = await json<Page>(
        await taxiiFetch(`${root}collections/bulk/objects/?added_after=${lastAdded}`, alpha.key),
      );
      assert.deepEqual(none, { more: false });
    });

    it('pages a bulk load of 10,000 objects sharing one date_added without duplicates or skips', async () => {
      await addCollection(store, 'big', [{ orgId: 'alpha', read: true, write: true }]);
      const url = `${root}collections/big/objects/`;
      const objects = Array.from({ length: 10_000 }, () => indicator());
      const status = await json<{ success_count: number }>(await post(url, alpha.key, objects));
      assert.equal(status.success_count, 10_000);
      const seen = new Set<string>();
      let next: string | undefined;
      let pages = 0;
      let dates = new Set<string>();
      do {
        const response = await taxiiFetch(
          `${url}?limit=999${next !== undefined ? `&next=${next}` : ''}`,
          alpha.key,
        );
        dates.add(response.headers.get('x-taxii-date-added-first') ?? '');
        dates.add(response.headers.get('x-taxii-date-added-last') ?? '');
        const page = await json<Page>(response);
        for (const o of page.objects ?? []) {
          assert.ok(!seen.has(String(o.id)), 'no duplicates');
          seen.add(String(o.id));
        }
        next = page.more === true ? page.next : undefined;
        pages += 1;
      } while (next !== undefined && pages < 100);
      assert.equal(seen.size, 10_000);
      assert.equal(pages, 11);
      assert.equal(dates.size, 1, 'every object shares one date_added');
      dates = new Set();
      const manifest = await json<{ objects: unknown[]; more: boolean }>(
        await taxiiFetch(`${root}collections/big/manifest/?limit=10000`, alpha.key),
      );
      assert.equal(manifest.objects.length, 10_000);
    });

    it('pages while another client writes: each object once, nothing skipped', async () => {
      await addCollection(store, 'live', [
        { orgId: 'alpha', read: true, write: true },
        { orgId: 'beta', read: true, write: true },
      ]);
      const url = `${root}collections/live/objects/`;
      const written = new Set<string>();
      const initial = Array.from({ length: 600 }, () => indicator());
      for (const o of initial) written.add(String(o.id));
      await post(url, alpha.key, initial);
      let writing = true;
      const writer = (async () => {
        for (let i = 0; i < 30 && writing; i++) {
          const batch = Array.from({ length: 20 }, () => indicator());
          for (const o of batch) written.add(String(o.id));
          assert.equal((await post(url, beta.key, batch)).status, 202);
        }
      })();
      const seen: string[] = [];
      let next: string | undefined;
      let lastAdded: string | undefined;
      for (;;) {
        const response = await taxiiFetch(
          `${url}?limit=37${next !== undefined ? `&next=${next}` : ''}`,
          alpha.key,
        );
        lastAdded = response.headers.get('x-taxii-date-added-last') ?? lastAdded;
        const page = await json<Page>(response);
        for (const o of page.objects ?? []) seen.push(String(o.id));
        if (page.more !== true || page.next === undefined) break;
        next = page.next;
      }
      writing = false;
      await writer;
      next = undefined;
      // Catch up with added_after = the last X-TAXII-Date-Added-Last, as a resuming client does.
      for (;;) {
        const response = await taxiiFetch(
          `${url}?limit=37${next !== undefined ? `&next=${next}` : `&added_after=${lastAdded ?? ''}`}`,
          alpha.key,
        );
        const page = await json<Page>(response);
        lastAdded = response.headers.get('x-taxii-date-added-last') ?? lastAdded;
        for (const o of page.objects ?? []) seen.push(String(o.id));
        if (page.more !== true || page.next === undefined) break;
        next = page.next;
      }
      assert.equal(new Set(seen).size, seen.length, 'no duplicates');
      assert.deepEqual(new Set(seen), written, 'nothing skipped');
    });

    it('writes every request to the audit log without secrets', async () => {
      const events = await new AuditRepository(store).list({ limit: 10_000 });
      assert.ok(events.some((e) => e.action === 'taxii.objects.add' && e.outcome === 'ok'));
      assert.ok(
        events.some(
          (e) => e.action === 'taxii.object.read' && e.orgId === 'beta' && e.outcome === 'ok',
        ),
      );
      assert.ok(events.some((e) => e.outcome === 'unauthenticated'));
      const text = JSON.stringify(events);
      for (const m of [alpha, beta])
        // The whole secret (after `csk_<id>_`): base64url secrets may contain '_' themselves,
        // and a short fragment of one can occur in the log by chance.
        assert.ok(
          !text.includes(m.key.split('_').slice(2).join('_')),
          'no key secret in the audit log',
        );
    });
  });
  describeAccessRegressions(name, open);
}
