/**
 * @module repositories/alerts
 * Webhook subscriptions, alerts and the delivery log (migration 0007-alerts). Secrets are
 * stored for signing and returned only by `subscriptionsFor` (the deliverer needs them);
 * listings for people (`listSubscriptions`) leave them out.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface AlertSubscription {
  readonly id: string;
  readonly orgId: string;
  readonly url: string;
  readonly collectionId: string | null;
  readonly enabled: boolean;
  readonly createdAt: string;
}

export interface StoredAlert {
  readonly id: string;
  readonly orgId: string;
  readonly collectionId: string;
  readonly indicatorId: string;
  readonly sightingId: string | null;
  readonly sightedBy: string;
  readonly count: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly createdAt: string;
}

export interface DeliveryRecord {
  readonly alertId: string;
  readonly subscriptionId: string;
  readonly attempt: number;
  readonly outcome: string;
  readonly httpStatus?: number | undefined;
  readonly error?: string | undefined;
  readonly at: string;
}

export class AlertRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async addSubscription(s: {
    orgId: string;
    url: string;
    secret: string;
    collectionId?: string | null;
  }): Promise<AlertSubscription> {
    const row = {
      id: randomUUID(),
      org_id: s.orgId,
      url: s.url,
      secret: s.secret,
      collection_id: s.collectionId ?? null,
      created_at: new Date().toISOString(),
    };
    await this.#db.insertInto('alert_subscription').values(row).execute();
    return {
      id: row.id,
      orgId: row.org_id,
      url: row.url,
      collectionId: row.collection_id,
      enabled: true,
      createdAt: row.created_at,
    };
  }

  /** An organisation's subscriptions, without secrets. */
  async listSubscriptions(orgId: string): Promise<AlertSubscription[]> {
    const rows = await this.#db
      .selectFrom('alert_subscription')
      .select(['id', 'org_id', 'url', 'collection_id', 'enabled', 'created_at'])
      .where('org_id', '=', orgId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      url: r.url,
      collectionId: r.collection_id,
      enabled: r.enabled === 1,
      createdAt: r.created_at,
    }));
  }

  /** Enabled subscriptions (with secrets) that an alert of `collectionId` for `orgId` goes to. */
  async subscriptionsFor(
    orgId: string,
    collectionId: string,
  ): Promise<(AlertSubscription & { readonly secret: string })[]> {
    const rows = await this.#db
      .selectFrom('alert_subscription')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('enabled', '=', 1)
      .where((eb) =>
        eb.or([eb('collection_id', 'is', null), eb('collection_id', '=', collectionId)]),
      )
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      url: r.url,
      secret: r.secret,
      collectionId: r.collection_id,
      enabled: true,
      createdAt: r.created_at,
    }));
  }

  async recordAlert(a: Omit<StoredAlert, 'id' | 'createdAt'>): Promise<StoredAlert> {
    const stored: StoredAlert = { ...a, id: randomUUID(), createdAt: new Date().toISOString() };
    await this.#db
      .insertInto('alert')
      .values({
        id: stored.id,
        org_id: a.orgId,
        collection_id: a.collectionId,
        indicator_id: a.indicatorId,
        sighting_id: a.sightingId,
        sighted_by: a.sightedBy,
        count: a.count,
        first_seen: a.firstSeen,
        last_seen: a.lastSeen,
        created_at: stored.createdAt,
      })
      .execute();
    return stored;
  }

  /** An organisation's alerts, newest first, optionally of one collection or indicator. */
  async listAlerts(q: {
    orgId: string;
    collectionId?: string;
    indicatorId?: string;
    limit?: number;
  }): Promise<StoredAlert[]> {
    let query = this.#db.selectFrom('alert').selectAll().where('org_id', '=', q.orgId);
    if (q.collectionId !== undefined) query = query.where('collection_id', '=', q.collectionId);
    if (q.indicatorId !== undefined) query = query.where('indicator_id', '=', q.indicatorId);
    const rows = await query
      .orderBy('created_at', 'desc')
      .limit(q.limit ?? 200)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      collectionId: r.collection_id,
      indicatorId: r.indicator_id,
      sightingId: r.sighting_id,
      sightedBy: r.sighted_by,
      count: Number(r.count),
      firstSeen: r.first_seen,
      lastSeen: r.last_seen,
      createdAt: r.created_at,
    }));
  }

  async logDelivery(d: DeliveryRecord): Promise<void> {
    await this.#db
      .insertInto('alert_delivery')
      .values({
        alert_id: d.alertId,
        subscription_id: d.subscriptionId,
        attempt: d.attempt,
        outcome: d.outcome,
        http_status: d.httpStatus ?? null,
        error: d.error ?? null,
        at: d.at,
      })
      .execute();
  }

  /** The delivery log of one alert, in order. */
  async deliveries(alertId: string): Promise<DeliveryRecord[]> {
    const rows = await this.#db
      .selectFrom('alert_delivery')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      alertId: r.alert_id,
      subscriptionId: r.subscription_id,
      attempt: r.attempt,
      outcome: r.outcome,
      ...(r.http_status !== null ? { httpStatus: r.http_status } : {}),
      ...(r.error !== null ? { error: r.error } : {}),
      at: r.at,
    }));
  }
}
