/**
 * The embedded job queue (issue 13 item 3) on real SQLite files: each job runs once, a job
 * interrupted by a crash runs again after the restart, failures are retried with backoff and
 * then recorded, and a singleton key dedupes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../connect.ts';
import { SqlJobQueue } from './sql-queue.ts';
import type { Job } from './job-queue.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-jobs-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fast = { pollMs: 20, leaseMs: 300, backoffMs: 30 };

void describe('SqlJobQueue', () => {
  void it('runs each of 40 jobs exactly once, several at a time, and empties the table', async () => {
    await using store = await openStore(':memory:');
    const queue = new SqlJobQueue(store, fast);
    const runs: number[] = [];
    let active = 0;
    let most = 0;
    await queue.work(
      'count',
      async (job) => {
        active++;
        most = Math.max(most, active);
        await sleep(5);
        runs.push((job.payload as { n: number }).n);
        active--;
      },
      { concurrency: 3 },
    );
    for (let n = 0; n < 40; n++) await queue.enqueue('count', { n });
    await waitFor('40 runs', () => runs.length >= 40);
    await sleep(100); // a second run of any job would show up here
    await queue.stop();
    assert.deepEqual(
      [...runs].sort((a, b) => a - b),
      Array.from({ length: 40 }, (_, n) => n),
    );
    assert.ok(most > 1 && most <= 3, `ran ${most} at once, expected 2 or 3`);
    assert.equal((await store.db.selectFrom('job').selectAll().execute()).length, 0);
  });

  void it('runs a job again after the process crashed mid-job and the store reopened', async () => {
    await withDir(async (dir) => {
      const file = join(dir, 'jobs.db');
      const first = await openStore(file);
      const errors: unknown[] = [];
      const crashed = new SqlJobQueue(first, { ...fast, onError: (e) => errors.push(e) });
      let release = () => {};
      const started: Job[] = [];
      await crashed.work('sync', (job) => {
        started.push(job);
        return new Promise((resolve) => (release = resolve));
      });
      const id = await crashed.enqueue('sync', { peer: 'p1' });
      await waitFor('the first run', () => started.length === 1);
      await first.close(); // the crash: the job's row stays `running`, its lease unrenewed

      await using second = await openStore(file);
      const rerun: Job[] = [];
      const restarted = new SqlJobQueue(second, fast);
      await restarted.work('sync', (job) => {
        rerun.push(job);
        return Promise.resolve();
      });
      await waitFor('the re-run', () => rerun.length === 1);
      await restarted.stop();
      assert.equal(rerun[0]?.id, id);
      assert.deepEqual(rerun[0]?.payload, { peer: 'p1' });
      assert.equal(rerun[0]?.attempt, 2);
      assert.equal((await second.db.selectFrom('job').selectAll().execute()).length, 0);

      release(); // the crashed process's handler returns; its lease is gone, nothing is written
      await crashed.stop();
      assert.ok(errors.length > 0, 'the crashed queue reported its closed database');
    });
  });

  void it('retries a failing job with growing delays, then records the failure', async () => {
    await using store = await openStore(':memory:');
    const queue = new SqlJobQueue(store, fast);
    const flaky: number[] = [];
    await queue.work('flaky', (job) => {
      flaky.push(Date.now());
      return job.attempt < 3 ? Promise.reject(new Error('peer down')) : Promise.resolve();
    });
    const failing: number[] = [];
    await queue.work('broken', (job) => {
      failing.push(job.attempt);
      return Promise.reject(new Error(`bad gateway on attempt ${job.attempt}`));
    });
    await queue.enqueue('flaky', {});
    const brokenId = await queue.enqueue('broken', { x: 1 }, { maxAttempts: 2 });
    await waitFor('three attempts', () => flaky.length === 3);
    await waitFor('two failures', () => failing.length === 2);
    await sleep(150);
    await queue.stop();
    const [a = 0, b = 0, c = 0] = flaky;
    assert.ok(b - a >= 30, `first retry after ${b - a} ms, expected ≥ 30`);
    assert.ok(c - b >= 60, `second retry after ${c - b} ms, expected ≥ 60 (doubled)`);
    assert.deepEqual(failing, [1, 2], 'no third attempt past maxAttempts');
    const rows = await store.db.selectFrom('job').selectAll().execute();
    assert.equal(rows.length, 1, 'the succeeded job is gone, the failed one recorded');
    assert.equal(rows[0]?.id, brokenId);
    assert.equal(rows[0]?.state, 'failed');
    assert.equal(rows[0]?.attempts, 2);
    assert.equal(rows[0]?.last_error, 'bad gateway on attempt 2');
    assert.ok(rows[0]?.finished_at !== null);
    assert.equal((await queue.depth()).get('broken'), undefined, 'a failed job is not waiting');
  });

  void it('keeps one waiting job per singleton key, and takes the key again once it ran', async () => {
    await using store = await openStore(':memory:');
    const queue = new SqlJobQueue(store, fast);
    const first = await queue.enqueue('sync', { peer: 'a', n: 1 }, { singletonKey: 'a' });
    const again = await queue.enqueue('sync', { peer: 'a', n: 2 }, { singletonKey: 'a' });
    const other = await queue.enqueue('sync', { peer: 'b' }, { singletonKey: 'b' });
    const elsewhere = await queue.enqueue('deliver', {}, { singletonKey: 'a' });
    assert.ok(first !== undefined && other !== undefined && elsewhere !== undefined);
    assert.equal(again, undefined);
    assert.deepEqual(
      new Map([...(await queue.depth())].sort()),
      new Map([
        ['deliver', 1],
        ['sync', 2],
      ]),
    );
    const seen: unknown[] = [];
    await queue.work('sync', (job) => {
      seen.push(job.payload);
      return Promise.resolve();
    });
    await waitFor('both peers', () => seen.length === 2);
    assert.deepEqual(seen[0], { peer: 'a', n: 1 }, 'the waiting job stood, not the duplicate');
    await sleep(50);
    const later = await queue.enqueue('sync', { peer: 'a', n: 3 }, { singletonKey: 'a' });
    assert.ok(later !== undefined, 'a finished job frees its key');
    await waitFor('the later run', () => seen.length === 3);
    await queue.stop();
  });

  void it('does not run a job before its run-at time', async () => {
    await using store = await openStore(':memory:');
    const queue = new SqlJobQueue(store, fast);
    const at: number[] = [];
    await queue.work('later', () => {
      at.push(Date.now());
      return Promise.resolve();
    });
    const runAt = new Date(Date.now() + 200);
    await queue.enqueue('later', {}, { runAt });
    await waitFor('the delayed run', () => at.length === 1);
    await queue.stop();
    assert.ok((at[0] ?? 0) >= runAt.getTime(), 'ran before its run-at');
  });

  void it('refuses a bad name, attempt count or payload, naming the field', async () => {
    await using store = await openStore(':memory:');
    const queue = new SqlJobQueue(store, fast);
    await assert.rejects(queue.enqueue('', {}), /job name "": expected a letter/);
    await assert.rejects(queue.enqueue('x', {}, { maxAttempts: 0 }), /maxAttempts 0/);
    await assert.rejects(queue.enqueue('x', undefined as never), /payload: not a JSON value/);
    assert.equal((await store.db.selectFrom('job').selectAll().execute()).length, 0);
  });

  void it('stop() waits for the running job to finish', async () => {
    await using store = await openStore(':memory:');
    const queue = new SqlJobQueue(store, fast);
    let finished = false;
    let began = false;
    await queue.work('slow', async () => {
      began = true;
      await sleep(150);
      finished = true;
    });
    await queue.enqueue('slow', {});
    await waitFor('the start', () => began);
    await queue.stop();
    assert.equal(finished, true);
    assert.equal((await store.db.selectFrom('job').selectAll().execute()).length, 0);
  });
});
