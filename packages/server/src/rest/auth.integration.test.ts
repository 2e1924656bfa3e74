/**
 * Which /api routes answer without an API key comes from one place: the `public` flag of the
 * route's doc() (route-doc.ts), which the OpenAPI document shows as `security: []` and the key
 * check (auth.ts) reads. A route added with the flag is open, one without it is not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { CoopsecError } from '@coopsec/model';
import { installAuth } from './auth.ts';
import { doc } from './route-doc.ts';
import { restTestApp } from './testing.ts';

type Operation = { security?: unknown[] };

void describe('public routes are the ones their doc() calls public', () => {
  void it('in the real API: public ones answer without a key, every other route asks for one', async () => {
    await using t = await restTestApp();
    const document = JSON.parse((await t.get('/api/openapi.json', null)).body) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const open: string[] = [];
    let guarded = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const url = `/api${path.replace(/\{[^}]+\}/g, 'x')}`;
      for (const [method, operation] of Object.entries(operations)) {
        const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url });
        if (operation.security?.length === 0) {
          open.push(`${method} ${path}`);
          assert.equal(res.statusCode, 200, `${method} ${url} without a key: ${res.body}`);
        } else {
          guarded += 1;
          assert.equal(res.statusCode, 401, `${method} ${url} without a key`);
        }
      }
    }
    assert.deepEqual(open.sort(), ['get /features', 'get /health', 'get /openapi.json']);
    assert.ok(guarded > 50, `${guarded} routes need a key`);
    assert.equal((await t.app.inject({ method: 'HEAD', url: '/api/health' })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/api/health?verbose=1' })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/api/no-such-route' })).statusCode, 401);
    assert.equal((await t.get('/api/orgs')).statusCode, 200, 'with the key it answers');
  });

  void it('a route added with the flag is open and one without it is not: no list to keep', async () => {
    await using t = await restTestApp();
    const app = Fastify();
    app.setErrorHandler((error, _request, reply) => {
      const unauthenticated = error instanceof CoopsecError && error.code === 'UNAUTHENTICATED';
      void reply.code(unauthenticated ? 401 : 500).send({ error: String(error) });
    });
    let served = 0;
    await app.register(
      async (api) => {
        installAuth(api, t.store);
        const answer = () => {
          served += 1;
          return { ok: true };
        };
        api.get('/open', { schema: doc('meta', 'open', { public: true }) }, answer);
        api.get('/closed', { schema: doc('meta', 'closed') }, answer);
        await Promise.resolve();
      },
      { prefix: '/api' },
    );
    assert.equal((await app.inject({ url: '/api/open' })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/closed' })).statusCode, 401);
    assert.equal(served, 1, 'the closed route never ran');
    const withKey = await app.inject({
      url: '/api/closed',
      headers: { authorization: `Bearer ${t.adminKey}` },
    });
    assert.equal(withKey.statusCode, 200, withKey.body);
    await app.close();
  });
});
