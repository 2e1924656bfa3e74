/**
 * @module migrations/0001-assessment
 * Sources, assessments, GCI figures, claims and a key/value meta table.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('source')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();

  const seqType = dialect === 'postgres' ? sql`bigserial` : sql`integer`;
  await db.schema
    .createTable('assessment')
    .addColumn('seq', seqType, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('component', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) =>
      c.notNull().check(sql`score >= 0 and score <= 100`),
    )
    .addColumn('source_id', 'text', (c) => c.notNull().references('source.id'))
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addUniqueConstraint('assessment_country_year_component', ['country', 'year', 'component'])
    .execute();

  await db.schema
    .createTable('gci_score')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('rank', 'integer')
    .addColumn('tier', 'text')
    .addColumn('source_ids', 'text', (c) => c.notNull())
    .addColumn('alternatives', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('gci_score_pk', ['country', 'edition'])
    .execute();

  await db.schema
    .createTable('claim')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('quotation', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
