/**
 * The answer schemas (answers.ts) describe what the routes really send: the compiler checks
 * the app's result types against them; this checks the JSON on the wire, which is what the
 * dashboard's types (derived from them) promise.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { restTestApp } from '../testing.ts';
import {
  agreementsAnswer,
  collectionsAnswer,
  featuresAnswer,
  keysAnswer,
  meAnswer,
  orgsAnswer,
  overviewAnswer,
} from './answers.ts';

function assertFits(schema: z.ZodType, body: string, what: string): void {
  const result = schema.safeParse(JSON.parse(body));
  assert.ok(result.success, `${what}: ${result.error?.message ?? ''}`);
}

void describe('REST answer schemas', () => {
  void it('fit the overview, with and without estimates and custom rules, and /me', async () => {
    await using t = await restTestApp();
    for (const query of [
      '',
      '?interpolate=false',
      '?weights=regulatory:2&thresholds=30,50,70,90',
    ]) {
      const res = await t.get(`/api/countries/KGZ/overview${query}`);
      assert.equal(res.statusCode, 200, res.body);
      assertFits(overviewAnswer, res.body, `overview${query}`);
    }
    assertFits(meAnswer, (await t.get('/api/me')).body, 'me');
    // a wrong answer does not fit: the check can fail
    const wrong = JSON.parse((await t.get('/api/countries/KGZ/overview')).body) as {
      values: { kind: string }[];
    };
    if (wrong.values[0]) wrong.values[0].kind = 'guessed';
    assert.equal(overviewAnswer.safeParse(wrong).success, false);
  });

  void it('fit the administration lists and the features, with records in them', async () => {
    await using t = await restTestApp();
    const made = [
      await t.send('POST', '/api/orgs', { id: 'kg-cert', name: 'KG-CERT' }),
      await t.send('POST', '/api/collections', { id: 'c1', title: 'Indicators' }),
      await t.send('POST', '/api/collections/c1/grants', { orgId: 'kg-cert' }),
      await t.send('POST', '/api/agreements', {
        fromOrg: 'admin',
        toOrg: 'kg-cert',
        collectionId: 'c1',
        levels: ['green'],
      }),
    ];
    for (const res of made) assert.equal(res.statusCode, 201, res.body);
    const lists: [string, z.ZodType, string][] = [
      ['/api/orgs', orgsAnswer, 'organisations'],
      ['/api/keys', keysAnswer, 'keys'],
      ['/api/collections', collectionsAnswer, 'collections'],
      ['/api/agreements', agreementsAnswer, 'agreements'],
      ['/api/features', featuresAnswer, 'features'],
    ];
    for (const [url, schema, key] of lists) {
      const res = await t.get(url);
      assert.equal(res.statusCode, 200, res.body);
      const items = (JSON.parse(res.body) as Record<string, unknown[]>)[key] ?? [];
      assert.ok(items.length > 0, `${url} lists something`);
      assertFits(schema, res.body, url);
    }
  });

  void it('are the documented 200 answers', async () => {
    await using t = await restTestApp();
    const doc = JSON.parse((await t.get('/api/openapi.json', null)).body) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const ok = doc.paths['/countries/{country}/overview']?.get?.responses['200'];
    const schema = JSON.stringify(ok);
    for (const field of ['measuredYears', 'rankByLevel', 'contributions', 'unavailable'])
      assert.ok(schema.includes(`"${field}"`), `${field} documented`);
  });
});
