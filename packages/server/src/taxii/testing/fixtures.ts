/**
 * @module taxii/testing/fixtures
 * Test helpers: a listening server on a given store, organisations with keys, and STIX objects.
 */
import { randomUUID } from 'node:crypto';
import { ApiKeyRepository, CollectionRepository, OrgRepository, type Store } from '@coopsec/store';
import { buildApp } from '../../app.ts';
import { TLP_MARKING_IDS, type TlpLevel } from '../stix-adapter.ts';

export interface RunningServer extends AsyncDisposable {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(
  store: Store,
  options: { maxContentLength?: number } = {},
): Promise<RunningServer> {
  const app = await buildApp({
    store,
    logger: false,
    ...(options.maxContentLength !== undefined
      ? { maxContentLength: options.maxContentLength }
      : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const close = async () => {
    await app.close();
  };
  return { url: `http://127.0.0.1:${port}`, close, [Symbol.asyncDispose]: close };
}

export interface Member {
  readonly orgId: string;
  readonly userId: string;
  readonly userName: string;
  readonly key: string;
}

/** Creates an organisation (optionally a client of `parent`) with one user and key. */
export async function addMember(
  store: Store,
  options: { orgId: string; parent?: string; admin?: boolean; userName?: string },
): Promise<Member> {
  const orgs = new OrgRepository(store);
  if ((await orgs.getOrg(options.orgId)) === undefined) {
    await orgs.addOrg({
      id: options.orgId,
      name: options.orgId.toUpperCase(),
      parentOrg: options.parent ?? null,
    });
  }
  const userName = options.userName ?? `${options.orgId}-analyst-${randomUUID().slice(0, 6)}`;
  const user = await orgs.addUser({
    orgId: options.orgId,
    name: userName,
    isAdmin: options.admin === true,
  });
  const { key } = await new ApiKeyRepository(store).create({ userId: user.id });
  return { orgId: options.orgId, userId: user.id, userName, key };
}

export async function addCollection(
  store: Store,
  id: string,
  grants: readonly { orgId: string; read?: boolean; write?: boolean }[],
  owner?: string,
): Promise<void> {
  const repo = new CollectionRepository(store);
  await repo.add({ id, title: `Collection ${id}`, ownerOrg: owner ?? null });
  for (const g of grants)
    await repo.grant({
      collectionId: id,
      orgId: g.orgId,
      canRead: g.read === true,
      canWrite: g.write === true,
    });
}

let counter = 0;

/** A valid STIX 2.1 indicator; `n` makes the id deterministic within a run. */
export function indicator(
  options: { tlp?: TlpLevel; modified?: string; id?: string; extra?: Record<string, unknown> } = {},
): Record<string, unknown> {
  counter += 1;
  const ts = options.modified ?? '2024-01-01T00:00:00.000Z';
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: options.id ?? `indicator--${randomUUID()}`,
    created: '2024-01-01T00:00:00.000Z',
    modified: ts,
    name: `test indicator ${counter}`,
    pattern: `[ipv4-addr:value = '10.0.${(counter >> 8) & 255}.${counter & 255}']`,
    pattern_type: 'stix',
    valid_from: '2024-01-01T00:00:00Z',
    ...(options.tlp !== undefined ? { object_marking_refs: [TLP_MARKING_IDS[options.tlp]] } : {}),
    ...options.extra,
  };
}

export const TAXII = 'application/taxii+json;version=2.1';

export function authHeader(key: string): string {
  return `Bearer ${key}`;
}

/** fetch with the TAXII Accept and a key. */
export async function taxiiFetch(
  url: string,
  key: string,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(url, {
    ...init,
    headers: {
      accept: TAXII,
      authorization: authHeader(key),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
}

export async function post(
  url: string,
  key: string,
  objects: readonly unknown[],
): Promise<Response> {
  return taxiiFetch(url, key, {
    method: 'POST',
    body: JSON.stringify({ objects }),
    headers: { 'content-type': TAXII },
  });
}
