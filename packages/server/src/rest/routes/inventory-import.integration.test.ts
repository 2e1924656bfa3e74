/**
 * `PUT /api/inventory/:org` over real HTTP (issue 17 item 4): a member replaces its own
 * organisation's inventory with a CSV body and the OASIS example BSI-2022-0001 then matches it
 * (cvrf-csaf-converter 1.0.0-rc1 affected, 1.0.0-rc2 fixed); an administrator may replace any
 * organisation's, a member no other's; bad rows are refused as problem+json naming every row
 * by line and field, and nothing is written; only text/csv is parsed, and only up to the limit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importAdvisory } from '@coopsec/app';
import { CollectionRepository, openStore, type Store } from '@coopsec/store';
import { importedInventoryAnswer, inventoryMatchesAnswer } from '../schemas/answers.ts';
import { INVENTORY_CSV_MAX_BYTES } from './inventory.ts';
import {
  addMember,
  startServer,
  type Member,
  type RunningServer,
} from '../../taxii/testing/fixtures.ts';

const EXAMPLES = new URL('../../../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const CONVERTER = 'cpe:2.3:a:csaf-tools:cvrf-csaf-converter:*:*:*:*:*:*:*:*';
const GOOD = `cpe_or_purl,version\n${CONVERTER},1.0.0-rc1\n"${CONVERTER}",1.0.0-rc2\n`;

interface Problem {
  status: number;
  code: string;
  errors: { row?: number; field?: string; message: string }[];
}

void describe('PUT /api/inventory/:org', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-inventory-put-'));
  let store: Store;
  let server: RunningServer;
  let admin: Member;
  let tj: Member;
  let kg: Member;

  before(async () => {
    store = await openStore(join(dir, 'x.db'));
    admin = await addMember(store, { orgId: 'node-admin', admin: true });
    tj = await addMember(store, { orgId: 'cert-tj' });
    kg = await addMember(store, { orgId: 'cert-kg' });
    const bsi: unknown = JSON.parse(readFileSync(new URL('bsi-2022-0001.json', EXAMPLES), 'utf8'));
    await importAdvisory(store, bsi, { orgId: 'node-admin' });
    await new CollectionRepository(store).grant({
      collectionId: 'advisories',
      orgId: 'cert-tj',
      canRead: true,
      canWrite: false,
    });
    server = await startServer(store);
  });
  after(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (
    method: string,
    path: string,
    key: string,
    body?: { text: string; type: string },
  ) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body !== undefined ? { 'content-type': body.type } : {}),
      },
      ...(body !== undefined ? { body: body.text } : {}),
    });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body: await res.json(),
    };
  };
  const csv = (text: string) => ({ text, type: 'text/csv' });
  const versions = async (org: string) =>
    (
      (await call('GET', `/api/inventory/${org}`, admin.key)).body as {
        entries: { version: string }[];
      }
    ).entries.map((e) => e.version);

  void it('replaces its own organisation’s inventory, which the advisory then matches', async () => {
    const put = await call('PUT', '/api/inventory/cert-tj', tj.key, csv(GOOD));
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.ok(importedInventoryAnswer.safeParse(put.body).success);
    // cert-tj may read the advisories, and BSI-2022-0001 affects 1.0.0-rc1: one alert
    assert.deepEqual(put.body, { orgId: 'cert-tj', entries: 2, alertsRaised: 1 });
    assert.deepEqual(await versions('cert-tj'), ['1.0.0-rc1', '1.0.0-rc2']);

    const found = await call('GET', '/api/advisories/matches', tj.key);
    const fits = inventoryMatchesAnswer.safeParse(found.body);
    assert.ok(fits.success, fits.error?.message);
    assert.deepEqual(
      fits.data.matches.map((m) => [m.orgId, m.trackingId, m.version, m.status, m.matched]),
      [
        ['cert-tj', 'BSI-2022-0001', '1.0.0-rc1', 'affected', true],
        ['cert-tj', 'BSI-2022-0001', '1.0.0-rc2', 'fixed', false],
      ],
    );

    // a second upload replaces, it does not add; a charset parameter is fine
    const again = await call('PUT', '/api/inventory/cert-tj', tj.key, {
      text: `cpe_or_purl,version\r\n${CONVERTER},1.0.0-rc2\r\n`,
      type: 'text/csv; charset=utf-8',
    });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.deepEqual(await versions('cert-tj'), ['1.0.0-rc2']);
  });

  void it('lets administrators replace any organisation’s, members no other', async () => {
    const other = await call('PUT', '/api/inventory/cert-kg', tj.key, csv(GOOD));
    assert.equal(other.status, 403);
    assert.match(other.type, /application\/problem\+json/);
    assert.deepEqual(await versions('cert-kg'), [], 'nothing written');
    const byAdmin = await call('PUT', '/api/inventory/cert-kg', admin.key, csv(GOOD));
    assert.equal(byAdmin.status, 200, JSON.stringify(byAdmin.body));
    assert.deepEqual(await versions('cert-kg'), ['1.0.0-rc1', '1.0.0-rc2']);
    const own = await call('PUT', '/api/inventory/cert-kg', kg.key, csv(`cpe_or_purl,version\n`));
    assert.equal(own.status, 200, 'a header alone empties the inventory');
    assert.deepEqual(await versions('cert-kg'), []);
    assert.equal((await call('PUT', '/api/inventory/nobody', admin.key, csv(GOOD))).status, 404);
  });

  void it('refuses bad rows naming each by line and field, and writes nothing', async () => {
    const before = await versions('cert-tj');
    const bad = [
      'cpe_or_purl,version',
      `${CONVERTER},1.0.0-rc1`,
      'cpe:2.3:a:x,1',
      'pkg:npm/left-pad,',
      `${CONVERTER},1.0.0,extra`,
      `pkg:npm/lodash@4.17.20,4.17.21`,
    ].join('\n');
    const r = await call('PUT', '/api/inventory/cert-tj', tj.key, csv(bad));
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(r.type, /application\/problem\+json/);
    const p = r.body as Problem;
    assert.equal(p.code, 'BAD_INPUT');
    assert.deepEqual(
      p.errors.map((e) => [e.row, e.field]),
      [
        [3, 'cpe_or_purl'],
        [4, 'version'],
        [5, undefined],
        [6, 'version'],
      ],
    );
    assert.match(p.errors[2]?.message ?? '', /3 fields, the header has 2/);
    assert.deepEqual(await versions('cert-tj'), before, 'nothing written');

    const header = await call('PUT', '/api/inventory/cert-tj', tj.key, csv('cpe,version\nx,1\n'));
    assert.equal(header.status, 400);
    assert.deepEqual(
      (header.body as Problem).errors.map((e) => [e.row, e.field]),
      [[1, 'cpe_or_purl']],
    );
    assert.deepEqual(await versions('cert-tj'), before);
  });

  void it('parses text/csv only, and only up to the size limit', async () => {
    const json = await call('PUT', '/api/inventory/cert-tj', tj.key, {
      text: JSON.stringify({ csv: GOOD }),
      type: 'application/json',
    });
    assert.equal(json.status, 415, JSON.stringify(json.body));
    const none = await call('PUT', '/api/inventory/cert-tj', tj.key);
    assert.equal(none.status, 400, JSON.stringify(none.body));
    const row = `${CONVERTER},1.0.0-rc1\n`;
    const huge = `cpe_or_purl,version\n${row.repeat(Math.ceil(INVENTORY_CSV_MAX_BYTES / row.length))}`;
    const big = await call('PUT', '/api/inventory/cert-tj', tj.key, csv(huge));
    assert.equal(big.status, 413, JSON.stringify(big.body));
    assert.equal((big.body as Problem).code, 'TOO_LARGE');
    // elsewhere text/csv is not a body the API reads
    const elsewhere = await call('POST', '/api/advisories', admin.key, csv(GOOD));
    assert.equal(elsewhere.status, 415);
  });

  void it('is documented as taking a text/csv body and answering the count', async () => {
    const doc = (await call('GET', '/api/openapi.json', admin.key)).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: object }; responses: Record<string, unknown> }>
      >;
    };
    const put = doc.paths['/inventory/{org}']?.put;
    assert.deepEqual(Object.keys(put?.requestBody?.content ?? {}), ['text/csv']);
    assert.match(JSON.stringify(put?.responses['200']), /"entries"/, 'the answer documented');
  });
});
