/**
 * @module web/test/fixture
 * The real server on an ephemeral port with a temp SQLite file and the built dashboard, and
 * Debian's Chromium through playwright-core (STACK.md gotcha 9). Both are AsyncDisposable.
 * Shared by the Chromium tests and bench/dashboard.bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// @coopsec/server is resolved from the workspace root (not declared: the server depends on web).
import { startServer } from '@coopsec/server';
// @ts-expect-error plain ESM helper without types
import { ensureWebBuilt, webDist } from '../../../scripts/build-web.mjs';

export interface DashboardServer extends AsyncDisposable {
  readonly url: string;
  readonly adminKey: string;
  api<T>(method: string, path: string, body?: unknown, key?: string): Promise<T>;
}

export async function startDashboard(): Promise<DashboardServer> {
  (ensureWebBuilt as (o: { log: (s: string) => void }) => boolean)({ log: () => undefined });
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-web-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    db: join(dir, 'coopsec.db'),
    webRoot: webDist as string,
    logger: false,
  });
  if (server.adminKey === undefined) throw new TypeError('no administrator key was created');
  const adminKey = server.adminKey;
  const url = server.url.replace('localhost', '127.0.0.1');
  return {
    url,
    adminKey,
    async api<T>(method: string, path: string, body?: unknown, key: string = adminKey): Promise<T> {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
    [Symbol.asyncDispose]: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser & AsyncDisposable> {
  const browser = await chromium.launch({
    executablePath: process.env.COOPSEC_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return Object.assign(browser, { [Symbol.asyncDispose]: () => browser.close() });
}
