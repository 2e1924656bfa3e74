/**
 * @module rest/routes/metrics
 * `GET /api/cooperation?from=&to=&org=`: cooperation measured from this node's exchange records
 * (issue 18 item 1), the app's `measureCooperation`. Administrators may ask for any or every
 * organisation; anyone else gets their own organisation's row only.
 */
import { measureCooperation } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../auth.ts';
import { text } from '../schemas/common.ts';
import { cooperationAnswer } from '../schemas/answers/cooperation.ts';

export const metricsQuery = z.object({
  from: text(40).optional().meta({ description: 'ISO date, inclusive' }),
  to: text(40).optional().meta({ description: 'ISO date, exclusive' }),
  org: text(128)
    .optional()
    .meta({ description: 'One organisation (administrators; others always get their own)' }),
});

export function metricsRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/cooperation',
    {
      schema: {
        ...doc(
          'exchange',
          'Cooperation measured from the exchange records: shared, received, time to share, sightings returned, agreements, peers',
        ),
        querystring: metricsQuery,
        response: { 200: cooperationAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const q = request.query;
      const org = principal.isAdmin ? q.org : principal.orgId;
      return measureCooperation(store, {
        ...(q.from !== undefined ? { from: q.from } : {}),
        ...(q.to !== undefined ? { to: q.to } : {}),
        ...(org !== undefined ? { org } : {}),
      });
    },
  );
}
