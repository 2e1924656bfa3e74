/**
 * @module migrations/0010-inventory-alerts
 * Alerts raised when an advisory affects what an organisation runs (issue 17 item 4, through
 * the alerting of issue 16):
 *  - `inventory_alert`: one per organisation, advisory and inventory entry (identifier and
 *    version) found affected; the unique key makes raising idempotent, so importing the same
 *    advisory or inventory again raises nothing new. `claimed_at` marks an alert taken up for
 *    webhook delivery by one server process (several may run over one database).
 *  - `inventory_alert_delivery`: every delivery attempt, as `alert_delivery` is for sightings.
 * A table of its own rather than columns on `alert`: a sighting alert's indicator and counts
 * are required there, and an advisory alert has none of them.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('inventory_alert')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('advisory_id', 'text', (c) => c.notNull())
    .addColumn('tracking_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('tlp', 'text')
    .addColumn('cve', 'text')
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .execute();
  await db.schema
    .createIndex('inventory_alert_once')
    .on('inventory_alert')
    .columns(['org_id', 'advisory_id', 'identifier', 'version'])
    .unique()
    .execute();
  await db.schema
    .createIndex('inventory_alert_by_org')
    .on('inventory_alert')
    .columns(['org_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('inventory_alert_delivery')
    .addColumn('seq', dialect === 'postgres' ? sql`serial` : sql`integer`, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('alert_id', 'text', (c) => c.notNull().references('inventory_alert.id'))
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('alert_subscription.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('error', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inventory_alert_delivery_by_alert')
    .on('inventory_alert_delivery')
    .columns(['alert_id', 'seq'])
    .execute();
}
