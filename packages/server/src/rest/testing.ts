/**
 * @module rest/testing
 * A disposable app for REST tests: a temp SQLite file with the bundled data, a first admin
 * key, and `inject` helpers that send it. Used with `await using`.
 *
 * @example
 * await using t = await restTestApp();
 * const res = await t.get('/api/countries');
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadBundled } from '@coopsec/app';
import { openStore, type Store } from '@coopsec/store';
import { buildApp } from '../app.ts';
import { bootstrapAdmin } from '../auth/bootstrap.ts';

export interface RestTestApp extends AsyncDisposable {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly adminKey: string;
  get(url: string, key?: string | null): Promise<LightMyRequestResponse>;
  send(
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    key?: string | null,
  ): Promise<LightMyRequestResponse>;
}

export async function restTestApp(
  options: { webRoot?: string; nodeCountry?: string } = {},
): Promise<RestTestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-rest-'));
  const store = await openStore(join(dir, 'test.db'));
  await loadBundled(store);
  const first = await bootstrapAdmin(store);
  if (!first.created) throw new TypeError('bootstrapAdmin did not create a key in a fresh store');
  const app = await buildApp({
    store,
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    ...(options.nodeCountry !== undefined ? { nodeCountry: options.nodeCountry } : {}),
  });
  const auth = (key: string | null | undefined): Record<string, string> =>
    key === null ? {} : { authorization: `Bearer ${key ?? first.key}` };
  return {
    app,
    store,
    adminKey: first.key,
    get: (url, key) => app.inject({ method: 'GET', url, headers: auth(key) }),
    send: (method, url, body, key) =>
      app.inject({
        method,
        url,
        headers: {
          ...auth(key),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined
          ? {}
          : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    [Symbol.asyncDispose]: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
