/**
 * REST API over app.inject(): every area answers, bad input gets problem+json naming the
 * field with the right status, administration is for administrators, and every route is in
 * the OpenAPI document.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { restTestApp } from './testing.ts';
import { restPlugin } from './plugin.ts';
import { serverReportRenderer } from '../report-renderer.ts';

type Json = Record<string, unknown>;
const json = (body: string): Json => JSON.parse(body) as Json;

function assertProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  field?: string,
): Json {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const p = json(res.body);
  assert.equal(p.status, status);
  assert.equal(typeof p.title, 'string');
  assert.equal(typeof p.detail, 'string');
  assert.equal(typeof p.type, 'string');
  assert.ok(Array.isArray(p.errors));
  if (field !== undefined) {
    const fields = (p.errors as { field?: string; path?: string }[]).map(
      (e) => e.field ?? e.path ?? '',
    );
    assert.ok(
      fields.some((f) => f === field || f.startsWith(`${field}.`) || f.startsWith(field)),
      `expected a problem naming ${field}, got ${fields.join(', ')}`,
    );
  }
  return p;
}

void describe('REST API', () => {
  void it('serves health and the OpenAPI document without a key, and nothing else', async () => {
    await using t = await restTestApp();
    assert.equal((await t.get('/api/health', null)).statusCode, 200);
    const doc = json((await t.get('/api/openapi.json', null)).body);
    assert.equal(doc.openapi, '3.1.0');
    const res = await t.get('/api/countries', null);
    assertProblem(res, 401);
    assert.match(String(res.headers['www-authenticate']), /Bearer/);
    assertProblem(
      await t.get(
        '/api/countries',
        'csk_000000000000_notAKeyAtAllxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ),
      401,
    );
  });

  void it('documents every registered route in OpenAPI, with its parameters and body', async () => {
    const routes: { method: string; path: string; schema?: Record<string, unknown> }[] = [];
    const app = Fastify();
    app.addHook('onRoute', (r) => {
      const methods = Array.isArray(r.method) ? r.method : [r.method];
      for (const m of methods)
        if (m !== 'HEAD')
          routes.push({
            method: m.toLowerCase(),
            path: r.url.replace(/^\/api/, '').replace(/:([A-Za-z]+)/g, '{$1}'),
            ...(r.schema ? { schema: r.schema as Record<string, unknown> } : {}),
          });
    });
    await using t = await restTestApp();
    await app.register(restPlugin, {
      prefix: '/api',
      store: t.store,
      reports: serverReportRenderer(),
    });
    await app.ready();
    const doc = json((await t.get('/api/openapi.json', null)).body);
    const paths = doc.paths as Record<string, Record<string, Json>>;
    const keys = (s: unknown): string[] =>
      Object.keys((s as { shape?: object } | undefined)?.shape ?? {}).sort();
    assert.ok(routes.length > 50, `${routes.length} routes`);
    for (const r of routes) {
      const op = paths[r.path]?.[r.method];
      assert.ok(op, `${r.method} ${r.path} is documented`);
      assert.ok(String(op.summary).length > 0 && (op.tags as string[]).length === 1, r.path);
      const params = (op.parameters ?? []) as { name: string; in: string; required: boolean }[];
      const named = (where: string) =>
        params
          .filter((p) => p.in === where)
          .map((p) => p.name)
          .sort();
      const inPath = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      assert.deepEqual(named('path'), inPath, `path parameters of ${r.method} ${r.path}`);
      assert.deepEqual(named('path'), keys(r.schema?.params), `path schema of ${r.path}`);
      assert.deepEqual(named('query'), keys(r.schema?.querystring), `query of ${r.path}`);
      const body = (op.requestBody as { content: Record<string, { schema: Json }> } | undefined)
        ?.content['application/json']?.schema;
      assert.deepEqual(
        Object.keys((body?.properties as object | undefined) ?? {}).sort(),
        keys(r.schema?.body),
        `body of ${r.method} ${r.path}`,
      );
    }
    const documented = Object.entries(paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p}`),
    );
    assert.deepEqual(
      documented.sort(),
      routes.map((r) => `${r.method} ${r.path}`).sort(),
      'nothing documented that is not served',
    );
    // the schemas' own rules reach the document
    const overview = paths['/countries/{country}/overview']?.get?.parameters as Json[];
    const country = overview.find((p) => p.name === 'country');
    assert.equal((country?.schema as Json).pattern, '^[A-Za-z]{3}$');
    assert.match(String(country?.description), /alpha-3/);
    const compare = paths['/compare']?.get?.parameters as Json[];
    assert.deepEqual(compare.find((p) => p.name === 'edition')?.schema, {
      type: 'integer',
      minimum: 2000,
      maximum: 2100,
    });
    const scenario = paths['/countries/{country}/scenario']?.post?.requestBody as Json;
    assert.match(JSON.stringify(scenario), /"required":\["plan","horizonYear"\]/);
    assert.deepEqual(Object.keys(paths['/orgs']?.post?.responses as Json).slice(0, 1), ['201']);
    assert.deepEqual(paths['/health']?.get?.security, []);
    await app.close();
  });

  void it('answers the overview with series, dynamics, index, weakest and maturity', async () => {
    await using t = await restTestApp();
    const countries = json((await t.get('/api/countries')).body);
    assert.ok((countries.countries as Json[]).some((c) => c.country === 'KGZ'));
    const res = await t.get('/api/countries/kgz/overview');
    assert.equal(res.statusCode, 200, res.body);
    const o = json(res.body);
    assert.deepEqual(o.measuredYears, [2020, 2024]);
    const values = o.values as { year: number; kind: string }[];
    assert.ok(
      values.some((v) => v.year === 2022 && v.kind === 'estimated'),
      'interpolated years are labelled estimated',
    );
    assert.ok(values.filter((v) => v.year === 2020).every((v) => v.kind === 'measured'));
    assert.deepEqual((o.weakest as Json).components, ['digital-literacy']);
    const index = o.index as { year: number; computable: boolean; value?: number }[];
    assert.ok(Math.abs((index.find((i) => i.year === 2024)?.value ?? 0) - 76.2) < 1e-9);
    assert.equal((o.maturity as Json).year, 2024);
    const noInterp = json((await t.get('/api/countries/KGZ/overview?interpolate=false')).body);
    assert.ok((noInterp.values as { kind: string }[]).every((v) => v.kind === 'measured'));
  });

  void it('computes dynamics, index with weights, weakest and maturity', async () => {
    await using t = await restTestApp();
    const dyn = json((await t.get('/api/countries/KGZ/dynamics')).body);
    assert.equal(dyn.from, 2020);
    const idx = json((await t.get('/api/countries/KGZ/index?weights=regulatory:1')).body);
    const i2024 = (idx.index as { year: number; value: number }[]).find((i) => i.year === 2024);
    assert.equal(i2024?.value, 79);
    const weakest = json((await t.get('/api/countries/KGZ/weakest?year=2020')).body);
    assert.ok(Array.isArray(weakest.components));
    const mat = json((await t.get('/api/countries/KGZ/maturity?thresholds=30,50,70,90')).body);
    assert.equal((mat.rule as Json).id, 'custom');
  });

  void it('refuses bad input with problem+json naming the field', async () => {
    await using t = await restTestApp();
    assertProblem(await t.get('/api/countries/K1/overview'), 400, 'country');
    assertProblem(await t.get('/api/countries/KGZ/overview?weights=bogus:1'), 400, 'weights');
    assertProblem(await t.get('/api/countries/KGZ/overview?weights=regulatory:x'), 400, 'weights');
    assertProblem(
      await t.get('/api/countries/KGZ/maturity?thresholds=50,40,60,80'),
      400,
      'thresholds',
    );
    assertProblem(await t.get('/api/countries/KGZ/weakest?year=twenty'), 400, 'year');
    assertProblem(await t.get('/api/countries/KGZ/assessments?component=nope'), 400, 'component');
    assertProblem(await t.get('/api/countries/FRA/overview'), 404, 'country');
    assertProblem(await t.get('/api/nothing-here'), 404);
    assertProblem(await t.send('POST', '/api/countries/KGZ/scenario', '{"plan": '), 400, 'body');
    assertProblem(await t.get('/api/countries/KGZ/coverage?framework=cobit'), 400, 'framework');
    assertProblem(await t.get('/api/compare?from=2018'), 400, 'to');
  });

  void it('audits the claims, with verdicts and numbers', async () => {
    await using t = await restTestApp();
    const res = json((await t.get('/api/claims')).body);
    const summary = res.summary as { total: number; doesNotHold: number };
    assert.ok(summary.total > 0);
    assert.ok(summary.doesNotHold > 0, 'some of the paper’s claims do not hold (FACTS.md)');
    assertProblem(
      await t.send('POST', '/api/claims/audit', {
        claims: [{ id: 'x', quote: 'q', source: { id: 'me' }, claim: { kind: 'nope' } }],
      }),
      400,
    );
  });

  void it('serves Table 2, coverage with gaps, recommendations, comparison and the model graph', async () => {
    await using t = await restTestApp();
    const mapping = json((await t.get('/api/countries/KGZ/mapping')).body);
    assert.ok((mapping.rows as unknown[]).length > 0);
    const cov = json((await t.get('/api/countries/KGZ/coverage?framework=csf-2.0')).body);
    assert.ok((cov.columns as unknown[]).length === 6);
    assert.ok(Array.isArray(cov.gaps));
    const rec = json((await t.get('/api/countries/KGZ/recommendations')).body);
    assert.ok((rec.recommendations as unknown[]).length > 0);
    const cmp = json((await t.get('/api/compare')).body);
    assert.ok(Array.isArray(cmp.editions));
    const one = json((await t.get('/api/compare?edition=2020')).body);
    assert.equal((one.editions as unknown[]).length, 1);
    assertProblem(await t.get('/api/compare?edition=2019'), 400);
    const graph = json((await t.get('/api/model/graph')).body);
    assert.ok(((graph.graph as Json).edges as unknown[]).length >= 8);
    const dot = await t.get('/api/model/graph?format=dot');
    assert.match(dot.body, /digraph/);
  });

  void it('projects a scenario, with trend and sensitivity, and names bad plan fields', async () => {
    await using t = await restTestApp();
    const plan = {
      format: 'coopsec-effort-plan/1',
      name: 'literacy push',
      effort: { 'digital-literacy': 3 },
    };
    const res = await t.send('POST', '/api/countries/KGZ/scenario', {
      plan,
      horizonYear: 2030,
      sensitivity: { runs: 200, seed: 7, conclusions: ['lowest digital-literacy in 2030'] },
    });
    assert.equal(res.statusCode, 200, res.body);
    const body = json(res.body);
    const proj = body.projection as {
      components: Record<string, { year: number; kind: string; score: number }[]>;
    };
    const dl = proj.components['digital-literacy'] ?? [];
    assert.equal(dl.at(-1)?.year, 2030);
    assert.equal(dl.at(-1)?.kind, 'estimated');
    assert.equal((body.sensitivity as Json).runs, 200);
    const none = json(
      (
        await t.send('POST', '/api/countries/KGZ/scenario', {
          plan: { ...plan, effort: {} },
          horizonYear: 2030,
        })
      ).body,
    );
    const dl0 = (none.projection as typeof proj).components['digital-literacy']?.at(-1)?.score ?? 0;
    assert.ok((dl.at(-1)?.score ?? 0) > dl0, 'more effort gives a higher projection');
    assertProblem(
      await t.send('POST', '/api/countries/KGZ/scenario', {
        plan: { ...plan, effort: { 'digital-literacy': -1 } },
        horizonYear: 2030,
      }),
      400,
      'plan.effort.digital-literacy',
    );
    assertProblem(
      await t.send('POST', '/api/countries/KGZ/scenario', { plan, horizonYear: 2010 }),
      400,
      'horizonYear',
    );
    assertProblem(
      await t.send('POST', '/api/countries/KGZ/scenario', { horizonYear: 2030 }),
      400,
      'plan',
    );
    assertProblem(
      await t.send('POST', '/api/countries/KGZ/scenario', {
        plan,
        horizonYear: 2030,
        sensitivity: { runs: 10_000_000 },
      }),
      400,
      'sensitivity.runs',
    );
  });

  void it('downloads the HTML report, or says it is not available yet', async () => {
    await using t = await restTestApp();
    const res = await t.get('/api/countries/KGZ/report?format=html');
    if (res.statusCode === 501) {
      assertProblem(res, 501);
      return;
    }
    assert.equal(res.statusCode, 200, res.body.slice(0, 500));
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(
      String(res.headers['content-disposition']),
      /attachment; filename="coopsec-report-KGZ-/,
    );
    assertProblem(await t.get('/api/countries/KGZ/report?format=docx'), 400, 'format');
  });

  void it('writes the report in the language of ?lang= or Accept-Language, refusing an unknown one (issue 19)', async () => {
    await using t = await restTestApp();
    const inLanguage = (url: string, acceptLanguage?: string) =>
      t.app.inject({
        method: 'GET',
        url,
        headers: {
          authorization: `Bearer ${t.adminKey}`,
          ...(acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage }),
        },
      });
    const negotiated = await inLanguage('/api/countries/KGZ/report', 'de-DE, ru;q=0.8, en;q=0.5');
    assert.equal(negotiated.statusCode, 200, negotiated.body.slice(0, 500));
    assert.match(negotiated.body, /<html lang="ru">/);
    assert.match(negotiated.body, /<h2>Резюме<\/h2>/);
    assert.equal(negotiated.headers['content-language'], 'ru');
    assert.match(String(negotiated.headers.vary), /Accept-Language/i);
    const named = await inLanguage('/api/countries/KGZ/report?lang=en', 'ru');
    assert.match(named.body, /<html lang="en">/);
    assert.match(named.body, /<h2>Summary<\/h2>/);
    const plain = await inLanguage('/api/countries/KGZ/report');
    assert.match(plain.body, /<html lang="en">/);
    const refused = assertProblem(
      await inLanguage('/api/countries/KGZ/report?lang=de'),
      400,
      'lang',
    );
    assert.match(String(refused.detail), /lang must be one of en, ru/);
  });

  void it('adds a user source and imports rows with a sources sheet, naming wrong fields (issue 14 item 1)', async () => {
    await using t = await restTestApp();
    const added = await t.send('POST', '/api/sources', {
      id: 'uz-survey',
      title: 'Survey',
      publisher: 'Ministry',
      url: 'https://example.uz/s',
    });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(json(added.body).origin, 'user');
    const bad = assertProblem(
      await t.send('POST', '/api/sources', { id: 'x y', title: 't', doi: 'nope' }),
      400,
    );
    const fields = (bad.errors as { field?: string }[]).map((e) => e.field);
    assert.ok(fields.includes('id') && fields.includes('doi'), JSON.stringify(bad.errors));
    assertProblem(await t.send('POST', '/api/sources', { id: 'paper', title: 'mine' }), 409);
    const sheet = await t.send('POST', '/api/assessments', {
      sources: [{ id: 'kz-report', title: 'Report' }],
      rows: [
        {
          country: 'KAZ',
          year: 2024,
          component: 'regulatory',
          score: 60,
          sourceId: 'kz-report',
          confidence: 'low',
        },
      ],
    });
    assert.equal(sheet.statusCode, 201, sheet.body);
    assert.deepEqual(json(sheet.body).sourcesAdded, ['kz-report']);
    const list = json((await t.get('/api/sources')).body).sources as {
      id: string;
      origin: string;
    }[];
    assert.deepEqual(
      list.filter((s) => s.origin === 'user').map((s) => s.id),
      ['kz-report', 'uz-survey'],
    );
  });

  void it('imports rows, looks up crosswalks, validates STIX and explains patterns', async () => {
    await using t = await restTestApp();
    const row = {
      country: 'UZB',
      year: 2024,
      component: 'regulatory',
      score: 61,
      sourceId: 'paper',
      evidence: 'test row',
      confidence: 'low',
      kind: 'measured',
    };
    const ok = await t.send('POST', '/api/assessments', { rows: [row] });
    assert.equal(ok.statusCode, 201, ok.body);
    assertProblem(await t.send('POST', '/api/assessments', { rows: [row] }), 409);
    const bad = assertProblem(
      await t.send('POST', '/api/assessments', {
        rows: [
          { ...row, score: 120 },
          { ...row, component: 'nope' },
        ],
      }),
      400,
    );
    assert.ok(
      (bad.errors as { row?: number }[]).some((e) => e.row !== undefined),
      'bad rows are named by row',
    );
    const cw = json((await t.get('/api/crosswalk?from=iso27001-2022&id=5.1&to=csf-2.0')).body);
    assert.ok(Array.isArray(cw.links));
    assertProblem(await t.get('/api/crosswalk?from=cobit&id=1&to=csf-2.0'), 400, 'from');
    const good = json(
      (await t.send('POST', '/api/stix/pattern', { pattern: "[ipv4-addr:value = '198.51.100.7']" }))
        .body,
    );
    assert.equal(good.valid, true);
    assert.equal(typeof good.explanation, 'string');
    const broken = json(
      (await t.send('POST', '/api/stix/pattern', { pattern: "[ipv4-addr:value = '198.51.100.7'" }))
        .body,
    );
    assert.equal(broken.valid, false);
    const v = json(
      (
        await t.send('POST', '/api/stix/validate', {
          document: { type: 'indicator', id: 'indicator--x' },
        })
      ).body,
    );
    assert.equal(v.valid, false);
    assertProblem(await t.send('POST', '/api/stix/validate', {}), 400, 'document');
  });

  void it('lets administrators manage organisations, users, keys, collections, grants and agreements', async () => {
    await using t = await restTestApp();
    assert.equal(
      (await t.send('POST', '/api/orgs', { id: 'kg-cert', name: 'KG-CERT' })).statusCode,
      201,
    );
    assert.equal(
      (await t.send('POST', '/api/orgs', { id: 'kz-cert', name: 'KZ-CERT' })).statusCode,
      201,
    );
    assertProblem(await t.send('POST', '/api/orgs', { id: 'kg-cert', name: 'again' }), 409, 'id');
    assertProblem(await t.send('POST', '/api/orgs', { id: 'bad id!', name: '' }), 400, 'id');
    const user = json(
      (await t.send('POST', '/api/orgs/kz-cert/users', { name: 'analyst-kz' })).body,
    );
    const key = json((await t.send('POST', '/api/keys', { userId: user.id })).body);
    assert.match(String(key.key), /^csk_/);
    assert.equal(
      (
        await t.send('POST', '/api/collections', {
          id: 'kg-feed',
          title: 'KG feed',
          ownerOrg: 'kg-cert',
        })
      ).statusCode,
      201,
    );
    assertProblem(
      await t.send('POST', '/api/collections/kg-feed/grants', { orgId: 'nobody' }),
      400,
      'orgId',
    );
    assert.equal(
      (await t.send('POST', '/api/collections/kg-feed/grants', { orgId: 'kz-cert', canRead: true }))
        .statusCode,
      201,
    );
    assertProblem(
      await t.send('POST', '/api/agreements', {
        fromOrg: 'kg-cert',
        toOrg: 'kz-cert',
        collectionId: 'kg-feed',
        levels: ['red'],
      }),
      400,
      'levels',
    );
    const a = await t.send('POST', '/api/agreements', {
      fromOrg: 'kg-cert',
      toOrg: 'kz-cert',
      collectionId: 'kg-feed',
      levels: ['green', 'amber'],
    });
    assert.equal(a.statusCode, 201, a.body);
    // The analyst is not an administrator: reads follow grants, administration is refused.
    const analyst = String(key.key);
    const me = json((await t.get('/api/me', analyst)).body);
    assert.equal((me.principal as Json).orgId, 'kz-cert');
    assertProblem(await t.get('/api/orgs', analyst), 403);
    assertProblem(await t.send('POST', '/api/orgs', { id: 'x', name: 'x' }, analyst), 403);
    const cols = json((await t.get('/api/collections', analyst)).body);
    assert.deepEqual(
      (cols.collections as Json[]).map((c) => c.id),
      ['kg-feed'],
    );
    assert.equal(
      (json((await t.get('/api/agreements', analyst)).body).agreements as unknown[]).length,
      1,
    );
    assert.equal((await t.send('DELETE', `/api/keys/${String(key.id)}`)).statusCode, 204);
    assertProblem(await t.send('DELETE', `/api/keys/${String(key.id)}`), 404, 'keyId');
    const audit = json((await t.get('/api/audit')).body);
    assert.ok((audit.events as { action: string }[]).some((e) => e.action === 'admin.key.revoke'));
  });
});
