/**
 * SQLite settings of issue 13: durable commits by default, checkpoints done by the worker
 * (not inside a request's commit), and the WAL bounded. Real SQLite files.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, sqliteHandleOf } from './connect.ts';
import { durabilityFrom } from './sqlite-tuning.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

void describe('SQLite tuning', () => {
  void it('commits with synchronous=FULL by default and NORMAL when durability is "process"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-tune-'));
    try {
      for (const [durability, expected] of [
        [undefined, 2],
        ['process', 1],
      ] as const) {
        await using store = await openStore(join(dir, `${durability ?? 'default'}.db`), {
          migrate: false,
          ...(durability !== undefined ? { durability } : {}),
        });
        const native = sqliteHandleOf(store.db);
        assert.ok(native !== undefined);
        assert.equal(native.pragma('synchronous', { simple: true }), expected);
        assert.equal(native.pragma('journal_mode', { simple: true }), 'wal');
        assert.equal(native.pragma('wal_autocheckpoint', { simple: true }), 16384);
        assert.equal(native.pragma('journal_size_limit', { simple: true }), 64 * 1024 * 1024);
      }
      assert.equal(durabilityFrom({}), 'full');
      assert.equal(durabilityFrom({ COOPSEC_DURABILITY: 'process' }), 'process');
      assert.throws(() => durabilityFrom({ COOPSEC_DURABILITY: 'fast' }), /COOPSEC_DURABILITY/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  void it('checkpoints the WAL from the worker, below the automatic checkpoint threshold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-tune-'));
    const file = join(dir, 'wal.db');
    try {
      await using store = await openStore(file, { migrate: false, backgroundCheckpoints: true });
      const native = sqliteHandleOf(store.db);
      assert.ok(native !== undefined);
      native.exec('create table t (x text)');
      const before = statSync(file).size;
      // ~8 MiB in the WAL: far below the 64 MiB automatic checkpoint, so only the worker copies it.
      const insert = native.prepare('insert into t values (?)');
      native.transaction(() => {
        for (let i = 0; i < 2000; i++) insert.run('x'.repeat(4000));
      })();
      assert.ok(statSync(file).size - before < 1024 * 1024, 'the commit itself did not checkpoint');
      let grown = false;
      for (let i = 0; i < 50 && !grown; i++) {
        await sleep(100);
        grown = statSync(file).size > 6 * 1024 * 1024;
      }
      assert.ok(grown, 'the worker copied the WAL into the database file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
