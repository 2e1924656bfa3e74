/**
 * @module repositories/taxii-status
 * TAXII 2.1 §4.3 status resources, kept so that a client can fetch the outcome of an add
 * request again later. Only the organisation that posted may read its status.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface StatusDetail {
  readonly id: string;
  readonly version: string;
  readonly message?: string;
}

export interface TaxiiStatusRecord {
  readonly id: string;
  readonly collectionId: string;
  readonly orgId: string;
  readonly userId: string;
  readonly requestTimestamp: string;
  readonly status: 'complete' | 'pending';
  readonly totalCount: number;
  readonly successCount: number;
  readonly failureCount: number;
  readonly pendingCount: number;
  readonly successes: readonly StatusDetail[];
  readonly failures: readonly StatusDetail[];
  readonly pendings: readonly StatusDetail[];
}

export class TaxiiStatusRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async save(s: TaxiiStatusRecord, db: Kysely<Database> = this.#db): Promise<void> {
    await db
      .insertInto('taxii_status')
      .values({
        id: s.id,
        collection_id: s.collectionId,
        org_id: s.orgId,
        user_id: s.userId,
        request_timestamp: s.requestTimestamp,
        status: s.status,
        total_count: s.totalCount,
        success_count: s.successCount,
        failure_count: s.failureCount,
        pending_count: s.pendingCount,
        successes: JSON.stringify(s.successes),
        failures: JSON.stringify(s.failures),
        pendings: JSON.stringify(s.pendings),
      })
      .execute();
  }

  async get(id: string): Promise<TaxiiStatusRecord | undefined> {
    const r = await this.#db
      .selectFrom('taxii_status')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (r === undefined) return undefined;
    return {
      id: r.id,
      collectionId: r.collection_id,
      orgId: r.org_id,
      userId: r.user_id,
      requestTimestamp: r.request_timestamp,
      status: r.status === 'pending' ? 'pending' : 'complete',
      totalCount: Number(r.total_count),
      successCount: Number(r.success_count),
      failureCount: Number(r.failure_count),
      pendingCount: Number(r.pending_count),
      successes: JSON.parse(r.successes) as StatusDetail[],
      failures: JSON.parse(r.failures) as StatusDetail[],
      pendings: JSON.parse(r.pendings) as StatusDetail[],
    };
  }
}
