/**
 * @module migrations/0003-access
 * The one access decision (issue "marked data stays where its markings say"):
 *  - `view_rank`: the lowest clearance (0 CLEAR … 4 RED) at which a version is served at all,
 *    computed by `@coopsec/stix` `viewLevel` from its object and granular markings, so that SQL
 *    filters with the domain's answer;
 *  - recipients are user ids: names stored by earlier versions are resolved (exactly, else
 *    case-insensitively when that is unambiguous; unresolvable names are dropped, which only
 *    ever narrows who receives RED);
 *  - the version key gains `origin_org`: a writer who cannot see another organisation's object
 *    may post the same id and version as its own without learning that the other exists;
 *  - user names are unique regardless of case (a unique index on lower(name), when the
 *    existing rows allow it; the repository refuses new case-insensitive duplicates anyway).
 */
import { tlpRank, viewLevel } from '@coopsec/stix';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.ts';

const COLUMNS =
  'seq, collection_id, object_id, type, spec_version, created, modified, version, date_added, tlp, origin_org, origin_user, recipients, has_granular, body';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table exchange_object add column view_rank integer not null default 1`.execute(
      db,
    );
    await sql`alter table exchange_object drop constraint exchange_object_version`.execute(db);
    await sql`alter table exchange_object add constraint exchange_object_version unique (collection_id, object_id, version, origin_org)`.execute(
      db,
    );
  } else {
    // SQLite cannot change a table constraint: rebuild the table, keeping seq and its sequence.
    const seqRow = await sql<{
      seq: number;
    }>`select seq from sqlite_sequence where name = 'exchange_object'`.execute(db);
    const lastSeq = seqRow.rows[0]?.seq ?? 0;
    await sql
      .raw(
        `create table exchange_object_v3 (
      seq integer primary key autoincrement,
      collection_id text not null, object_id text not null, type text not null,
      spec_version text not null, created text, modified text, version text not null,
      date_added text not null, tlp text not null, origin_org text not null,
      origin_user text not null, recipients text, has_granular integer not null default 0,
      body text not null, view_rank integer not null default 1,
      constraint exchange_object_version unique (collection_id, object_id, version, origin_org))`,
      )
      .execute(db);
    await sql
      .raw(`insert into exchange_object_v3 (${COLUMNS}) select ${COLUMNS} from exchange_object`)
      .execute(db);
    await sql.raw('drop table exchange_object').execute(db);
    await sql.raw('alter table exchange_object_v3 rename to exchange_object').execute(db);
    await sql`update sqlite_sequence set seq = max(seq, ${lastSeq}) where name = 'exchange_object'`.execute(
      db,
    );
    for (const [name, cols] of [
      ['exchange_object_added', 'collection_id, date_added, seq'],
      ['exchange_object_type', 'collection_id, type, seq'],
      ['exchange_object_coll_seq', 'collection_id, seq'],
      ['exchange_object_id', 'object_id'],
    ] as const)
      await sql.raw(`create index ${name} on exchange_object (${cols})`).execute(db);
  }
  // view_rank from the object-level TLP, then exactly for versions with granular markings.
  for (const level of ['clear', 'green', 'amber', 'amber+strict', 'red'] as const)
    await sql`update exchange_object set view_rank = ${tlpRank(level)} where tlp = ${level}`.execute(
      db,
    );
  const granular = await sql<{
    seq: number;
    body: string;
  }>`select seq, body from exchange_object where has_granular = 1`.execute(db);
  for (const row of granular.rows) {
    let rank = tlpRank('red');
    try {
      rank = tlpRank(viewLevel(JSON.parse(row.body) as Record<string, unknown>));
    } catch {
      // A body that cannot be read is withheld from everyone but RED recipients (fail closed).
    }
    await sql`update exchange_object set view_rank = ${rank} where seq = ${row.seq}`.execute(db);
  }
  const users = (await sql<{ id: string; name: string }>`select id, name from app_user`.execute(db))
    .rows;
  const byId = new Set(users.map((u) => u.id));
  const byName = new Map(users.map((u) => [u.name, u.id]));
  const byLower = new Map<string, string[]>();
  for (const u of users)
    byLower.set(u.name.toLowerCase(), [...(byLower.get(u.name.toLowerCase()) ?? []), u.id]);
  const named = await sql<{
    seq: number;
    recipients: string;
  }>`select seq, recipients from exchange_object where recipients is not null`.execute(db);
  for (const row of named.rows) {
    let entries: unknown = [];
    try {
      entries = JSON.parse(row.recipients);
    } catch {
      entries = [];
    }
    const ids = new Set<string>();
    for (const e of Array.isArray(entries) ? entries : []) {
      if (typeof e !== 'string') continue;
      const lower = byLower.get(e.toLowerCase());
      const id = byId.has(e) ? e : (byName.get(e) ?? (lower?.length === 1 ? lower[0] : undefined));
      if (id !== undefined) ids.add(id);
    }
    await sql`update exchange_object set recipients = ${ids.size > 0 ? JSON.stringify([...ids]) : null} where seq = ${row.seq}`.execute(
      db,
    );
  }
  const clash = await sql<{
    n: number | string;
  }>`select count(*) as n from (select lower(name) from app_user group by lower(name) having count(*) > 1) d`.execute(
    db,
  );
  if (Number(clash.rows[0]?.n ?? 0) === 0)
    await sql`create unique index app_user_name_ci on app_user (lower(name))`.execute(db);
}
