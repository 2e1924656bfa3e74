/**
 * @module admin
 * Administration of the exchange: organisations, users, API keys, TAXII collections and their
 * grants, sharing agreements, and the audit log. `coopsec org|key|collection|agreement|audit`
 * and `/api/orgs|keys|collections|agreements|audit` are adapters over these functions. Every
 * change is written to the audit log with the actor who made it. Keys are listed without their
 * secrets (only a hash is stored); a new key is returned once, by `createApiKey`.
 *
 * @example
 * const { keys } = await listApiKeys(store);
 * await revokeApiKey(store, { keyId: keys[0].id }, { via: 'coopsec CLI' });
 */
import { CoopsecError } from '@coopsec/model';
import {
  AgreementRepository,
  ApiKeyRepository,
  AuditRepository,
  CollectionRepository,
  OrgRepository,
  type AgreementLevel,
  type Store,
} from '@coopsec/store';

/** Who made a change, for the audit log: a REST principal, or the CLI on the host. */
export interface Actor {
  readonly userId?: string;
  readonly orgId?: string;
  readonly keyId?: string;
  /** Where the change came from, when there is no principal (e.g. "coopsec CLI"). */
  readonly via?: string;
}

/** What a reader may see of collections and agreements: administrators see everything. */
export interface Viewer {
  readonly isAdmin: boolean;
  readonly orgId?: string;
}

export const ADMIN_VIEWER: Viewer = { isAdmin: true };

async function record(
  store: Store,
  actor: Actor,
  event: { action: string; target: string; collectionId?: string; detail?: string },
): Promise<void> {
  await new AuditRepository(store).record({
    userId: actor.userId ?? null,
    orgId: actor.orgId ?? null,
    keyId: actor.keyId ?? null,
    action: event.action,
    target: event.target,
    outcome: 'ok',
    collectionId: event.collectionId ?? null,
    detail: event.detail ?? actor.via ?? null,
  });
}

const unknownOrg = (field: string, id: string, code: 'BAD_INPUT' | 'NOT_FOUND' = 'BAD_INPUT') =>
  new CoopsecError(code, `no organisation ${id}`, {
    details: [{ field, message: 'unknown organisation' }],
  });

//#region organisations and users

export async function listOrganisations(store: Store) {
  const orgs = new OrgRepository(store);
  const [list, users] = await Promise.all([orgs.listOrgs(), orgs.listUsers()]);
  return {
    organisations: list.map((o) => ({ ...o, users: users.filter((u) => u.orgId === o.id) })),
  };
}

export async function addOrganisation(
  store: Store,
  input: { id: string; name: string; parentOrg?: string | null },
  actor: Actor,
) {
  const orgs = new OrgRepository(store);
  if (await orgs.getOrg(input.id))
    throw new CoopsecError('CONFLICT', `organisation ${input.id} already exists`, {
      details: [{ field: 'id', message: 'already exists' }],
    });
  const parentOrg = input.parentOrg === '' ? null : (input.parentOrg ?? null);
  if (parentOrg !== null && !(await orgs.getOrg(parentOrg)))
    throw unknownOrg('parentOrg', parentOrg);
  const org = await orgs.addOrg({ id: input.id, name: input.name, parentOrg });
  await record(store, actor, { action: 'admin.org.add', target: org.id });
  return org;
}

export async function addUser(
  store: Store,
  input: { orgId: string; name: string; isAdmin: boolean },
  actor: Actor,
) {
  const orgs = new OrgRepository(store);
  if (!(await orgs.getOrg(input.orgId))) throw unknownOrg('orgId', input.orgId, 'NOT_FOUND');
  if (await orgs.findUserByName(input.name))
    throw new CoopsecError('CONFLICT', `a user named ${input.name} already exists`, {
      details: [{ field: 'name', message: 'already taken' }],
    });
  const user = await orgs.addUser(input);
  await record(store, actor, { action: 'admin.user.add', target: user.id });
  return user;
}

//#endregion
//#region API keys

/** Every key with its owner; never the secret (only its hash is stored). */
export async function listApiKeys(store: Store) {
  const orgs = new OrgRepository(store);
  const [list, users] = await Promise.all([new ApiKeyRepository(store).list(), orgs.listUsers()]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    keys: list.map((k) => ({
      ...k,
      userName: byId.get(k.userId)?.name ?? null,
      orgId: byId.get(k.userId)?.orgId ?? null,
    })),
  };
}

/** A new key for a user; the key itself is in the answer once, only its hash is stored. */
export async function createApiKey(store: Store, input: { userId: string }, actor: Actor) {
  if (!(await new OrgRepository(store).getUser(input.userId)))
    throw new CoopsecError('NOT_FOUND', `no user ${input.userId}`, {
      details: [{ field: 'userId', message: 'unknown user' }],
    });
  const created = await new ApiKeyRepository(store).create({ userId: input.userId });
  await record(store, actor, { action: 'admin.key.create', target: created.id });
  return created;
}

/**
 * A new key for a user of an organisation, found by name or created (`coopsec key create`).
 * The user's name defaults to `<org>-api`.
 */
export async function createApiKeyForOrg(
  store: Store,
  input: { orgId: string; userName?: string; isAdmin?: boolean },
  actor: Actor,
) {
  const orgs = new OrgRepository(store);
  if (!(await orgs.getOrg(input.orgId))) throw unknownOrg('org', input.orgId, 'NOT_FOUND');
  const name = input.userName ?? `${input.orgId}-api`;
  let user = await orgs.findUserByName(name);
  if (user !== undefined && user.orgId !== input.orgId) {
    throw new CoopsecError(
      'CONFLICT',
      `user ${name} belongs to organisation ${user.orgId}, not ${input.orgId}`,
      { details: [{ field: 'user', message: `belongs to ${user.orgId}` }] },
    );
  }
  user ??= await addUser(
    store,
    { orgId: input.orgId, name, isAdmin: input.isAdmin === true },
    actor,
  );
  const created = await createApiKey(store, { userId: user.id }, actor);
  return {
    keyId: created.id,
    key: created.key,
    userId: user.id,
    userName: user.name,
    orgId: input.orgId,
    isAdmin: user.isAdmin,
  };
}

/**
 * Revokes a key. Servers in this process must drop their verified-key cache afterwards (the
 * REST adapter does); another process's server stops accepting it within its cache time.
 */
export async function revokeApiKey(store: Store, input: { keyId: string }, actor: Actor) {
  if (!(await new ApiKeyRepository(store).revoke(input.keyId)))
    throw new CoopsecError('NOT_FOUND', `no active key ${input.keyId}`, {
      details: [{ field: 'keyId', message: 'unknown or already revoked' }],
    });
  await record(store, actor, { action: 'admin.key.revoke', target: input.keyId });
  return { keyId: input.keyId, revoked: true as const };
}

//#endregion
//#region collections and grants

/** Collections with their grants; a non-administrator sees those their organisation holds a grant on or owns. */
export async function listCollections(store: Store, viewer: Viewer = ADMIN_VIEWER) {
  const repo = new CollectionRepository(store);
  const [list, grants] = await Promise.all([
    repo.list(),
    repo.grants(viewer.isAdmin || viewer.orgId === undefined ? {} : { orgId: viewer.orgId }),
  ]);
  const visible = viewer.isAdmin
    ? list
    : list.filter(
        (c) => grants.some((g) => g.collectionId === c.id) || c.ownerOrg === viewer.orgId,
      );
  return {
    collections: visible.map((c) => ({
      ...c,
      grants: grants.filter((g) => g.collectionId === c.id),
    })),
  };
}

export async function addCollection(
  store: Store,
  input: {
    id: string;
    title: string;
    description?: string | null;
    ownerOrg?: string | null;
    apiRoot?: string;
  },
  actor: Actor,
) {
  const repo = new CollectionRepository(store);
  if (await repo.get(input.id))
    throw new CoopsecError('CONFLICT', `collection ${input.id} already exists`, {
      details: [{ field: 'id', message: 'already exists' }],
    });
  const ownerOrg = input.ownerOrg === '' ? null : (input.ownerOrg ?? null);
  if (ownerOrg !== null && !(await new OrgRepository(store).getOrg(ownerOrg)))
    throw unknownOrg('ownerOrg', ownerOrg);
  const c = await repo.add({
    id: input.id,
    title: input.title,
    description: input.description ?? null,
    ownerOrg,
    ...(input.apiRoot === undefined ? {} : { apiRoot: input.apiRoot }),
  });
  await record(store, actor, { action: 'admin.collection.add', target: c.id, collectionId: c.id });
  return c;
}

export async function grantCollection(
  store: Store,
  input: { collectionId: string; orgId: string; canRead: boolean; canWrite: boolean },
  actor: Actor,
) {
  const repo = new CollectionRepository(store);
  if (!(await repo.get(input.collectionId)))
    throw new CoopsecError('NOT_FOUND', `no collection ${input.collectionId}`, {
      details: [{ field: 'collectionId', message: 'unknown collection' }],
    });
  if (!(await new OrgRepository(store).getOrg(input.orgId))) throw unknownOrg('orgId', input.orgId);
  const grant = await repo.grant(input);
  await record(store, actor, {
    action: 'admin.grant.set',
    target: input.orgId,
    collectionId: input.collectionId,
    detail: `read=${input.canRead} write=${input.canWrite}`,
  });
  return grant;
}

//#endregion
//#region sharing agreements

/** Agreements; a non-administrator sees those their organisation is a party to. */
export async function listAgreements(
  store: Store,
  options: { viewer?: Viewer; collectionId?: string } = {},
) {
  const viewer = options.viewer ?? ADMIN_VIEWER;
  const list = await new AgreementRepository(store).list(
    options.collectionId === undefined ? {} : { collectionId: options.collectionId },
  );
  return {
    agreements: viewer.isAdmin
      ? list
      : list.filter((a) => a.fromOrg === viewer.orgId || a.toOrg === viewer.orgId),
  };
}

export async function addAgreement(
  store: Store,
  input: { fromOrg: string; toOrg: string; collectionId: string; levels: AgreementLevel[] },
  actor: Actor,
) {
  if (input.fromOrg === input.toOrg)
    throw new CoopsecError('BAD_INPUT', 'toOrg: must differ from fromOrg', {
      details: [{ field: 'toOrg', message: 'must differ from fromOrg' }],
    });
  const orgs = new OrgRepository(store);
  for (const [field, id] of [
    ['fromOrg', input.fromOrg],
    ['toOrg', input.toOrg],
  ] as const) {
    if (!(await orgs.getOrg(id))) throw unknownOrg(field, id);
  }
  if (!(await new CollectionRepository(store).get(input.collectionId)))
    throw new CoopsecError('BAD_INPUT', `no collection ${input.collectionId}`, {
      details: [{ field: 'collectionId', message: 'unknown collection' }],
    });
  const a = await new AgreementRepository(store).add(input);
  await record(store, actor, {
    action: 'admin.agreement.add',
    target: a.id,
    collectionId: input.collectionId,
    detail: `${a.fromOrg}>${a.toOrg}: ${a.levels.join(',')}`,
  });
  return a;
}

export async function removeAgreement(store: Store, input: { agreementId: string }, actor: Actor) {
  if (!(await new AgreementRepository(store).remove(input.agreementId)))
    throw new CoopsecError('NOT_FOUND', `no agreement ${input.agreementId}`, {
      details: [{ field: 'agreementId', message: 'unknown agreement' }],
    });
  await record(store, actor, { action: 'admin.agreement.remove', target: input.agreementId });
}

//#endregion

export async function listAuditEvents(store: Store, options: { limit?: number; orgId?: string }) {
  return {
    events: await new AuditRepository(store).list({
      limit: options.limit ?? 200,
      ...(options.orgId === undefined ? {} : { orgId: options.orgId }),
    }),
  };
}
