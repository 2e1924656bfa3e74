/**
 * The PostgreSQL job queue (graphile-worker) with two queue instances on one database, as two
 * server processes would be (issue 13 item 3): each job runs exactly once, a worker stopped
 * mid-job hands the job to the other, and a singleton key runs one job at a time.
 * Each run gets its own database (testing/postgres.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTemporaryDatabase, type TemporaryDatabase } from '../testing/postgres.ts';
import { PgJobQueue } from './pg-queue.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

let database: TemporaryDatabase;
before(async () => {
  database = await createTemporaryDatabase('coopsec_jobs');
});
after(async () => {
  await database.drop();
});

void describe('PgJobQueue over one PostgreSQL database', () => {
  void it('runs each of 50 jobs exactly once across two processes', async () => {
    const one = new PgJobQueue({ connectionString: database.url, pollMs: 200 });
    const two = new PgJobQueue({ connectionString: database.url, pollMs: 200 });
    const runs = new Map<number, string[]>();
    const handler = (who: string) => async (job: { payload: unknown }) => {
      const n = (job.payload as { n: number }).n;
      runs.set(n, [...(runs.get(n) ?? []), who]);
      await sleep(5);
    };
    await one.work('count', handler('one'), { concurrency: 3 });
    await two.work('count', handler('two'), { concurrency: 3 });
    for (let n = 0; n < 50; n++) await (n % 2 === 0 ? one : two).enqueue('count', { n });
    await waitFor('50 jobs', () => runs.size === 50);
    await sleep(500); // a second run of any job would show up here
    assert.equal((await one.depth()).get('count'), undefined, 'nothing left waiting');
    await Promise.all([one.stop(), two.stop()]);
    assert.deepEqual(
      [...runs.keys()].sort((a, b) => a - b),
      Array.from({ length: 50 }, (_, n) => n),
    );
    const twice = [...runs].filter(([, who]) => who.length !== 1);
    assert.deepEqual(twice, [], 'every job ran once');
    const byOne = [...runs.values()].filter((who) => who[0] === 'one').length;
    assert.ok(byOne > 0 && byOne < 50, `both processes worked (one ran ${byOne})`);
  });

  void it('hands a job to the other process when its worker stops without finishing', async () => {
    const killed = new PgJobQueue({ connectionString: database.url, pollMs: 200 });
    const started: number[] = [];
    await killed.work('sync', (job) => {
      started.push(job.attempt);
      return new Promise(() => {}); // never finishes: the process is going away
    });
    const id = await killed.enqueue('sync', { peer: 'p1' });
    await waitFor('the first run', () => started.length === 1);
    await killed.abandon();

    const other = new PgJobQueue({ connectionString: database.url, pollMs: 200 });
    const rerun: { id: string; attempt: number; payload: unknown }[] = [];
    await other.work('sync', (job) => {
      rerun.push(job);
      return Promise.resolve();
    });
    // abandon() unlocked the job, so the other process takes it at its next poll
    await waitFor('the re-run', () => rerun.length === 1);
    await sleep(300);
    await other.stop();
    assert.equal(rerun.length, 1);
    assert.equal(rerun[0]?.id, id);
    assert.equal(rerun[0]?.attempt, 2);
    assert.deepEqual(rerun[0]?.payload, { peer: 'p1' });
  });

  void it('dedupes a waiting singleton key and never runs one key twice at once', async () => {
    const one = new PgJobQueue({ connectionString: database.url, pollMs: 200 });
    const two = new PgJobQueue({ connectionString: database.url, pollMs: 200 });
    const first = await one.enqueue('peer.sync', { peer: 'a' }, { singletonKey: 'a' });
    const again = await two.enqueue('peer.sync', { peer: 'a' }, { singletonKey: 'a' });
    assert.ok(first !== undefined);
    assert.equal(again, undefined, 'the waiting job stands');
    assert.equal((await one.depth()).get('peer.sync'), 1);

    let active = 0;
    let most = 0;
    let done = 0;
    const handler = async () => {
      active++;
      most = Math.max(most, active);
      await sleep(300);
      active--;
      done++;
    };
    await one.work('peer.sync', handler, { concurrency: 2 });
    await two.work('peer.sync', handler, { concurrency: 2 });
    await waitFor('the first sync to start', () => active === 1);
    // While it runs, the key may be enqueued again: the next sync waits for this one.
    assert.ok((await two.enqueue('peer.sync', { peer: 'a' }, { singletonKey: 'a' })) !== undefined);
    await waitFor('both syncs', () => done === 2);
    await Promise.all([one.stop(), two.stop()]);
    assert.equal(most, 1, 'one sync of a peer at a time across both processes');
  });

  void it('takes up the job of a process killed with SIGKILL once its heartbeat stops', async () => {
    const beats = { beatMs: 200, deadAfterMs: 1500 };
    const queueModule = fileURLToPath(new URL('./pg-queue.ts', import.meta.url));
    // A real process that dies without any chance to unlock: the job stays locked by its pool.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { PgJobQueue } = await import(${JSON.stringify(queueModule)});
         const q = new PgJobQueue({ connectionString: process.env.URL, pollMs: 200, beats: ${JSON.stringify(beats)} });
         await q.work('dying', () => { console.log('started'); return new Promise(() => {}); });`,
      ],
      { env: { ...process.env, URL: database.url }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const mine = new PgJobQueue({ connectionString: database.url, pollMs: 200, beats });
    const id = await mine.enqueue('dying', { peer: 'p9' });
    await waitFor('the child to start the job', () => out.includes('started'), 30_000);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const rerun: { id: string; attempt: number }[] = [];
    const since = Date.now();
    await mine.work('dying', (job) => {
      rerun.push(job);
      return Promise.resolve();
    });
    try {
      await waitFor('the re-run after the heartbeat went silent', () => rerun.length === 1, 15_000);
    } finally {
      await mine.stop();
    }
    const waited = Date.now() - since;
    assert.equal(rerun[0]?.id, id);
    assert.equal(rerun[0]?.attempt, 2, 'the killed run counts as the first attempt');
    assert.ok(waited < 10_000, `taken up after ${waited} ms, not graphile-worker's 4 h`);
  });

  void it('leaves the job of a live process alone however long it runs', async () => {
    const beats = { beatMs: 100, deadAfterMs: 500 };
    const one = new PgJobQueue({ connectionString: database.url, pollMs: 100, beats });
    const two = new PgJobQueue({ connectionString: database.url, pollMs: 100, beats });
    const runs: string[] = [];
    const slow = (who: string) => async () => {
      runs.push(who);
      await sleep(2000); // four times deadAfterMs: the heartbeat, not the job, says it lives
    };
    await one.work('long', slow('one'));
    await one.enqueue('long', {});
    await waitFor('the first run', () => runs.length === 1);
    await two.work('long', slow('two'));
    await sleep(2500);
    await Promise.all([one.stop(), two.stop()]);
    assert.deepEqual(runs, ['one'], 'never started a second time while the first was alive');
  });
});
