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

/** Condition on the row named `alias` of exchange_object: the reader may see that version. */
export function visibleCondition(
  alias: string,
  clearance: ClearanceTable,
  dialect: Dialect,
): RawBuilder<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const base = tlpRank(clearance.defaultLevel);
  // Recipients are stored as a JSON array of user ids: match the quoted id exactly
  // (instr/strpos compare bytes, unlike SQLite's LIKE, which ignores ASCII case).
  const needle = JSON.stringify(clearance.userId);
  const recipient =
    dialect === 'postgres'
      ? sql<SqlBool>`strpos(${col('recipients')}, ${needle}) > 0`
      : sql<SqlBool>`instr(${col('recipients')}, ${needle}) > 0`;
  const parts: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`${col('view_rank')} <= ${base}`,
    sql<SqlBool>`${col('origin_user')} = ${clearance.userId}`,
    recipient,
  ];
  for (let rank = base + 1; rank <= tlpRank('amber+strict'); rank++) {
    const origins = [...clearance.byOrigin]
      .filter(([, level]) => tlpRank(level) >= rank)
      .map(([origin]) => origin);
    if (origins.length === 0) continue;
    parts.push(
      sql<SqlBool>`(${col('view_rank')} <= ${rank} and ${col('origin_org')} in (${sql.join(origins)}))`,
    );
  }
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
