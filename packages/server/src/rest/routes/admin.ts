/**
 * @module rest/routes/admin
 * Who am I, and the administration of organisations, users, API keys, collections, grants
 * and sharing agreements, over the repositories the TAXII server reads. Every change is
 * written to the audit log with the administrator who made it.
 */
import {
  addAgreement,
  addCollection,
  addOrganisation,
  addUser,
  createApiKey,
  grantCollection,
  listAgreements,
  listApiKeys,
  listAuditEvents,
  listCollections,
  listOrganisations,
  removeAgreement,
  revokeApiKey,
  type Actor,
} from '@coopsec/app';
import { OrgRepository, type Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { forgetVerifiedKeys } from '../../auth/authenticate.ts';
import { adminOnly, principalOf } from '../auth.ts';
import {
  agreementBody,
  agreementParam,
  collectionBody,
  collectionParam,
  grantBody,
  keyBody,
  keyParam,
  orgBody,
  orgParam,
  userBody,
} from '../schemas/admin.ts';

function actorOf(request: FastifyRequest): Actor {
  const p = principalOf(request);
  return { userId: p.userId, orgId: p.orgId, keyId: p.keyId };
}

export function adminRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const admin = { preValidation: adminOnly };
  const orgs = new OrgRepository(store);

  app.get('/me', async (request) => {
    const principal = principalOf(request);
    const org = await orgs.getOrg(principal.orgId);
    return { principal, organisation: org ?? null };
  });

  app.get('/orgs', admin, async () => {
    return listOrganisations(store);
  });

  app.post('/orgs', { ...admin, schema: { body: orgBody } }, async (request, reply) => {
    const { id, name, parentOrg } = request.body;
    const org = await addOrganisation(
      store,
      { id, name, parentOrg: parentOrg ?? null },
      actorOf(request),
    );
    return reply.code(201).send(org);
  });

  const users = { ...admin, schema: { params: orgParam, body: userBody } };
  app.post('/orgs/:orgId/users', users, async (request, reply) => {
    const { orgId } = request.params;
    const { name, isAdmin = false } = request.body;
    const user = await addUser(store, { orgId, name, isAdmin }, actorOf(request));
    return reply.code(201).send(user);
  });

  app.get('/keys', admin, async () => {
    return listApiKeys(store);
  });

  app.post('/keys', { ...admin, schema: { body: keyBody } }, async (request, reply) => {
    const { userId } = request.body;
    // The key itself is shown once, here; only its hash is stored.
    return reply.code(201).send(await createApiKey(store, { userId }, actorOf(request)));
  });

  app.delete('/keys/:keyId', { ...admin, schema: { params: keyParam } }, async (request, reply) => {
    const { keyId } = request.params;
    await revokeApiKey(store, { keyId }, actorOf(request));
    forgetVerifiedKeys(store); // revocation takes effect at once in this process
    return reply.code(204).send();
  });

  app.get('/collections', async (request) => {
    const principal = principalOf(request);
    return listCollections(store, { isAdmin: principal.isAdmin, orgId: principal.orgId });
  });

  app.post(
    '/collections',
    { ...admin, schema: { body: collectionBody } },
    async (request, reply) => {
      const { id, title, description, ownerOrg } = request.body;
      const c = await addCollection(
        store,
        { id, title, description: description ?? null, ownerOrg: ownerOrg ?? null },
        actorOf(request),
      );
      return reply.code(201).send(c);
    },
  );

  const grants = { ...admin, schema: { params: collectionParam, body: grantBody } };
  app.post('/collections/:collectionId/grants', grants, async (request, reply) => {
    const { collectionId } = request.params;
    const { orgId, canRead = true, canWrite = false } = request.body;
    const grant = await grantCollection(
      store,
      { collectionId, orgId, canRead, canWrite },
      actorOf(request),
    );
    return reply.code(201).send(grant);
  });

  app.get('/agreements', async (request) => {
    const principal = principalOf(request);
    return listAgreements(store, {
      viewer: { isAdmin: principal.isAdmin, orgId: principal.orgId },
    });
  });

  app.post('/agreements', { ...admin, schema: { body: agreementBody } }, async (request, reply) => {
    const { fromOrg, toOrg, collectionId, levels: lv } = request.body;
    const a = await addAgreement(
      store,
      { fromOrg, toOrg, collectionId, levels: lv },
      actorOf(request),
    );
    return reply.code(201).send(a);
  });

  const agreement = { ...admin, schema: { params: agreementParam } };
  app.delete('/agreements/:agreementId', agreement, async (request, reply) => {
    await removeAgreement(store, { agreementId: request.params.agreementId }, actorOf(request));
    return reply.code(204).send();
  });

  app.get('/audit', admin, async () => {
    return listAuditEvents(store, { limit: 200 });
  });
}
