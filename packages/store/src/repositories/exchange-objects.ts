/**
 * @module repositories/exchange-objects
 * Stored STIX object versions of TAXII collections, keyed by (collection, id, version) with
 * `date_added` and a monotonic `seq`.
 *
 * Ordering invariant (TAXII 2.1 §3.4 sorting and pagination): within one collection, `seq`
 * and `date_added` grow together. Writers to a collection are serialised (SQLite has one
 * writer; on PostgreSQL a transaction-scoped advisory lock per collection), and each add
 * request gets a `date_added` strictly later than the previous one (all objects of one
 * request share it). So "ordered by date_added, ties by seq" is simply
 * "ordered by seq", a cursor is a seq, and `added_after` becomes a seq bound: a bulk load that
 * shares one `date_added` neither loops nor skips, and concurrent writers only ever append
 * after every cursor handed out.
 *
 * Access control is pushed into SQL through an {@link AccessScope} computed by the server
 * from grants, agreements and TLP 2.0, so that `limit` counts only rows the reader may see.
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { Store } from '../connect.ts';
import type { Dialect } from '../dialect.ts';
import type { Database } from '../schema.ts';

export interface NewObjectVersion {
  readonly objectId: string;
  readonly type: string;
  readonly specVersion: string;
  readonly created: string | null;
  readonly modified: string | null;
  /** Effective object-level TLP: clear, green, amber, amber+strict, red or none. */
  readonly tlp: string;
  /** For TLP:RED: user ids or names allowed to receive it. */
  readonly recipients: readonly string[] | null;
  readonly hasGranular: boolean;
  /** The object as JSON text, exactly as it will be served. */
  readonly body: string;
}

/**
 * What a reader may see in one collection, in SQL-friendly form.
 *  - own organisation: every non-RED object it contributed;
 *  - `anyOriginLevels`: levels visible whoever contributed them (e.g. clear; green for members);
 *  - `originsByLevel`: per level, the contributing organisations whose objects are visible;
 *  - TLP:RED: only to the user who posted it and to the users named as recipients.
 */
export interface AccessScope {
  /** No filtering at all (administrative export). Never set for a TAXII reader. */
  readonly unrestricted?: boolean;
  readonly orgId: string;
  readonly userId: string;
  readonly userName: string;
  readonly anyOriginLevels: readonly string[];
  readonly originsByLevel: Readonly<Record<string, readonly string[]>>;
}

export interface VersionFilter {
  readonly first?: boolean;
  readonly last?: boolean;
  readonly all?: boolean;
  /** Exact versions, canonical form (see {@link canonicalTimestamp}). */
  readonly exact?: readonly string[];
}

export interface ObjectQuery {
  readonly collectionId: string;
  readonly scope: AccessScope;
  /** Exclusive lower bound on date_added, canonical form. */
  readonly addedAfter?: string;
  /** Exclusive cursor: the seq of the last row already served. */
  readonly afterSeq?: number;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly specVersions?: readonly string[];
  readonly versions?: VersionFilter;
  readonly limit: number;
  /** Include the JSON body (objects) or not (manifest, versions). */
  readonly withBody?: boolean;
}

export interface StoredVersion {
  readonly seq: number;
  readonly objectId: string;
  readonly type: string;
  /** The version as the object states it (modified, else created, else date_added). */
  readonly version: string;
  readonly dateAdded: string;
  readonly specVersion: string;
  readonly tlp: string;
  readonly originOrg: string;
  readonly originUser: string;
  /** TLP:RED recipients (user ids or names); empty when none were named. */
  readonly recipients: readonly string[];
  readonly hasGranular: boolean;
  readonly body: string | undefined;
}

export interface AddVersionsResult {
  readonly dateAdded: string;
  /** `objectId|canonicalVersion` of rows that were new (others were already stored). */
  readonly inserted: ReadonlySet<string>;
}

const CHUNK = 500;

/**
 * Canonical, lexically ordered form of an RFC 3339 timestamp: UTC, nine fractional digits.
 * Returns undefined when the text is not a timestamp.
 */
export function canonicalTimestamp(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/.exec(
    text,
  );
  if (m === null) return undefined;
  const [, date, time, fraction = '', zone = 'Z'] = m;
  if (zone.toUpperCase() === 'Z') {
    if (Number.isNaN(Date.parse(`${date}T${time}Z`))) return undefined;
    return `${date}T${time}.${fraction.slice(0, 9).padEnd(9, '0')}Z`;
  }
  const ms = Date.parse(`${date}T${time}${zone}`);
  if (Number.isNaN(ms)) return undefined;
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction.slice(0, 9).padEnd(9, '0')}Z`;
}

/** date_added as stored and served: millisecond precision, UTC. Canonical form compares with it after truncation. */
function dateAddedBound(canonical: string): string {
  // Stored date_added has 3 fractional digits; x > 12:00:00.1234 ⟺ stored > 12:00:00.123.
  return `${canonical.slice(0, 23)}Z`;
}

export const versionKey = (objectId: string, canonicalVersion: string): string =>
  `${objectId}|${canonicalVersion}`;

type Eb = ExpressionBuilder<Database, 'exchange_object'>;

function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function accessCondition(eb: Eb, scope: AccessScope): Expression<SqlBool> {
  const red = eb.and([
    eb('exchange_object.tlp', '=', 'red'),
    eb.or([
      eb('exchange_object.origin_user', '=', scope.userId),
      sql<SqlBool>`exchange_object.recipients like ${`%"${likeEscape(scope.userId)}"%`} escape '\\'`,
      sql<SqlBool>`exchange_object.recipients like ${`%"${likeEscape(scope.userName)}"%`} escape '\\'`,
    ]),
  ]);
  const notRed: Expression<SqlBool>[] = [eb('exchange_object.origin_org', '=', scope.orgId)];
  const anyLevels = scope.anyOriginLevels.filter((l) => l !== 'red');
  if (anyLevels.length > 0) notRed.push(eb('exchange_object.tlp', 'in', anyLevels));
  for (const [level, origins] of Object.entries(scope.originsByLevel)) {
    if (level === 'red' || origins.length === 0) continue;
    notRed.push(
      eb.and([
        eb('exchange_object.tlp', '=', level),
        eb('exchange_object.origin_org', 'in', [...origins]),
      ]),
    );
  }
  return eb.or([eb.and([eb('exchange_object.tlp', '<>', 'red'), eb.or(notRed)]), red]);
}

function versionCondition(eb: Eb, v: VersionFilter): Expression<SqlBool> | undefined {
  if (v.all === true) return undefined;
  const parts: Expression<SqlBool>[] = [];
  const edge = (op: '>' | '<') =>
    eb.not(
      eb.exists(
        eb
          .selectFrom('exchange_object as o2')
          .select(sql`1`.as('one'))
          .whereRef('o2.collection_id', '=', 'exchange_object.collection_id')
          .whereRef('o2.object_id', '=', 'exchange_object.object_id')
          .whereRef('o2.version', op, 'exchange_object.version'),
      ),
    );
  if (v.last === true) parts.push(edge('>'));
  if (v.first === true) parts.push(edge('<'));
  if (v.exact !== undefined && v.exact.length > 0)
    parts.push(eb('exchange_object.version', 'in', [...v.exact]));
  if (parts.length === 0) return undefined;
  return eb.or(parts);
}

export class ExchangeObjectRepository {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;

  constructor(store: Pick<Store, 'db' | 'dialect'>) {
    this.#db = store.db;
    this.#dialect = store.dialect;
  }

  /**
   * Stores object versions in one transaction. Versions already stored (same collection, id
   * and version) are left alone. When an object id is already stored with another origin,
   * that origin is kept, so that its originator's agreements keep governing it wherever it
   * is copied (TLP 2.0: recipients may not pass AMBER+STRICT or RED onward).
   * `inTransaction` runs inside the same transaction (e.g. to save the TAXII status).
   */
  async addVersions(options: {
    collectionId: string;
    originOrg: string;
    originUser: string;
    objects: readonly NewObjectVersion[];
    inTransaction?: (trx: Transaction<Database>, result: AddVersionsResult) => Promise<void>;
  }): Promise<AddVersionsResult> {
    const { collectionId } = options;
    return this.#db.transaction().execute(async (trx) => {
      if (this.#dialect === 'postgres') {
        await sql`select pg_advisory_xact_lock(hashtext(${collectionId}))`.execute(trx);
      }
      const last = await trx
        .selectFrom('exchange_object')
        .select('date_added')
        .where('collection_id', '=', collectionId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      // Strictly after the last request's date_added: a client that resumes with
      // added_after = the X-TAXII-Date-Added-Last it saw can never miss a later request.
      const nowMs = Date.now();
      const lastMs = last === undefined ? 0 : Date.parse(last.date_added);
      const dateAdded = new Date(Math.max(nowMs, lastMs + 1)).toISOString();
      const origins = await this.#origins(
        trx,
        options.objects.map((o) => o.objectId),
      );
      const inserted = new Set<string>();
      for (let start = 0; start < options.objects.length; start += CHUNK) {
        const rows = options.objects.slice(start, start + CHUNK).map((o) => {
          const rawVersion = o.modified ?? o.created ?? dateAdded;
          const origin = origins.get(o.objectId);
          return {
            collection_id: collectionId,
            object_id: o.objectId,
            type: o.type,
            spec_version: o.specVersion,
            created: o.created,
            modified: o.modified ?? o.created ?? dateAdded,
            version: canonicalTimestamp(rawVersion) ?? rawVersion,
            date_added: dateAdded,
            tlp: o.tlp,
            origin_org: origin?.org ?? options.originOrg,
            origin_user: origin?.user ?? options.originUser,
            recipients: o.recipients === null ? null : JSON.stringify(o.recipients),
            has_granular: o.hasGranular ? 1 : 0,
            body: o.body,
          };
        });
        const done = await trx
          .insertInto('exchange_object')
          .values(rows)
          .onConflict((oc) => oc.columns(['collection_id', 'object_id', 'version']).doNothing())
          .returning(['object_id', 'version'])
          .execute();
        for (const r of done) inserted.add(versionKey(r.object_id, r.version));
      }
      const result = { dateAdded, inserted };
      if (options.inTransaction !== undefined) await options.inTransaction(trx, result);
      return result;
    });
  }

  async #origins(
    trx: Transaction<Database>,
    ids: readonly string[],
  ): Promise<Map<string, { org: string; user: string }>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, { org: string; user: string }>();
    for (let start = 0; start < unique.length; start += CHUNK) {
      const rows = await trx
        .selectFrom('exchange_object')
        .select(['object_id', 'origin_org', 'origin_user', 'seq'])
        .where('object_id', 'in', unique.slice(start, start + CHUNK))
        .orderBy('seq')
        .execute();
      for (const r of rows)
        if (!found.has(r.object_id))
          found.set(r.object_id, { org: r.origin_org, user: r.origin_user });
    }
    return found;
  }

  /** One page of versions, in date_added order (ties by seq), with `more` when rows remain. */
  async query(q: ObjectQuery): Promise<{ rows: StoredVersion[]; more: boolean }> {
    let lower = q.afterSeq ?? 0;
    if (q.addedAfter !== undefined) {
      const bound = dateAddedBound(q.addedAfter);
      const before = await this.#db
        .selectFrom('exchange_object')
        .select('seq')
        .where('collection_id', '=', q.collectionId)
        .where('date_added', '<=', bound)
        .orderBy('date_added', 'desc')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (before !== undefined) lower = Math.max(lower, Number(before.seq));
    }
    let query = this.#db
      .selectFrom('exchange_object')
      .select([
        'exchange_object.seq',
        'exchange_object.object_id',
        'exchange_object.type',
        'exchange_object.modified',
        'exchange_object.date_added',
        'exchange_object.spec_version',
        'exchange_object.tlp',
        'exchange_object.origin_org',
        'exchange_object.origin_user',
        'exchange_object.recipients',
        'exchange_object.has_granular',
      ])
      .where('exchange_object.collection_id', '=', q.collectionId)
      .where('exchange_object.seq', '>', lower);
    if (q.withBody === true) query = query.select('exchange_object.body');
    if (q.addedAfter !== undefined)
      query = query.where('exchange_object.date_added', '>', dateAddedBound(q.addedAfter));
    if (q.ids !== undefined)
      query = query.where('exchange_object.object_id', 'in', q.ids.length > 0 ? [...q.ids] : ['']);
    if (q.types !== undefined)
      query = query.where('exchange_object.type', 'in', q.types.length > 0 ? [...q.types] : ['']);
    if (q.specVersions !== undefined) {
      query = query.where(
        'exchange_object.spec_version',
        'in',
        q.specVersions.length > 0 ? [...q.specVersions] : [''],
      );
    }
    if (q.versions !== undefined) {
      const v = q.versions;
      query = query.where((eb) => versionCondition(eb, v) ?? sql<SqlBool>`1 = 1`);
    }
    if (q.scope.unrestricted !== true) query = query.where((eb) => accessCondition(eb, q.scope));
    const rows = await query
      .orderBy('exchange_object.seq')
      .limit(q.limit + 1)
      .execute();
    const more = rows.length > q.limit;
    return {
      more,
      rows: rows.slice(0, q.limit).map((r) => ({
        seq: Number(r.seq),
        objectId: r.object_id,
        type: r.type,
        version: r.modified ?? r.date_added,
        dateAdded: r.date_added,
        specVersion: r.spec_version,
        tlp: r.tlp,
        originOrg: r.origin_org,
        originUser: r.origin_user,
        recipients: r.recipients === null ? [] : (JSON.parse(r.recipients) as string[]),
        hasGranular: Number(r.has_granular) === 1,
        body: 'body' in r ? (r.body as string) : undefined,
      })),
    };
  }

  /**
   * Deletes versions of one object that match `versions` (default all) and that the scope
   * may delete: its own organisation's contributions, or anything when unrestricted.
   */
  async deleteVersions(options: {
    collectionId: string;
    objectId: string;
    versions?: VersionFilter;
    specVersions?: readonly string[];
    scope: Pick<AccessScope, 'orgId' | 'unrestricted'>;
  }): Promise<number> {
    return this.#db.transaction().execute(async (trx) => {
      if (this.#dialect === 'postgres')
        await sql`select pg_advisory_xact_lock(hashtext(${options.collectionId}))`.execute(trx);
      let q = trx
        .selectFrom('exchange_object')
        .select('seq')
        .where('collection_id', '=', options.collectionId)
        .where('object_id', '=', options.objectId);
      if (options.scope.unrestricted !== true) q = q.where('origin_org', '=', options.scope.orgId);
      if (options.specVersions !== undefined)
        q = q.where('spec_version', 'in', [...options.specVersions, '']);
      if (options.versions !== undefined) {
        const v = options.versions;
        q = q.where((eb) => versionCondition(eb, v) ?? sql<SqlBool>`1 = 1`);
      }
      const seqs = (await q.execute()).map((r) => r.seq);
      for (let start = 0; start < seqs.length; start += CHUNK) {
        await trx
          .deleteFrom('exchange_object')
          .where('seq', 'in', seqs.slice(start, start + CHUNK))
          .execute();
      }
      return seqs.length;
    });
  }

  /** Whether any version of the object exists in the collection (whoever may see it). */
  async exists(collectionId: string, objectId: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom('exchange_object')
      .select('seq')
      .where('collection_id', '=', collectionId)
      .where('object_id', '=', objectId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async count(collectionId?: string): Promise<number> {
    let q = this.#db
      .selectFrom('exchange_object')
      .select((eb) => eb.fn.countAll<number | string>().as('n'));
    if (collectionId !== undefined) q = q.where('collection_id', '=', collectionId);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
