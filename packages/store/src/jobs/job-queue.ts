/**
 * @module jobs/job-queue
 * The background job queue's contract (issue 13 item 3): federation sync, alert delivery,
 * matcher refresh and scheduled imports are enqueued by name with a JSON payload and run by
 * whichever process works that name, once. Two implementations keep it: `SqlJobQueue` (a table,
 * the embedded SQLite default) and `PgJobQueue` (graphile-worker, several processes over one
 * PostgreSQL database). It is declared here, beside both, because the store is below the use
 * cases (`@coopsec/app` depends on `@coopsec/store`); `@coopsec/app` re-exports it as its port.
 *
 * @example
 * await queue.work('federation.sync', async (job) => sync(job.payload), { concurrency: 2 });
 * await queue.enqueue('federation.sync', { peer: 'p1' }, { singletonKey: 'p1' });
 * await queue.stop(); // waits for the running jobs
 */

import { CoopsecError } from '@coopsec/model';

/** A JSON value: what a payload may hold (it crosses processes as JSON text). */
export type JobPayload =
  string | number | boolean | null | readonly JobPayload[] | { readonly [key: string]: JobPayload };

export interface EnqueueOptions {
  /**
   * At most one unfinished job of this name has this key: enqueueing again while one waits
   * adds nothing (the waiting one stands). On PostgreSQL, jobs with one key also never run at
   * the same time (a lease per key).
   */
  readonly singletonKey?: string;
  /** Not before this time (default now). */
  readonly runAt?: Date;
  /** Attempts before the job is recorded as failed (default 5). */
  readonly maxAttempts?: number;
}

export interface Job<TPayload extends JobPayload = JobPayload> {
  readonly id: string;
  readonly name: string;
  readonly payload: TPayload;
  /** 1 on the first run. */
  readonly attempt: number;
}

/** Runs one job; a thrown error (or rejection) is a failed attempt, retried with backoff. */
export type JobHandler<TPayload extends JobPayload = JobPayload> = (
  job: Job<TPayload>,
) => Promise<void>;

export interface WorkOptions {
  /** Jobs of this name run at once in this process (default 1). */
  readonly concurrency?: number;
}

export interface JobQueue {
  /**
   * Adds a job; resolves with its id, or undefined when a job with the same singleton key
   * is already waiting. Throws BAD_INPUT for an empty name or a payload that is not JSON.
   */
  enqueue(name: string, payload: JobPayload, options?: EnqueueOptions): Promise<string | undefined>;
  /** Starts running the jobs of `name` in this process. One handler per name. */
  work(name: string, handler: JobHandler, options?: WorkOptions): Promise<void>;
  /** Jobs waiting to run (due or not), by name: for the queue-depth metric. */
  depth(): Promise<ReadonlyMap<string, number>>;
  /** Takes no new job and resolves when the running ones have finished. */
  stop(): Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** Checks what every implementation refuses alike, naming the field and the reason. */
export function checkEnqueue(name: string, payload: JobPayload, options: EnqueueOptions): string {
  if (!/^[a-z][a-z0-9._:-]{0,99}$/i.test(name)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `job name "${name}": expected a letter then letters, digits, '.', '_', ':' or '-' (100 at most)`,
    );
  }
  const max = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(max) || max < 1) {
    throw new CoopsecError(
      'BAD_INPUT',
      `maxAttempts ${String(max)}: expected a whole number of 1 or more`,
    );
  }
  if (options.runAt !== undefined && Number.isNaN(options.runAt.getTime())) {
    throw new CoopsecError('BAD_INPUT', 'runAt: not a valid date');
  }
  const text = JSON.stringify(payload);
  if (typeof text !== 'string') throw new CoopsecError('BAD_INPUT', 'payload: not a JSON value');
  return text;
}
