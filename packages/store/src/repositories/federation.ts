/**
 * @module repositories/federation
 * Peers, their collection links with persisted cursors, provenance of received versions, and
 * the record of every sync run (migration 0004-federation). Credentials arrive here already
 * encrypted: this module never sees them in clear.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import type { Kysely, Transaction } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';
import type { PeerTable } from '../schema-federation.ts';
import { checkIdentifier } from './orgs.ts';

export const LINK_DIRECTIONS = ['pull', 'push', 'both'] as const;
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

export interface Peer {
  readonly id: string;
  readonly name: string;
  readonly apiRoot: string;
  readonly localOrg: string;
  readonly serviceUser: string;
  /** Encrypted credentials (see the server's federation/secrets). */
  readonly credentials: string;
  readonly remoteNode: string | null;
  readonly hopLimit: number;
  readonly enabled: boolean;
  readonly lastStatus: string | null;
  readonly lastError: string | null;
}

export interface PushInflight {
  readonly statusId: string;
  readonly upToSeq: number;
}

export interface PeerLink {
  readonly peerId: string;
  readonly localCollection: string;
  readonly remoteCollection: string;
  readonly direction: LinkDirection;
  readonly intervalSeconds: number;
  readonly pullCursor: string | null;
  readonly pushCursor: number;
  readonly pushInflight: PushInflight | null;
  readonly nextRunAt: string | null;
}

export interface Provenance {
  readonly objectId: string;
  readonly version: string;
  readonly peerId: string;
  readonly receivedAt: string;
  readonly path: readonly string[];
}

export interface SyncRun {
  readonly id: string;
  readonly peerId: string;
  readonly localCollection: string;
  readonly direction: 'pull' | 'push';
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly outcome: string;
  readonly objectsIn: number;
  readonly objectsOut: number;
  readonly refused: number;
  readonly refusals: readonly { readonly id: string; readonly reason: string }[];
  readonly requests: number;
  readonly error: string | null;
  readonly lagMs: number | null;
}

/** A stored version as a push reads it, in seq order. */
export interface OutgoingVersion {
  readonly seq: number;
  readonly objectId: string;
  readonly version: string;
  readonly originOrg: string;
  readonly originUser: string;
  readonly recipients: readonly string[];
  readonly viewRank: number;
  readonly dateAdded: string;
  readonly body: string;
}

type Db = Kysely<Database> | Transaction<Database>;
const json = <T>(text: string | null, fallback: T): T =>
  text === null ? fallback : (JSON.parse(text) as T);

export class FederationRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /**
   * This node's id: set once, when first asked for, from COOPSEC_NODE_ID (else generated), and
   * kept; later values of the variable change nothing.
   */
  async nodeId(env: NodeJS.ProcessEnv = process.env): Promise<string> {
    const wanted = env.COOPSEC_NODE_ID === '' ? undefined : env.COOPSEC_NODE_ID;
    const row = await this.#db.selectFrom('node_identity').select('id').executeTakeFirst();
    if (row !== undefined) return row.id;
    const id = wanted ?? `node-${randomBytes(6).toString('hex')}`;
    checkIdentifier('node', id);
    await this.#db
      .insertInto('node_identity')
      .values({ id, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const stored = await this.#db.selectFrom('node_identity').select('id').executeTakeFirst();
    return stored?.id ?? id;
  }

  async addPeer(p: {
    name: string;
    apiRoot: string;
    localOrg: string;
    serviceUser: string;
    credentials: string;
    hopLimit: number;
  }): Promise<Peer> {
    checkIdentifier('peer', p.name);
    if (await this.getPeer(p.name))
      throw new CoopsecError('CONFLICT', `peer ${p.name} already exists`);
    const id = randomUUID();
    await this.#db
      .insertInto('peer')
      .values({
        id,
        name: p.name,
        api_root: p.apiRoot,
        local_org: p.localOrg,
        service_user: p.serviceUser,
        credentials: p.credentials,
        remote_node: null,
        hop_limit: p.hopLimit,
        enabled: 1,
        last_status: null,
        last_error: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const peer = await this.getPeer(id);
    if (peer === undefined) throw new CoopsecError('INTERNAL', 'peer vanished after insert');
    return peer;
  }

  /** By id or name. */
  async getPeer(idOrName: string): Promise<Peer | undefined> {
    const row = await this.#db
      .selectFrom('peer')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
      .executeTakeFirst();
    return row === undefined ? undefined : toPeer(row);
  }

  async listPeers(): Promise<Peer[]> {
    const rows = await this.#db.selectFrom('peer').selectAll().orderBy('name').execute();
    return rows.map(toPeer);
  }

  /** The peer whose local stand-in organisation is `orgId`, if any. */
  async peerForOrg(orgId: string): Promise<Peer | undefined> {
    const row = await this.#db
      .selectFrom('peer')
      .selectAll()
      .where('local_org', '=', orgId)
      .executeTakeFirst();
    return row === undefined ? undefined : toPeer(row);
  }

  async removePeer(id: string): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('peer_link').where('peer_id', '=', id).execute();
      await trx.deleteFrom('sync_run').where('peer_id', '=', id).execute();
      await trx.deleteFrom('peer').where('id', '=', id).execute();
    });
  }

  async setPeerState(
    id: string,
    state: { status: string; error: string | null; remoteNode?: string },
  ): Promise<void> {
    await this.#db
      .updateTable('peer')
      .set({
        last_status: state.status,
        last_error: state.error,
        ...(state.remoteNode !== undefined ? { remote_node: state.remoteNode } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async addLink(link: {
    peerId: string;
    localCollection: string;
    remoteCollection: string;
    direction: LinkDirection;
    intervalSeconds: number;
  }): Promise<void> {
    await this.#db
      .insertInto('peer_link')
      .values({
        peer_id: link.peerId,
        local_collection: link.localCollection,
        remote_collection: link.remoteCollection,
        direction: link.direction,
        interval_seconds: link.intervalSeconds,
        pull_cursor: null,
        push_cursor: 0,
        push_inflight: null,
        next_run_at: null,
      })
      .execute();
  }

  async links(peerId?: string): Promise<PeerLink[]> {
    let q = this.#db.selectFrom('peer_link').selectAll();
    if (peerId !== undefined) q = q.where('peer_id', '=', peerId);
    const rows = await q.orderBy('local_collection').execute();
    return rows.map((r) => ({
      peerId: r.peer_id,
      localCollection: r.local_collection,
      remoteCollection: r.remote_collection,
      direction: r.direction as LinkDirection,
      intervalSeconds: r.interval_seconds,
      pullCursor: r.pull_cursor,
      pushCursor: Number(r.push_cursor),
      pushInflight: json<PushInflight | null>(r.push_inflight, null),
      nextRunAt: r.next_run_at,
    }));
  }

  async updateLink(
    link: Pick<PeerLink, 'peerId' | 'localCollection' | 'remoteCollection'>,
    change: {
      pullCursor?: string;
      pushCursor?: number;
      pushInflight?: PushInflight | null;
      nextRunAt?: string;
    },
    db: Db = this.#db,
  ): Promise<void> {
    await db
      .updateTable('peer_link')
      .set({
        ...(change.pullCursor !== undefined ? { pull_cursor: change.pullCursor } : {}),
        ...(change.pushCursor !== undefined ? { push_cursor: change.pushCursor } : {}),
        ...(change.pushInflight !== undefined
          ? {
              push_inflight:
                change.pushInflight === null ? null : JSON.stringify(change.pushInflight),
            }
          : {}),
        ...(change.nextRunAt !== undefined ? { next_run_at: change.nextRunAt } : {}),
      })
      .where('peer_id', '=', link.peerId)
      .where('local_collection', '=', link.localCollection)
      .where('remote_collection', '=', link.remoteCollection)
      .execute();
  }

  /** Records who delivered these versions; the first delivery of a version is kept. */
  async recordProvenance(
    collectionId: string,
    rows: readonly Provenance[],
    db: Db = this.#db,
  ): Promise<void> {
    if (rows.length === 0) return;
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto('object_provenance')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            collection_id: collectionId,
            object_id: r.objectId,
            version: r.version,
            peer_id: r.peerId,
            received_at: r.receivedAt,
            path: JSON.stringify(r.path),
          })),
        )
        .onConflict((oc) => oc.columns(['collection_id', 'object_id', 'version']).doNothing())
        .execute();
    }
  }

  /** Provenance of these (object id, version) pairs, keyed `${id}|${version}`. */
  async provenanceOf(
    collectionId: string,
    objectIds: readonly string[],
  ): Promise<Map<string, Provenance>> {
    const found = new Map<string, Provenance>();
    const ids = [...new Set(objectIds)];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.#db
        .selectFrom('object_provenance')
        .selectAll()
        .where('collection_id', '=', collectionId)
        .where('object_id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows)
        found.set(`${r.object_id}|${r.version}`, {
          objectId: r.object_id,
          version: r.version,
          peerId: r.peer_id,
          receivedAt: r.received_at,
          path: json<string[]>(r.path, []),
        });
    }
    return found;
  }

  /** Stored versions of a collection after `seq`, oldest first, every origin (push reads these). */
  async versionsAfter(
    collectionId: string,
    seq: number,
    limit: number,
  ): Promise<OutgoingVersion[]> {
    const rows = await this.#db
      .selectFrom('exchange_object')
      .select([
        'seq',
        'object_id',
        'version',
        'origin_org',
        'origin_user',
        'recipients',
        'view_rank',
        'date_added',
        'body',
      ])
      .where('collection_id', '=', collectionId)
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      objectId: r.object_id,
      version: r.version,
      originOrg: r.origin_org,
      originUser: r.origin_user,
      recipients: json<string[]>(r.recipients, []),
      viewRank: Number(r.view_rank),
      dateAdded: r.date_added,
      body: r.body,
    }));
  }

  async recordRun(run: SyncRun): Promise<void> {
    await this.#db
      .insertInto('sync_run')
      .values({
        id: run.id,
        peer_id: run.peerId,
        local_collection: run.localCollection,
        direction: run.direction,
        started_at: run.startedAt,
        finished_at: run.finishedAt,
        outcome: run.outcome,
        objects_in: run.objectsIn,
        objects_out: run.objectsOut,
        refused: run.refused,
        refusals: JSON.stringify(run.refusals.slice(0, 200)),
        requests: run.requests,
        error: run.error,
        lag_ms: run.lagMs,
      })
      .execute();
  }

  async runs(peerId: string, limit = 20): Promise<SyncRun[]> {
    const rows = await this.#db
      .selectFrom('sync_run')
      .selectAll()
      .where('peer_id', '=', peerId)
      .orderBy('started_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      peerId: r.peer_id,
      localCollection: r.local_collection,
      direction: r.direction as 'pull' | 'push',
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      outcome: r.outcome,
      objectsIn: Number(r.objects_in),
      objectsOut: Number(r.objects_out),
      refused: Number(r.refused),
      refusals: json<{ id: string; reason: string }[]>(r.refusals, []),
      requests: Number(r.requests),
      error: r.error,
      lagMs: r.lag_ms === null ? null : Number(r.lag_ms),
    }));
  }
}

function toPeer(row: PeerTable): Peer {
  return {
    id: row.id,
    name: row.name,
    apiRoot: row.api_root,
    localOrg: row.local_org,
    serviceUser: row.service_user,
    credentials: row.credentials,
    remoteNode: row.remote_node,
    hopLimit: Number(row.hop_limit),
    enabled: Number(row.enabled) === 1,
    lastStatus: row.last_status,
    lastError: row.last_error,
  };
}
