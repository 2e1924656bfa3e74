/**
 * @module federation/testing/nodes
 * Test helpers for federation: a node (its own store, a listening server, its own org and
 * analyst) and a link between two nodes set up as an operator would (a stand-in organisation
 * on each side, a key for it, a peer record with sealed credentials).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AgreementRepository,
  CollectionRepository,
  openStore,
  OrgRepository,
  type Store,
} from '@coopsec/store';
import {
  addCollection,
  addMember,
  startServer,
  type Member,
  type RunningServer,
} from '../../taxii/testing/fixtures.ts';
import { addPeer, type LinkSpec } from '../peers.ts';
import { nodeIdOf } from '../provenance.ts';
import { secretBox, type SecretBox } from '../secrets.ts';

export interface TestNode {
  readonly name: string;
  readonly org: string;
  readonly store: Store;
  readonly server: RunningServer;
  readonly analyst: Member;
  readonly secrets: SecretBox;
  readonly nodeId: string;
  readonly apiRoot: string;
  close(): Promise<void>;
}

/** A node named `name` whose own organisation is `${name}-cert`, with collection `shared`. */
export async function startNode(name: string, target?: string): Promise<TestNode> {
  const dir = mkdtempSync(join(tmpdir(), `coopsec-fed-${name}-`));
  const store = await openStore(target ?? join(dir, 'node.db'));
  const org = `${name}-cert`;
  const analyst = await addMember(store, { orgId: org });
  await addCollection(store, 'shared', [], org);
  const server = await startServer(store);
  const nodeId = await nodeIdOf(store);
  return {
    name,
    org,
    store,
    server,
    analyst,
    secrets: secretBox(randomBytes(32)),
    nodeId,
    apiRoot: `${server.url}/taxii2/default/`,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

/** The organisation on `on` that stands for node `of` (created once). */
export async function standIn(on: TestNode, of: TestNode): Promise<string> {
  const orgs = new OrgRepository(on.store);
  if ((await orgs.getOrg(of.org)) === undefined)
    await orgs.addOrg({ id: of.org, name: of.org.toUpperCase() });
  return of.org;
}

/**
 * `from` peers with `to`: `to` gets a stand-in org for `from` with a key and a grant on
 * `shared` (read and write), and `from` records the peer with that key.
 */
export async function peer(
  from: TestNode,
  to: TestNode,
  link: Partial<LinkSpec> = {},
): Promise<void> {
  await standIn(to, from);
  const account = await addMember(to.store, { orgId: from.org });
  await new CollectionRepository(to.store).grant({
    collectionId: 'shared',
    orgId: from.org,
    canRead: true,
    canWrite: true,
  });
  const localOrg = await standIn(from, to);
  await addPeer(from.store, from.secrets, {
    name: to.name,
    apiRoot: to.apiRoot,
    key: account.key,
    localOrg,
    links: [
      {
        localCollection: 'shared',
        remoteCollection: 'shared',
        direction: link.direction ?? 'both',
        intervalSeconds: link.intervalSeconds ?? 60,
      },
    ],
  });
}

/** On `on`, `from` (an org) lets `to` (an org) receive `levels` of what it adds to `shared`. */
export async function agree(
  on: TestNode,
  fromOrg: string,
  toOrg: string,
  levels: readonly ('clear' | 'green' | 'amber' | 'amber+strict')[],
): Promise<void> {
  await new AgreementRepository(on.store).add({
    fromOrg,
    toOrg,
    collectionId: 'shared',
    levels,
  });
}

/** Ids of the objects stored on a node's `shared` collection (every origin, every version). */
export async function storedIds(node: TestNode): Promise<Set<string>> {
  const rows = await node.store.db
    .selectFrom('exchange_object')
    .select('object_id')
    .where('collection_id', '=', 'shared')
    .execute();
  return new Set(rows.map((r) => r.object_id));
}

export async function storedCount(node: TestNode): Promise<number> {
  const row = await node.store.db
    .selectFrom('exchange_object')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('collection_id', '=', 'shared')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
