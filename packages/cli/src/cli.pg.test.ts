/**
 * The same answers from SQLite and a real PostgreSQL server, through the real binary.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTemporaryDatabase } from '@coopsec/store/testing/postgres';
import { runCli } from './testing/run-cli.ts';

describe('coopsec CLI on PostgreSQL', () => {
  it('assess and claims give the same JSON on PostgreSQL as on SQLite', async () => {
    await using pg = await createTemporaryDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-cli-pg-'));
    try {
      const sqlite = join(dir, 'c.db');
      for (const args of [
        ['assess', 'KGZ', '--json'],
        ['claims', '--source', 'paper', '--json'],
      ]) {
        // A --db file is created only on request (issue 14, item 4).
        const a = await runCli(['--db', sqlite, '--create', ...args]);
        const b = await runCli(['--db', pg.url, ...args]);
        assert.equal(a.code, 0, a.stderr);
        assert.equal(b.code, 0, b.stderr);
        assert.deepEqual(JSON.parse(b.stdout), JSON.parse(a.stdout));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
