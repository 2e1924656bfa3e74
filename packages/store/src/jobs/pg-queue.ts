/**
 * @module jobs/pg-queue
 * The job queue of servers over PostgreSQL, on graphile-worker 0.17.3 (issue 13 item 3).
 * Why graphile-worker rather than pg-boss: it claims jobs with `FOR UPDATE SKIP LOCKED`, so a
 * job goes to one process however many poll; LISTEN/NOTIFY starts a new job within
 * milliseconds instead of a polling interval; a named queue runs its jobs one at a time across
 * all processes (our lease per singleton key, e.g. one sync per federation peer); and it ships
 * its own TypeScript types and uses `pg`, already our driver. 0.17.3 is its last release for
 * Node 20 (0.18 needs Node ≥ 22.18); pg-boss 11 and 12 need Node 22 as well.
 * What survives: a job is a row until it succeeds, so enqueued and failed-for-retry jobs
 * survive any restart; a job interrupted by a graceful stop is handed back at once, and one
 * held by a process that died is taken again once its pool's heartbeat is a minute old
 * (pg-pool-beats.ts; graphile-worker alone would wait four hours).
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';
import {
  Logger,
  makeWorkerUtils,
  run,
  type Runner,
  type Task,
  type WorkerEvents,
  type WorkerUtils,
} from 'graphile-worker';
import {
  checkEnqueue,
  DEFAULT_MAX_ATTEMPTS,
  type EnqueueOptions,
  type JobHandler,
  type JobPayload,
  type JobQueue,
  type WorkOptions,
} from './job-queue.ts';
import { PoolBeats, type PoolBeatOptions } from './pg-pool-beats.ts';

export interface PgJobQueueOptions {
  readonly connectionString: string;
  /** graphile-worker's schema (default `graphile_worker`). */
  readonly schema?: string;
  /** Fallback poll when a notification is missed, in ms (default 2000). */
  readonly pollMs?: number;
  /** Told of warnings and errors from graphile-worker (its debug and info lines are dropped). */
  readonly onError?: (message: string) => void;
  /** Heartbeats that free the jobs of a process that died (defaults: 10 s beat, 60 s dead). */
  readonly beats?: PoolBeatOptions;
}

export class PgJobQueue implements JobQueue {
  readonly #pool: pg.Pool;
  readonly #schema: string;
  readonly #pollMs: number;
  readonly #logger: Logger;
  readonly #runners = new Map<string, Runner>();
  /**
   * Ids of this queue's graphile-worker pools: 0.17 locks a job by its pool's id
   * (`locked_by`), so abandon() unlocks the jobs these hold.
   */
  readonly #lockIds = new Set<string>();
  readonly #events: WorkerEvents = new EventEmitter() as WorkerEvents;
  readonly #beats: PoolBeats;
  #utils: Promise<WorkerUtils> | undefined;
  #stopped = false;

  constructor(options: PgJobQueueOptions) {
    const onError = options.onError ?? (() => undefined);
    this.#pool = new pg.Pool({ connectionString: options.connectionString, max: 10 });
    // A dropped idle connection must not crash the process; graphile-worker reconnects.
    this.#pool.on('error', (error) => onError(`job queue connection: ${error.message}`));
    this.#pool.on('connect', (client) => {
      client.on('error', (error) => onError(`job queue connection: ${error.message}`));
    });
    this.#schema = options.schema ?? 'graphile_worker';
    if (!/^[a-z_][a-z0-9_]*$/.test(this.#schema)) {
      throw new TypeError(`schema "${this.#schema}": expected a lower-case SQL identifier`);
    }
    this.#beats = new PoolBeats({
      pool: this.#pool,
      schema: this.#schema,
      options: options.beats ?? {},
      unlock: async (ids) => (await this.#helpers()).forceUnlockWorkers(ids),
      onError,
    });
    this.#events.on('pool:create', ({ workerPool }) => {
      this.#lockIds.add(workerPool.id);
      this.#beats
        .add(workerPool.id)
        .catch((error: unknown) => onError(`job queue heartbeat: ${(error as Error).message}`));
    });
    this.#pollMs = options.pollMs ?? 2000;
    this.#logger = new Logger(() => (level, message) => {
      // LogLevel is a `const enum`, which isolated modules (tsx) cannot read: its string values.
      const name: string = level;
      if (name === 'error' || name === 'warning') onError(message);
    });
  }

  /** graphile-worker's helpers; its migrations run once, on first use. */
  #helpers(): Promise<WorkerUtils> {
    this.#utils ??= (async () => {
      const utils = await makeWorkerUtils({
        pgPool: this.#pool,
        schema: this.#schema,
        logger: this.#logger,
      });
      await utils.migrate();
      return utils;
    })();
    return this.#utils;
  }

  /** graphile-worker's helpers, with the heartbeat table and dead pools unlocked. */
  async #ready(): Promise<WorkerUtils> {
    const utils = await this.#helpers();
    await this.#beats.start();
    return utils;
  }

  async enqueue(
    name: string,
    payload: JobPayload,
    options: EnqueueOptions = {},
  ): Promise<string | undefined> {
    checkEnqueue(name, payload, options);
    const utils = await this.#helpers();
    const key = options.singletonKey;
    const job = await utils.addJob(name, payload, {
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      ...(options.runAt !== undefined ? { runAt: options.runAt } : {}),
      // The key's waiting job is updated, not doubled (revision > 0 says so), and its own
      // queue runs the key's jobs one at a time across processes: a lease per key.
      ...(key !== undefined
        ? { jobKey: `${name}:${key}`, jobKeyMode: 'preserve_run_at', queueName: `${name}:${key}` }
        : {}),
    });
    return job.revision > 0 ? undefined : job.id;
  }

  async work(name: string, handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    if (this.#stopped) throw new Error('the job queue is stopped');
    if (this.#runners.has(name)) throw new Error(`job "${name}" already has a handler`);
    const concurrency = options.concurrency ?? 1;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new TypeError(
        `concurrency ${String(concurrency)}: expected a whole number of 1 or more`,
      );
    }
    await this.#ready(); // migrations before the runner, so two runners do not race them
    const task: Task = (payload, helpers) =>
      handler({
        id: helpers.job.id,
        name,
        payload: payload as JobPayload,
        attempt: helpers.job.attempts,
      });
    // One runner per name: it asks only for the tasks it knows, with its own concurrency.
    const runner = await run({
      pgPool: this.#pool,
      schema: this.#schema,
      taskList: { [name]: task },
      concurrency,
      pollInterval: this.#pollMs,
      noHandleSignals: true,
      logger: this.#logger,
      events: this.#events,
    });
    this.#runners.set(name, runner);
  }

  async depth(): Promise<ReadonlyMap<string, number>> {
    await this.#helpers();
    const { rows } = await this.#pool.query<{ name: string; n: string }>(
      `select task_identifier as name, count(*) as n from ${this.#schema}.jobs
        where attempts < max_attempts group by task_identifier`,
    );
    return new Map(rows.map((r) => [r.name, Number(r.n)]));
  }

  /** Finishes the running jobs, then closes the connections. */
  async stop(): Promise<void> {
    await this.#close((runner) => runner.stop());
  }

  /**
   * Stops without finishing, as a process that cannot wait does: the jobs its handlers are
   * running are unlocked at once, so another process takes them up as the next attempt (a
   * process that dies without this leaves them locked until graphile-worker's 4-hour reset).
   * The abandoned handlers are not awaited: they may never end.
   */
  async abandon(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    const runners = [...this.#runners.values()];
    this.#runners.clear();
    // stop() takes no new job at once; its promise waits for the running handlers, so it is
    // not awaited here.
    for (const runner of runners) runner.stop().catch(() => undefined);
    const utils = await this.#helpers();
    await utils.forceUnlockWorkers([...this.#lockIds]);
    await this.#beats.stop();
    await utils.release();
    // The pool's clients held by the abandoned runners end with the process.
  }

  async #close(each: (runner: Runner) => Promise<void>): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await Promise.all([...this.#runners.values()].map(each));
    this.#runners.clear();
    await this.#beats.stop();
    if (this.#utils !== undefined) await (await this.#utils).release();
    await this.#pool.end();
  }
}
