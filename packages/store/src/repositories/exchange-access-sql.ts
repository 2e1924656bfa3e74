/**
 * @module repositories/exchange-access-sql
 * The access decision of `@coopsec/stix` (`access/clearance.ts`) as an SQL condition, so that
 * `limit` counts only versions the reader may see. A version is visible exactly when the
 * reader's clearance for it is at least its stored `view_rank` (`viewLevel`):
 *   view_rank ≤ default clearance
 *   ∨ reader posted it ∨ reader is a named recipient            (clearance RED)
 *   ∨ ⋁ over ranks r above the default: view_rank ≤ r ∧ origin ∈ origins clearing ≥ r.
 * The property test of the TAXII server checks that this and the domain function agree.
 */
import { tlpRank, type ClearanceTable } from '@coopsec/stix';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from '../dialect.ts';

/**
 * The parts of the condition for one clearance table: what both renderings below turn into
 * SQL, so that the query builder's and the precompiled text's filters cannot drift apart.
 */
interface VisibleParts {
  readonly base: number;
  readonly userId: string;
  /** The user id as it appears in the stored JSON array of recipients. */
  readonly needle: string;
  readonly ranks: readonly { readonly rank: number; readonly origins: readonly string[] }[];
}

function visibleParts(clearance: ClearanceTable): VisibleParts {
  const base = tlpRank(clearance.defaultLevel);
  const ranks: { rank: number; origins: string[] }[] = [];
  for (let rank = base + 1; rank <= tlpRank('amber+strict'); rank++) {
    const origins = [...clearance.byOrigin]
      .filter(([, level]) => tlpRank(level) >= rank)
      .map(([origin]) => origin);
    if (origins.length > 0) ranks.push({ rank, origins });
  }
  return { base, userId: clearance.userId, needle: JSON.stringify(clearance.userId), ranks };
}

/** Condition on the row named `alias` of exchange_object: the reader may see that version. */
export function visibleCondition(
  alias: string,
  clearance: ClearanceTable,
  dialect: Dialect,
): RawBuilder<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const v = visibleParts(clearance);
  // Recipients are stored as a JSON array of user ids: match the quoted id exactly
  // (instr/strpos compare bytes, unlike SQLite's LIKE, which ignores ASCII case).
  const recipient =
    dialect === 'postgres'
      ? sql<SqlBool>`strpos(${col('recipients')}, ${v.needle}) > 0`
      : sql<SqlBool>`instr(${col('recipients')}, ${v.needle}) > 0`;
  const parts: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`${col('view_rank')} <= ${v.base}`,
    sql<SqlBool>`${col('origin_user')} = ${v.userId}`,
    recipient,
  ];
  for (const { rank, origins } of v.ranks)
    parts.push(
      sql<SqlBool>`(${col('view_rank')} <= ${rank} and ${col('origin_org')} in (${sql.join(origins)}))`,
    );
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** SQL text with its parameters, built without the query builder (precompiled read paths). */
export class SqlText {
  readonly params: unknown[] = [];
  text = '';
  readonly #dialect: Dialect;
  constructor(dialect: Dialect) {
    this.#dialect = dialect;
  }
  /** A placeholder for `value`. */
  p(value: unknown): string {
    this.params.push(value);
    return this.#dialect === 'postgres' ? `$${this.params.length}` : '?';
  }
  list(values: readonly unknown[]): string {
    return values.map((v) => this.p(v)).join(', ');
  }
}

/** {@link visibleCondition} as SQL text, parameters appended to `out`. */
export function visibleText(
  alias: string,
  clearance: ClearanceTable,
  dialect: Dialect,
  out: SqlText,
): string {
  const v = visibleParts(clearance);
  const fn = dialect === 'postgres' ? 'strpos' : 'instr';
  const parts = [
    `${alias}.view_rank <= ${out.p(v.base)}`,
    `${alias}.origin_user = ${out.p(v.userId)}`,
    `${fn}(${alias}.recipients, ${out.p(v.needle)}) > 0`,
  ];
  for (const { rank, origins } of v.ranks)
    parts.push(
      `(${alias}.view_rank <= ${out.p(rank)} and ${alias}.origin_org in (${out.list(origins)}))`,
    );
  return `(${parts.join(' or ')})`;
}
