/**
 * @module federation/peers
 * Administering peers: a partner's TAXII 2.1 API root, the credentials this node uses there
 * (sealed at rest), the local organisation that stands for the partner (its sharing agreements
 * decide what the partner receives), and per collection the direction and schedule. Shared by
 * the CLI (`coopsec peer …`) and the server's scheduler; never returns credentials.
 */
import { CoopsecError } from '@coopsec/model';
import {
  CollectionRepository,
  FederationRepository,
  LINK_DIRECTIONS,
  OrgRepository,
  type LinkDirection,
  type Peer,
  type PeerLink,
  type Store,
  type SyncRun,
} from '@coopsec/store';
import type { SecretBox } from './secrets.ts';

export interface LinkSpec {
  readonly localCollection: string;
  readonly remoteCollection: string;
  readonly direction: LinkDirection;
  readonly intervalSeconds: number;
}

export interface AddPeerInput {
  readonly name: string;
  readonly apiRoot: string;
  readonly key: string;
  readonly user?: string;
  readonly localOrg: string;
  readonly links: readonly LinkSpec[];
  readonly hopLimit?: number;
}

/** A peer as shown to operators: everything but the credentials. */
export type PeerView = Omit<Peer, 'credentials'>;

export const DEFAULT_HOP_LIMIT = 4;
const MIN_INTERVAL_SECONDS = 10;

const view = ({ credentials: _sealed, ...rest }: Peer): PeerView => rest;

/** Parses `local[=remote][:pull|push|both][@seconds]`, naming the part that is wrong. */
export function parseLinkSpec(text: string): LinkSpec {
  const m = /^([^=:@]+)(?:=([^:@]+))?(?::([a-z]+))?(?:@(\d+))?$/.exec(text.trim());
  if (m === null)
    throw new CoopsecError(
      'BAD_INPUT',
      `link "${text}" must be local[=remote][:pull|push|both][@seconds], e.g. indicators=shared:both@300`,
    );
  const [, local = '', remote, direction = 'both', seconds = '300'] = m;
  if (!(LINK_DIRECTIONS as readonly string[]).includes(direction))
    throw new CoopsecError(
      'BAD_INPUT',
      `link "${text}": direction must be pull, push or both, got "${direction}"`,
    );
  const intervalSeconds = Number(seconds);
  if (intervalSeconds < MIN_INTERVAL_SECONDS)
    throw new CoopsecError(
      'BAD_INPUT',
      `link "${text}": the schedule must be at least ${MIN_INTERVAL_SECONDS} seconds, got ${seconds}`,
    );
  return {
    localCollection: local,
    remoteCollection: remote ?? local,
    direction: direction as LinkDirection,
    intervalSeconds,
  };
}

function checkApiRoot(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CoopsecError('BAD_INPUT', `url "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new CoopsecError('BAD_INPUT', `url "${url}" must be http:// or https://`);
  if (parsed.username !== '' || parsed.password !== '')
    throw new CoopsecError('BAD_INPUT', 'url must not carry credentials: give them with --key');
  return parsed.toString().endsWith('/') ? parsed.toString() : `${parsed.toString()}/`;
}

export async function addPeer(
  store: Store,
  secrets: SecretBox,
  input: AddPeerInput,
): Promise<{ peer: PeerView; links: PeerLink[] }> {
  const apiRoot = checkApiRoot(input.apiRoot);
  if (input.key.trim() === '') throw new CoopsecError('BAD_INPUT', 'key must not be empty');
  const hopLimit = input.hopLimit ?? DEFAULT_HOP_LIMIT;
  if (!Number.isInteger(hopLimit) || hopLimit < 2 || hopLimit > 16)
    throw new CoopsecError(
      'BAD_INPUT',
      `hop limit must be an integer from 2 to 16, got ${hopLimit}`,
    );
  if (input.links.length === 0)
    throw new CoopsecError('BAD_INPUT', 'give at least one --link local[=remote][:direction]');
  const orgs = new OrgRepository(store);
  if ((await orgs.getOrg(input.localOrg)) === undefined)
    throw new CoopsecError(
      'NOT_FOUND',
      `organisation ${input.localOrg} does not exist (create the organisation that stands for the partner first: coopsec org add)`,
    );
  const collections = new CollectionRepository(store);
  for (const link of input.links)
    if ((await collections.get(link.localCollection)) === undefined)
      throw new CoopsecError('NOT_FOUND', `collection ${link.localCollection} does not exist`);
  const federation = new FederationRepository(store);
  if ((await federation.getPeer(input.name)) !== undefined)
    throw new CoopsecError('CONFLICT', `peer ${input.name} already exists`);

  const serviceUser = await orgs.addUser({ orgId: input.localOrg, name: `peer-${input.name}` });
  const sealed = secrets.seal(
    JSON.stringify({ key: input.key, ...(input.user !== undefined ? { user: input.user } : {}) }),
  );
  const peer = await federation.addPeer({
    name: input.name,
    apiRoot,
    localOrg: input.localOrg,
    serviceUser: serviceUser.id,
    credentials: sealed,
    hopLimit,
  });
  for (const link of input.links) {
    await federation.addLink({ peerId: peer.id, ...link });
    if (link.direction !== 'push') {
      // Pulled objects are written as the partner's organisation: it needs write on the collection.
      const [current] = await collections.grants({
        collectionId: link.localCollection,
        orgId: input.localOrg,
      });
      await collections.grant({
        collectionId: link.localCollection,
        orgId: input.localOrg,
        canRead: current?.canRead ?? false,
        canWrite: true,
      });
    }
  }
  return { peer: view(peer), links: await federation.links(peer.id) };
}

export async function listPeers(store: Store): Promise<PeerView[]> {
  return (await new FederationRepository(store).listPeers()).map(view);
}

export async function removePeer(store: Store, name: string): Promise<void> {
  const federation = new FederationRepository(store);
  const peer = await federation.getPeer(name);
  if (peer === undefined) throw new CoopsecError('NOT_FOUND', `no peer ${name}`);
  await federation.removePeer(peer.id);
}

export interface PeerStatus {
  readonly peer: PeerView;
  readonly links: readonly PeerLink[];
  readonly runs: readonly SyncRun[];
}

export async function peerStatus(store: Store, name: string, runs = 10): Promise<PeerStatus> {
  const federation = new FederationRepository(store);
  const peer = await federation.getPeer(name);
  if (peer === undefined) throw new CoopsecError('NOT_FOUND', `no peer ${name}`);
  return {
    peer: view(peer),
    links: await federation.links(peer.id),
    runs: await federation.runs(peer.id, runs),
  };
}
