/**
 * @module federation/sync
 * One synchronisation run with a peer over plain TAXII 2.1, per linked collection:
 *  - pull: pages with `added_after` and `next` (TAXII 2.1 §3.4), each page ingested by the same
 *    use case as a POST, as the local organisation that stands for the peer, its provenance kept;
 *    the cursor (the peer's own X-TAXII-Date-Added-Last, never this node's clock) is saved after
 *    each committed page, so a killed node resumes where it stopped;
 *  - push: stored versions in `seq` order after the push cursor, each decided by `mayForward`
 *    (TLP 2.0 at every hop) with the partner's clearance from the sharing agreements, redacted by
 *    `serveVersion`, sent in envelopes; the status resource is followed to completion and the
 *    cursor moves only then. A version the partner already has changes nothing there.
 * Every run is recorded with its counts, refusals (ids and reasons only) and duration.
 */
import { randomUUID } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import {
  clearanceFor,
  FORWARD_REFUSALS,
  mayForward,
  serveVersion,
  TLP_LEVELS,
  type TlpLevel,
} from '@coopsec/stix';
import {
  FederationRepository,
  type Peer,
  type PeerLink,
  type Store,
  type SyncRun,
} from '@coopsec/store';
import type { Principal } from '../auth/principal.ts';
import { TaxiiClient, type PullState, type TaxiiStatusBody } from '../client/taxii-client.ts';
import { resolveAccess } from '../taxii/access.ts';
import { ingestEnvelope } from '../taxii/ingest.ts';
import {
  incomingProvenance,
  nodeIdOf,
  PROVENANCE_PROPERTY,
  SENDER_PROPERTY,
} from './provenance.ts';
import type { SecretBox } from './secrets.ts';

export interface SyncOptions {
  readonly store: Store;
  readonly secrets: SecretBox;
  readonly fetch?: typeof fetch;
  /** Objects per pulled page (default 1,000). */
  readonly pageSize?: number;
  /** Pages per pull run before it stops with a reason (default 10,000). */
  readonly maxPages?: number;
  /** Stored versions read per push batch (default 1,000). */
  readonly pushBatch?: number;
  /** How long to follow a pending status resource (default 60 s). */
  readonly statusTimeoutMs?: number;
  /** Attempts per request for network errors, 429 and 5xx (default 4). */
  readonly attempts?: number;
}

export interface PeerCredentials {
  readonly key: string;
  readonly user?: string;
}

type Direction = 'pull' | 'push';

class RunCounter {
  readonly started = Date.now();
  readonly startedAt = new Date().toISOString();
  objectsIn = 0;
  objectsOut = 0;
  requests = 0;
  lagMs: number | null = null;
  readonly refusals: { id: string; reason: string }[] = [];

  refuse(id: string, reason: string): void {
    this.refusals.push({ id, reason });
  }
}

/** Everything one direction of one link needs during a run. */
interface LinkRun {
  readonly options: SyncOptions;
  readonly peer: Peer;
  readonly credentials: PeerCredentials;
  readonly link: PeerLink;
  readonly counter: RunCounter;
  readonly self: string;
  readonly reset: boolean;
}

const principalFor = (peer: Peer): Principal => ({
  userId: peer.serviceUser,
  userName: `peer:${peer.name}`,
  orgId: peer.localOrg,
  isAdmin: false,
  keyId: `peer:${peer.id}`,
});

/** Runs every link of the peer (or only `direction`) once; returns the recorded runs. */
export async function syncPeer(
  options: SyncOptions,
  peerName: string,
  want: { direction?: Direction | 'both'; reset?: boolean } = {},
): Promise<SyncRun[]> {
  const repo = new FederationRepository(options.store);
  const peer = await repo.getPeer(peerName);
  if (peer === undefined) throw new CoopsecError('NOT_FOUND', `no peer ${peerName}`);
  const credentials = JSON.parse(options.secrets.open(peer.credentials)) as PeerCredentials;
  const self = await nodeIdOf(options.store);
  const links = await repo.links(peer.id);
  const runs: SyncRun[] = [];
  const learned = await learnRemoteNode({ options, peer, credentials, link: links[0] }, self);
  if (typeof learned === 'string') {
    await repo.setPeerState(peer.id, { status: 'failed', error: learned });
    for (const link of links) {
      const run = recordOf({ peer, link, counter: new RunCounter() }, 'pull', learned);
      await repo.recordRun(run);
      runs.push(run);
    }
    return runs;
  }
  const current = learned;
  const wanted = want.direction ?? 'both';
  let failed: string | null = null;
  for (const link of links) {
    for (const direction of ['pull', 'push'] as const) {
      if (wanted !== 'both' && wanted !== direction) continue;
      if (link.direction !== 'both' && link.direction !== direction) continue;
      const counter = new RunCounter();
      let run: SyncRun;
      try {
        const ctx: LinkRun = {
          options,
          peer: current,
          credentials,
          link,
          counter,
          self,
          reset: want.reset === true,
        };
        if (direction === 'pull') await pull(ctx);
        else await push(ctx);
        run = recordOf(ctx, direction, null);
      } catch (error) {
        failed = describe(error);
        run = recordOf({ peer: current, link, counter }, direction, failed);
      }
      await repo.recordRun(run);
      runs.push(run);
    }
  }
  await repo.setPeerState(peer.id, {
    status: failed === null ? 'ok' : 'failed',
    error: failed,
  });
  return runs;
}

/**
 * The peer with its node id, read from its API root the first time (once known, a run with
 * nothing new costs one request per collection); or why the peer cannot be used.
 */
async function learnRemoteNode(
  at: Pick<LinkRun, 'options' | 'peer' | 'credentials'> & { link: PeerLink | undefined },
  self: string,
): Promise<Peer | string> {
  const { options, peer } = at;
  if (peer.remoteNode !== null) return peer;
  try {
    const root = await clientFor(at).apiRoot({
      required: true,
    });
    if (root.node === self) return `peer ${peer.name} is this node (${self})`;
    if (root.node === undefined) return peer;
    await new FederationRepository(options.store).setPeerState(peer.id, {
      status: peer.lastStatus ?? 'new',
      error: peer.lastError,
      remoteNode: root.node,
    });
    return { ...peer, remoteNode: root.node };
  } catch (error) {
    return describe(error);
  }
}

function clientFor(
  at: Pick<LinkRun, 'options' | 'peer' | 'credentials'> & {
    link: PeerLink | undefined;
    counter?: RunCounter;
  },
): TaxiiClient {
  const { options, peer, credentials, link, counter } = at;
  const base = options.fetch ?? fetch;
  const counted: typeof fetch = (input, init) => {
    if (counter !== undefined) counter.requests += 1;
    return base(input, init);
  };
  return new TaxiiClient({
    url: peer.apiRoot,
    collection: link?.remoteCollection ?? '_',
    key: credentials.key,
    ...(credentials.user !== undefined ? { user: credentials.user } : {}),
    fetch: counted,
    attempts: options.attempts ?? 4,
  });
}

async function pull(ctx: LinkRun): Promise<void> {
  const { options, peer, link, counter } = ctx;
  const repo = new FederationRepository(options.store);
  const principal = principalFor(peer);
  const access = await resolveAccess(options.store, principal, link.localCollection);
  if (access === undefined || !access.canWrite)
    throw new CoopsecError(
      'FORBIDDEN',
      `organisation ${peer.localOrg} may not write collection ${link.localCollection}`,
    );
  const saved =
    ctx.reset || link.pullCursor === null ? undefined : (JSON.parse(link.pullCursor) as PullState);
  const client = clientFor(ctx);
  await client.pull({
    limit: options.pageSize ?? 1000,
    maxPages: options.maxPages ?? 10_000,
    ...(saved !== undefined ? { state: saved } : {}),
    onPage: async (objects, state, envelope) => {
      const provenance = incomingProvenance(peer, envelope);
      // Never take back what this node sent: its own id on the path means it came from here.
      const fresh = objects.filter((o) => !provenance.pathOf(String(o.id)).includes(ctx.self));
      if (fresh.length > 0) {
        const status = await ingestEnvelope({
          store: options.store,
          collectionId: link.localCollection,
          writer: principal,
          access,
          objects: fresh,
          provenance,
        });
        counter.objectsIn += status.successes.filter((s) => s.message === undefined).length;
        for (const f of status.failures) counter.refuse(f.id, f.message ?? 'refused');
      }
      await repo.updateLink(link, { pullCursor: JSON.stringify(state) });
      if (state.lastDateAdded !== undefined && objects.length > 0)
        counter.lagMs = Math.max(0, Date.now() - Date.parse(state.lastDateAdded));
    },
  });
}

async function push(ctx: LinkRun): Promise<void> {
  const { options, peer, link, counter } = ctx;
  const repo = new FederationRepository(options.store);
  const client = clientFor(ctx);
  let cursor = ctx.reset ? 0 : link.pushCursor;
  if (!ctx.reset && link.pushInflight !== null) {
    // A run stopped after sending: finish following that envelope before sending more.
    await followStatus(options, client, [link.pushInflight.statusId], counter);
    cursor = link.pushInflight.upToSeq;
    await repo.updateLink(link, { pushCursor: cursor, pushInflight: null });
  }
  const access = await resolveAccess(options.store, principalFor(peer), link.localCollection);
  if (access === undefined)
    throw new CoopsecError('NOT_FOUND', `no collection ${link.localCollection}`);
  const table = access.scope.clearance;
  const batchSize = options.pushBatch ?? 1000;
  for (;;) {
    const batch = await repo.versionsAfter(link.localCollection, cursor, batchSize);
    const last = batch[batch.length - 1];
    if (last === undefined) break;
    const provenance = await repo.provenanceOf(
      link.localCollection,
      batch.map((v) => v.objectId),
    );
    const outgoing: Record<string, unknown>[] = [];
    const paths = new Map<string, readonly string[]>();
    for (const v of batch) {
      const came = provenance.get(`${v.objectId}|${v.version}`);
      // What the partner delivered (or posted here itself) never goes back to it.
      if (came?.peerId === peer.id || v.originOrg === peer.localOrg) continue;
      const path = came?.path ?? [];
      const level: TlpLevel = TLP_LEVELS[v.viewRank] ?? 'red';
      const partnerClearance = clearanceFor(table, v);
      const decision = mayForward({
        level,
        partnerClearance,
        path,
        self: ctx.self,
        partner: peer.remoteNode ?? undefined,
        // TLP:RED recipients are user ids of this node; no partner node knows them yet, so RED
        // is not federated (the domain rule allows it to a recipient's own node).
        recipientAtPartner: false,
        hopLimit: peer.hopLimit,
      });
      if (!decision.forward) {
        if (decision.reason !== 'not-cleared' && decision.reason !== 'loop')
          counter.refuse(
            v.objectId,
            `withheld (${decision.reason}): ${FORWARD_REFUSALS[decision.reason]}`,
          );
        continue;
      }
      const served = serveVersion(
        JSON.parse(v.body) as Record<string, unknown>,
        level,
        decision.serveAt,
      );
      if (served === undefined) continue;
      outgoing.push(served);
      if (path.length > 0) paths.set(v.objectId, path);
    }
    if (outgoing.length > 0) {
      const pending: string[] = [];
      const result = await client.push(outgoing, {
        chunk: batchSize,
        envelope: (objects) => {
          const map: Record<string, readonly string[]> = {};
          for (const o of objects) {
            const id = String((o as { id?: unknown }).id);
            const path = paths.get(id);
            if (path !== undefined) map[id] = path;
          }
          return {
            [SENDER_PROPERTY]: ctx.self,
            ...(Object.keys(map).length > 0 ? { [PROVENANCE_PROPERTY]: map } : {}),
          };
        },
        onStatus: async (status) => {
          if (status.status !== 'complete' && typeof status.id === 'string') {
            pending.push(status.id);
            await repo.updateLink(link, {
              pushInflight: { statusId: status.id, upToSeq: last.seq },
            });
          }
        },
      });
      counter.objectsOut += result.success;
      for (const f of result.failures) counter.refuse(f.id, f.message ?? 'refused by the peer');
      if (pending.length > 0) await followStatus(options, client, pending, counter);
    }
    cursor = last.seq;
    await repo.updateLink(link, { pushCursor: cursor, pushInflight: null });
    if (batch.length < batchSize) break;
  }
}

/** Polls status resources until complete (TAXII 2.1 §4.3), with a growing pause. */
async function followStatus(
  options: SyncOptions,
  client: TaxiiClient,
  ids: readonly string[],
  counter: RunCounter,
): Promise<void> {
  const deadline = Date.now() + (options.statusTimeoutMs ?? 60_000);
  for (const id of ids) {
    let pause = 100;
    for (;;) {
      let status: TaxiiStatusBody;
      try {
        status = await client.status(id);
      } catch (error) {
        // The peer no longer knows the status: the versions are sent again (which changes
        // nothing for versions it stored).
        if (error instanceof CoopsecError && error.code === 'NOT_FOUND') break;
        throw error;
      }
      if (status.status === 'complete') {
        for (const f of status.failures ?? [])
          counter.refuse(f.id, f.message ?? 'refused by the peer');
        break;
      }
      if (Date.now() > deadline)
        throw new CoopsecError('UNAVAILABLE', `status ${id} still pending at the peer`);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 5_000);
    }
  }
}

function recordOf(
  at: Pick<LinkRun, 'peer' | 'link' | 'counter'>,
  direction: Direction,
  error: string | null,
): SyncRun {
  const { peer, link, counter: c } = at;
  return {
    id: randomUUID(),
    peerId: peer.id,
    localCollection: link.localCollection,
    direction,
    startedAt: c.startedAt,
    finishedAt: new Date().toISOString(),
    outcome: error === null ? 'ok' : 'failed',
    objectsIn: c.objectsIn,
    objectsOut: c.objectsOut,
    refused: c.refusals.length,
    refusals: c.refusals,
    requests: c.requests,
    error,
    lagMs: c.lagMs,
  };
}

/** A reason fit for the peer page and the logs: never credentials (the client never puts them in messages). */
function describe(error: unknown): string {
  if (error instanceof CoopsecError) {
    if (error.code === 'UNAUTHENTICATED')
      return `the peer refused the credentials (${error.message}); check the key given to peer add`;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
