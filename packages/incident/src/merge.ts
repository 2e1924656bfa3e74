/**
 * @module merge
 * Two versions of the same case, edited concurrently at two centres, merged field by field.
 * The rule (a state-based CRDT join, so every node that has seen the same versions holds the
 * same case, whatever the order the versions arrived in):
 *
 * - title, description, RSIT pair, severity, TLP, PAP, phase: per-field last writer wins by
 *   the field's stamp (`clock`): later `at` wins; equal times go to the greater organisation
 *   id; equal stamps (one organisation writing twice in one millisecond on two nodes) to the
 *   greater canonical JSON of the value. A merged phase is not a transition, so it is not
 *   checked against phase.ts; both sides' phase events stay on the timeline.
 * - participants: union by organisation; if the two sides disagree on a role, the stronger
 *   role wins (lead > contributor > observer), so an invitation is never lost.
 * - timeline events, comments: union by id (they are immutable once written).
 * - tasks: union by id; a task on both sides keeps the version with the later `updated`,
 *   equal times broken by canonical JSON (a completed task done elsewhere comes back).
 * - links: set union.
 * - created: the earlier; modified: the later (the merge records no write of its own; the
 *   app layer stores a merged result that differs from what it held as a new version).
 * Ties are broken on canonical JSON so that the order is total: the merge is commutative,
 * associative and idempotent (merge.test.ts checks this with a fixed-seed property test).
 */
import { canonicalJson } from '@coopsec/stix';
import { CoopsecError } from '@coopsec/model';
import { byString, normalizeCase, RANK } from './normalize.ts';
import {
  CASE_FIELDS,
  type CaseField,
  type IncidentCase,
  type Participant,
  type Stamp,
} from './types.ts';

/** Positive when stamp `a` (with value `va`) wins over `b`. */
function compareStamps(a: Stamp, b: Stamp, values: { va: unknown; vb: unknown }): number {
  return (
    Date.parse(a.at) - Date.parse(b.at) ||
    byString(a.by, b.by) ||
    byString(canonicalJson(values.va), canonicalJson(values.vb))
  );
}

/** The greater of two items with the same id, by `order` then canonical JSON. */
function pick<T>(a: T, b: T, order: (x: T, y: T) => number = () => 0): T {
  const c = order(a, b) || byString(canonicalJson(a), canonicalJson(b));
  return c >= 0 ? a : b;
}

function unionBy<T>(
  a: readonly T[],
  b: readonly T[],
  key: (x: T) => string,
  order?: (x: T, y: T) => number,
): T[] {
  const out = new Map<string, T>();
  for (const x of [...a, ...b]) {
    const k = key(x);
    const seen = out.get(k);
    out.set(k, seen === undefined ? x : pick(seen, x, order));
  }
  return [...out.values()];
}

const strongerRole = (x: Participant, y: Participant): number => RANK[y.role] - RANK[x.role];

export function mergeCases(a: IncidentCase, b: IncidentCase): IncidentCase {
  if (a.id !== b.id)
    throw new CoopsecError('BAD_INPUT', `cannot merge two different cases (${a.id}, ${b.id})`, {
      details: [{ field: 'id', message: `${b.id} is not ${a.id}` }],
    });
  const fields: Partial<Record<CaseField, unknown>> = {};
  const clock: Partial<Record<CaseField, Stamp>> = {};
  for (const f of CASE_FIELDS) {
    const aWins = compareStamps(a.clock[f], b.clock[f], { va: a[f], vb: b[f] }) >= 0;
    fields[f] = aWins ? a[f] : b[f];
    clock[f] = aWins ? a.clock[f] : b.clock[f];
  }
  // The earlier creation, and of two at the same time the smaller organisation id: a total
  // order on (created, createdBy) alone, so the choice does not depend on merge order.
  const order = Date.parse(a.created) - Date.parse(b.created) || byString(a.createdBy, b.createdBy);
  const first = order <= 0 ? a : b;
  return normalizeCase({
    ...(fields as Pick<IncidentCase, CaseField>),
    id: a.id,
    created: first.created,
    createdBy: first.createdBy,
    modified: Date.parse(a.modified) >= Date.parse(b.modified) ? a.modified : b.modified,
    clock: clock as Record<CaseField, Stamp>,
    participants: unionBy(a.participants, b.participants, (p) => p.organisation, strongerRole),
    timeline: unionBy(a.timeline, b.timeline, (e) => e.id),
    comments: unionBy(a.comments, b.comments, (e) => e.id),
    tasks: unionBy(
      a.tasks,
      b.tasks,
      (t) => t.id,
      (x, y) => Date.parse(x.updated) - Date.parse(y.updated),
    ),
    links: [...a.links, ...b.links],
  });
}
