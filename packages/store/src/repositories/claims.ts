/**
 * @module repositories/claims
 * Claims to audit, stored as typed JSON with their quotation and place. The paper's claims
 * are loaded under source `paper`; users add their own under a name of their choice.
 */
import { CoopsecError } from '@coopsec/model';
import type { Kysely } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export interface StoredClaim {
  readonly id: string;
  readonly source: string;
  readonly quotation: string;
  readonly location: string;
  /** The typed claim as the model defines it; validated by the model before storing. */
  readonly spec: unknown;
}

export class ClaimRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  /** Replaces every claim of `source` with `claims`, in one transaction. */
  async replaceSource(
    source: string,
    claims: readonly Omit<StoredClaim, 'source'>[],
  ): Promise<void> {
    const ids = new Set<string>();
    for (const [i, claim] of claims.entries()) {
      if (ids.has(claim.id)) {
        throw new CoopsecError('BAD_INPUT', `duplicated claim id ${claim.id}`, {
          details: [{ row: i + 1, field: 'id', message: 'appears twice' }],
        });
      }
      ids.add(claim.id);
    }
    const now = new Date().toISOString();
    await this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('claim').where('source', '=', source).execute();
      const clash =
        ids.size === 0
          ? []
          : await trx
              .selectFrom('claim')
              .select(['id', 'source'])
              .where('id', 'in', [...ids])
              .execute();
      if (clash.length > 0) {
        throw new CoopsecError(
          'CONFLICT',
          `claim id(s) already used by another source: ${clash.map((c) => `${c.id} (${c.source})`).join(', ')}`,
        );
      }
      for (const claim of claims) {
        await trx
          .insertInto('claim')
          .values({
            id: claim.id,
            source,
            quotation: claim.quotation,
            location: claim.location,
            spec: JSON.stringify(claim.spec),
            created_at: now,
          })
          .execute();
      }
    });
  }

  async list(source?: string): Promise<StoredClaim[]> {
    let query = this.#db.selectFrom('claim').selectAll();
    if (source !== undefined) query = query.where('source', '=', source);
    const rows = await query.orderBy('source').orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      quotation: r.quotation,
      location: r.location,
      spec: JSON.parse(r.spec) as unknown,
    }));
  }
}
