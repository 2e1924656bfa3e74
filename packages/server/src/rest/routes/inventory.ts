/**
 * @module rest/routes/inventory
 * Inventories over REST, issue 17 item 4, the same use cases as `coopsec inventory …`:
 * - `GET /api/inventory/:org`: the organisation's inventory (`listInventory`);
 * - `PUT /api/inventory/:org` with a CSV file as the body (text/csv): replace it
 *   (`importInventoryCsv`, the CLI's reader), all or nothing, every bad row named;
 * - `GET /api/advisories/matches`: what the advisories say about inventories (`inventoryMatches`).
 * Administrators may read and replace any organisation's inventory; anyone else only their own
 * organisation's. The matches are over the advisories the caller may read, decided as TAXII
 * decides (`servedObjects`: grants on the advisories collection, TLP, agreements), the same as
 * GET /api/advisories.
 */
import { importInventoryCsv, inventoryMatches, listInventory } from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth.ts';
import { servedObjects } from '../served-objects.ts';
import { doc } from '../route-doc.ts';
import {
  importedInventoryAnswer,
  inventoryAnswer,
  inventoryMatchesAnswer,
} from '../schemas/answers/inventory.ts';
import { inventoryCsvBody, inventoryParam, matchesQuery } from '../schemas/inventory.ts';

/** The largest CSV body accepted: some 50 000 entries of long CPE names. */
export const INVENTORY_CSV_MAX_BYTES = 4 * 1024 * 1024;

/** Administrators may act on any organisation's inventory, anyone else on their own. */
function requireOwnOrAdmin(request: FastifyRequest, org: string, verb: string): void {
  const principal = principalOf(request);
  if (!principal.isAdmin && org !== principal.orgId)
    throw new CoopsecError(
      'FORBIDDEN',
      `only administrators ${verb} another organisation's inventory`,
      {
        details: [{ field: 'org', message: `not the caller's organisation (${principal.orgId})` }],
      },
    );
}

export function inventoryRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // The CSV body is parsed in a context of its own, so text/csv is accepted by this route only.
  void base.register(async (plain) => {
    const csvOnly = plain.withTypeProvider<ZodTypeProvider>();
    csvOnly.removeAllContentTypeParsers();
    csvOnly.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: INVENTORY_CSV_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    csvOnly.put(
      '/inventory/:org',
      {
        bodyLimit: INVENTORY_CSV_MAX_BYTES,
        schema: {
          ...doc(
            'exchange',
            "Replace an organisation's inventory with a CSV file (header cpe_or_purl,version); one bad row and nothing is written, every bad row named by line and field",
            { consumes: ['text/csv'] },
          ),
          params: inventoryParam,
          body: inventoryCsvBody,
          response: { 200: importedInventoryAnswer },
        },
      },
      async (request) => {
        const { org } = request.params;
        requireOwnOrAdmin(request, org, 'replace');
        return importInventoryCsv(store, { orgId: org, csv: request.body, name: 'the CSV file' });
      },
    );
    await Promise.resolve();
  });
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
      const { org } = request.params;
      requireOwnOrAdmin(request, org, 'read');
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
