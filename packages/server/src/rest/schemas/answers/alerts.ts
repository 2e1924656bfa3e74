/**
 * @module rest/schemas/answers/alerts
 * Answers of routes/alerts.ts for inventory alerts (issue 17 item 4): the organisation's alerts
 * with where their webhook delivery stands (`GET /api/alerts/inventory`), and one alert's
 * delivery log (`GET /api/alerts/inventory/:id/deliveries`).
 */
import { z } from 'zod';
import { list } from './common.ts';

/**
 * Where an alert's webhook delivery stands, from its log and the organisation's subscriptions:
 * `delivered` (every subscription's last attempt accepted), `retrying` (one is waiting for its
 * next attempt), `failed` (one gave up), `pending` (nothing attempted yet, a subscription
 * exists) or `unsubscribed` (nothing attempted and no enabled subscription would receive it).
 */
export const DELIVERY_STATES = [
  'delivered',
  'retrying',
  'failed',
  'pending',
  'unsubscribed',
] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const inventoryAlertsAnswer = z.object({
  alerts: list(
    z.object({
      id: z.string(),
      orgId: z.string(),
      collectionId: z.string(),
      advisoryId: z.string(),
      trackingId: z.string(),
      title: z.string(),
      tlp: z.string().optional(),
      cve: z.string().optional(),
      identifier: z.string(),
      version: z.string(),
      status: z.string(),
      createdAt: z.string(),
      delivery: z.object({
        state: z.enum(DELIVERY_STATES),
        attempts: z.int().meta({ description: 'delivery attempts logged, all subscriptions' }),
      }),
    }),
  ),
});

export const inventoryAlertDeliveriesAnswer = z.object({
  deliveries: list(
    z.object({
      alertId: z.string(),
      subscriptionId: z.string(),
      attempt: z.int(),
      outcome: z.string(),
      httpStatus: z.int().optional(),
      error: z.string().optional(),
      at: z.string(),
    }),
  ),
});

export type InventoryAlertsAnswer = z.output<typeof inventoryAlertsAnswer>;
export type InventoryAlertAnswer = InventoryAlertsAnswer['alerts'][number];
export type InventoryAlertDeliveriesAnswer = z.output<typeof inventoryAlertDeliveriesAnswer>;
