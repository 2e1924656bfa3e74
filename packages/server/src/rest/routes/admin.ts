/**
 * @module rest/routes/admin
 * Who am I, and the administration of organisations, users, API keys, collections, grants
 * and sharing agreements, over the repositories the TAXII server reads. Every change is
 * written to the audit log with the administrator who made it.
 */
import { CoopsecError } from '@coopsec/model';
import {
  AgreementRepository,
  AGREEMENT_LEVELS,
  ApiKeyRepository,
  AuditRepository,
  CollectionRepository,
  OrgRepository,
  type AgreementLevel,
  type Store,
} from '@coopsec/store';
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

export function adminRoutes(app: FastifyInstance, store: Store): void {
  const orgs = new OrgRepository(store);
  const keys = new ApiKeyRepository(store);
  const collections = new CollectionRepository(store);
  const agreements = new AgreementRepository(store);
  const audit = new AuditRepository(store);

  const record = async (
    request: FastifyRequest,
    action: string,
    target: string,
    extra: { collectionId?: string; detail?: string } = {},
  ) => {
    const p = principalOf(request);
    await audit.record({
      userId: p.userId,
      orgId: p.orgId,
      keyId: p.keyId,
      action,
      target,
      outcome: 'ok',
      collectionId: extra.collectionId ?? null,
      detail: extra.detail ?? null,
    });
  };

  app.get('/me', async (request) => {
    const principal = principalOf(request);
    const org = await orgs.getOrg(principal.orgId);
    return { principal, organisation: org ?? null };
  });

  app.get('/orgs', async (request) => {
    requireAdmin(request);
    const [list, users] = await Promise.all([orgs.listOrgs(), orgs.listUsers()]);
    return {
      organisations: list.map((o) => ({ ...o, users: users.filter((u) => u.orgId === o.id) })),
    };
  });

  app.post('/orgs', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    const errors = new FieldErrors();
    const id = requiredString(errors, body, 'id', ID);
    const name = requiredString(errors, body, 'name', { max: 200 });
    const parentOrg = optionalString(errors, body, 'parentOrg', ID);
    errors.throwIfAny();
    if (await orgs.getOrg(id))
      throw new CoopsecError('CONFLICT', `organisation ${id} already exists`, {
        details: [{ field: 'id', message: 'already exists' }],
      });
    if (parentOrg !== undefined && parentOrg !== '' && !(await orgs.getOrg(parentOrg)))
      throw new CoopsecError('BAD_INPUT', `no organisation ${parentOrg}`, {
        details: [{ field: 'parentOrg', message: 'unknown organisation' }],
      });
    const org = await orgs.addOrg({
      id,
      name,
      parentOrg: parentOrg === '' || parentOrg === undefined ? null : parentOrg,
    });
    await record(request, 'admin.org.add', id);
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
    if (!(await orgs.getOrg(orgId)))
      throw new CoopsecError('NOT_FOUND', `no organisation ${orgId}`, {
        details: [{ field: 'orgId', message: 'unknown organisation' }],
      });
    if (await orgs.findUserByName(name))
      throw new CoopsecError('CONFLICT', `a user named ${name} already exists`, {
        details: [{ field: 'name', message: 'already taken' }],
      });
    const user = await orgs.addUser({ orgId, name, isAdmin });
    await record(request, 'admin.user.add', user.id);
    return reply.code(201).send(user);
  });

  app.get('/keys', async (request) => {
    requireAdmin(request);
    const [list, users] = await Promise.all([keys.list(), orgs.listUsers()]);
    const byId = new Map(users.map((u) => [u.id, u]));
    return {
      keys: list.map((k) => ({
        ...k,
        userName: byId.get(k.userId)?.name ?? null,
        orgId: byId.get(k.userId)?.orgId ?? null,
      })),
    };
  });

  app.post('/keys', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    const errors = new FieldErrors();
    const userId = requiredString(errors, body, 'userId', { max: 128 });
    errors.throwIfAny();
    if (!(await orgs.getUser(userId)))
      throw new CoopsecError('NOT_FOUND', `no user ${userId}`, {
        details: [{ field: 'userId', message: 'unknown user' }],
      });
    const created = await keys.create({ userId });
    await record(request, 'admin.key.create', created.id);
    // The key itself is shown once, here; only its hash is stored.
    return reply.code(201).send(created);
  });

  app.delete('/keys/:keyId', async (request, reply) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const keyId = requiredString(errors, asRecord(request.params), 'keyId', { max: 64 });
    errors.throwIfAny();
    if (!(await keys.revoke(keyId)))
      throw new CoopsecError('NOT_FOUND', `no active key ${keyId}`, {
        details: [{ field: 'keyId', message: 'unknown or already revoked' }],
      });
    forgetVerifiedKeys(store); // revocation takes effect at once in this process
    await record(request, 'admin.key.revoke', keyId);
    return reply.code(204).send();
  });

  app.get('/collections', async (request) => {
    const principal = principalOf(request);
    const [list, grants] = await Promise.all([
      collections.list(),
      collections.grants(principal.isAdmin ? {} : { orgId: principal.orgId }),
    ]);
    // Non-administrators see only the collections their organisation holds a grant on.
    const visible = principal.isAdmin
      ? list
      : list.filter(
          (c) => grants.some((g) => g.collectionId === c.id) || c.ownerOrg === principal.orgId,
        );
    return {
      collections: visible.map((c) => ({
        ...c,
        grants: grants.filter((g) => g.collectionId === c.id),
      })),
    };
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
    if (await collections.get(id))
      throw new CoopsecError('CONFLICT', `collection ${id} already exists`, {
        details: [{ field: 'id', message: 'already exists' }],
      });
    if (ownerOrg !== undefined && ownerOrg !== '' && !(await orgs.getOrg(ownerOrg)))
      throw new CoopsecError('BAD_INPUT', `no organisation ${ownerOrg}`, {
        details: [{ field: 'ownerOrg', message: 'unknown organisation' }],
      });
    const c = await collections.add({
      id,
      title,
      description: description ?? null,
      ownerOrg: ownerOrg === '' || ownerOrg === undefined ? null : ownerOrg,
    });
    await record(request, 'admin.collection.add', id, { collectionId: id });
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
    if (!(await collections.get(collectionId)))
      throw new CoopsecError('NOT_FOUND', `no collection ${collectionId}`, {
        details: [{ field: 'collectionId', message: 'unknown collection' }],
      });
    if (!(await orgs.getOrg(orgId)))
      throw new CoopsecError('BAD_INPUT', `no organisation ${orgId}`, {
        details: [{ field: 'orgId', message: 'unknown organisation' }],
      });
    const grant = await collections.grant({ collectionId, orgId, canRead, canWrite });
    await record(request, 'admin.grant.set', orgId, {
      collectionId,
      detail: `read=${canRead} write=${canWrite}`,
    });
    return reply.code(201).send(grant);
  });

  app.get('/agreements', async (request) => {
    const principal = principalOf(request);
    const list = await agreements.list();
    return {
      agreements: principal.isAdmin
        ? list
        : list.filter((a) => a.fromOrg === principal.orgId || a.toOrg === principal.orgId),
    };
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
    for (const [field, id] of [
      ['fromOrg', fromOrg],
      ['toOrg', toOrg],
    ] as const) {
      if (!(await orgs.getOrg(id)))
        throw new CoopsecError('BAD_INPUT', `no organisation ${id}`, {
          details: [{ field, message: 'unknown organisation' }],
        });
    }
    if (!(await collections.get(collectionId)))
      throw new CoopsecError('BAD_INPUT', `no collection ${collectionId}`, {
        details: [{ field: 'collectionId', message: 'unknown collection' }],
      });
    const a = await agreements.add({ fromOrg, toOrg, collectionId, levels: lv });
    await record(request, 'admin.agreement.add', a.id, { collectionId });
    return reply.code(201).send(a);
  });

  app.delete('/agreements/:agreementId', async (request, reply) => {
    requireAdmin(request);
    const errors = new FieldErrors();
    const id = requiredString(errors, asRecord(request.params), 'agreementId', { max: 128 });
    errors.throwIfAny();
    if (!(await agreements.remove(id)))
      throw new CoopsecError('NOT_FOUND', `no agreement ${id}`, {
        details: [{ field: 'agreementId', message: 'unknown agreement' }],
      });
    await record(request, 'admin.agreement.remove', id);
    return reply.code(204).send();
  });

  app.get('/audit', async (request) => {
    requireAdmin(request);
    return { events: await audit.list({ limit: 200 }) };
  });
}
