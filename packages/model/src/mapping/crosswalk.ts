/**
 * @module mapping/crosswalk
 * The built-in crosswalks and lookups over them: direct links, the same links read backwards
 * (relationship inverted), and — when no crosswalk joins two frameworks — links composed
 * through one intermediate framework (marked `via`, relationship by composeRelationships).
 * Coverage passes across links by the rules of mapping/olir.ts.
 *
 * @example
 * crosswalkLookup({ from: 'iso27001-2013', id: 'A.9.2.3', to: 'iso27001-2022' });
 * // [{ from: 'A.9.2.3', to: '8.2', relationship: 'equal', … }]
 */
import { CoopsecError } from '../errors.ts';
import { descendantsOf, normaliseElementId, requireElement } from '../standards/catalogue.ts';
import type { FrameworkId } from '../standards/types.ts';
import { CROSSWALK_CSF11_CSF20 } from './crosswalk-csf11-csf20.ts';
import { CROSSWALK_ISO2013_ISO2022 } from './crosswalk-iso2013-iso2022.ts';
import { CROSSWALK_ISO2022_CSF20 } from './crosswalk-iso2022-csf.ts';
import type { CoverageLevel, Crosswalk, Rationale, Relationship } from './olir.ts';
import {
  composeRelationships,
  inferLevel,
  inverseRelationship,
  maxLevel,
  validateCrosswalks,
} from './olir.ts';

export const CROSSWALKS: readonly Crosswalk[] = [
  CROSSWALK_ISO2013_ISO2022,
  CROSSWALK_ISO2022_CSF20,
  CROSSWALK_CSF11_CSF20,
];

/** A link as seen from the framework asked about. */
export interface ResolvedLink {
  readonly from: string;
  readonly to: string;
  readonly relationship: Relationship;
  readonly rationale: Rationale;
  readonly strength: number;
  readonly note: string;
  /** The crosswalk(s) the link comes from. */
  readonly crosswalk: string;
  /** True when the stored link runs the other way and was inverted. */
  readonly inverted: boolean;
  /** For composed links: the intermediate element, as `framework:id`. */
  readonly via?: string;
}

/** Links from one element of `from` to elements of `to`, one step (direct or inverted). */
function directLinks(
  crosswalks: readonly Crosswalk[],
  from: FrameworkId,
  id: string,
  to: FrameworkId,
): ResolvedLink[] {
  const out: ResolvedLink[] = [];
  for (const c of crosswalks) {
    if (c.from === from && c.to === to) {
      for (const l of c.links)
        if (l.from === id) out.push({ ...l, crosswalk: c.id, inverted: false });
    } else if (c.from === to && c.to === from) {
      for (const l of c.links) {
        if (l.to === id) {
          out.push({
            ...l,
            from: l.to,
            to: l.from,
            relationship: inverseRelationship(l.relationship),
            crosswalk: c.id,
            inverted: true,
          });
        }
      }
    }
  }
  return out;
}

/**
 * Every link from element `id` of framework `from` to framework `to`. Uses a direct crosswalk
 * if one joins the two frameworks, else composes through one intermediate framework.
 * Throws NOT_FOUND for an unknown id, BAD_INPUT when no path joins the frameworks.
 */
export function crosswalkLookup(options: {
  from: FrameworkId;
  id: string;
  to: FrameworkId;
  crosswalks?: readonly Crosswalk[];
  /** When the element itself has no links, return those of the elements below it. */
  expand?: boolean;
}): ResolvedLink[] {
  const id = normaliseElementId(options.from, options.id);
  requireElement(options.from, id);
  const own = linksOf({ ...options, id });
  if (own.length > 0 || options.expand !== true) return own;
  return descendantsOf(options.from, id).flatMap((child) => linksOf({ ...options, id: child.id }));
}

function linksOf(options: {
  from: FrameworkId;
  id: string;
  to: FrameworkId;
  crosswalks?: readonly Crosswalk[];
}): ResolvedLink[] {
  const crosswalks = options.crosswalks ?? CROSSWALKS;
  const id = options.id;
  const joins = (a: FrameworkId, b: FrameworkId) =>
    crosswalks.some((c) => (c.from === a && c.to === b) || (c.from === b && c.to === a));
  if (joins(options.from, options.to)) return directLinks(crosswalks, options.from, id, options.to);
  const middles = [...new Set(crosswalks.flatMap((c) => [c.from, c.to]))].filter(
    (m) => m !== options.from && m !== options.to && joins(options.from, m) && joins(m, options.to),
  );
  if (middles.length === 0) {
    throw new CoopsecError('BAD_INPUT', `no crosswalk joins ${options.from} and ${options.to}`);
  }
  const out: ResolvedLink[] = [];
  for (const middle of middles) {
    for (const first of directLinks(crosswalks, options.from, id, middle)) {
      for (const second of directLinks(crosswalks, middle, first.to, options.to)) {
        out.push({
          from: id,
          to: second.to,
          relationship: composeRelationships(first.relationship, second.relationship),
          rationale: first.rationale === second.rationale ? first.rationale : 'functional',
          strength: Math.min(first.strength, second.strength),
          note: `via ${middle} ${first.to}: ${first.note}; then ${second.note}`,
          crosswalk: `${first.crosswalk} + ${second.crosswalk}`,
          inverted: first.inverted || second.inverted,
          via: `${middle}:${first.to}`,
        });
      }
    }
  }
  return out;
}

/**
 * Carries coverage levels from elements of one framework to another across crosswalk links,
 * by inferLevel (equal passes the level; subset/superset/intersects cap it at partial;
 * not-related gives none). An element reached by several links takes the highest level.
 */
export function inferCoverage(options: {
  from: FrameworkId;
  to: FrameworkId;
  levels: ReadonlyMap<string, CoverageLevel>;
  crosswalks?: readonly Crosswalk[];
}): Map<string, CoverageLevel> {
  const out = new Map<string, CoverageLevel>();
  for (const [id, level] of options.levels) {
    if (level === 'none') continue;
    const links = crosswalkLookup({
      from: options.from,
      id,
      to: options.to,
      crosswalks: options.crosswalks ?? CROSSWALKS,
    });
    for (const link of links) {
      const inferred = inferLevel(level, link.relationship);
      out.set(link.to, maxLevel(out.get(link.to) ?? 'none', inferred));
    }
  }
  return out;
}

// The built-in data must be valid: checked once when the module loads (cheap: ~300 links).
validateCrosswalks(CROSSWALKS);
