/**
 * @module federation/scheduler
 * Runs each peer's sync in the background when one of its links is due (its schedule since the
 * last run), one peer at a time. After a failed run the peer is retried sooner, with a pause
 * that doubles from 15 s up to the link's schedule (retries with backoff). Within a run, each
 * request is retried by the TAXII client (network errors, 429, 5xx).
 *
 * With a job queue (issue 13 item 3), every process's tick only enqueues a `federation.sync`
 * job per due peer, keyed by the peer: the queue keeps one waiting job per peer and, over
 * PostgreSQL, runs one peer's jobs one at a time across all processes. The job checks again
 * that the peer is due when it starts, so a tick that read the schedule just before another
 * process's run finished adds no second run. Without a queue, the tick runs the syncs itself.
 */
import { FederationRepository, type JobQueue, type Store } from '@coopsec/store';
import type { SecretBox } from './secrets.ts';
import { syncPeer } from './sync.ts';

export interface Scheduler {
  /** Runs every due peer once now (also what each tick does). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  readonly store: Store;
  readonly secrets: SecretBox;
  /** How often to look for due links (default 5 s). */
  readonly tickMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Runs the syncs as queue jobs (each once across processes); stopped by the caller. */
  readonly queue?: JobQueue;
}

export const FEDERATION_SYNC_JOB = 'federation.sync';

const FIRST_RETRY_MS = 15_000;

export function startScheduler(options: SchedulerOptions): Scheduler {
  const repo = new FederationRepository(options.store);
  const failures = new Map<string, number>();
  let running: Promise<void> | undefined;
  let stopped = false;
  const queue = options.queue;
  const working = queue?.work(
    FEDERATION_SYNC_JOB,
    async (job) => {
      const peer = (job.payload as { peer?: unknown }).peer;
      if (typeof peer === 'string' && !stopped) await syncIfDue(peer);
    },
    { concurrency: 2 },
  );
  working?.catch((error: unknown) => options.onError?.(error));

  async function duePeers(): Promise<Set<string>> {
    const now = Date.now();
    const links = await repo.links();
    return new Set(
      links
        .filter((l) => l.nextRunAt === null || Date.parse(l.nextRunAt) <= now)
        .map((l) => l.peerId),
    );
  }

  async function syncIfDue(peerId: string): Promise<void> {
    if (!(await duePeers()).has(peerId)) return;
    const peer = await repo.getPeer(peerId);
    if (peer === undefined || !peer.enabled) return;
    const runs = await syncPeer({ store: options.store, secrets: options.secrets }, peerId);
    const failed = runs.some((r) => r.outcome !== 'ok');
    const count = failed ? (failures.get(peerId) ?? 0) + 1 : 0;
    failures.set(peerId, count);
    for (const link of (await repo.links()).filter((l) => l.peerId === peerId)) {
      const schedule = link.intervalSeconds * 1000;
      const wait = failed ? Math.min(schedule, FIRST_RETRY_MS * 2 ** (count - 1)) : schedule;
      await repo.updateLink(link, { nextRunAt: new Date(Date.now() + wait).toISOString() });
    }
  }

  async function runDue(): Promise<void> {
    for (const peerId of await duePeers()) {
      if (stopped) return;
      if (queue === undefined) await syncIfDue(peerId);
      else await queue.enqueue(FEDERATION_SYNC_JOB, { peer: peerId }, { singletonKey: peerId });
    }
  }

  const tick = async () => {
    if (running !== undefined) return running;
    running = runDue()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 5_000);
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
