/**
 * @module rest/routes/metrics
 * `GET /api/cooperation?from=&to=&org=`: cooperation measured from this node's exchange records
 * (issue 18 item 1), the app's `measureCooperation`. Administrators may ask for any or every
 * organisation; anyone else gets their own organisation's row only.
 */
import { measureCooperation } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../auth.ts';
import { text } from '../schemas/common.ts';

export const metricsQuery = z.object({
  from: text(40).optional(),
  to: text(40).optional(),
  org: text(128).optional(),
});

export function metricsRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/cooperation', { schema: { querystring: metricsQuery } }, async (request) => {
    const principal = principalOf(request);
    const q = request.query;
    const org = principal.isAdmin ? q.org : principal.orgId;
    return measureCooperation(store, {
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(org !== undefined ? { org } : {}),
    });
  });
}
