/**
 * @module jobs
 * The background job queue as the use cases see it (issue 13 item 3): one interface, kept by
 * the embedded SQLite queue and by the PostgreSQL one. The contract is declared in the store,
 * which is below this package and holds both implementations, and re-exported here so that
 * use cases and adapters depend on `@coopsec/app` for it. The job names background work uses
 * are listed once, here.
 */
export type {
  JobQueue,
  Job,
  JobHandler,
  JobPayload,
  EnqueueOptions,
  WorkOptions,
} from '@coopsec/store';

/** The names of coopsec's background jobs. */
export const JOB_NAMES = {
  /** Pull one federation peer's collections; payload `{ peerId }`, singleton key the peer. */
  federationSync: 'federation.sync',
  /** Deliver one alert to one webhook subscription; payload `{ alertId, subscriptionId }`. */
  alertDelivery: 'alerts.deliver',
} as const;
