/**
 * /api/advisories over real HTTP handling (Fastify inject) on a real SQLite store: an
 * administrator imports OASIS CSAF examples; other organisations read exactly what TAXII would
 * serve them (grant on the collection, TLP, agreements); import needs write access; an invalid
 * document is refused with the schema path and nothing is written.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { restTestApp, type RestTestApp } from '../testing.ts';

type Json = Record<string, unknown>;
const EXAMPLES = new URL('../../../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const load = (f: string) => JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')) as Json;
const json = (body: string) => JSON.parse(body) as Json;

/** A copy of an example marked TLP:AMBER under another tracking id (a second, restricted advisory). */
function amberCopy(doc: Json): Json {
  const copy = structuredClone(doc) as {
    document: { distribution?: Json; tracking: Json; title: string };
  };
  copy.document.distribution = { tlp: { label: 'AMBER' } };
  copy.document.tracking.id = `${String(copy.document.tracking.id)}-amber`;
  copy.document.title = `${copy.document.title} (restricted)`;
  return copy;
}

async function keyOf(t: RestTestApp, org: string, grant?: Json): Promise<string> {
  assert.equal(
    (await t.send('POST', '/api/orgs', { id: org, name: org.toUpperCase() })).statusCode,
    201,
  );
  const user = json(
    (await t.send('POST', `/api/orgs/${org}/users`, { name: `${org}-analyst` })).body,
  );
  if (grant !== undefined) {
    const res = await t.send('POST', '/api/collections/advisories/grants', {
      orgId: org,
      ...grant,
    });
    assert.ok(res.statusCode < 300, res.body);
  }
  return String(json((await t.send('POST', '/api/keys', { userId: user.id })).body).key);
}

const trackingIds = async (t: RestTestApp, key: string): Promise<string[]> => {
  const res = await t.get('/api/advisories', key);
  assert.equal(res.statusCode, 200, res.body);
  return (json(res.body).advisories as Json[]).map((a) => String(a.trackingId)).sort();
};

void describe('REST advisories', () => {
  void it('imports CSAF once per release, lists, shows and exports it', async () => {
    await using t = await restTestApp();
    const doc = load('bsi-2022-0001.json');
    const first = await t.send('POST', '/api/advisories', doc);
    assert.equal(first.statusCode, 201, first.body);
    const imported = json(first.body);
    assert.ok(Number(imported.written) > 0);
    assert.equal(json((await t.send('POST', '/api/advisories', doc)).body).written, 0);
    const list = json((await t.get('/api/advisories')).body).advisories as Json[];
    assert.equal(list.length, 1);
    assert.equal(list[0]?.trackingId, (doc.document as { tracking: Json }).tracking.id);
    const shown = json((await t.get(`/api/advisories/${String(imported.id)}`)).body);
    assert.equal(shown.title, (doc.document as Json).title);
    assert.ok((shown.vulnerabilities as unknown[]).length > 0);
    const csaf = json((await t.get(`/api/advisories/${String(imported.trackingId)}/csaf`)).body);
    const tracking = (d: Json) => {
      const { id, version, current_release_date } = (d.document as { tracking: Json }).tracking;
      return { id, version, current_release_date };
    };
    assert.deepEqual(tracking(csaf), tracking(doc), 'the same release comes back');
    const missing = await t.get('/api/advisories/no-such-advisory');
    assert.equal(missing.statusCode, 404, missing.body);
  });

  void it('shows each organisation only what its grant, the TLP and agreements allow', async () => {
    await using t = await restTestApp();
    const clear = load('bsi-2022-0001.json');
    const amber = amberCopy(clear);
    for (const d of [clear, amber])
      assert.equal((await t.send('POST', '/api/advisories', d)).statusCode, 201);
    const clearId = String((clear.document as { tracking: Json }).tracking.id);
    const amberId = String((amber.document as { tracking: Json }).tracking.id);
    assert.deepEqual(await trackingIds(t, t.adminKey), [clearId, amberId].sort());

    const reader = await keyOf(t, 'kz-cert', { canRead: true });
    const outsider = await keyOf(t, 'uz-cert');
    assert.deepEqual(await trackingIds(t, reader), [clearId], 'AMBER is not for the community');
    assert.equal((await t.get(`/api/advisories/${amberId}`, reader)).statusCode, 404);
    assert.equal((await t.get(`/api/advisories/${amberId}/csaf`, reader)).statusCode, 404);
    assert.deepEqual(await trackingIds(t, outsider), [], 'no grant, nothing');
    assert.equal((await t.get(`/api/advisories/${clearId}`, outsider)).statusCode, 404);

    const agreement = await t.send('POST', '/api/agreements', {
      fromOrg: 'admin',
      toOrg: 'kz-cert',
      collectionId: 'advisories',
      levels: ['amber'],
    });
    assert.equal(agreement.statusCode, 201, agreement.body);
    assert.deepEqual(await trackingIds(t, reader), [clearId, amberId].sort(), 'AMBER by agreement');
    assert.deepEqual(await trackingIds(t, outsider), [], 'the agreement is not for uz-cert');
  });

  void it('lets only writers import, and refuses an invalid document naming the path', async () => {
    await using t = await restTestApp();
    const doc = load('bsi-2022-0001.json');
    const early = await keyOf(t, 'kz-cert');
    const first = await t.send('POST', '/api/advisories', doc, early);
    assert.equal(first.statusCode, 403, 'only administrators may create the collection');
    assert.equal(
      (await t.send('POST', '/api/advisories', load('rhsa-2019_1862.json'))).statusCode,
      201,
    );
    const readOnly = await keyOf(t, 'tj-cert', { canRead: true });
    const refused = await t.send('POST', '/api/advisories', doc, readOnly);
    assert.equal(refused.statusCode, 403, refused.body);
    assert.equal((json(refused.body).errors as Json[])[0]?.field, 'collection');
    const writer = await keyOf(t, 'kg-cert', { canRead: true, canWrite: true });
    assert.equal((await t.send('POST', '/api/advisories', doc, writer)).statusCode, 201);

    const bad = structuredClone(doc) as { document: Json };
    delete bad.document.title;
    const before = await trackingIds(t, t.adminKey);
    const res = await t.send('POST', '/api/advisories', bad);
    assert.equal(res.statusCode, 400, res.body);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    assert.ok(JSON.stringify(json(res.body).errors).includes('/document'), res.body);
    assert.deepEqual(await trackingIds(t, t.adminKey), before, 'nothing written');
    const notObject = await t.send('POST', '/api/advisories', [1, 2]);
    assert.equal(notObject.statusCode, 400, notObject.body);
  });
});
