/**
 * @module alerts/inventory-delivery
 * Inventory alerts to the organisations' webhooks (issue 17 item 4 through issue 16's
 * alerting), in the background of every server process:
 *  - every `deliverEveryMs` (default 2 s), alerts not yet taken up are claimed (each by one
 *    process only, `InventoryAlertRepository.claimUndelivered`) and POSTed, signed, to the
 *    organisation's enabled subscriptions (all collections, or the advisories' one), with the
 *    retries and the delivery log of `webhook.ts`;
 *  - every `sweepEveryMs` (default 60 s), `raiseInventoryAlerts` runs over every inventory:
 *    imports raise their alerts at once, but advisories can also arrive over TAXII or from a
 *    federation peer, and a grant or an agreement can newly let an organisation read one.
 * An alert raised while no server runs (a CLI import) is delivered when one starts. An alert
 * whose process stopped mid-delivery stays claimed (its log shows how far it got); it is not
 * sent twice.
 */
import { raiseInventoryAlerts } from '@coopsec/app';
import {
  AlertRepository,
  InventoryAlertRepository,
  type StoredInventoryAlert,
  type Store,
} from '@coopsec/store';
import { deliverWebhook, type InventoryAlert } from './webhook.ts';

export interface InventoryAlertDeliveryOptions {
  readonly store: Store;
  readonly deliverEveryMs?: number;
  readonly sweepEveryMs?: number;
  /** First retry wait of a failed delivery (doubled after each). */
  readonly backoffMs?: number;
  readonly onError?: (error: unknown) => void;
}

export interface InventoryAlertDelivery {
  /** Claims and delivers what is due now (what each timer tick does). */
  deliverDue(): Promise<void>;
  stop(): Promise<void>;
}

const CLAIM_BATCH = 50;

export function payloadOf(a: StoredInventoryAlert): InventoryAlert {
  return {
    id: a.id,
    kind: 'inventory',
    orgId: a.orgId,
    collectionId: a.collectionId,
    advisoryId: a.advisoryId,
    trackingId: a.trackingId,
    title: a.title,
    ...(a.tlp !== undefined ? { tlp: a.tlp } : {}),
    ...(a.cve !== undefined ? { cve: a.cve } : {}),
    identifier: a.identifier,
    version: a.version,
    status: a.status,
    raisedAt: a.createdAt,
  };
}

export function startInventoryAlertDelivery(
  options: InventoryAlertDeliveryOptions,
): InventoryAlertDelivery {
  const alerts = new InventoryAlertRepository(options.store);
  const subscriptions = new AlertRepository(options.store);
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;
  let busy: Promise<void> | undefined;

  const report = (error: unknown) => options.onError?.(error);

  async function deliverDue(): Promise<void> {
    for (;;) {
      const claimed = await alerts.claimUndelivered(CLAIM_BATCH);
      for (const alert of claimed) {
        const subs = await subscriptions.subscriptionsFor(alert.orgId, alert.collectionId);
        for (const sub of subs) {
          const sending = deliverWebhook(
            { url: sub.url, secret: sub.secret, alert: payloadOf(alert) },
            {
              backoffMs: options.backoffMs ?? 1000,
              sleep: (ms) => new Promise((r) => setTimeout(r, stopped ? 0 : ms)),
              log: (a) =>
                alerts.logDelivery({
                  alertId: a.alertId,
                  subscriptionId: sub.id,
                  attempt: a.attempt,
                  outcome: a.outcome,
                  httpStatus: a.httpStatus,
                  error: a.error,
                  at: a.at,
                }),
            },
          ).catch(report);
          inFlight.add(sending);
          void sending.finally(() => inFlight.delete(sending));
        }
      }
      if (claimed.length < CLAIM_BATCH || stopped) return;
    }
  }

  // One pass at a time: a slow database must not pile up overlapping ticks.
  const once = (work: () => Promise<unknown>) => () => {
    if (stopped || busy !== undefined) return;
    busy = work()
      .then(() => undefined, report)
      .finally(() => {
        busy = undefined;
      });
  };
  const deliverTimer = setInterval(once(deliverDue), options.deliverEveryMs ?? 2000);
  const sweepTimer = setInterval(
    once(async () => {
      await raiseInventoryAlerts(options.store);
      await deliverDue();
    }),
    options.sweepEveryMs ?? 60_000,
  );
  deliverTimer.unref();
  sweepTimer.unref();

  return {
    deliverDue,
    stop: async () => {
      stopped = true;
      clearInterval(deliverTimer);
      clearInterval(sweepTimer);
      await busy;
      // Deliveries under way finish their current attempt; retries no longer wait.
      await Promise.allSettled([...inFlight]);
    },
  };
}
