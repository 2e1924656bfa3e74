/**
 * @module repositories/exchange-read-sql
 * The read queries of TAXII listings, object by id, manifest and versions (TAXII 2.1 §5.3,
 * §5.4, §5.6, §5.8) as SQL text assembled directly, not through the query builder: a read
 * used to spend about a quarter of its CPU in Kysely building the query and a sixth in SQLite
 * preparing the same text again (bench/RESULTS.md). On SQLite the prepared statement is
 * cached by its text, which is the same for every request of the same shape (same filters,
 * same reader's clearance table); on PostgreSQL the text goes to the driver as it is.
 *
 * The access filter is {@link visibleText}, rendered from the same clearance table as the
 * query builder's {@link visibleCondition}; the model-based access test runs through here.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Dialect } from '../dialect.ts';
import type { AccessScope, ObjectQuery, VersionFilter } from './exchange-objects.ts';
import { SqlText, visibleText } from './exchange-access-sql.ts';

const T = 'exchange_object';
const COLUMNS =
  'seq, object_id, type, modified, date_added, spec_version, tlp, origin_org, origin_user, recipients, has_granular, view_rank';

export interface ReadRow {
  readonly seq: number | string;
  readonly object_id: string;
  readonly type: string;
  readonly modified: string | null;
  readonly date_added: string;
  readonly spec_version: string;
  readonly tlp: string;
  readonly origin_org: string;
  readonly origin_user: string;
  readonly recipients: string | null;
  readonly has_granular: number | string;
  readonly view_rank: number | string;
  readonly body?: string;
}

/** The seq of the last version added at or before `bound` (the `added_after` cursor). */
export function seqBoundText(dialect: Dialect, collectionId: string, bound: string): SqlText {
  const out = new SqlText(dialect);
  out.text = `select seq from ${T} where collection_id = ${out.p(collectionId)} and date_added <= ${out.p(bound)} order by date_added desc, seq desc limit 1`;
  return out;
}

function visible(scope: AccessScope, alias: string, dialect: Dialect, out: SqlText): string {
  return scope.unrestricted === true ? '' : visibleText(alias, scope.clearance, dialect, out);
}

/**
 * `match[version]` (TAXII 2.1 §3.4.1): `first` and `last` over the versions the reader may
 * see, so that a hidden version can neither hide nor reveal one. Empty when it filters nothing.
 */
function versionText(v: VersionFilter, scope: AccessScope, dialect: Dialect, out: SqlText): string {
  if (v.all === true) return '';
  const parts: string[] = [];
  const edge = (op: '>' | '<') => {
    const seen = visible(scope, 'o2', dialect, out);
    return `not exists (select 1 from ${T} o2 where o2.collection_id = ${T}.collection_id and o2.object_id = ${T}.object_id and o2.version ${op} ${T}.version${seen === '' ? '' : ` and ${seen}`})`;
  };
  if (v.last === true) parts.push(edge('>'));
  if (v.first === true) parts.push(edge('<'));
  if (v.exact !== undefined && v.exact.length > 0)
    parts.push(`${T}.version in (${out.list(v.exact)})`);
  return parts.length === 0 ? '' : `(${parts.join(' or ')})`;
}

/**
 * One page of `q` after seq `lower`, `limit + 1` rows (the extra one says `more`); `lower`
 * already accounts for `q.addedAfter`.
 */
export function pageText(q: ObjectQuery, lower: number, dialect: Dialect): SqlText {
  const out = new SqlText(dialect);
  // `added_after` is already the seq bound `lower` (exchange-objects.ts: seq and date_added
  // grow together within a collection). Repeating it as a date_added range misled PostgreSQL
  // into scanning the date index and sorting, 870 ms instead of 55 ms for a page at 200,000
  // rows before ANALYZE (bench/RESULTS.md).
  const where = [`${T}.collection_id = ${out.p(q.collectionId)}`, `${T}.seq > ${out.p(lower)}`];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (values !== undefined)
      where.push(`${T}.${column} in (${out.list(values.length > 0 ? values : [''])})`);
  };
  inList('object_id', q.ids);
  inList('type', q.types);
  inList('spec_version', q.specVersions);
  if (q.versions !== undefined) {
    const v = versionText(q.versions, q.scope, dialect, out);
    if (v !== '') where.push(v);
  }
  const seen = visible(q.scope, T, dialect, out);
  if (seen !== '') where.push(seen);
  const columns = q.withBody === true ? `${COLUMNS}, body` : COLUMNS;
  out.text = `select ${columns} from ${T} where ${where.join(' and ')} order by ${T}.seq limit ${out.p(q.limit + 1)}`;
  return out;
}

const CACHE_LIMIT = 512;
const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** The statement for `text`, prepared once per connection (a bounded cache). */
export function preparedOn(db: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(text);
  if (statement === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
