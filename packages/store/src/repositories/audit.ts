/**
 * @module repositories/audit
 * The audit log: who read or changed what, when, with which outcome. Entries carry ids and
 * counts only, never object content (TLP:RED content must not leak into logs) nor secrets.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface AuditEvent {
  readonly at?: string;
  readonly userId?: string | null;
  readonly orgId?: string | null;
  readonly keyId?: string | null;
  /** e.g. `taxii.objects.read`, `taxii.objects.add`, `admin.org.add`. */
  readonly action: string;
  readonly collectionId?: string | null;
  /** An object, status or other id the action was about. */
  readonly target?: string | null;
  readonly objectCount?: number;
  /** `ok`, `denied`, `error`, … */
  readonly outcome: string;
  readonly detail?: string | null;
}

export interface StoredAuditEvent extends Required<AuditEvent> {
  readonly seq: number;
}

export class AuditRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async record(e: AuditEvent): Promise<void> {
    await this.recordMany([e]);
  }

  /** Writes several events in one statement (the server batches them). */
  async recordMany(events: readonly AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.#db
      .insertInto('audit_event')
      .values(
        events.map((e) => ({
          at: e.at ?? new Date().toISOString(),
          user_id: e.userId ?? null,
          org_id: e.orgId ?? null,
          key_id: e.keyId ?? null,
          action: e.action,
          collection_id: e.collectionId ?? null,
          target: e.target ?? null,
          object_count: e.objectCount ?? 0,
          outcome: e.outcome,
          detail: e.detail ?? null,
        })),
      )
      .execute();
  }

  async list(
    filter: { action?: string; orgId?: string; limit?: number } = {},
  ): Promise<StoredAuditEvent[]> {
    let q = this.#db.selectFrom('audit_event').selectAll();
    if (filter.action !== undefined) q = q.where('action', '=', filter.action);
    if (filter.orgId !== undefined) q = q.where('org_id', '=', filter.orgId);
    const rows = await q
      .orderBy('seq', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      userId: r.user_id,
      orgId: r.org_id,
      keyId: r.key_id,
      action: r.action,
      collectionId: r.collection_id,
      target: r.target,
      objectCount: Number(r.object_count),
      outcome: r.outcome,
      detail: r.detail,
    }));
  }
}
