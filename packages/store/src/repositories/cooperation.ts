/**
 * @module repositories/cooperation
 * The exchange records cooperation metrics are computed from (issue 18 item 1): one row per
 * stored object version (who contributed it, when it arrived, its type and TLP, and — when it
 * came from a partner node — which peer and when), the sightings' targets, the agreements and
 * the peers. Only reads; the counting is the model's (`cooperationMetrics`).
 */
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface ExchangeRecord {
  readonly collectionId: string;
  readonly objectId: string;
  readonly type: string;
  readonly tlp: string;
  readonly originOrg: string;
  readonly created: string | null;
  readonly dateAdded: string;
  /** Set when the version arrived from a partner node. */
  readonly peerId: string | null;
  readonly receivedAt: string | null;
  /** For sightings: the indicator or other object sighted. */
  readonly sightingOf: string | null;
}

export interface PeerRecord {
  readonly id: string;
  readonly name: string;
  readonly localOrg: string;
  readonly enabled: boolean;
  readonly lastStatus: string | null;
}

export interface AgreementRecord {
  readonly fromOrg: string;
  readonly toOrg: string;
  readonly collectionId: string;
  readonly levels: readonly string[];
  readonly createdAt: string;
}

export class CooperationRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /** Object versions that arrived between `from` (inclusive) and `to` (exclusive), ISO times. */
  async records(period: { from?: string; to?: string } = {}): Promise<ExchangeRecord[]> {
    let q = this.#db
      .selectFrom('exchange_object as o')
      .leftJoin('object_provenance as p', (join) =>
        join
          .onRef('p.collection_id', '=', 'o.collection_id')
          .onRef('p.object_id', '=', 'o.object_id')
          .onRef('p.version', '=', 'o.version'),
      )
      .select([
        'o.collection_id',
        'o.object_id',
        'o.type',
        'o.tlp',
        'o.origin_org',
        'o.created',
        'o.date_added',
        'o.body',
        'p.peer_id',
        'p.received_at',
      ]);
    if (period.from !== undefined) q = q.where('o.date_added', '>=', period.from);
    if (period.to !== undefined) q = q.where('o.date_added', '<', period.to);
    const rows = await q.orderBy('o.date_added').execute();
    return rows.map((r) => ({
      collectionId: r.collection_id,
      objectId: r.object_id,
      type: r.type,
      tlp: r.tlp,
      originOrg: r.origin_org,
      created: r.created,
      dateAdded: r.date_added,
      peerId: r.peer_id ?? null,
      receivedAt: r.received_at ?? null,
      sightingOf: r.type === 'sighting' ? sightingOf(r.body) : null,
    }));
  }

  async peers(): Promise<PeerRecord[]> {
    const rows = await this.#db
      .selectFrom('peer')
      .select(['id', 'name', 'local_org', 'enabled', 'last_status'])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      localOrg: r.local_org,
      enabled: r.enabled === 1,
      lastStatus: r.last_status,
    }));
  }

  /** Every local organisation, so that one that shared nothing shows 0, not nothing. */
  async organisations(): Promise<string[]> {
    const rows = await this.#db.selectFrom('organization').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  async agreements(): Promise<AgreementRecord[]> {
    const rows = await this.#db
      .selectFrom('sharing_agreement')
      .select(['from_org', 'to_org', 'collection_id', 'tlp_levels', 'created_at'])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      fromOrg: r.from_org,
      toOrg: r.to_org,
      collectionId: r.collection_id,
      levels: r.tlp_levels.split(','),
      createdAt: r.created_at,
    }));
  }
}

function sightingOf(body: string): string | null {
  try {
    const ref = (JSON.parse(body) as { sighting_of_ref?: unknown }).sighting_of_ref;
    return typeof ref === 'string' ? ref : null;
  } catch {
    return null;
  }
}
