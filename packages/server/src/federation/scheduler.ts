/**
 * @module federation/scheduler
 * Runs each peer's sync in the background when one of its links is due (its schedule since the
 * last run), one peer at a time. After a failed run the peer is retried sooner, with a pause
 * that doubles from 15 s up to the link's schedule (retries with backoff). Within a run, each
 * request is retried by the TAXII client (network errors, 429, 5xx).
 *
 * On several server processes over one PostgreSQL database each would run the schedule: a run
 * is safe to repeat (a version received twice changes nothing) but wasteful; the job queue of
 * the scale-out work is where this moves so that each run happens once.
 */
import { FederationRepository, type Store } from '@coopsec/store';
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
}

const FIRST_RETRY_MS = 15_000;

export function startScheduler(options: SchedulerOptions): Scheduler {
  const repo = new FederationRepository(options.store);
  const failures = new Map<string, number>();
  let running: Promise<void> | undefined;
  let stopped = false;

  async function runDue(): Promise<void> {
    const now = Date.now();
    const links = await repo.links();
    const due = new Set(
      links
        .filter((l) => l.nextRunAt === null || Date.parse(l.nextRunAt) <= now)
        .map((l) => l.peerId),
    );
    for (const peerId of due) {
      if (stopped) return;
      const peer = await repo.getPeer(peerId);
      if (peer === undefined || !peer.enabled) continue;
      const runs = await syncPeer({ store: options.store, secrets: options.secrets }, peerId);
      const failed = runs.some((r) => r.outcome !== 'ok');
      const count = failed ? (failures.get(peerId) ?? 0) + 1 : 0;
      failures.set(peerId, count);
      for (const link of links.filter((l) => l.peerId === peerId)) {
        const schedule = link.intervalSeconds * 1000;
        const wait = failed ? Math.min(schedule, FIRST_RETRY_MS * 2 ** (count - 1)) : schedule;
        await repo.updateLink(link, { nextRunAt: new Date(Date.now() + wait).toISOString() });
      }
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
