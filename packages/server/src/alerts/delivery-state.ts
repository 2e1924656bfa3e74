/**
 * @module alerts/delivery-state
 * Where one alert's webhook delivery stands, read from its delivery log: each subscription's
 * last attempt says how that delivery ended (or that it waits for a retry). With nothing
 * logged, the subscriptions tell "not yet" from "nowhere to go": an alert is sent once, when it
 * is taken up, to the subscriptions existing then, so one taken up before any of today's
 * subscriptions existed is never delivered (alerts/inventory-delivery.ts).
 */
import type { DeliveryRecord } from '@coopsec/store';
import type { DeliveryState } from '../rest/schemas/answers/alerts.ts';

export interface DeliveryContext {
  /** Creation times of the enabled subscriptions that would receive the alert now. */
  readonly subscribedAt: readonly string[];
  /** When the alert was taken up for delivery, if it was. */
  readonly claimedAt?: string | undefined;
}

export function deliveryState(log: readonly DeliveryRecord[], c: DeliveryContext): DeliveryState {
  if (log.length === 0) {
    const claimed = c.claimedAt;
    const receiving =
      claimed === undefined ? c.subscribedAt : c.subscribedAt.filter((at) => at <= claimed);
    return receiving.length > 0 ? 'pending' : 'unsubscribed';
  }
  const last = new Map<string, string>();
  for (const d of log) last.set(d.subscriptionId, d.outcome); // the log is in order
  const outcomes = [...last.values()];
  if (outcomes.includes('retry')) return 'retrying';
  if (outcomes.every((o) => o === 'delivered')) return 'delivered';
  return 'failed';
}
