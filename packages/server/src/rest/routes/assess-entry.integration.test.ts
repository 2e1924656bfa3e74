/**
 * Assessing a country by hand over REST: every country is offered, a draft previews the
 * overview without writing, saving writes all or nothing, bad entries name their field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restTestApp } from '../testing.ts';

type Json = Record<string, unknown>;
const json = (body: string) => JSON.parse(body) as Json;

const SOURCE = {
  id: 'uz-survey-2025',
  title: 'National survey of information security 2025',
  publisher: 'Ministry of Digital Technologies',
  url: 'https://example.org/survey-2025',
  date: '2025-06-30',
  licence: 'CC-BY-4.0',
};
const ENTRIES = [
  { component: 'infrastructure', score: 61, sourceId: SOURCE.id, evidence: 'survey §2' },
  { component: 'regulatory', score: 72, sourceId: SOURCE.id },
  { component: 'human-resources', score: 44, sourceId: SOURCE.id },
  { component: 'cooperation', score: 58, sourceId: SOURCE.id },
];

void describe('assess a country by hand', () => {
  void it('offers every country and previews without writing', async () => {
    await using t = await restTestApp();
    const known = json((await t.get('/api/known-countries')).body).countries as Json[];
    assert.ok(known.length > 240, 'all of ISO 3166-1');
    assert.deepEqual(
      known.filter((c) => c.hasAssessments).map((c) => c.country),
      ['KGZ'],
    );
    assert.equal((await t.get('/api/countries/UZB/overview')).statusCode, 404);
    assert.equal((await t.send('POST', '/api/sources', SOURCE)).statusCode, 201);
    const preview = await t.send('POST', '/api/countries/UZB/draft/preview', {
      year: 2025,
      entries: ENTRIES,
    });
    assert.equal(preview.statusCode, 200, preview.body);
    const p = json(preview.body);
    const overview = p.overview as { weakest: { components: string[]; missing: string[] } };
    assert.deepEqual(overview.weakest.components, ['human-resources']);
    assert.deepEqual(overview.weakest.missing, ['digital-literacy'], 'left out stays missing');
    assert.equal((p.rows as unknown[]).length, 4);
    assert.equal((await t.get('/api/countries/UZB/overview')).statusCode, 404, 'nothing written');
  });

  void it('scores indicator answers by the NCSI rule and saves for administrators only', async () => {
    await using t = await restTestApp();
    await t.send('POST', '/api/sources', SOURCE);
    const q = json((await t.get('/api/indicators')).body) as {
      indicators: { id: string; component: string; weight: number }[];
    };
    const literacy = q.indicators.filter((i) => i.component === 'digital-literacy');
    const first = literacy[0];
    assert.ok(first !== undefined);
    const total = literacy.reduce((s, i) => s + i.weight, 0);
    const draft = {
      year: 2025,
      entries: [
        ...ENTRIES,
        {
          component: 'digital-literacy',
          sourceId: SOURCE.id,
          answers: [{ indicatorId: first.id, achieved: 1, evidence: 'https://example.org/p' }],
        },
      ],
    };
    const res = await t.send('POST', '/api/countries/UZB/draft', draft);
    assert.equal(res.statusCode, 201, res.body);
    const rows = json(res.body).rows as { component: string; score: number }[];
    const dl = rows.find((r) => r.component === 'digital-literacy');
    assert.equal(dl?.score, Math.round((first.weight / total) * 100 * 100) / 100);
    const overview = json((await t.get('/api/countries/UZB/overview?interpolate=false')).body);
    assert.deepEqual(overview.measuredYears, [2025]);
    // A non-administrator may preview but not save.
    await t.send('POST', '/api/orgs', { id: 'uz-cert', name: 'UZ-CERT' });
    const user = json((await t.send('POST', '/api/orgs/uz-cert/users', { name: 'analyst' })).body);
    const key = json((await t.send('POST', '/api/keys', { userId: user.id })).body);
    assert.equal(typeof key.key, 'string');
    const preview = await t.send(
      'POST',
      '/api/countries/UZB/draft/preview',
      draft,
      key.key as string,
    );
    assert.equal(preview.statusCode, 200, preview.body);
    const forbidden = await t.send('POST', '/api/countries/UZB/draft', draft, key.key as string);
    assert.equal(forbidden.statusCode, 403, forbidden.body);
  });

  void it('names the field of a bad entry and writes nothing', async () => {
    await using t = await restTestApp();
    const res = await t.send('POST', '/api/countries/UZB/draft', {
      year: 2025,
      entries: [
        { component: 'regulatory', score: 120, sourceId: 'paper' },
        { component: 'cooperation', score: 50, sourceId: 'no-such-source' },
        {
          component: 'digital-literacy',
          sourceId: 'paper',
          answers: [{ indicatorId: 'dl-campaign', achieved: 1, evidence: '' }],
        },
      ],
    });
    assert.equal(res.statusCode, 400, res.body);
    const fields = (json(res.body).errors as { field: string }[]).map((e) => e.field);
    assert.ok(fields.includes('entries.0.score'), fields.join(', '));
    assert.ok(fields.includes('entries.1.sourceId'), fields.join(', '));
    assert.ok(
      fields.some((f) => f.startsWith('entries.2.answers')),
      fields.join(', '),
    );
    assert.equal((await t.get('/api/countries/UZB/overview')).statusCode, 404);
  });
});
