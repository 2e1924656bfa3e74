/**
 * @module migrations/0009-inventory
 * Software inventories (issue 17 item 4): `inventory_entry` holds what an organisation
 * runs, one row per CPE or purl with its version, in the order the organisation gave them
 * (`position`, the CSV line order). An import replaces an organisation's whole inventory.
 * The identifiers are kept as given; matching reads them again (@coopsec/advisory), so a
 * better reader later needs no data migration.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inventory_entry')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inventory_entry_pk', ['org_id', 'position'])
    .execute();
}
