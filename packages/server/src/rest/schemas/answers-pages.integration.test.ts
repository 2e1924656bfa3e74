/**
 * The answer schemas of the Standards, Compare, Claims, Scenarios, Model and Assess pages fit
 * what the routes really send, with records in the answers (bundled KGZ data, a saved draft),
 * and a changed answer does not fit: each check can fail. Peers: federation/peers-rest;
 * cooperation: routes/metrics.integration.test.ts. Answers are written with JSON.stringify, not
 * through the schemas, so these checks are what holds the routes to their documented answers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { restTestApp, type RestTestApp } from '../testing.ts';
import {
  advisoriesAnswer,
  advisoryAnswer,
  auditEventsAnswer,
  claimsAnswer,
  countriesAnswer,
  createdKeyAnswer,
  importedAdvisoryAnswer,
  incidentAnswer,
  incidentsAnswer,
  claimsAuditAnswer,
  compareAnswer,
  compareRegionAnswer,
  coverageAnswer,
  draftPreviewAnswer,
  draftSavedAnswer,
  graphAnswer,
  knownCountriesAnswer,
  mappingAnswer,
  questionnaireAnswer,
  recommendationsAnswer,
  scenarioAnswer,
  sourceAnswer,
  sourcesAnswer,
} from './answers.ts';

type Json = Record<string, unknown>;

/** The answer fits; and with `spoil` applied (one field changed) it no longer does. */
function assertFitsOnly(schema: z.ZodType, body: string, what: string, spoil: (j: Json) => void) {
  const json = JSON.parse(body) as Json;
  const result = schema.safeParse(json);
  assert.ok(result.success, `${what}: ${result.error?.message ?? ''}`);
  spoil(json);
  assert.equal(schema.safeParse(json).success, false, `${what}: a spoiled answer does not fit`);
}

async function ok(t: RestTestApp, url: string, body?: unknown): Promise<string> {
  const res = body === undefined ? await t.get(url) : await t.send('POST', url, body);
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res.body;
}

const first = (j: Json, key: string): Json => {
  const items = j[key] as Json[];
  assert.ok(items.length > 0, `${key} lists something`);
  return items[0] as Json;
};

void describe('REST answer schemas of the analysis pages', () => {
  void it('fit the standards mapping, coverage and recommendations', async () => {
    await using t = await restTestApp();
    assertFitsOnly(mappingAnswer, await ok(t, '/api/countries/KGZ/mapping'), 'mapping', (j) => {
      (first(j, 'rows').instrument as Json).title = 7;
    });
    for (const framework of ['csf-2.0', 'iso27001-2022']) {
      const url = `/api/countries/KGZ/coverage?framework=${framework}`;
      assertFitsOnly(coverageAnswer, await ok(t, url), url, (j) => {
        first(j, 'combined').level = 'complete';
        first(j, 'gaps');
      });
    }
    const recs = await ok(t, '/api/countries/KGZ/recommendations');
    assertFitsOnly(recommendationsAnswer, recs, 'recommendations', (j) => {
      first(j, 'recommendations').component = 'morale';
    });
  });

  void it('fit the regional comparison, all editions, one edition and one change', async () => {
    await using t = await restTestApp();
    assertFitsOnly(compareRegionAnswer, await ok(t, '/api/compare'), 'compare', (j) => {
      first(first(j, 'changes'), 'changes').score = { kind: 'not-comparable' };
      first(j, 'profiles');
    });
    for (const query of ['?edition=2020', '?from=2018&to=2020']) {
      const body = await ok(t, `/api/compare${query}`);
      assertFitsOnly(compareAnswer, body, `compare${query}`, (j) => {
        const [key] = Object.keys(j);
        first(j, key ?? '').tieRule = null;
      });
    }
  });

  void it('fit the claims audit, with every verdict present', async () => {
    await using t = await restTestApp();
    const body = await ok(t, '/api/claims');
    const verdicts = new Set((JSON.parse(body) as { claims: Json[] }).claims.map((c) => c.verdict));
    assert.ok(verdicts.has('holds') && verdicts.has('does-not-hold'), [...verdicts].join());
    assertFitsOnly(claimsAnswer, body, 'claims', (j) => {
      first(j, 'claims').verdict = 'maybe';
    });
  });

  void it('fit the model graph and a scenario run with trend and sensitivity', async () => {
    await using t = await restTestApp();
    assertFitsOnly(graphAnswer, await ok(t, '/api/model/graph'), 'graph', (j) => {
      first(j.graph as Json, 'nodes').kind = 'actor';
      first(j, 'parameters');
    });
    const scenario = await ok(t, '/api/countries/KGZ/scenario', {
      plan: {
        format: 'coopsec-effort-plan/1',
        name: 'literacy',
        effort: { 'digital-literacy': 2 },
      },
      horizonYear: 2030,
      sensitivity: { runs: 50, seed: 3, conclusions: ['lowest digital-literacy in 2030'] },
    });
    assertFitsOnly(scenarioAnswer, scenario, 'scenario', (j) => {
      const projection = j.projection as { components: Record<string, Json[]> };
      const point = projection.components.infrastructure?.at(-1);
      assert.ok(point !== undefined, 'projected points');
      point.kind = 'guessed';
      first(j, 'measured');
      first(j.sensitivity as Json, 'conclusions');
    });
  });

  void it('fit the Assess page: countries, questionnaire, sources, a draft previewed and saved', async () => {
    await using t = await restTestApp();
    const source = { id: 'uz-survey-2025', title: 'Survey', publisher: 'Ministry', date: '2025' };
    const added = await t.send('POST', '/api/sources', source);
    assert.equal(added.statusCode, 201, added.body);
    assertFitsOnly(sourceAnswer, added.body, 'added source', (j) => {
      j.origin = 'bundled-or-not';
    });
    assertFitsOnly(knownCountriesAnswer, await ok(t, '/api/known-countries'), 'countries', (j) => {
      first(j, 'countries').hasAssessments = 'yes';
    });
    const questions = await ok(t, '/api/indicators');
    assertFitsOnly(questionnaireAnswer, questions, 'indicators', (j) => {
      first(j, 'indicators').component = 'morale';
    });
    assertFitsOnly(sourcesAnswer, await ok(t, '/api/sources'), 'sources', (j) => {
      first(j, 'sources').origin = 'found';
    });
    const indicatorId = first(JSON.parse(questions) as Json, 'indicators').id as string;
    const draft = {
      year: 2025,
      entries: [
        { component: 'infrastructure', score: 61, sourceId: source.id, evidence: 'survey §2' },
        { component: 'regulatory', score: 72, sourceId: source.id },
        {
          component: 'digital-literacy',
          sourceId: source.id,
          answers: [{ indicatorId, achieved: 1, evidence: 'https://example.org/p' }],
        },
      ],
    };
    const preview = await ok(t, '/api/countries/UZB/draft/preview', draft);
    assertFitsOnly(draftPreviewAnswer, preview, 'preview', (j) => {
      first(j, 'rows').kind = 'guessed';
      assert.notEqual(j.overview, null, 'the preview has an overview');
    });
    const saved = await t.send('POST', '/api/countries/UZB/draft', draft);
    assert.equal(saved.statusCode, 201, saved.body);
    assertFitsOnly(draftSavedAnswer, saved.body, 'saved', (j) => {
      (j.saved as Json).imported = '3';
    });
    const again = await ok(t, '/api/countries/UZB/draft/preview', draft);
    first(JSON.parse(again) as Json, 'replaces'); // the saved scores are what it replaces
    assertFitsOnly(draftPreviewAnswer, again, 'preview replacing', (j) => {
      first(j, 'replaces').component = 'morale';
    });
  });

  void it('fit a claims audit of posted claims and the audit log', async () => {
    await using t = await restTestApp();
    const stored = JSON.parse(await ok(t, '/api/claims')) as { claims: { record: Json }[] };
    const posted = { claims: stored.claims.slice(0, 3).map((c) => c.record) };
    const audited = await ok(t, '/api/claims/audit', posted);
    assertFitsOnly(claimsAuditAnswer, audited, 'claims audit', (j) => {
      first(j, 'claims').verdict = 'maybe';
    });
    assert.equal((JSON.parse(audited) as { claims: unknown[] }).claims.length, 3);
    assert.equal(
      (await t.send('POST', '/api/orgs', { id: 'kg-cert', name: 'KG-CERT' })).statusCode,
      201,
    );
    assertFitsOnly(auditEventsAnswer, await ok(t, '/api/audit'), 'audit log', (j) => {
      first(j, 'events').seq = 'first';
    });
  });

  void it('fit the countries list, a new key, incident cases and advisories', async () => {
    await using t = await restTestApp();
    assertFitsOnly(countriesAnswer, await ok(t, '/api/countries'), 'countries', (j) => {
      first(j, 'countries').firstYear = '2020';
    });
    await t.send('POST', '/api/orgs', { id: 'kz-cert', name: 'KZ-CERT' });
    const user = JSON.parse(
      (await t.send('POST', '/api/orgs/kz-cert/users', { name: 'kz' })).body,
    ) as Json;
    const key = await t.send('POST', '/api/keys', { userId: user.id });
    assertFitsOnly(createdKeyAnswer, key.body, 'new key', (j) => {
      delete j.key;
    });
    const opened = await t.send('POST', '/api/incidents', {
      title: 'Phishing',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'amber',
      pap: 'green',
      participants: [{ organisation: 'kz-cert', role: 'contributor' }],
    });
    assert.equal(opened.statusCode, 201, opened.body);
    assertFitsOnly(incidentAnswer, opened.body, 'opened case', (j) => {
      j.phase = 'triage';
    });
    const id = String((JSON.parse(opened.body) as Json).id);
    const tasked = await ok(t, `/api/incidents/${id}/tasks`, { title: 'Block', owner: 'kz-cert' });
    assertFitsOnly(incidentAnswer, tasked, 'case with a task', (j) => {
      first(j, 'tasks').status = 'done';
    });
    assertFitsOnly(incidentsAnswer, await ok(t, '/api/incidents'), 'cases', (j) => {
      first(j, 'incidents').openTasks = 'one';
    });
    const csaf = JSON.parse(
      readFileSync(
        new URL(
          '../../../../../../shared/data/csaf-2.0/examples/bsi-2022-0001.json',
          import.meta.url,
        ),
        'utf8',
      ),
    ) as unknown;
    const imported = await t.send('POST', '/api/advisories', csaf);
    assertFitsOnly(importedAdvisoryAnswer, imported.body, 'imported advisory', (j) => {
      delete j.written;
    });
    assertFitsOnly(advisoriesAnswer, await ok(t, '/api/advisories'), 'advisories', (j) => {
      first(j, 'advisories').cves = 'CVE-2022-27193';
    });
    const advisoryId = String((JSON.parse(imported.body) as Json).id);
    assertFitsOnly(
      advisoryAnswer,
      await ok(t, `/api/advisories/${advisoryId}`),
      'advisory',
      (j) => {
        first(j, 'vulnerabilities').scores = [{ vector: 'x' }];
      },
    );
  });

  void it('are the documented 200 answers of these routes', async () => {
    await using t = await restTestApp();
    const doc = JSON.parse((await t.get('/api/openapi.json', null)).body) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const expect: [string, string, string][] = [
      ['/countries/{country}/mapping', 'get', 'csfLeftOut'],
      ['/countries/{country}/coverage', 'get', 'gapRule'],
      ['/countries/{country}/recommendations', 'get', 'relatedActions'],
      ['/compare', 'get', 'regionalRankChange'],
      ['/claims', 'get', 'cannotBeDecided'],
      ['/model/graph', 'get', 'edgeTypes'],
      ['/countries/{country}/scenario', 'post', 'horizonSpread'],
      ['/known-countries', 'get', 'hasAssessments'],
      ['/indicators', 'get', 'weightsNote'],
      ['/sources', 'get', 'origin'],
      ['/countries/{country}/draft/preview', 'post', 'indicatorScores'],
      ['/peers', 'get', 'lastStatus'],
      ['/peers/{name}', 'get', 'refusals'],
      ['/cooperation', 'get', 'sightingsPerIndicator'],
      ['/countries', 'get', 'firstYear'],
      ['/claims/audit', 'post', 'explanation'],
      ['/audit', 'get', 'objectCount'],
      ['/incidents', 'get', 'openTasks'],
      ['/incidents/{id}', 'get', 'timeToContainMs'],
      ['/incidents/{id}/tasks', 'post', 'clock'],
    ];
    const saved = JSON.stringify(doc.paths['/countries/{country}/draft']?.post?.responses['201']);
    assert.ok(saved.includes('"sourcesAdded"'), 'the saved draft documented');
    const key = JSON.stringify(doc.paths['/keys']?.post?.responses['201']);
    assert.ok(key.includes('shown in this answer once'), 'the new key documented');
    const opened = JSON.stringify(doc.paths['/incidents']?.post?.responses['201']);
    assert.ok(opened.includes('"participants"'), 'the opened case documented');
    for (const [path, method, field] of expect) {
      const ok200 = JSON.stringify(doc.paths[path]?.[method]?.responses['200']);
      assert.ok(ok200.includes(`"${field}"`), `${method} ${path}: ${field} documented`);
    }
  });
});
