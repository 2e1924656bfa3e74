/**
 * startServer, the one start path of `npm start` and `coopsec serve`: the store gets the
 * bundled data and a first administrator, and the dashboard is served unless turned off.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './start.ts';

void describe('startServer', () => {
  void it('serves the dashboard, the APIs, and creates the first administrator once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-start-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    const db = join(dir, 'coopsec.db');
    const common = { db, port: 0, host: '127.0.0.1', logger: false } as const;
    try {
      const first = await startServer({ ...common, webRoot: dir });
      try {
        assert.equal(first.admin.created, true);
        assert.match(first.adminKey ?? '', /^csk_/);
        const base = first.url.replace('localhost', '127.0.0.1');
        const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<div id="root">/);
        const health = await fetch(`${base}/api/health`);
        assert.equal(health.status, 200);
      } finally {
        await first.close();
      }
      const again = await startServer({ ...common, webRoot: false });
      try {
        assert.equal(again.admin.created, false);
        assert.equal(again.adminKey, undefined);
        assert.equal(again.webRoot, undefined);
        const base = again.url.replace('localhost', '127.0.0.1');
        const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
        assert.equal(page.status, 404);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Regression: on a fresh machine `npm start` failed with ENOENT on the server lock, because
  // the per-user data folder holding the database did not exist yet.
  void it('creates the folder of a new SQLite database before taking the server lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-start-'));
    const db = join(dir, 'not', 'yet', 'coopsec.db');
    try {
      const server = await startServer({
        db,
        port: 0,
        host: '127.0.0.1',
        logger: false,
        webRoot: false,
      });
      try {
        assert.ok(existsSync(db), 'the database was created');
        assert.ok(existsSync(`${db}.server-lock`), 'the lock sits beside it');
      } finally {
        await server.close();
      }
      await assert.rejects(
        startServer({
          db: join(dir, 'missing', 'coopsec.db'),
          createDatabase: false,
          port: 0,
          host: '127.0.0.1',
          logger: false,
          webRoot: false,
        }),
        (error: Error) => !/ENOENT/.test(error.message) && /missing/.test(error.message),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('refuses to start without a built dashboard folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-start-'));
    try {
      await assert.rejects(
        startServer({ db: ':memory:', port: 0, host: '127.0.0.1', logger: false, webRoot: dir }),
        /dashboard is not built/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
