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
});
