/**
 * @module migrations/0006-sources
 * A user's own sources: title, publisher, URL or DOI, date and licence beside the citation, and
 * who added the source (`origin`: `bundled` for the data shipped with coopsec, `user` for a
 * source added with `coopsec source add`, REST or an import's sources sheet), so that a bundled
 * source is never overwritten by a user's and a user's figure is never cited as the paper's.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

const TEXT_COLUMNS = ['title', 'publisher', 'url', 'doi', 'published', 'licence', 'created_at'];

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one column at a time.
  for (const column of TEXT_COLUMNS)
    await db.schema.alterTable('source').addColumn(column, 'text').execute();
  await db.schema
    .alterTable('source')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('bundled'))
    .execute();
}
