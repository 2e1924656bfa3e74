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
import { AGREEMENT_LEVELS, OrgRepository, type AgreementLevel, type Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { forgetVerifiedKeys } from '../../auth/authenticate.ts';
import { principalOf, requireAdmin } from '../auth.ts';
import { asRecord, FieldErrors, optionalString, requiredString, type Raw } from '../params.ts';

const ID = {
  max: 128,
  pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
  hint: "1–128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
};

function bool(errors: FieldErrors, raw: Raw, field: string, fallback: boolean): boolean {
  const v = raw[field];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') errors.add(field, 'must be true or false');
  return v === true;
}

function levels(errors: FieldErrors, raw: Raw): AgreementLevel[] {
  const v = raw.levels;
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
  if (list === undefined || list.length === 0) {
    errors.add('levels', `choose at least one of ${AGREEMENT_LEVELS.join(', ')}`);
    return [];
  }
  const norm = list.map((x) => String(x).trim().toLowerCase().replace(/^tlp:/, ''));
  const bad = norm.filter((l) => !(AGREEMENT_LEVELS as readonly string[]).includes(l));
  if (bad.length > 0)
    errors.add(
      'levels',
      `unknown level(s) ${bad.join(', ')}; allowed: ${AGREEMENT_LEVELS.join(', ')} (TLP:RED never flows by agreement)`,
    );
  return [...new Set(norm)] as AgreementLevel[];
}

function actorOf(request: FastifyRequest): Actor {
  const p = principalOf(request);
  return { userId: p.userId, orgId: p.orgId, keyId: p.keyId };
}

export function adminRoutes(app: FastifyInstance, store: Store): void {
  const orgs = new OrgRepository(store);

  app.get('/me', async (request) => {
    const principal = principalOf(request);
    const org = await orgs.getOrg(principal.orgId);
    return { principal, organisation: org ?? null };
  });

  app.get('/orgs', async (request) => {
    requireAdmin(request);
    return listOrganisations(store);
  });

  app.post('/orgs', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    const errors = new FieldErrors();
    const id = requiredString(errors, body, 'id', ID);
    const name = requiredString(errors, body, 'name', { max: 200 });
    const parentOrg = optionalString(errors, body, 'parentOrg', ID);
    errors.throwIfAny();
    const org = await addOrganisation(
      store,
      { id, name, parentOrg: parentOrg ?? null },
      actorOf(request),
    );
    return reply.code(201).send(org);
  });

  app.post('/orgs/:orgId/users', async (request, reply) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const orgId = requiredString(errors, asRecord(request.params), 'orgId', ID);
    const body = asRecord(request.body);
    const name = requiredString(errors, body, 'name', {
      max: 128,
      pattern: /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/,
      hint: "letters, digits, '.', '_', '@' or '-'",
    });
    const isAdmin = bool(errors, body, 'isAdmin', false);
    errors.throwIfAny();
    const user = await addUser(store, { orgId, name, isAdmin }, actorOf(request));
    return reply.code(201).send(user);
  });

  app.get('/keys', async (request) => {
    requireAdmin(request);
    return listApiKeys(store);
  });

  app.post('/keys', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    const errors = new FieldErrors();
    const userId = requiredString(errors, body, 'userId', { max: 128 });
    errors.throwIfAny();
    // The key itself is shown once, here; only its hash is stored.
    return reply.code(201).send(await createApiKey(store, { userId }, actorOf(request)));
  });

  app.delete('/keys/:keyId', async (request, reply) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const keyId = requiredString(errors, asRecord(request.params), 'keyId', { max: 64 });
    errors.throwIfAny();
    await revokeApiKey(store, { keyId }, actorOf(request));
    forgetVerifiedKeys(store); // revocation takes effect at once in this process
    return reply.code(204).send();
  });

  app.get('/collections', async (request) => {
    const principal = principalOf(request);
    return listCollections(store, { isAdmin: principal.isAdmin, orgId: principal.orgId });
  });

  app.post('/collections', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    const errors = new FieldErrors();
    const id = requiredString(errors, body, 'id', ID);
    const title = requiredString(errors, body, 'title', { max: 200 });
    const description = optionalString(errors, body, 'description', { max: 2000 });
    const ownerOrg = optionalString(errors, body, 'ownerOrg', ID);
    errors.throwIfAny();
    const c = await addCollection(
      store,
      { id, title, description: description ?? null, ownerOrg: ownerOrg ?? null },
      actorOf(request),
    );
    return reply.code(201).send(c);
  });

  app.post('/collections/:collectionId/grants', async (request, reply) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const collectionId = requiredString(errors, asRecord(request.params), 'collectionId', ID);
    const body = asRecord(request.body);
    const orgId = requiredString(errors, body, 'orgId', ID);
    const canRead = bool(errors, body, 'canRead', true);
    const canWrite = bool(errors, body, 'canWrite', false);
    errors.throwIfAny();
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

  app.post('/agreements', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    const errors = new FieldErrors();
    const fromOrg = requiredString(errors, body, 'fromOrg', ID);
    const toOrg = requiredString(errors, body, 'toOrg', ID);
    const collectionId = requiredString(errors, body, 'collectionId', ID);
    const lv = levels(errors, body);
    if (fromOrg !== '' && fromOrg === toOrg) errors.add('toOrg', 'must differ from fromOrg');
    errors.throwIfAny();
    const a = await addAgreement(
      store,
      { fromOrg, toOrg, collectionId, levels: lv },
      actorOf(request),
    );
    return reply.code(201).send(a);
  });

  app.delete('/agreements/:agreementId', async (request, reply) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const id = requiredString(errors, asRecord(request.params), 'agreementId', { max: 128 });
    errors.throwIfAny();
    await removeAgreement(store, { agreementId: id }, actorOf(request));
    return reply.code(204).send();
  });

  app.get('/audit', async (request) => {
    requireAdmin(request);
    return listAuditEvents(store, { limit: 200 });
  });
}
