/**
 * @module repositories/agreements
 * Sharing agreements: organisation `from` lets organisation `to` receive the listed TLP levels
 * of the objects `from` contributes to a collection (and, for TLP:AMBER, `to`'s clients).
 */
import { randomUUID } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

/** Levels an agreement may name. TLP:RED goes only to named people, never by agreement. */
export const AGREEMENT_LEVELS = ['clear', 'green', 'amber', 'amber+strict'] as const;
export type AgreementLevel = (typeof AGREEMENT_LEVELS)[number];

export interface SharingAgreement {
  readonly id: string;
  readonly fromOrg: string;
  readonly toOrg: string;
  readonly collectionId: string;
  readonly levels: readonly AgreementLevel[];
}

export function parseAgreementLevels(text: string): AgreementLevel[] {
  const levels = text
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/^tlp:/, ''))
    .filter((s) => s !== '');
  const bad = levels.filter((l) => !(AGREEMENT_LEVELS as readonly string[]).includes(l));
  if (bad.length > 0 || levels.length === 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `TLP levels must be some of ${AGREEMENT_LEVELS.join(', ')} (RED goes to named recipients only); got "${text}"`,
    );
  }
  return [...new Set(levels)] as AgreementLevel[];
}

export class AgreementRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /** Adds or replaces the agreement for (from, to, collection). */
  async add(a: {
    fromOrg: string;
    toOrg: string;
    collectionId: string;
    levels: readonly AgreementLevel[];
  }): Promise<SharingAgreement> {
    for (const org of [a.fromOrg, a.toOrg]) {
      const found = await this.#db
        .selectFrom('organization')
        .select('id')
        .where('id', '=', org)
        .executeTakeFirst();
      if (found === undefined)
        throw new CoopsecError('NOT_FOUND', `organisation ${org} does not exist`);
    }
    const coll = await this.#db
      .selectFrom('taxii_collection')
      .select('id')
      .where('id', '=', a.collectionId)
      .executeTakeFirst();
    if (coll === undefined)
      throw new CoopsecError('NOT_FOUND', `collection ${a.collectionId} does not exist`);
    if (a.fromOrg === a.toOrg)
      throw new CoopsecError('BAD_INPUT', 'an agreement needs two different organisations');
    const levels = parseAgreementLevels(a.levels.join(','));
    const existing = await this.#db
      .selectFrom('sharing_agreement')
      .select('id')
      .where('from_org', '=', a.fromOrg)
      .where('to_org', '=', a.toOrg)
      .where('collection_id', '=', a.collectionId)
      .executeTakeFirst();
    const id = existing?.id ?? `agreement--${randomUUID()}`;
    if (existing === undefined) {
      await this.#db
        .insertInto('sharing_agreement')
        .values({
          id,
          from_org: a.fromOrg,
          to_org: a.toOrg,
          collection_id: a.collectionId,
          tlp_levels: levels.join(','),
          created_at: new Date().toISOString(),
        })
        .execute();
    } else {
      await this.#db
        .updateTable('sharing_agreement')
        .set({ tlp_levels: levels.join(',') })
        .where('id', '=', id)
        .execute();
    }
    return { id, fromOrg: a.fromOrg, toOrg: a.toOrg, collectionId: a.collectionId, levels };
  }

  async list(
    filter: { collectionId?: string; toOrgs?: readonly string[]; fromOrg?: string } = {},
  ): Promise<SharingAgreement[]> {
    let q = this.#db.selectFrom('sharing_agreement').selectAll();
    if (filter.collectionId !== undefined) q = q.where('collection_id', '=', filter.collectionId);
    if (filter.fromOrg !== undefined) q = q.where('from_org', '=', filter.fromOrg);
    if (filter.toOrgs !== undefined) {
      if (filter.toOrgs.length === 0) return [];
      q = q.where('to_org', 'in', [...filter.toOrgs]);
    }
    const rows = await q.orderBy('collection_id').orderBy('from_org').orderBy('to_org').execute();
    return rows.map((r) => ({
      id: r.id,
      fromOrg: r.from_org,
      toOrg: r.to_org,
      collectionId: r.collection_id,
      levels: r.tlp_levels.split(',') as AgreementLevel[],
    }));
  }

  async remove(id: string): Promise<boolean> {
    return (
      (
        await this.#db
          .deleteFrom('sharing_agreement')
          .where('id', '=', id)
          .returning('id')
          .execute()
      ).length > 0
    );
  }
}
