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
  type SourceRecord,
  type ValueKind,
} from '@coopsec/model';
import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Store } from '../connect.ts';
import type { AssessmentTable, Database, SourceTable } from '../schema.ts';

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

  /** The bundled sources, written by the bundled-data loader; a user's source of the same id is refused earlier. */
  async upsertSources(sources: readonly Source[], trx?: Transaction<Database>): Promise<void> {
    const db = trx ?? this.#db;
    for (const source of sources) {
      const row = toSourceRow(source, 'bundled');
      await db
        .insertInto('source')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
  }

  /**
   * Adds a user's own sources in one transaction (all or none). A source of coopsec's bundled
   * data is never replaced; a user's source of the same id only with `replace`.
   */
  async addUserSources(
    sources: readonly SourceRecord[],
    options: {
      readonly replace?: boolean;
      readonly now?: string;
      readonly trx?: Transaction<Database>;
    } = {},
  ): Promise<void> {
    const write = async (trx: Transaction<Database>): Promise<void> => {
      const ids = sources.map((s) => s.id);
      const existing =
        ids.length === 0
          ? []
          : await trx
              .selectFrom('source')
              .select(['id', 'origin'])
              .where('id', 'in', ids)
              .execute();
      const refused = existing.filter((e) => e.origin !== 'user' || options.replace !== true);
      if (refused.length > 0) {
        throw new CoopsecError(
          'CONFLICT',
          `source id(s) already in use: ${refused.map((e) => e.id).join(', ')}`,
          {
            details: refused.map((e) => ({
              field: 'id',
              message:
                e.origin === 'user'
                  ? `"${e.id}" exists; pass replace to update it`
                  : `"${e.id}" is a source of coopsec's bundled data and cannot be changed`,
            })),
          },
        );
      }
      const createdAt = options.now ?? new Date().toISOString();
      for (const source of sources) {
        const row = { ...toSourceRow(source, 'user'), created_at: createdAt };
        await trx
          .insertInto('source')
          .values(row)
          .onConflict((oc) => oc.column('id').doUpdateSet(row))
          .execute();
      }
    };
    if (options.trx !== undefined) await write(options.trx);
    else await this.#db.transaction().execute(write);
  }

  async listSources(
    filter: { readonly origin?: 'bundled' | 'user' } = {},
  ): Promise<StoredSource[]> {
    let query = this.#db.selectFrom('source').selectAll();
    if (filter.origin !== undefined) query = query.where('origin', '=', filter.origin);
    const rows = await query.orderBy('id').execute();
    return rows.map(fromSourceRow);
  }

  /** Writes sources and assessments in one transaction: an import with its sources sheet. */
  async importWithSources(
    sources: readonly SourceRecord[],
    rows: readonly Assessment[],
    options: InsertAssessmentsOptions & { readonly replaceSources?: boolean } = {},
  ): Promise<{ written: number }> {
    await this.#db.transaction().execute(async (trx) => {
      await this.addUserSources(sources, { replace: options.replaceSources === true, trx });
      await this.#insertIn(trx, rows, options);
    });
    return { written: rows.length };
  }

  /** Inserts rows in one transaction; nothing is written if any row is refused. */
  async insertAssessments(
    rows: readonly Assessment[],
    options: InsertAssessmentsOptions = {},
  ): Promise<{ written: number }> {
    await this.#db.transaction().execute((trx) => this.#insertIn(trx, rows, options));
    return { written: rows.length };
  }

  async #insertIn(
    trx: Transaction<Database>,
    rows: readonly Assessment[],
    options: InsertAssessmentsOptions,
  ): Promise<void> {
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

/** A source as stored, with who added it and when. */
export type StoredSource = SourceRecord & {
  readonly origin: 'bundled' | 'user';
  readonly createdAt?: string;
};

function toSourceRow(
  source: SourceRecord,
  origin: 'bundled' | 'user',
): Omit<Insertable<SourceTable>, 'created_at'> {
  return {
    id: source.id,
    citation: source.citation,
    note: source.note ?? null,
    title: source.title ?? null,
    publisher: source.publisher ?? null,
    url: source.url ?? null,
    doi: source.doi ?? null,
    published: source.date ?? null,
    licence: source.licence ?? null,
    origin,
  };
}

function fromSourceRow(r: Selectable<SourceTable>): StoredSource {
  const optional: Record<string, string> = {};
  for (const [key, value] of [
    ['note', r.note],
    ['title', r.title],
    ['publisher', r.publisher],
    ['url', r.url],
    ['doi', r.doi],
    ['date', r.published],
    ['licence', r.licence],
    ['createdAt', r.created_at],
  ] as const)
    if (value !== null) optional[key] = value;
  return {
    id: r.id,
    citation: r.citation,
    origin: r.origin === 'user' ? 'user' : 'bundled',
    ...optional,
  };
}
