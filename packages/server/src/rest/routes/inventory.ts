/**
 * @module rest/routes/inventory
 * `GET /api/inventory/:org` (the app's `listInventory`) and `GET /api/advisories/matches`
 * (`inventoryMatches`), issue 17 item 4. Administrators may read any organisation's inventory
 * and matches; anyone else their own organisation's. Either way the matches are over the
 * advisories the caller may read, decided as TAXII decides (`servedObjects`: grants on the
 * advisories collection, TLP, agreements), the same as GET /api/advisories. Importing stays
 * on the command line for now.
 */
import { inventoryMatches, listInventory } from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth.ts';
import { servedObjects } from '../served-objects.ts';
import { doc } from '../route-doc.ts';
import { inventoryAnswer, inventoryMatchesAnswer } from '../schemas/answers/inventory.ts';
import { inventoryParam, matchesQuery } from '../schemas/inventory.ts';

export function inventoryRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/inventory/:org',
    {
      schema: {
        ...doc('exchange', "An organisation's software inventory (CPE or purl with a version)"),
        params: inventoryParam,
        response: { 200: inventoryAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { org } = request.params;
      if (!principal.isAdmin && org !== principal.orgId)
        throw new CoopsecError(
          'FORBIDDEN',
          "only administrators read another organisation's inventory",
        );
      return listInventory(store, org);
    },
  );
  app.get(
    '/advisories/matches',
    {
      schema: {
        ...doc(
          'exchange',
          'What the stored advisories say about inventories: affected, fixed, not affected, under investigation',
        ),
        querystring: matchesQuery,
        response: { 200: inventoryMatchesAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const q = request.query;
      const org = principal.isAdmin ? q.org : principal.orgId;
      const found = await inventoryMatches(store, {
        ...(org !== undefined ? { orgId: org } : {}),
        ...(q.advisory !== undefined ? { advisoryId: q.advisory } : {}),
        who: {
          orgId: principal.orgId,
          userId: principal.userId,
          reader: (id, types) => servedObjects(store, principal, id, types),
        },
      });
      return q.affected === 'true'
        ? { ...found, matches: found.matches.filter((m) => m.matched) }
        : found;
    },
  );
}
