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
  CompiledQuery,
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { ClearanceTable } from '@coopsec/stix';
import { sqliteHandleOf, type Store } from '../connect.ts';
import type { Dialect } from '../dialect.ts';
import { visibleCondition } from './exchange-access-sql.ts';
import {
  postgresExisting,
  postgresInsert,
  sqliteExisting,
  sqliteInsert,
  type ExistingRow,
  type InsertRow,
} from './exchange-ingest-sql.ts';
import { pageText, preparedOn, seqBoundText, type ReadRow } from './exchange-read-sql.ts';
import type { SqlText } from './exchange-access-sql.ts';
import type { Database } from '../schema.ts';

export interface NewObjectVersion {
  readonly objectId: string;
  readonly type: string;
  readonly specVersion: string;
  readonly created: string | null;
  readonly modified: string | null;
  /** Effective object-level TLP: clear, green, amber, amber+strict, red or none. */
  readonly tlp: string;
  /** The lowest clearance rank (0 CLEAR … 4 RED) at which it is served (`viewLevel`). */
  readonly viewRank: number;
  /** The organisation and user the version is attributed to (see the ingest use case). */
  readonly originOrg: string;
  readonly originUser: string;
  /** User ids named as recipients, or null. */
  readonly recipients: readonly string[] | null;
  readonly hasGranular: boolean;
  /** The object as JSON text, exactly as it will be served. */
  readonly body: string;
}

/**
 * What a reader may see in one collection: the clearance table of `@coopsec/stix`, turned
 * into SQL by {@link visibleCondition}. `unrestricted` (administrative export) skips it.
 */
export interface AccessScope {
  readonly unrestricted?: boolean;
  readonly clearance: ClearanceTable;
}

/** A stored version as the ingest use case sees it when deciding origins. */
export interface ExistingVersion {
  readonly seq: number;
  readonly collectionId: string;
  readonly objectId: string;
  /** Canonical version (see {@link canonicalTimestamp}). */
  readonly version: string;
  readonly originOrg: string;
  readonly originUser: string;
  readonly viewRank: number;
  readonly recipients: readonly string[];
  readonly body: string;
}

/** One add request's transaction (TAXII 2.1 §5.5): look up, then insert, then commit. */
export interface IngestSession {
  readonly trx: Transaction<Database>;
  /** Strictly after every earlier request's date_added in this collection. */
  readonly dateAdded: string;
  /** Stored versions of these ids in every collection. */
  existingVersions(ids: readonly string[]): Promise<ExistingVersion[]>;
  /** Inserts versions; returns {@link versionKey}s of rows that were new. */
  insert(rows: readonly NewObjectVersion[]): Promise<ReadonlySet<string>>;
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
  /** User ids named as recipients; empty when none were named. */
  readonly recipients: readonly string[];
  readonly hasGranular: boolean;
  /** The lowest clearance rank at which this version is served (`viewLevel`). */
  readonly viewRank: number;
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

/** A stored version's key: id, canonical version and origin organisation. */
export const versionKey = (objectId: string, canonicalVersion: string, originOrg: string): string =>
  `${objectId}|${canonicalVersion}|${originOrg}`;

/** The canonical version key of a version as posted (modified, else created, else date_added). */
export function canonicalVersion(
  o: Pick<NewObjectVersion, 'modified' | 'created'>,
  dateAdded: string,
): string {
  const raw = o.modified ?? o.created ?? dateAdded;
  return canonicalTimestamp(raw) ?? raw;
}

type Eb = ExpressionBuilder<Database, 'exchange_object'>;

/**
 * `match[version]` (TAXII 2.1 §3.4.1). `first` and `last` are computed over the versions the
 * reader may see, so that a version hidden from the reader can neither hide nor reveal one.
 */
function versionCondition(
  eb: Eb,
  v: VersionFilter,
  visible: ((alias: string) => Expression<SqlBool>) | undefined,
): Expression<SqlBool> | undefined {
  if (v.all === true) return undefined;
  const parts: Expression<SqlBool>[] = [];
  const edge = (op: '>' | '<') => {
    let other = eb
      .selectFrom('exchange_object as o2')
      .select(sql`1`.as('one'))
      .whereRef('o2.collection_id', '=', 'exchange_object.collection_id')
      .whereRef('o2.object_id', '=', 'exchange_object.object_id')
      .whereRef('o2.version', op, 'exchange_object.version');
    if (visible !== undefined) other = other.where(visible('o2'));
    return eb.not(eb.exists(other));
  };
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

  #visible(scope: AccessScope): ((alias: string) => Expression<SqlBool>) | undefined {
    if (scope.unrestricted === true) return undefined;
    return (alias) => visibleCondition(alias, scope.clearance, this.#dialect);
  }

  /**
   * Runs one add request in one transaction: `work` looks up what is stored and inserts the
   * versions it accepts; everything (with whatever `work` saves through `session.trx`, e.g.
   * the TAXII status) commits together before the caller acknowledges. Writers to a collection
   * are serialised (SQLite has one writer; on PostgreSQL an advisory lock per collection).
   * Versions already stored under the same key are left alone.
   */
  async ingest<T>(collectionId: string, work: (session: IngestSession) => Promise<T>): Promise<T> {
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
      const lastMs = last === undefined ? 0 : Date.parse(last.date_added);
      const dateAdded = new Date(Math.max(Date.now(), lastMs + 1)).toISOString();
      const native = sqliteHandleOf(this.#db);
      const session: IngestSession = {
        trx,
        dateAdded,
        existingVersions: async (ids) => {
          const unique = [...new Set(ids)];
          const rows =
            native !== undefined
              ? sqliteExisting(native, unique)
              : await postgresExisting(trx, unique);
          return rows.map(toExisting);
        },
        insert: async (objects) => {
          const rows = objects.map((o) => toInsertRow(o, collectionId, dateAdded));
          const done =
            native !== undefined ? sqliteInsert(native, rows) : await postgresInsert(trx, rows);
          return new Set(done.map((r) => versionKey(r.object_id, r.version, r.origin_org)));
        },
      };
      return work(session);
    });
  }

  /** One page of versions, in date_added order (ties by seq), with `more` when rows remain. */
  async query(q: ObjectQuery): Promise<{ rows: StoredVersion[]; more: boolean }> {
    let lower = q.afterSeq ?? 0;
    const addedAfter = q.addedAfter === undefined ? undefined : dateAddedBound(q.addedAfter);
    if (addedAfter !== undefined) {
      const [before] = await this.#read<{ seq: number | string }>(
        seqBoundText(this.#dialect, q.collectionId, addedAfter),
      );
      if (before !== undefined) lower = Math.max(lower, Number(before.seq));
    }
    const rows = await this.#read<ReadRow>(pageText(q, lower, this.#dialect));
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
        viewRank: Number(r.view_rank),
        body: r.body,
      })),
    };
  }

  /**
   * Runs precompiled read text. On SQLite the prepared statement runs while Kysely's single
   * connection is held, so a read never lands inside another request's open transaction.
   */
  async #read<R>(q: SqlText): Promise<R[]> {
    const native = sqliteHandleOf(this.#db);
    if (native !== undefined) {
      return this.#db
        .connection()
        .execute(() => Promise.resolve(preparedOn(native, q.text).all(...q.params) as R[]));
    }
    const result = await this.#db.executeQuery<R>(CompiledQuery.raw(q.text, q.params));
    return result.rows;
  }

  /**
   * Deletes the versions of one object that match `versions` (default all; `first`/`last` over
   * the versions the scope may see) and that the scope may delete: versions it may see whose
   * origin is the scope's organisation. Returns how many it deleted and how many matching
   * versions the scope may see (so that the caller can tell 404 from 403).
   */
  async deleteVersions(options: {
    collectionId: string;
    objectId: string;
    versions?: VersionFilter;
    specVersions?: readonly string[];
    scope: AccessScope;
  }): Promise<{ deleted: number; visible: number }> {
    const visible = this.#visible(options.scope);
    return this.#db.transaction().execute(async (trx) => {
      if (this.#dialect === 'postgres')
        await sql`select pg_advisory_xact_lock(hashtext(${options.collectionId}))`.execute(trx);
      let q = trx
        .selectFrom('exchange_object')
        .select(['seq', 'origin_org'])
        .where('collection_id', '=', options.collectionId)
        .where('object_id', '=', options.objectId);
      if (visible !== undefined) q = q.where(visible('exchange_object'));
      if (options.specVersions !== undefined)
        q = q.where('spec_version', 'in', [...options.specVersions, '']);
      if (options.versions !== undefined) {
        const v = options.versions;
        q = q.where((eb) => versionCondition(eb, v, visible) ?? sql<SqlBool>`1 = 1`);
      }
      const rows = await q.execute();
      const own =
        options.scope.unrestricted === true
          ? rows
          : rows.filter((r) => r.origin_org === options.scope.clearance.orgId);
      const seqs = own.map((r) => r.seq);
      for (let start = 0; start < seqs.length; start += CHUNK) {
        await trx
          .deleteFrom('exchange_object')
          .where('seq', 'in', seqs.slice(start, start + CHUNK))
          .execute();
      }
      return { deleted: seqs.length, visible: rows.length };
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

function toExisting(r: ExistingRow): ExistingVersion {
  return {
    seq: Number(r.seq),
    collectionId: r.collection_id,
    objectId: r.object_id,
    version: r.version,
    originOrg: r.origin_org,
    originUser: r.origin_user,
    viewRank: Number(r.view_rank),
    recipients: r.recipients === null ? [] : (JSON.parse(r.recipients) as string[]),
    body: r.body,
  };
}

function toInsertRow(o: NewObjectVersion, collectionId: string, dateAdded: string): InsertRow {
  return {
    collection_id: collectionId,
    object_id: o.objectId,
    type: o.type,
    spec_version: o.specVersion,
    created: o.created,
    modified: o.modified ?? o.created ?? dateAdded,
    version: canonicalVersion(o, dateAdded),
    date_added: dateAdded,
    tlp: o.tlp,
    view_rank: o.viewRank,
    origin_org: o.originOrg,
    origin_user: o.originUser,
    recipients:
      o.recipients === null || o.recipients.length === 0 ? null : JSON.stringify(o.recipients),
    has_granular: o.hasGranular ? 1 : 0,
    body: o.body,
  };
}
