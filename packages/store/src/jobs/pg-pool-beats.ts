/**
 * @module jobs/pg-pool-beats
 * Heartbeats of the graphile-worker pools of every server process on one PostgreSQL database,
 * so that the jobs held by a process that died are taken up again within a minute instead of
 * after graphile-worker 0.17's four-hour lock reset.
 *
 * Why: graphile-worker locks a job (and its named queue) with its pool's id and releases the
 * lock when the pool stops; a process killed by SIGKILL, the OOM killer or a lost host never
 * stops its pool. Each live pool therefore writes `beat_at = now()` every `beatMs`; any process
 * that finds a pool silent for `deadAfterMs` deletes its row and force-unlocks its jobs
 * (`force_unlock_workers`, graphile-worker's own function), so they run again as their next
 * attempt. The database's clock is used, so clock skew between hosts does not matter.
 * A pool alive but stalled for `deadAfterMs` may see its job run twice; coopsec's jobs are safe
 * to repeat (a version received twice changes nothing), which is why the default is generous.
 */
import type pg from 'pg';

export interface PoolBeatOptions {
  /** How often each live pool beats, in ms (default 10 s). */
  readonly beatMs?: number;
  /** Silence after which a pool is taken for dead, in ms (default 60 s). */
  readonly deadAfterMs?: number;
}

export const DEFAULT_BEAT_MS = 10_000;
export const DEFAULT_DEAD_AFTER_MS = 60_000;

export class PoolBeats {
  readonly #pool: pg.Pool;
  readonly #table: string;
  readonly #beatMs: number;
  readonly #deadAfterMs: number;
  readonly #unlock: (poolIds: string[]) => Promise<void>;
  readonly #onError: (message: string) => void;
  readonly #mine = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #ready: Promise<void> | undefined;

  constructor(input: {
    pool: pg.Pool;
    schema: string;
    options: PoolBeatOptions;
    unlock: (poolIds: string[]) => Promise<void>;
    onError: (message: string) => void;
  }) {
    this.#pool = input.pool;
    this.#table = `${input.schema}.coopsec_worker_pool`;
    this.#beatMs = input.options.beatMs ?? DEFAULT_BEAT_MS;
    this.#deadAfterMs = input.options.deadAfterMs ?? DEFAULT_DEAD_AFTER_MS;
    for (const [field, value] of [
      ['beatMs', this.#beatMs],
      ['deadAfterMs', this.#deadAfterMs],
    ] as const) {
      if (!Number.isInteger(value) || value < 1)
        throw new TypeError(`${field} ${String(value)}: expected a whole number of ms, 1 or more`);
    }
    if (this.#deadAfterMs <= this.#beatMs)
      throw new TypeError(
        `deadAfterMs ${this.#deadAfterMs}: must be longer than beatMs ${this.#beatMs}`,
      );
    this.#unlock = input.unlock;
    this.#onError = input.onError;
  }

  /** Creates the table (once) and starts beating and looking for dead pools. */
  start(): Promise<void> {
    this.#ready ??= (async () => {
      await this.#pool
        .query(
          `create table if not exists ${this.#table} (id text primary key, beat_at timestamptz not null)`,
        )
        .catch((error: unknown) => {
          // Two processes starting at once: `if not exists` is not atomic in PostgreSQL, the
          // loser fails on the catalogue's unique index (23505) or as a duplicate table (42P07).
          const code = (error as { code?: string }).code;
          if (code !== '23505' && code !== '42P07') throw error;
        });
      await this.reapDead(); // a restart takes up at once what a pool that died long ago held
      this.#timer = setInterval(() => {
        this.#tick().catch((error: unknown) =>
          this.#onError(`job queue heartbeat: ${(error as Error).message}`),
        );
      }, this.#beatMs);
      this.#timer.unref();
    })();
    return this.#ready;
  }

  /** Records a new pool of this process as alive. */
  async add(poolId: string): Promise<void> {
    await this.start();
    this.#mine.add(poolId);
    await this.#pool.query(
      `insert into ${this.#table} (id, beat_at) values ($1, now())
         on conflict (id) do update set beat_at = now()`,
      [poolId],
    );
  }

  /** Unlocks the jobs of pools silent for longer than `deadAfterMs`; returns their ids. */
  async reapDead(): Promise<string[]> {
    const { rows } = await this.#pool.query<{ id: string }>(
      `delete from ${this.#table}
        where beat_at < now() - make_interval(secs => $1::double precision / 1000)
          and not (id = any($2::text[]))
        returning id`,
      [this.#deadAfterMs, [...this.#mine]],
    );
    const dead = rows.map((r) => r.id);
    if (dead.length > 0) await this.#unlock(dead);
    return dead;
  }

  async #tick(): Promise<void> {
    if (this.#mine.size > 0)
      await this.#pool.query(`update ${this.#table} set beat_at = now() where id = any($1)`, [
        [...this.#mine],
      ]);
    await this.reapDead();
  }

  /** Stops beating and forgets this process's pools (their locks are released by the caller). */
  async stop(): Promise<void> {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#ready === undefined) return;
    await this.#ready.catch(() => undefined);
    if (this.#mine.size > 0)
      await this.#pool.query(`delete from ${this.#table} where id = any($1)`, [[...this.#mine]]);
    this.#mine.clear();
  }
}
