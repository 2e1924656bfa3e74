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
import { created, doc, done } from '../route-doc.ts';
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
import {
  agreementsAnswer,
  collectionsAnswer,
  keysAnswer,
  createdKeyAnswer,
  auditEventsAnswer,
  meAnswer,
  orgsAnswer,
} from '../schemas/answers.ts';

function actorOf(request: FastifyRequest): Actor {
  const p = principalOf(request);
  return { userId: p.userId, orgId: p.orgId, keyId: p.keyId };
}

export function adminRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const admin = { preValidation: adminOnly };
  const orgs = new OrgRepository(store);

  app.get(
    '/me',
    {
      schema: {
        ...doc('admin', 'The caller: user, organisation, administrator or not'),
        response: { 200: meAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const org = await orgs.getOrg(principal.orgId);
      return { principal, organisation: org ?? null };
    },
  );

  app.get(
    '/orgs',
    {
      ...admin,
      schema: {
        ...doc('admin', 'Organisations with their users (administrators)'),
        response: { 200: orgsAnswer },
      },
    },
    () => listOrganisations(store),
  );

  app.post(
    '/orgs',
    {
      ...admin,
      schema: {
        ...doc('admin', 'Add an organisation (administrators)'),
        response: created,
        body: orgBody,
      },
    },
    async (request, reply) => {
      const { id, name, parentOrg } = request.body;
      const org = await addOrganisation(
        store,
        { id, name, parentOrg: parentOrg ?? null },
        actorOf(request),
      );
      return reply.code(201).send(org);
    },
  );

  app.post(
    '/orgs/:orgId/users',
    {
      ...admin,
      schema: {
        params: orgParam,
        body: userBody,
        ...doc('admin', 'Add a user to an organisation (administrators)'),
        response: created,
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const { name, isAdmin = false } = request.body;
      const user = await addUser(store, { orgId, name, isAdmin }, actorOf(request));
      return reply.code(201).send(user);
    },
  );

  app.get(
    '/keys',
    {
      ...admin,
      schema: {
        ...doc('admin', 'API keys (ids only, never secrets) (administrators)'),
        response: { 200: keysAnswer },
      },
    },
    () => listApiKeys(store),
  );

  app.post(
    '/keys',
    {
      ...admin,
      schema: {
        ...doc('admin', 'Issue an API key for a user; the key is returned once (administrators)'),
        response: { 201: createdKeyAnswer },
        body: keyBody,
      },
    },
    async (request, reply) => {
      const { userId } = request.body;
      // The key itself is shown once, here; only its hash is stored.
      return reply.code(201).send(await createApiKey(store, { userId }, actorOf(request)));
    },
  );

  app.delete(
    '/keys/:keyId',
    {
      ...admin,
      schema: {
        ...doc('admin', 'Revoke an API key (administrators)'),
        response: done,
        params: keyParam,
      },
    },
    async (request, reply) => {
      const { keyId } = request.params;
      await revokeApiKey(store, { keyId }, actorOf(request));
      forgetVerifiedKeys(store); // revocation takes effect at once in this process
      return reply.code(204).send();
    },
  );

  app.get(
    '/collections',
    {
      schema: {
        ...doc(
          'admin',
          'TAXII collections the caller’s organisation holds grants on (all for administrators)',
        ),
        response: { 200: collectionsAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listCollections(store, { isAdmin: principal.isAdmin, orgId: principal.orgId });
    },
  );

  app.post(
    '/collections',
    {
      ...admin,
      schema: {
        ...doc('admin', 'Add a TAXII collection (administrators)'),
        response: created,
        body: collectionBody,
      },
    },
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

  app.post(
    '/collections/:collectionId/grants',
    {
      ...admin,
      schema: {
        params: collectionParam,
        body: grantBody,
        ...doc('admin', 'Grant an organisation read/write on a collection (administrators)'),
        response: created,
      },
    },
    async (request, reply) => {
      const { collectionId } = request.params;
      const { orgId, canRead = true, canWrite = false } = request.body;
      const grant = await grantCollection(
        store,
        { collectionId, orgId, canRead, canWrite },
        actorOf(request),
      );
      return reply.code(201).send(grant);
    },
  );

  app.get(
    '/agreements',
    {
      schema: {
        ...doc(
          'admin',
          'Sharing agreements involving the caller’s organisation (all for administrators)',
        ),
        response: { 200: agreementsAnswer },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return listAgreements(store, {
        viewer: { isAdmin: principal.isAdmin, orgId: principal.orgId },
      });
    },
  );

  app.post(
    '/agreements',
    {
      ...admin,
      schema: {
        ...doc(
          'admin',
          'Add a sharing agreement: which TLP levels of a collection flow to a partner (administrators)',
        ),
        response: created,
        body: agreementBody,
      },
    },
    async (request, reply) => {
      const { fromOrg, toOrg, collectionId, levels: lv } = request.body;
      const a = await addAgreement(
        store,
        { fromOrg, toOrg, collectionId, levels: lv },
        actorOf(request),
      );
      return reply.code(201).send(a);
    },
  );

  app.delete(
    '/agreements/:agreementId',
    {
      ...admin,
      schema: {
        params: agreementParam,
        ...doc('admin', 'Remove a sharing agreement (administrators)'),
        response: done,
      },
    },
    async (request, reply) => {
      await removeAgreement(store, { agreementId: request.params.agreementId }, actorOf(request));
      return reply.code(204).send();
    },
  );

  app.get(
    '/audit',
    {
      ...admin,
      schema: {
        ...doc('admin', 'The latest 200 audit events (administrators)'),
        response: { 200: auditEventsAnswer },
      },
    },
    () => listAuditEvents(store, { limit: 200 }),
  );
}
