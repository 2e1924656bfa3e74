/**
 * @module federation/provenance
 * How the path a version travelled goes from node to node without changing the object (only
 * its creator may do that): beside the objects, in the envelope property
 * `x_coopsec_provenance`, a map from object id to the node ids the version passed through
 * before the sending node, oldest first. A TAXII server that does not know the property ignores
 * it; a node that receives it appends the sender's node id and keeps the path in its
 * `object_provenance` table.
 */
import { FederationRepository, type Peer, type Store } from '@coopsec/store';

export const PROVENANCE_PROPERTY = 'x_coopsec_provenance';
/** Request header a coopsec node sends when it wants the paths with a page of objects. */
export const PROVENANCE_HEADER = 'x-coopsec-provenance';
/** Envelope property: the sending node's id, for a receiver that has no peer record of it. */
export const SENDER_PROPERTY = 'x_coopsec_node';

const NODE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const MAX_PATH = 32;

const nodeIds = new WeakMap<Pick<Store, 'db'>, Promise<string>>();

/** This node's id (`FederationRepository.nodeId`), cached per store. */
export function nodeIdOf(store: Pick<Store, 'db'>): Promise<string> {
  let id = nodeIds.get(store);
  if (id === undefined) {
    id = new FederationRepository(store).nodeId();
    id.catch(() => nodeIds.delete(store));
    nodeIds.set(store, id);
  }
  return id;
}

/** The name a peer goes by in paths: its node id when known, else `peer:<name>`. */
export const peerNodeName = (peer: Pick<Peer, 'remoteNode' | 'name'>): string =>
  peer.remoteNode ?? `peer:${peer.name}`;

/** Reads an incoming provenance map; anything malformed counts as no path (never an error). */
export function readProvenanceMap(envelope: unknown): ReadonlyMap<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  if (typeof envelope !== 'object' || envelope === null) return found;
  const raw = (envelope as Record<string, unknown>)[PROVENANCE_PROPERTY];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return found;
  for (const [id, path] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(path) || path.length > MAX_PATH) continue;
    if (!path.every((n): n is string => typeof n === 'string' && NODE_ID.test(n))) continue;
    found.set(id, path);
  }
  return found;
}

/** What the ingest use case needs to record provenance of versions a peer delivered. */
export interface IncomingProvenance {
  readonly peerId: string;
  /** Path of the version before this node: the sender's path, then the sender. */
  pathOf(objectId: string): readonly string[];
}

export function incomingProvenance(
  peer: Pick<Peer, 'id' | 'remoteNode' | 'name'>,
  envelope: unknown,
): IncomingProvenance {
  const map = readProvenanceMap(envelope);
  const sender = peerNodeName(peer);
  return { peerId: peer.id, pathOf: (id) => [...(map.get(id) ?? []), sender] };
}

function senderOf(envelope: unknown): string | undefined {
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  const node = (envelope as Record<string, unknown>)[SENDER_PROPERTY];
  return typeof node === 'string' && NODE_ID.test(node) ? node : undefined;
}

/**
 * The provenance of a POST: when the writer's organisation stands for a peer, or the envelope
 * names its sending node (a node that pushes here without this node pulling from it). The
 * claimed node id only ever stops versions from travelling (loops), so it needs no proof.
 */
export async function provenanceOfPost(
  store: Pick<Store, 'db'>,
  writerOrg: string,
  envelope: unknown,
): Promise<IncomingProvenance | undefined> {
  const peer = await new FederationRepository(store).peerForOrg(writerOrg);
  if (peer !== undefined) return incomingProvenance(peer, envelope);
  const sender = senderOf(envelope);
  if (sender === undefined) return undefined;
  const map = readProvenanceMap(envelope);
  return { peerId: `org:${writerOrg}`, pathOf: (id) => [...(map.get(id) ?? []), sender] };
}

/**
 * The provenance property for a page of served versions, as JSON text to put into the
 * envelope (with a leading comma), or '' when none of them came from another node.
 */
export async function provenanceFragment(
  store: Pick<Store, 'db'>,
  collectionId: string,
  served: readonly { readonly objectId: string; readonly version: string }[],
): Promise<string> {
  if (served.length === 0) return '';
  const known = await new FederationRepository(store).provenanceOf(
    collectionId,
    served.map((s) => s.objectId),
  );
  if (known.size === 0) return '';
  const anyVersion = new Map([...known.values()].map((p) => [p.objectId, p]));
  const byId: Record<string, readonly string[]> = {};
  for (const s of served) {
    const found = known.get(`${s.objectId}|${s.version}`) ?? anyVersion.get(s.objectId);
    if (found !== undefined) byId[s.objectId] = found.path;
  }
  return Object.keys(byId).length === 0
    ? ''
    : `,${JSON.stringify(PROVENANCE_PROPERTY)}:${JSON.stringify(byId)}`;
}
