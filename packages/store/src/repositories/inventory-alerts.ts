/**
 * @module repositories/inventory-alerts
 * Alerts raised when an advisory affects an organisation's inventory, and their webhook
 * delivery log (migration 0010-inventory-alerts). Raising is idempotent: one alert per
 * organisation, advisory and inventory entry, however often the advisory or the inventory is
 * imported again. Delivery is taken up once across server processes by `claimUndelivered`.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';
import type { InventoryAlertTable } from '../schema-inventory.ts';
import type { DeliveryRecord } from './alerts.ts';

export interface NewInventoryAlert {
  readonly orgId: string;
  /** Where the advisory is stored (webhooks limited to one collection use it). */
  readonly collectionId: string;
  readonly advisoryId: string;
  readonly trackingId: string;
  readonly title: string;
  readonly tlp?: string | undefined;
  readonly cve?: string | undefined;
  readonly identifier: string;
  readonly version: string;
  readonly status: string;
}

export interface StoredInventoryAlert extends NewInventoryAlert {
  readonly id: string;
  readonly createdAt: string;
}

function toAlert(r: Omit<InventoryAlertTable, 'claimed_at'>): StoredInventoryAlert {
  return {
    id: r.id,
    orgId: r.org_id,
    collectionId: r.collection_id,
    advisoryId: r.advisory_id,
    trackingId: r.tracking_id,
    title: r.title,
    ...(r.tlp !== null ? { tlp: r.tlp } : {}),
    ...(r.cve !== null ? { cve: r.cve } : {}),
    identifier: r.identifier,
    version: r.version,
    status: r.status,
    createdAt: r.created_at,
  };
}

const COLUMNS = [
  'id',
  'org_id',
  'collection_id',
  'advisory_id',
  'tracking_id',
  'title',
  'tlp',
  'cve',
  'identifier',
  'version',
  'status',
  'created_at',
] as const;

export class InventoryAlertRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /** Records the alerts not raised before, in one transaction; returns only the new ones. */
  async raise(alerts: readonly NewInventoryAlert[]): Promise<StoredInventoryAlert[]> {
    if (alerts.length === 0) return [];
    const createdAt = new Date().toISOString();
    return this.#db.transaction().execute(async (trx) => {
      const raised: StoredInventoryAlert[] = [];
      for (const a of alerts) {
        const row = {
          id: randomUUID(),
          org_id: a.orgId,
          collection_id: a.collectionId,
          advisory_id: a.advisoryId,
          tracking_id: a.trackingId,
          title: a.title,
          tlp: a.tlp ?? null,
          cve: a.cve ?? null,
          identifier: a.identifier,
          version: a.version,
          status: a.status,
          created_at: createdAt,
        };
        const result = await trx
          .insertInto('inventory_alert')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['org_id', 'advisory_id', 'identifier', 'version']).doNothing(),
          )
          // RETURNING rather than the affected-row count, which not every driver reports
          .returning('id')
          .executeTakeFirst();
        if (result !== undefined) raised.push(toAlert(row));
      }
      return raised;
    });
  }

  /** Alerts newest first, of one organisation or all, optionally of one advisory. */
  async list(q: {
    orgId?: string;
    advisoryId?: string;
    limit?: number;
  }): Promise<StoredInventoryAlert[]> {
    let query = this.#db.selectFrom('inventory_alert').select(COLUMNS);
    if (q.orgId !== undefined) query = query.where('org_id', '=', q.orgId);
    if (q.advisoryId !== undefined) query = query.where('advisory_id', '=', q.advisoryId);
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('identifier')
      .limit(q.limit ?? 200)
      .execute();
    return rows.map(toAlert);
  }

  async get(id: string): Promise<StoredInventoryAlert | undefined> {
    const row = await this.#db
      .selectFrom('inventory_alert')
      .select(COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toAlert(row);
  }

  /**
   * When the alert was taken up for delivery (undefined: not yet). Sent only to the
   * subscriptions existing then, so a reader can tell "on its way" from "delivered nowhere".
   */
  async claimedAt(id: string): Promise<string | undefined> {
    const row = await this.#db
      .selectFrom('inventory_alert')
      .select('claimed_at')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.claimed_at ?? undefined;
  }

  /**
   * Takes up to `limit` alerts not yet taken for delivery, oldest first. Each is claimed by a
   * conditional update, so of two processes claiming at once only one gets a given alert.
   */
  async claimUndelivered(limit: number): Promise<StoredInventoryAlert[]> {
    const candidates = await this.#db
      .selectFrom('inventory_alert')
      .select(COLUMNS)
      .where('claimed_at', 'is', null)
      .orderBy('created_at')
      .limit(limit)
      .execute();
    const claimed: StoredInventoryAlert[] = [];
    const now = new Date().toISOString();
    for (const row of candidates) {
      const result = await this.#db
        .updateTable('inventory_alert')
        .set({ claimed_at: now })
        .where('id', '=', row.id)
        .where('claimed_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (result !== undefined) claimed.push(toAlert(row));
    }
    return claimed;
  }

  async logDelivery(d: DeliveryRecord): Promise<void> {
    await this.#db
      .insertInto('inventory_alert_delivery')
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
      .selectFrom('inventory_alert_delivery')
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
