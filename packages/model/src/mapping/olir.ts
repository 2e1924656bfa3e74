/**
 * @module mapping/olir
 * Crosswalk links in the NIST OLIR vocabulary (NIST IR 8278r1; IR 8477 "set theory"
 * relationships): a relationship, a rationale and a strength 0–10, plus validation and the
 * rules by which coverage passes across a link.
 *
 * Coverage inference rules (stated, conservative):
 *   equal            → the target gets the source's level unchanged;
 *   subset-of, superset-of, intersects-with
 *                    → the target gets at most `partial` (a lower source level stays lower);
 *   not-related-to   → nothing passes (`none`).
 *
 * @example
 * inferLevel('full', 'subset-of'); // 'partial'
 */
import type { ErrorDetail } from '../errors.ts';
import { CoopsecError } from '../errors.ts';
import { findElement } from '../standards/catalogue.ts';
import type { FrameworkId } from '../standards/types.ts';

/** IR 8477 §3: set-theory relationships between a reference element and a focal element. */
export const RELATIONSHIPS = [
  'equal',
  'subset-of',
  'superset-of',
  'intersects-with',
  'not-related-to',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** IR 8278r1: why the mapper believes the relationship holds. */
export const RATIONALES = ['syntactic', 'semantic', 'functional'] as const;
export type Rationale = (typeof RATIONALES)[number];

/** Coverage of a framework element by a policy instrument, weakest first. */
export const COVERAGE_LEVELS = ['none', 'declarative-only', 'partial', 'full'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

export function coverageRank(level: CoverageLevel): number {
  return COVERAGE_LEVELS.indexOf(level);
}
export function maxLevel(a: CoverageLevel, b: CoverageLevel): CoverageLevel {
  return coverageRank(a) >= coverageRank(b) ? a : b;
}
export function minLevel(a: CoverageLevel, b: CoverageLevel): CoverageLevel {
  return coverageRank(a) <= coverageRank(b) ? a : b;
}

export interface CrosswalkLink {
  /** Element id in the crosswalk's `from` framework. */
  readonly from: string;
  /** Element id in the crosswalk's `to` framework. */
  readonly to: string;
  /** `from` <relationship> `to`, e.g. A.9.2.3 subset-of 8.2. */
  readonly relationship: Relationship;
  readonly rationale: Rationale;
  /** 0–10, how strongly the mapper holds the relationship (IR 8278r1). */
  readonly strength: number;
  /** Why, in a sentence: what merged, split or changed. */
  readonly note: string;
}

export interface Crosswalk {
  readonly id: string;
  readonly from: FrameworkId;
  readonly to: FrameworkId;
  readonly title: string;
  readonly source: string;
  readonly links: readonly CrosswalkLink[];
}

/** The relationship read the other way round: A subset-of B ⇔ B superset-of A. */
export function inverseRelationship(relationship: Relationship): Relationship {
  switch (relationship) {
    case 'subset-of':
      return 'superset-of';
    case 'superset-of':
      return 'subset-of';
    case 'equal':
    case 'intersects-with':
    case 'not-related-to':
      return relationship;
  }
}

/** The level a target element receives from a source element at `level` across a link. */
export function inferLevel(level: CoverageLevel, relationship: Relationship): CoverageLevel {
  switch (relationship) {
    case 'equal':
      return level;
    case 'subset-of':
    case 'superset-of':
    case 'intersects-with':
      return minLevel(level, 'partial');
    case 'not-related-to':
      return 'none';
  }
}

/**
 * Composes two relationships through an intermediate element (A r1 B, B r2 C ⇒ A ? C).
 * Exact only when one side is `equal` or both point the same way; otherwise the honest
 * answer is `intersects-with` (they may overlap). Not-related stays not-related only if the
 * other side is equal.
 */
export function composeRelationships(r1: Relationship, r2: Relationship): Relationship {
  if (r1 === 'equal') return r2;
  if (r2 === 'equal') return r1;
  if (r1 === 'not-related-to' || r2 === 'not-related-to') return 'intersects-with';
  if (r1 === r2 && (r1 === 'subset-of' || r1 === 'superset-of')) return r1;
  return 'intersects-with';
}

/**
 * Refuses a crosswalk with an unknown relationship or rationale, a strength outside 0–10 or
 * not an integer, an id its catalogue lacks, a missing note, a duplicated pair, or a
 * contradictory pair (A→B and B→A stated with relationships that are not each other's
 * inverse, e.g. A equal B but B not-related-to A). Throws CoopsecError('BAD_INPUT') with one
 * detail per bad link, naming the link as `crosswalk:from→to`.
 */
export function validateCrosswalk(crosswalk: Crosswalk): void {
  const details: ErrorDetail[] = [];
  const seen = new Map<string, Relationship>();
  crosswalk.links.forEach((link, i) => {
    const record = `${crosswalk.id}:${link.from}→${link.to}`;
    const bad = (field: string, message: string) =>
      details.push({ record, row: i + 1, field, message });
    if (!(RELATIONSHIPS as readonly string[]).includes(link.relationship)) {
      bad(
        'relationship',
        `unknown relationship "${String(link.relationship)}" (known: ${RELATIONSHIPS.join(', ')})`,
      );
    }
    if (!(RATIONALES as readonly string[]).includes(link.rationale)) {
      bad(
        'rationale',
        `unknown rationale "${String(link.rationale)}" (known: ${RATIONALES.join(', ')})`,
      );
    }
    if (!Number.isInteger(link.strength) || link.strength < 0 || link.strength > 10) {
      bad('strength', `strength must be an integer 0–10, got ${String(link.strength)}`);
    }
    if (typeof link.note !== 'string' || link.note.trim() === '')
      bad('note', 'every link needs a rationale note');
    if (findElement(crosswalk.from, link.from) === undefined)
      bad('from', `unknown ${crosswalk.from} id "${link.from}"`);
    if (findElement(crosswalk.to, link.to) === undefined)
      bad('to', `unknown ${crosswalk.to} id "${link.to}"`);
    const key = `${link.from}\u0000${link.to}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      bad(
        'relationship',
        earlier === link.relationship
          ? 'duplicated link'
          : `contradicts an earlier link for the same pair (${earlier})`,
      );
    }
    seen.set(key, link.relationship);
  });
  // Contradictions need both directions in one id space, i.e. a crosswalk within one framework
  // or links written both ways by a user file; see validateCrosswalkPair for two crosswalks.
  if (crosswalk.from === crosswalk.to) {
    for (const link of crosswalk.links) {
      const back = seen.get(`${link.to}\u0000${link.from}`);
      if (back !== undefined && back !== inverseRelationship(link.relationship)) {
        details.push({
          record: `${crosswalk.id}:${link.from}→${link.to}`,
          field: 'relationship',
          message: `contradicts the reverse link ${link.to}→${link.from} (${link.relationship} vs ${back})`,
        });
      }
    }
  }
  if (details.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `crosswalk ${crosswalk.id}: ${details.length} bad link(s)`,
      { details },
    );
  }
}

/**
 * Checks two crosswalks stated in opposite directions (X→Y and Y→X) against each other:
 * a pair stated in both must use inverse relationships.
 */
export function validateCrosswalkPair(forward: Crosswalk, backward: Crosswalk): void {
  if (forward.from !== backward.to || forward.to !== backward.from) {
    throw new CoopsecError(
      'BAD_INPUT',
      `crosswalks ${forward.id} and ${backward.id} do not run in opposite directions`,
    );
  }
  const back = new Map(backward.links.map((l) => [`${l.to}\u0000${l.from}`, l.relationship]));
  const details: ErrorDetail[] = [];
  for (const link of forward.links) {
    const other = back.get(`${link.from}\u0000${link.to}`);
    if (other !== undefined && other !== inverseRelationship(link.relationship)) {
      details.push({
        record: `${forward.id}:${link.from}→${link.to}`,
        field: 'relationship',
        message: `contradicts ${backward.id}:${link.to}→${link.from} (${link.relationship} vs ${other})`,
      });
    }
  }
  if (details.length > 0) {
    throw new CoopsecError(
      'BAD_INPUT',
      `crosswalks ${forward.id} and ${backward.id} contradict each other`,
      {
        details,
      },
    );
  }
}

/** Validates every crosswalk and every pair of crosswalks that run in opposite directions. */
export function validateCrosswalks(crosswalks: readonly Crosswalk[]): void {
  for (const c of crosswalks) validateCrosswalk(c);
  for (const a of crosswalks) {
    for (const b of crosswalks) {
      if (a !== b && a.from === b.to && a.to === b.from && a.id < b.id) validateCrosswalkPair(a, b);
    }
  }
}
