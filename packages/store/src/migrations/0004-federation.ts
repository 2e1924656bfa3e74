/**
 * @module migrations/0004-federation
 * Federation between national nodes (TAXII 2.1 between coopsec or any other server):
 *  - `node_identity`: this node's id, generated once, shown to partners in its discovery resource;
 *  - `peer`: a partner's API root, the credentials this node uses there (encrypted at rest), the
 *    local organisation that stands for the partner, and the hop limit;
 *  - `peer_link`: per collection pair the direction, schedule and the persisted cursors and
 *    in-flight push, so that a killed node resumes where it stopped;
 *  - `object_provenance`: which peer delivered a version, when, and along which nodes, kept
 *    beside the object, never in it (only its creator may change an object);
 *  - `sync_run`: every run with its counts, refusals and duration.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('node_identity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('peer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('api_root', 'text', (c) => c.notNull())
    .addColumn('local_org', 'text', (c) => c.notNull().references('organization.id'))
    .addColumn('service_user', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('credentials', 'text', (c) => c.notNull())
    .addColumn('remote_node', 'text')
    .addColumn('hop_limit', 'integer', (c) => c.notNull().defaultTo(4))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('last_status', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('peer_link')
    .addColumn('peer_id', 'text', (c) => c.notNull().references('peer.id').onDelete('cascade'))
    .addColumn('local_collection', 'text', (c) => c.notNull().references('taxii_collection.id'))
    .addColumn('remote_collection', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('interval_seconds', 'integer', (c) => c.notNull().defaultTo(300))
    /** The remote server's X-TAXII-Date-Added-Last of the last committed page (its clock). */
    .addColumn('pull_cursor', 'text')
    /** The last local exchange_object.seq considered for pushing. */
    .addColumn('push_cursor', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON of the envelope sent and not yet confirmed complete: {statusId, upToSeq}. */
    .addColumn('push_inflight', 'text')
    .addColumn('next_run_at', 'text')
    .addPrimaryKeyConstraint('peer_link_pk', ['peer_id', 'local_collection', 'remote_collection'])
    .execute();

  await db.schema
    .createTable('object_provenance')
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('peer_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    /** JSON array of node ids the version passed through before this node, oldest first. */
    .addColumn('path', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('object_provenance_pk', ['collection_id', 'object_id', 'version'])
    .execute();

  await db.schema
    .createTable('sync_run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('peer_id', 'text', (c) => c.notNull().references('peer.id').onDelete('cascade'))
    .addColumn('local_collection', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('objects_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('objects_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refused', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON array of {id, reason}: ids and rule names only, never object content. */
    .addColumn('refusals', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('lag_ms', 'integer')
    .execute();
  await db.schema
    .createIndex('sync_run_peer')
    .on('sync_run')
    .columns(['peer_id', 'started_at'])
    .execute();
}
