/**
 * @module migrations/0007-alerts
 * Alerts to subscribers (issue 16 item 3):
 *  - `alert_subscription`: an organisation's webhook (URL, shared secret for the HMAC
 *    signature, optionally one collection only);
 *  - `alert`: one per sighting an organisation should hear about (its facts, no object body);
 *  - `alert_delivery`: every delivery attempt with its outcome (the delivery log).
 * 0005 and 0006 belong to other work in progress; numbers are assigned, not raced for.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('alert_subscription')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('collection_id', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alert')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('sighting_id', 'text')
    .addColumn('sighted_by', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alert_by_org')
    .on('alert')
    .columns(['org_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('alert_delivery')
    // serial (int4) on PostgreSQL so that the driver returns a number, as SQLite does
    .addColumn('seq', dialect === 'postgres' ? sql`serial` : sql`integer`, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('alert_id', 'text', (c) => c.notNull().references('alert.id'))
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('alert_subscription.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('error', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alert_delivery_by_alert')
    .on('alert_delivery')
    .columns(['alert_id', 'seq'])
    .execute();
}
