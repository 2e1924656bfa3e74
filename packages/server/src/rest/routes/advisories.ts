/**
 * @module rest/routes/advisories
 * Vulnerability advisories (issue 17 item 3), the same use cases as `coopsec advisory …`:
 * - `GET /api/advisories[?collection=]`: the advisories the caller may read, newest first;
 * - `GET /api/advisories/:id`: one (STIX report id or CSAF tracking id);
 * - `GET /api/advisories/:id/csaf`: the advisory as a CSAF 2.0 document;
 * - `POST /api/advisories[?collection=]` with a CSAF 2.0 document as the body: validate, store.
 * Reading goes through `servedObjects`, TAXII's own decision for this caller (grants, TLP,
 * agreements), so the API shows nothing TAXII would withhold. Importing needs write access to
 * the collection; a collection that does not exist yet may be created by administrators only.
 */
import {
  ADVISORY_COLLECTION,
  exportAdvisory,
  importAdvisory,
  listAdvisories,
  showAdvisory,
  type AdvisoryActor,
} from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveAccess } from '../../taxii/access.ts';
import { principalOf } from '../auth.ts';
import { doc } from '../route-doc.ts';
import { text } from '../schemas/common.ts';
import { servedObjects } from '../served-objects.ts';
import {
  advisoriesAnswer,
  advisoryAnswer,
  importedAdvisoryAnswer,
} from '../schemas/answers/advisories.ts';

const collectionQuery = z.object({ collection: text(128).min(1).optional() });
const advisoryParam = z.object({ id: text(300).min(1, 'must not be empty') });
const csafBody = z.looseObject({}, { error: 'must be a CSAF 2.0 document (a JSON object)' });

export function advisoryRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const reader = (request: FastifyRequest, collection?: string): AdvisoryActor => {
    const principal = principalOf(request);
    return {
      orgId: principal.orgId,
      userId: principal.userId,
      ...(collection !== undefined ? { collection } : {}),
      reader: (id, types) => servedObjects(store, principal, id, types),
    };
  };

  app.get(
    '/advisories',
    {
      schema: {
        ...doc('stix', 'Vulnerability advisories the caller may read, newest release first'),
        querystring: collectionQuery,
        response: { 200: advisoriesAnswer },
      },
    },
    async (request) => listAdvisories(store, reader(request, request.query.collection)),
  );
  app.get(
    '/advisories/:id',
    {
      schema: {
        ...doc('stix', 'One advisory: products, vulnerabilities, CVSS scores, product statuses'),
        params: advisoryParam,
        querystring: collectionQuery,
        response: { 200: advisoryAnswer },
      },
    },
    async (request) =>
      showAdvisory(store, request.params.id, reader(request, request.query.collection)),
  );
  // A CSAF document, not our shape: no response schema may drop its fields.
  app.get(
    '/advisories/:id/csaf',
    {
      schema: {
        ...doc('stix', 'The advisory as a CSAF 2.0 document'),
        params: advisoryParam,
        querystring: collectionQuery,
      },
    },
    async (request) =>
      exportAdvisory(store, request.params.id, reader(request, request.query.collection)),
  );
  app.post(
    '/advisories',
    {
      schema: {
        ...doc(
          'stix',
          'Import a CSAF 2.0 advisory (validated; the same release twice writes nothing)',
        ),
        querystring: collectionQuery,
        body: csafBody,
        response: { 201: importedAdvisoryAnswer },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const collection = request.query.collection ?? ADVISORY_COLLECTION;
      const access = await resolveAccess(store, principal, collection);
      const allowed = access === undefined ? principal.isAdmin : access.canWrite;
      if (!allowed)
        throw new CoopsecError('FORBIDDEN', `this key may not add advisories to ${collection}`, {
          details: [{ field: 'collection', message: 'no write access to this collection' }],
        });
      const imported = await importAdvisory(store, request.body, {
        orgId: principal.orgId,
        userId: principal.userId,
        collection,
      });
      return reply.code(201).send(imported);
    },
  );
}
