/**
 * @module repositories/assessments
 * Sources and assessments. Imports are all-or-nothing: one transaction, and a row that
 * clashes with a stored value is refused with its row number unless `replace` is asked for.
 */
import {
  CoopsecError,
  type Assessment,
  type ComponentId,
  type Confidence,
  type Source,
  type ValueKind,
} from '@coopsec/model';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Store } from '../connect.ts';
import type { AssessmentTable, Database } from '../schema.ts';

export interface AssessmentFilter {
  readonly country?: string;
  readonly component?: ComponentId;
  readonly fromYear?: number;
  readonly toYear?: number;
}

export interface InsertAssessmentsOptions {
  /** Overwrite stored values for the same country, year and component instead of refusing. */
  readonly replace?: boolean;
  /** Called after each batch with the number of rows written so far. */
  readonly onProgress?: (written: number, total: number) => void;
}

export interface CountrySummary {
  readonly country: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly values: number;
}

const BATCH = 200;

export class AssessmentRepository {
  readonly #db: Kysely<Database>;

  constructor(store: Pick<Store, 'db'>) {
    this.#db = store.db;
  }

  async upsertSources(sources: readonly Source[], trx?: Transaction<Database>): Promise<void> {
    const db = trx ?? this.#db;
    for (const source of sources) {
      await db
        .insertInto('source')
        .values({ id: source.id, citation: source.citation, note: source.note ?? null })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ citation: source.citation, note: source.note ?? null }),
        )
        .execute();
    }
  }

  async listSources(): Promise<Source[]> {
    const rows = await this.#db.selectFrom('source').selectAll().orderBy('id').execute();
    return rows.map((r) =>
      r.note === null
        ? { id: r.id, citation: r.citation }
        : { id: r.id, citation: r.citation, note: r.note },
    );
  }

  /** Inserts rows in one transaction; nothing is written if any row is refused. */
  async insertAssessments(
    rows: readonly Assessment[],
    options: InsertAssessmentsOptions = {},
  ): Promise<{ written: number }> {
    await this.#db.transaction().execute(async (trx) => {
      await this.#checkSourcesExist(trx, rows);
      if (options.replace !== true) await this.#refuseClashes(trx, rows);
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH).map(toRow);
        await trx
          .insertInto('assessment')
          .values(batch)
          .onConflict((oc) =>
            oc.columns(['country', 'year', 'component']).doUpdateSet((eb) => ({
              score: eb.ref('excluded.score'),
              source_id: eb.ref('excluded.source_id'),
              evidence: eb.ref('excluded.evidence'),
              confidence: eb.ref('excluded.confidence'),
              kind: eb.ref('excluded.kind'),
            })),
          )
          .execute();
        options.onProgress?.(Math.min(start + BATCH, rows.length), rows.length);
      }
    });
    return { written: rows.length };
  }

  async list(filter: AssessmentFilter = {}): Promise<Assessment[]> {
    let query = this.#db.selectFrom('assessment').selectAll();
    if (filter.country !== undefined) query = query.where('country', '=', filter.country);
    if (filter.component !== undefined) query = query.where('component', '=', filter.component);
    if (filter.fromYear !== undefined) query = query.where('year', '>=', filter.fromYear);
    if (filter.toYear !== undefined) query = query.where('year', '<=', filter.toYear);
    const rows = await query.orderBy('country').orderBy('component').orderBy('year').execute();
    return rows.map(fromRow);
  }

  async countries(): Promise<CountrySummary[]> {
    const rows = await this.#db
      .selectFrom('assessment')
      .select((eb) => [
        'country',
        eb.fn.min<number>('year').as('first_year'),
        eb.fn.max<number>('year').as('last_year'),
        eb.fn.countAll<number | string>().as('values'),
      ])
      .groupBy('country')
      .orderBy('country')
      .execute();
    return rows.map((r) => ({
      country: r.country,
      firstYear: Number(r.first_year),
      lastYear: Number(r.last_year),
      values: Number(r.values),
    }));
  }

  async deleteCountry(country: string): Promise<number> {
    // `returning` rather than numDeletedRows: the PGlite driver does not report affected rows.
    const deleted = await this.#db
      .deleteFrom('assessment')
      .where('country', '=', country)
      .returning('seq')
      .execute();
    return deleted.length;
  }

  async #checkSourcesExist(trx: Transaction<Database>, rows: readonly Assessment[]): Promise<void> {
    const wanted = [...new Set(rows.map((r) => r.sourceId))];
    if (wanted.length === 0) return;
    const known = new Set(
      (await trx.selectFrom('source').select('id').where('id', 'in', wanted).execute()).map(
        (r) => r.id,
      ),
    );
    const details = rows.flatMap((r, i) =>
      known.has(r.sourceId)
        ? []
        : [
            {
              row: i + 1,
              field: 'source',
              message: `unknown source "${r.sourceId}" (add it first)`,
            },
          ],
    );
    if (details.length > 0)
      throw new CoopsecError('BAD_INPUT', `${details.length} row(s) cite an unknown source`, {
        details,
      });
  }

  async #refuseClashes(trx: Transaction<Database>, rows: readonly Assessment[]): Promise<void> {
    const countries = [...new Set(rows.map((r) => r.country))];
    if (countries.length === 0) return;
    const stored = await trx
      .selectFrom('assessment')
      .select(['country', 'year', 'component', 'score'])
      .where('country', 'in', countries)
      .execute();
    const byKey = new Map(stored.map((s) => [`${s.country}|${s.year}|${s.component}`, s.score]));
    const details = rows.flatMap((r, i) => {
      const existing = byKey.get(`${r.country}|${r.year}|${r.component}`);
      return existing === undefined
        ? []
        : [
            {
              row: i + 1,
              field: 'score',
              message: `${r.country} ${r.year} ${r.component} is already stored (${existing}); use --replace to overwrite`,
            },
          ];
    });
    if (details.length > 0)
      throw new CoopsecError('CONFLICT', `${details.length} row(s) clash with stored values`, {
        details,
      });
  }
}

function toRow(a: Assessment) {
  return {
    country: a.country,
    year: a.year,
    component: a.component,
    score: a.score,
    source_id: a.sourceId,
    evidence: a.evidence,
    confidence: a.confidence,
    kind: a.kind,
  };
}

function fromRow(r: Selectable<AssessmentTable>): Assessment {
  return {
    country: r.country,
    year: Number(r.year),
    component: r.component as ComponentId,
    score: Number(r.score),
    sourceId: r.source_id,
    evidence: r.evidence,
    confidence: r.confidence as Confidence,
    kind: r.kind as ValueKind,
  };
}
