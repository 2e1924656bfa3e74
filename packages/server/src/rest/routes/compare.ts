/**
 * @module rest/routes/compare
 * Regional comparison (PRODUCT.md A7): Central Asian ITU GCI figures per edition as published
 * (scale and rank or tier), computed regional ranks with their tie rule, and the change
 * between editions — never mixing the 0–1 and 0–100 scales without saying so.
 */
import {
  centralAsiaProfiles,
  compareEdition,
  compareEditions,
  compareRegion,
  GCI_EDITIONS,
} from '@coopsec/model';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { compareQuery } from '../schemas/compare.ts';
import { compareAnswer } from '../schemas/answers/compare.ts';

export function compareRoutes(base: FastifyInstance): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/compare',
    {
      schema: {
        ...doc(
          'compare',
          'Central Asian GCI comparison: all editions, one edition, or the change between two',
        ),
        querystring: compareQuery,
        response: { 200: compareAnswer },
      },
    },
    (request) => {
      const { edition, from, to } = request.query;
      if (edition !== undefined) return { editions: [compareEdition(edition)] };
      if (from !== undefined && to !== undefined) return { changes: [compareEditions(from, to)] };
      return { knownEditions: GCI_EDITIONS, ...compareRegion(), profiles: centralAsiaProfiles() };
    },
  );
}
