/**
 * @module migrations/0002-exchange
 * Organisations, users, hashed API keys, TAXII collections and grants, sharing agreements,
 * stored STIX object versions, TAXII status resources and the audit log.
 *
 * Indexes serve the TAXII hot paths at 1M rows: a page of `match[type]` after a cursor is a
 * range scan of (collection_id, type, seq); `added_after` is turned into a seq bound through
 * (collection_id, date_added, seq); versions of one object come from the unique key.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_org', 'text', (c) => c.references('organization.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_key')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('taxii_collection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('api_root', 'text', (c) => c.notNull().defaultTo('default'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner_org', 'text', (c) => c.references('organization.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('collection_grant')
    .addColumn('collection_id', 'text', (c) => c.notNull().references('taxii_collection.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('can_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('can_write', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('collection_grant_pk', ['collection_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('sharing_agreement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_org', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('to_org', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('collection_id', 'text', (c) => c.notNull().references('taxii_collection.id'))
    .addColumn('tlp_levels', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sharing_agreement_pair', ['from_org', 'to_org', 'collection_id'])
    .execute();
  await db.schema
    .createIndex('sharing_agreement_to')
    .on('sharing_agreement')
    .columns(['to_org', 'collection_id'])
    .execute();

  const seqType = dialect === 'postgres' ? sql`bigserial` : sql`integer`;
  // SQLite AUTOINCREMENT never reuses a seq, so the order stays monotonic after deletes.
  await db.schema
    .createTable('exchange_object')
    .addColumn('seq', seqType, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('spec_version', 'text', (c) => c.notNull())
    .addColumn('created', 'text')
    .addColumn('modified', 'text')
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('date_added', 'text', (c) => c.notNull())
    .addColumn('tlp', 'text', (c) => c.notNull())
    .addColumn('origin_org', 'text', (c) => c.notNull())
    .addColumn('origin_user', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text')
    .addColumn('has_granular', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('body', 'text', (c) => c.notNull())
    .addUniqueConstraint('exchange_object_version', ['collection_id', 'object_id', 'version'])
    .execute();
  await db.schema
    .createIndex('exchange_object_added')
    .on('exchange_object')
    .columns(['collection_id', 'date_added', 'seq'])
    .execute();
  await db.schema
    .createIndex('exchange_object_type')
    .on('exchange_object')
    .columns(['collection_id', 'type', 'seq'])
    .execute();
  await db.schema
    .createIndex('exchange_object_coll_seq')
    .on('exchange_object')
    .columns(['collection_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('exchange_object_id')
    .on('exchange_object')
    .columns(['object_id'])
    .execute();

  await db.schema
    .createTable('taxii_status')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('request_timestamp', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_count', 'integer', (c) => c.notNull())
    .addColumn('success_count', 'integer', (c) => c.notNull())
    .addColumn('failure_count', 'integer', (c) => c.notNull())
    .addColumn('pending_count', 'integer', (c) => c.notNull())
    .addColumn('successes', 'text', (c) => c.notNull())
    .addColumn('failures', 'text', (c) => c.notNull())
    .addColumn('pendings', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('seq', seqType, (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('org_id', 'text')
    .addColumn('key_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('collection_id', 'text')
    .addColumn('target', 'text')
    .addColumn('object_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_event_at').on('audit_event').columns(['at']).execute();
}
