/**
 * @module alerts/delivery-state
 * Where one alert's webhook delivery stands, read from its delivery log: each subscription's
 * last attempt says how that delivery ended (or that it waits for a retry). With nothing
 * logged, whether an enabled subscription would receive it tells "not yet" from "nowhere to go".
 */
import type { DeliveryRecord } from '@coopsec/store';
import type { DeliveryState } from '../rest/schemas/answers/alerts.ts';

export function deliveryState(log: readonly DeliveryRecord[], subscribed: boolean): DeliveryState {
  if (log.length === 0) return subscribed ? 'pending' : 'unsubscribed';
  const last = new Map<string, string>();
  for (const d of log) last.set(d.subscriptionId, d.outcome); // the log is in order
  const outcomes = [...last.values()];
  if (outcomes.includes('retry')) return 'retrying';
  if (outcomes.every((o) => o === 'delivered')) return 'delivered';
  return 'failed';
}
