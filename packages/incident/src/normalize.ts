/**
 * @module normalize
 * One canonical order for the lists of a case, so that two nodes holding the same facts hold
 * byte-identical cases (and merge(a, a) is a). Participants: lead, contributors, observers,
 * each by organisation; tasks by id; timeline and comments by time, then id; links sorted.
 */
import type { IncidentCase, Role } from './types.ts';

const RANK: Readonly<Record<Role, number>> = { lead: 0, contributor: 1, observer: 2 };

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTimeThenId = (a: { at: string; id: string }, b: { at: string; id: string }): number =>
  Date.parse(a.at) - Date.parse(b.at) || byString(a.id, b.id);

export function normalizeCase(c: IncidentCase): IncidentCase {
  return {
    ...c,
    participants: [...c.participants].sort(
      (a, b) => RANK[a.role] - RANK[b.role] || byString(a.organisation, b.organisation),
    ),
    tasks: [...c.tasks].sort((a, b) => byString(a.id, b.id)),
    timeline: [...c.timeline].sort(byTimeThenId),
    comments: [...c.comments].sort(byTimeThenId),
    links: [...new Set(c.links)].sort(byString),
  };
}

export { byString, RANK };
