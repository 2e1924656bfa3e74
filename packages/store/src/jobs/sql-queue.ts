/**
 * @module jobs/sql-queue
 * The embedded job queue: a table (migration 0008-jobs) worked by the process that owns the
 * SQLite file (one server per file, server-lock.ts). A claimed job holds a lease that the
 * worker renews while the handler runs; a job whose process crashed keeps its row as
 * `running` until the lease ends, then the next worker (after a restart) takes it again.
 * A failed attempt is retried after an exponential backoff; after the last one the row stays
 * as `failed` with the error: the failure record. Claiming is one `UPDATE … RETURNING` on a
 * sub-select, so a job goes to one worker even with several queues on one database.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import {
  checkEnqueue,
  DEFAULT_MAX_ATTEMPTS,
  type EnqueueOptions,
  type JobHandler,
  type JobPayload,
  type JobQueue,
  type WorkOptions,
} from './job-queue.ts';

export interface SqlJobQueueOptions {
  /** How often idle workers look for due jobs, in ms (default 1000). */
  readonly pollMs?: number;
  /** How long a claimed job is held without renewal, in ms (default 60 000). */
  readonly leaseMs?: number;
  /** The first retry's delay in ms, doubled per attempt up to an hour (default 1000). */
  readonly backoffMs?: number;
  /** Told of errors the queue cannot hand to a caller (a lost lease, a closed database). */
  readonly onError?: (error: unknown) => void;
}

interface Worker {
  readonly handler: JobHandler;
  readonly concurrency: number;
  active: number;
  pumping: boolean;
}

const MAX_BACKOFF_MS = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

export class SqlJobQueue implements JobQueue {
  readonly #db: Kysely<Database>;
  readonly #id = randomUUID();
  readonly #pollMs: number;
  readonly #leaseMs: number;
  readonly #backoffMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #workers = new Map<string, Worker>();
  readonly #running = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(store: { readonly db: Kysely<Database> }, options: SqlJobQueueOptions = {}) {
    this.#db = store.db;
    this.#pollMs = options.pollMs ?? 1000;
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#backoffMs = options.backoffMs ?? 1000;
    this.#onError = options.onError ?? (() => undefined);
    for (const [field, value] of [
      ['pollMs', this.#pollMs],
      ['leaseMs', this.#leaseMs],
      ['backoffMs', this.#backoffMs],
    ] as const) {
      if (!Number.isFinite(value) || value <= 0) {
        throw new TypeError(`${field} ${String(value)}: expected a positive number of ms`);
      }
    }
  }

  async enqueue(
    name: string,
    payload: JobPayload,
    options: EnqueueOptions = {},
  ): Promise<string | undefined> {
    const text = checkEnqueue(name, payload, options);
    const id = randomUUID();
    const now = Date.now();
    const inserted = await this.#db
      .insertInto('job')
      .values({
        id,
        name,
        payload: text,
        singleton_key: options.singletonKey ?? null,
        state: 'queued',
        max_attempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        run_at: iso(options.runAt?.getTime() ?? now),
        created_at: iso(now),
      })
      // The partial unique index job_singleton refuses a second unfinished job with the key.
      .onConflict((c) => c.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted === undefined) return undefined;
    if ((options.runAt?.getTime() ?? now) <= now) this.#pump(name);
    return id;
  }

  work(name: string, handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    if (this.#stopped) throw new Error('the job queue is stopped');
    if (this.#workers.has(name)) throw new Error(`job "${name}" already has a handler`);
    const concurrency = options.concurrency ?? 1;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new TypeError(
        `concurrency ${String(concurrency)}: expected a whole number of 1 or more`,
      );
    }
    this.#workers.set(name, { handler, concurrency, active: 0, pumping: false });
    this.#timer ??= setInterval(() => {
      for (const each of this.#workers.keys()) this.#pump(each);
    }, this.#pollMs);
    this.#timer.unref();
    this.#pump(name);
    return Promise.resolve();
  }

  async depth(): Promise<ReadonlyMap<string, number>> {
    const rows = await this.#db
      .selectFrom('job')
      .select(['name', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('state', 'in', ['queued', 'running'])
      .groupBy('name')
      .execute();
    return new Map(rows.map((r) => [r.name, Number(r.n)]));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  /** Claims and starts due jobs of `name` until its concurrency is reached or none is due. */
  #pump(name: string): void {
    const worker = this.#workers.get(name);
    if (worker === undefined || worker.pumping || this.#stopped) return;
    worker.pumping = true;
    const pumping = (async () => {
      while (!this.#stopped && worker.active < worker.concurrency) {
        const job = await this.#claim(name);
        if (job === undefined) break;
        worker.active++;
        const run = this.#run(name, worker, job).finally(() => {
          worker.active--;
          this.#running.delete(run);
          this.#pump(name);
        });
        this.#running.add(run);
      }
    })()
      .catch(this.#onError)
      .finally(() => {
        worker.pumping = false;
        this.#running.delete(pumping);
      });
    this.#running.add(pumping);
  }

  async #claim(name: string) {
    const now = Date.now();
    const due = this.#db
      .selectFrom('job')
      .select('id')
      .where('name', '=', name)
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', iso(now))]),
          // a running job whose lease ran out: its worker is gone (crash) or stuck
          eb.and([eb('state', '=', 'running'), eb('locked_until', '<', iso(now))]),
        ]),
      )
      .orderBy('run_at')
      .orderBy('created_at')
      .limit(1);
    return this.#db
      .updateTable('job')
      .set((eb) => ({
        state: 'running',
        attempts: eb('attempts', '+', 1),
        locked_by: this.#id,
        locked_until: iso(now + this.#leaseMs),
      }))
      .where('id', '=', (eb) => eb.selectFrom(due.as('due')).select('due.id'))
      .returning(['id', 'payload', 'attempts', 'max_attempts'])
      .executeTakeFirst();
  }

  async #run(
    name: string,
    worker: Worker,
    job: { id: string; payload: string; attempts: number; max_attempts: number },
  ): Promise<void> {
    const mine = { id: job.id, by: this.#id };
    if (job.attempts > job.max_attempts) {
      // Its last attempt was interrupted (lease expired): record the failure, do not run it.
      await this.#fail(mine, `interrupted on attempt ${job.max_attempts} (lease expired)`, true);
      return;
    }
    const renew = setInterval(
      () => {
        this.#db
          .updateTable('job')
          .set({ locked_until: iso(Date.now() + this.#leaseMs) })
          .where('id', '=', mine.id)
          .where('locked_by', '=', mine.by)
          .execute()
          .catch(this.#onError);
      },
      Math.max(10, Math.floor(this.#leaseMs / 3)),
    );
    renew.unref();
    try {
      await worker.handler({
        id: job.id,
        name,
        payload: JSON.parse(job.payload) as JobPayload,
        attempt: job.attempts,
      });
      clearInterval(renew);
      await this.#db
        .deleteFrom('job')
        .where('id', '=', mine.id)
        .where('locked_by', '=', mine.by)
        .execute();
    } catch (error) {
      clearInterval(renew);
      const last = job.attempts >= job.max_attempts;
      const message = error instanceof Error ? error.message : String(error);
      await this.#fail(mine, message, last, job.attempts).catch(this.#onError);
    }
  }

  async #fail(
    mine: { id: string; by: string },
    message: string,
    last: boolean,
    attempt = 0,
  ): Promise<void> {
    const now = Date.now();
    const delay = Math.min(MAX_BACKOFF_MS, this.#backoffMs * 2 ** Math.max(0, attempt - 1));
    await this.#db
      .updateTable('job')
      .set({
        state: last ? 'failed' : 'queued',
        run_at: last ? sql<string>`run_at` : iso(now + delay),
        locked_by: null,
        locked_until: null,
        last_error: message.slice(0, 2000),
        finished_at: last ? iso(now) : null,
      })
      .where('id', '=', mine.id)
      .where('locked_by', '=', mine.by)
      .execute();
  }
}
