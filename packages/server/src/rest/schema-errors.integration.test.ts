/**
 * Route schemas (zod) answer bad input with the same problem+json as the routes' own checks:
 * 400 BAD_INPUT, one `errors` entry per field named by its path, and administration refused
 * with 403 before a non-administrator's input is judged.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMember } from '../taxii/testing/fixtures.ts';
import { restTestApp } from './testing.ts';

interface ProblemBody {
  status: number;
  code: string;
  detail: string;
  errors: { field?: string; message: string }[];
}
const problem = (body: string): ProblemBody => JSON.parse(body) as ProblemBody;

void describe('REST route schemas', () => {
  void it('names a bad query field and its reason', async () => {
    await using t = await restTestApp();
    for (const limit of ['0', '1001', 'ten', '2.5']) {
      const res = await t.get(`/api/alerts?limit=${limit}`);
      assert.equal(res.statusCode, 400, res.body);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      const p = problem(res.body);
      assert.equal(p.code, 'BAD_INPUT');
      assert.deepEqual(
        p.errors.map((e) => e.field),
        ['limit'],
      );
      assert.match(p.detail, /^limit: must be/);
    }
    assert.equal((await t.get('/api/alerts?limit=5')).statusCode, 200);
    assert.equal((await t.get('/api/alerts?limit=')).statusCode, 200, "'' counts as absent");
  });

  void it('names every bad body field at once, and the body when it is not an object', async () => {
    await using t = await restTestApp();
    const res = await t.send('POST', '/api/alerts/subscriptions', {
      url: 'ftp://x',
      secret: 'short',
    });
    assert.equal(res.statusCode, 400, res.body);
    const p = problem(res.body);
    assert.deepEqual(p.errors.map((e) => e.field).sort(), ['secret', 'url']);
    assert.match(p.detail, /2 problems in the body/);
    const missing = problem((await t.send('POST', '/api/alerts/subscriptions', {})).body);
    assert.ok(missing.errors.some((e) => e.field === 'url' && e.message === 'is required'));
    const list = await t.send('POST', '/api/alerts/subscriptions', [1, 2]);
    assert.equal(list.statusCode, 400);
    assert.deepEqual(
      problem(list.body).errors.map((e) => e.field),
      ['body'],
    );
    const ok = await t.send('POST', '/api/alerts/subscriptions', {
      url: 'https://example.org/hook',
      secret: 'a-secret-of-enough-length',
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.ok(!ok.body.includes('a-secret-of-enough-length'), 'the secret is not read back');
  });

  void it('refuses a non-administrator with 403 before judging its input', async () => {
    await using t = await restTestApp();
    const reader = await addMember(t.store, { orgId: 'kg-cert' });
    const res = await t.get('/api/peers/x', reader.key);
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(problem(res.body).code, 'FORBIDDEN');
  });

  void it('names the field for tools, claims and the report', async () => {
    await using t = await restTestApp();
    const cases: [Promise<{ statusCode: number; body: string }>, string, RegExp][] = [
      [
        t.send('POST', '/api/stix/validate', { strict: 'yes', document: {} }),
        'strict',
        /true or false/,
      ],
      [t.send('POST', '/api/stix/pattern', { pattern: '' }), 'pattern', /must not be empty/],
      [t.send('POST', '/api/assessments', { rows: 'x' }), 'rows', /must be an array/],
      [t.send('PUT', '/api/claims/paper', { claims: [] }), 'source', /reserved/],
      [t.send('PUT', '/api/claims/Bad%20Name', { claims: [] }), 'source', /lower-case/],
      [t.get('/api/crosswalk?from=csf-2.0&to=nope&id=1'), 'to', /must be one of csf-2.0/],
      [t.get('/api/countries/KGZ/report?tlp=purple'), 'tlp', /amber\+strict/],
      [t.get('/api/countries/K1/report'), 'country', /alpha-3/],
    ];
    for (const [pending, field, message] of cases) {
      const res = await pending;
      assert.equal(res.statusCode, 400, res.body);
      const hit = problem(res.body).errors.find((e) => e.field === field);
      assert.ok(hit, `${field} named in ${res.body}`);
      assert.match(hit.message, message);
    }
  });

  void it('names the field for administration, after the administrator check', async () => {
    await using t = await restTestApp();
    const reader = await addMember(t.store, { orgId: 'kg-cert' });
    assert.equal((await t.send('POST', '/api/orgs', { id: '' }, reader.key)).statusCode, 403);
    const agreement = { fromOrg: 'a', toOrg: 'a', collectionId: 'c', levels: 'clear,red' };
    const res = await t.send('POST', '/api/agreements', agreement);
    assert.equal(res.statusCode, 400, res.body);
    const errors = problem(res.body).errors;
    assert.ok(errors.some((e) => e.field === 'levels' && /unknown level\(s\) red/.test(e.message)));
    const org = problem((await t.send('POST', '/api/orgs', { id: '-x', name: 'X' })).body);
    assert.deepEqual(
      org.errors.map((e) => e.field),
      ['id'],
    );
    const grant = await t.send('POST', '/api/collections/c1/grants', { orgId: 'o', canRead: 1 });
    assert.deepEqual(
      problem(grant.body).errors.map((e) => e.field),
      ['canRead'],
    );
  });
});
