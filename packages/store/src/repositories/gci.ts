/**
 * @module repositories/gci
 * ITU GCI figures as published, with their sources and the alternatives other sources give.
 */
import type {
  GciAlternative,
  GciEdition,
  GciRecord,
  GciScale,
  GciTier2024,
  Confidence,
} from '@coopsec/model';
import type { Kysely, Transaction } from 'kysely';
import type { Store } from '../connect.ts';
import type { Database } from '../schema.ts';

export class GciRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async replaceAll(records: readonly GciRecord[], trx?: Transaction<Database>): Promise<void> {
    const run = async (t: Transaction<Database>) => {
      await t.deleteFrom('gci_score').execute();
      if (records.length === 0) return;
      await t
        .insertInto('gci_score')
        .values(
          records.map((r) => ({
            country: r.country,
            edition: r.edition,
            scale: r.scale,
            score: r.score,
            rank: r.rank ?? null,
            tier: r.tier ?? null,
            source_ids: JSON.stringify(r.sourceIds),
            alternatives: JSON.stringify(r.alternatives),
            confidence: r.confidence,
            note: r.note ?? null,
          })),
        )
        .execute();
    };
    if (trx !== undefined) await run(trx);
    else await this.#db.transaction().execute(run);
  }

  async list(filter: { country?: string; edition?: number } = {}): Promise<GciRecord[]> {
    let query = this.#db.selectFrom('gci_score').selectAll();
    if (filter.country !== undefined) query = query.where('country', '=', filter.country);
    if (filter.edition !== undefined) query = query.where('edition', '=', filter.edition);
    const rows = await query.orderBy('edition').orderBy('country').execute();
    return rows.map((r) => ({
      country: r.country,
      edition: Number(r.edition) as GciEdition,
      scale: r.scale as GciScale,
      score: Number(r.score),
      ...(r.rank === null ? {} : { rank: Number(r.rank) }),
      ...(r.tier === null ? {} : { tier: r.tier as GciTier2024 }),
      sourceIds: JSON.parse(r.source_ids) as string[],
      alternatives: JSON.parse(r.alternatives) as GciAlternative[],
      confidence: r.confidence as Confidence,
      ...(r.note === null ? {} : { note: r.note }),
    }));
  }
}
