/**
 * Regression: `coopsec sync` beside a running server failed with "database is locked"
 * (CI, federation walkthrough). A transaction that reads and then writes must wait for
 * another writer, not fail because that writer committed after its read. Real SQLite file,
 * two connections as two processes would have.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore, sqliteHandleOf } from './connect.ts';

void describe('SQLite transactions', () => {
  void it('take the write lock when they begin, so a read-then-write one is not refused by a commit in between', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-immediate-'));
    try {
      const file = join(dir, 'node.db');
      await using first = await openStore(file, { migrate: false });
      await using second = await openStore(file, { migrate: false });
      const other = sqliteHandleOf(second.db);
      assert.ok(other !== undefined);
      other.exec('create table counter (n integer not null)');
      other.exec('insert into counter (n) values (0)');
      // The other connection must not wait (the test runs in one thread): it either writes
      // at once or is told busy at once.
      other.pragma('busy_timeout = 0');

      let otherWrite: 'written' | 'busy' | undefined;
      await first.db.transaction().execute(async (trx) => {
        const before = await sql<{ n: number }>`select n from counter`.execute(trx);
        try {
          other.exec('update counter set n = n + 100');
          otherWrite = 'written';
        } catch (error) {
          assert.match((error as { code?: string }).code ?? '', /^SQLITE_BUSY/);
          otherWrite = 'busy';
        }
        await sql`update counter set n = ${(before.rows[0]?.n ?? -1) + 1}`.execute(trx);
      });

      // The first transaction held the write lock from BEGIN: the other writer was told to
      // wait, and the first one's read-then-write committed.
      assert.equal(otherWrite, 'busy');
      assert.equal(other.prepare('select n from counter').pluck().get(), 1);
      other.exec('update counter set n = n + 100');
      assert.equal(other.prepare('select n from counter').pluck().get(), 101);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
