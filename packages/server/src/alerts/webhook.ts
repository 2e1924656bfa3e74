/**
 * @module alerts/webhook
 * Alerts to subscribers (issue 16 item 3): a JSON alert POSTed to a webhook URL, signed with
 * HMAC-SHA256 over `<timestamp>.<body>` (the timestamp in the signed text stops replays of an
 * old body; receivers reject timestamps older than a few minutes), retried with exponential
 * backoff on network errors, 5xx and 429, and every attempt written to a delivery log.
 * Also an e-mail-ready rendering of the same alert (subject + plain text) for a mailer.
 *
 * Header: `X-Coopsec-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`.
 * Verify with {@link verifySignature} (constant-time compare).
 *
 * Delivery sits behind {@link AlertDelivery} so that a job queue can run it later; the
 * in-process runner here retries with timers.
 *
 * @example
 * const log: DeliveryAttempt[] = [];
 * await deliverWebhook({ url, secret, alert }, { log: (a) => log.push(a) });
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-coopsec-signature';

export interface Alert {
  readonly id: string;
  /** The indicator that was seen, and where its sighting was stored. */
  readonly indicatorId: string;
  readonly indicatorName?: string;
  readonly collectionId: string;
  readonly sightedBy: string;
  readonly count: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly matched?: { readonly type: string; readonly value: string };
  readonly sightingId?: string;
}

/** An advisory affects what the organisation runs (issue 17 item 4). */
export interface InventoryAlert {
  readonly id: string;
  readonly kind: 'inventory';
  readonly orgId: string;
  readonly collectionId: string;
  /** The advisory's STIX report id, and its CSAF tracking id and title. */
  readonly advisoryId: string;
  readonly trackingId: string;
  readonly title: string;
  readonly tlp?: string;
  readonly cve?: string;
  /** The inventory entry found affected. */
  readonly identifier: string;
  readonly version: string;
  readonly status: string;
  readonly raisedAt: string;
}

export interface WebhookTarget {
  readonly url: string;
  /** Shared secret of the subscription; never logged. */
  readonly secret: string;
  readonly alert: Alert | InventoryAlert;
}

/** The body's `type`: a sighting alert or an inventory alert; receivers dispatch on it. */
export const webhookType = (alert: Alert | InventoryAlert): string =>
  'kind' in alert ? 'coopsec.inventory-alert' : 'coopsec.alert';

export interface DeliveryAttempt {
  readonly alertId: string;
  readonly url: string;
  readonly attempt: number;
  readonly at: string;
  readonly outcome: 'delivered' | 'retry' | 'failed';
  readonly httpStatus?: number;
  readonly error?: string;
}

export interface DeliveryOptions {
  /** Attempts in all (default 5). */
  readonly attempts?: number;
  /** First wait; doubled after each failure (default 1 s: 1, 2, 4, 8 s). */
  readonly backoffMs?: number;
  readonly timeoutMs?: number;
  readonly log: (attempt: DeliveryAttempt) => void | Promise<void>;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** What runs deliveries: in process now, a job queue later. */
export interface AlertDelivery {
  deliver(target: WebhookTarget): Promise<DeliveryAttempt>;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signature(secret, timestamp, body)}`;
}

/** Checks a signature header (and its age, default at most 300 s) against the body. */
export function verifySignature(options: {
  secret: string;
  header: string | undefined;
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(options.header ?? '');
  if (m === null) return false;
  const t = Number(m[1]);
  if (Math.abs(options.nowSeconds - t) > (options.toleranceSeconds ?? 300)) return false;
  const want = Buffer.from(signature(options.secret, t, options.body), 'hex');
  return timingSafeEqual(want, Buffer.from(m[2] ?? '', 'hex'));
}

const retryable = (status: number) => status >= 500 || status === 429 || status === 408;

/** POSTs the alert until it is accepted (2xx), refused for good (other 4xx) or attempts run out. */
export async function deliverWebhook(
  target: WebhookTarget,
  options: DeliveryOptions,
): Promise<DeliveryAttempt> {
  const attempts = options.attempts ?? 5;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const body = JSON.stringify({ type: webhookType(target.alert), alert: target.alert });
  let wait = options.backoffMs ?? 1000;
  let last: DeliveryAttempt | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const t = Math.floor(now() / 1000);
    const base = {
      alertId: target.alert.id,
      url: target.url,
      attempt,
      at: new Date(now()).toISOString(),
    };
    let outcome: DeliveryAttempt;
    try {
      const r = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(target.secret, t, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await r.body?.cancel();
      outcome = r.ok
        ? { ...base, outcome: 'delivered', httpStatus: r.status }
        : {
            ...base,
            outcome: retryable(r.status) && attempt < attempts ? 'retry' : 'failed',
            httpStatus: r.status,
          };
    } catch (error) {
      outcome = {
        ...base,
        outcome: attempt < attempts ? 'retry' : 'failed',
        error: error instanceof Error ? error.message : String(error),
      };
    }
    await options.log(outcome);
    last = outcome;
    if (outcome.outcome !== 'retry') return outcome;
    await sleep(wait);
    wait *= 2;
  }
  return (
    last ?? {
      alertId: target.alert.id,
      url: target.url,
      attempt: 0,
      at: new Date(now()).toISOString(),
      outcome: 'failed',
    }
  );
}

/** The in-process runner of deliveries. */
export function inProcessDelivery(options: DeliveryOptions): AlertDelivery {
  return { deliver: (target) => deliverWebhook(target, options) };
}

/** The alert as an e-mail a mailer can send: subject and plain text, no HTML, no secrets. */
export function alertEmail(alert: Alert): { subject: string; text: string } {
  const what = alert.indicatorName ?? alert.indicatorId;
  const lines = [
    `Indicator ${what} was seen ${alert.count} time${alert.count === 1 ? '' : 's'} by ${alert.sightedBy}.`,
    '',
    `Indicator:   ${alert.indicatorId}`,
    `Collection:  ${alert.collectionId}`,
    `First seen:  ${alert.firstSeen}`,
    `Last seen:   ${alert.lastSeen}`,
    ...(alert.matched !== undefined
      ? [`Matched:     ${alert.matched.type} ${alert.matched.value}`]
      : []),
    ...(alert.sightingId !== undefined ? [`Sighting:    ${alert.sightingId}`] : []),
  ];
  return {
    subject: `[coopsec] ${what} seen ${alert.count}× by ${alert.sightedBy}`,
    text: `${lines.join('\n')}\n`,
  };
}
