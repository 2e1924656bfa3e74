/**
 * @module rest/routes/alerts
 * The caller's organisation's alerts and webhook subscriptions (issue 16 item 3):
 * - `GET /api/alerts?collection=&indicator=&limit=`: newest first, filtered;
 * - `GET /api/alerts/:id/deliveries`: the delivery log of one of its alerts;
 * - `GET /api/alerts/subscriptions`, `POST /api/alerts/subscriptions` `{url, secret,
 *   collection?}`: webhooks (the secret is written, never read back).
 */
import { CoopsecError } from '@coopsec/model';
import { AlertRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth.ts';

export function alertRoutes(app: FastifyInstance, store: Store): void {
  const repo = new AlertRepository(store);
  app.get('/alerts', async (request) => {
    const principal = principalOf(request);
    const q = request.query as { collection?: string; indicator?: string; limit?: string };
    const limit = q.limit === undefined ? 200 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw new CoopsecError('BAD_INPUT', 'limit: an integer from 1 to 1000');
    return {
      alerts: await repo.listAlerts({
        orgId: principal.orgId,
        ...(q.collection !== undefined ? { collectionId: q.collection } : {}),
        ...(q.indicator !== undefined ? { indicatorId: q.indicator } : {}),
        limit,
      }),
    };
  });
  app.get('/alerts/subscriptions', async (request) => ({
    subscriptions: await repo.listSubscriptions(principalOf(request).orgId),
  }));
  app.post('/alerts/subscriptions', async (request, reply) => {
    const principal = principalOf(request);
    const b = (request.body ?? {}) as { url?: unknown; secret?: unknown; collection?: unknown };
    if (typeof b.url !== 'string' || !/^https?:\/\//.test(b.url))
      throw new CoopsecError('BAD_INPUT', 'url: an http(s) URL');
    if (typeof b.secret !== 'string' || b.secret.length < 16)
      throw new CoopsecError('BAD_INPUT', 'secret: a string of at least 16 characters');
    if (b.collection !== undefined && typeof b.collection !== 'string')
      throw new CoopsecError('BAD_INPUT', 'collection: a collection id');
    const s = await repo.addSubscription({
      orgId: principal.orgId,
      url: b.url,
      secret: b.secret,
      collectionId: b.collection ?? null,
    });
    return reply.code(201).send(s);
  });
  app.get('/alerts/:id/deliveries', async (request) => {
    const { id } = request.params as { id: string };
    const principal = principalOf(request);
    const own = await repo.listAlerts({ orgId: principal.orgId, limit: 1000 });
    if (!own.some((a) => a.id === id))
      throw new CoopsecError('NOT_FOUND', `no alert "${id}" of this organisation`);
    return { deliveries: await repo.deliveries(id) };
  });
}
