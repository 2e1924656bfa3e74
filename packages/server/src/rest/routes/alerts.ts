/**
 * @module rest/routes/alerts
 * The caller's organisation's alerts and webhook subscriptions (issue 16 item 3):
 * - `GET /api/alerts?collection=&indicator=&limit=`: newest first, filtered;
 * - `GET /api/alerts/:id/deliveries`: the delivery log of one of its alerts;
 * - `GET /api/alerts/inventory?advisory=&org=&limit=`: advisories affecting the organisation's
 *   inventory (issue 17 item 4; administrators: any organisation's), and
 *   `GET /api/alerts/inventory/:id/deliveries`, the delivery log of one;
 * - `GET /api/alerts/subscriptions`, `POST /api/alerts/subscriptions` `{url, secret,
 *   collection?}`: webhooks (the secret is written, never read back).
 */
import { CoopsecError } from '@coopsec/model';
import { listInventoryAlerts } from '@coopsec/app';
import { AlertRepository, InventoryAlertRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { created, doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth.ts';
import { idParam } from '../schemas/common.ts';
import { alertListQuery, inventoryAlertListQuery, subscriptionBody } from '../schemas/alerts.ts';
import {
  inventoryAlertDeliveriesAnswer,
  inventoryAlertsAnswer,
} from '../schemas/answers/alerts.ts';
import { deliveryState } from '../../alerts/delivery-state.ts';

export function alertRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const repo = new AlertRepository(store);
  app.get(
    '/alerts',
    {
      schema: {
        ...doc('stix', "The caller's organisation's alerts, newest first"),
        querystring: alertListQuery,
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const q = request.query;
      const limit = q.limit ?? 200;
      return {
        alerts: await repo.listAlerts({
          orgId: principal.orgId,
          ...(q.collection !== undefined ? { collectionId: q.collection } : {}),
          ...(q.indicator !== undefined ? { indicatorId: q.indicator } : {}),
          limit,
        }),
      };
    },
  );
  app.get(
    '/alerts/subscriptions',
    {
      schema: doc('stix', "The organisation's webhook subscriptions (never their secrets)"),
    },
    async (request) => ({
      subscriptions: await repo.listSubscriptions(principalOf(request).orgId),
    }),
  );
  app.post(
    '/alerts/subscriptions',
    {
      schema: {
        ...doc(
          'stix',
          'Subscribe a webhook {url, secret, collection?}; deliveries are signed with the secret',
        ),
        response: created,
        body: subscriptionBody,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const b = request.body;
      const s = await repo.addSubscription({
        orgId: principal.orgId,
        url: b.url,
        secret: b.secret,
        collectionId: b.collection ?? null,
      });
      return reply.code(201).send(s);
    },
  );
  app.get(
    '/alerts/:id/deliveries',
    {
      schema: {
        ...doc('stix', 'The delivery log of one alert of the organisation'),
        params: idParam,
      },
    },
    async (request) => {
      const { id } = request.params;
      const principal = principalOf(request);
      const own = await repo.listAlerts({ orgId: principal.orgId, limit: 1000 });
      if (!own.some((a) => a.id === id))
        throw new CoopsecError('NOT_FOUND', `no alert "${id}" of this organisation`);
      return { deliveries: await repo.deliveries(id) };
    },
  );
  app.get(
    '/alerts/inventory',
    {
      schema: {
        ...doc(
          'stix',
          "Advisories affecting the organisation's inventory, newest first (one alert per advisory and entry)",
        ),
        querystring: inventoryAlertListQuery,
        response: { 200: inventoryAlertsAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const q = request.query;
      const org = principal.isAdmin ? q.org : principal.orgId;
      const { alerts } = await listInventoryAlerts(store, {
        ...(org !== undefined ? { orgId: org } : {}),
        ...(q.advisory !== undefined ? { advisoryId: q.advisory } : {}),
        limit: q.limit ?? 200,
      });
      // Each alert with where its delivery stands, so a reader need not fetch every log.
      const inventory = new InventoryAlertRepository(store);
      const subscribed = new Map<string, Promise<string[]>>();
      const subscribedAt = (orgId: string, collectionId: string) => {
        const key = `${orgId}\u0000${collectionId}`;
        let found = subscribed.get(key);
        if (found === undefined) {
          found = repo
            .subscriptionsFor(orgId, collectionId)
            .then((subs) => subs.map((s) => s.createdAt));
          subscribed.set(key, found);
        }
        return found;
      };
      return {
        alerts: await Promise.all(
          alerts.map(async (a) => {
            const log = await inventory.deliveries(a.id);
            const state = deliveryState(log, {
              subscribedAt: await subscribedAt(a.orgId, a.collectionId),
              claimedAt: log.length === 0 ? await inventory.claimedAt(a.id) : undefined,
            });
            return { ...a, delivery: { state, attempts: log.length } };
          }),
        ),
      };
    },
  );
  app.get(
    '/alerts/inventory/:id/deliveries',
    {
      schema: {
        ...doc('stix', "The webhook delivery log of one of the organisation's inventory alerts"),
        params: idParam,
        response: { 200: inventoryAlertDeliveriesAnswer },
      },
    },
    async (request) => {
      const { id } = request.params;
      const principal = principalOf(request);
      const inventory = new InventoryAlertRepository(store);
      const alert = await inventory.get(id);
      if (alert === undefined || (!principal.isAdmin && alert.orgId !== principal.orgId))
        throw new CoopsecError('NOT_FOUND', `no inventory alert "${id}" of this organisation`, {
          details: [{ field: 'id', message: 'no such alert of the caller’s organisation' }],
        });
      return { deliveries: await inventory.deliveries(id) };
    },
  );
}
