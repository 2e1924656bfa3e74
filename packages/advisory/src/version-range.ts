/**
 * @module version-range
 * Version ranges as CSAF 2.0 gives them in a `product_version_range` branch (§3.1.2.3: the
 * value should be a vers string; otherwise a range in words). Read here:
 *
 * - vers (package-url "vers: a mostly universal version range specifier"):
 *   `vers:<scheme>/<constraint>|<constraint>|…`, `vers:all/*`, `vers:none/*`;
 * - the forms CSAF producers write without vers, read as `generic`: comparator lists
 *   (`<=1.14.0`, `>=1.0 <2.0`, `>=2.9|<=4.1`), `all versions`, `prior to X` / `before X` /
 *   `earlier than X` (`<X`), `up to X` (`<=X`), `X and later` (`>=X`), `after X` (`>X`).
 *
 * Membership follows vers "Checking if a version is contained within a range", with the
 * comparison of {@link compareVersions}. The spec's pairwise walk says nothing when only one
 * `<`/`<=`/`>`/`>=` constraint is left (no pair to walk); that constraint is then read as the
 * open interval it names (`<=1.14.0`: every version up to 1.14.0), as every vers
 * implementation does. Ranges that the spec calls invalid (a version twice, comparators not
 * alternating between lesser and greater, `=` inside an interval) are refused.
 *
 * @example
 * inRange(readVersionRange('vers:generic/>=2.9|<=4.1'), '3.0') // true
 */
import { CoopsecError } from '@coopsec/model';
import { compareVersions } from './version-compare.ts';

export type Comparator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export interface Constraint {
  readonly comparator: Comparator;
  readonly version: string;
}

export type VersionRange =
  | { readonly kind: 'all' | 'none'; readonly scheme: string }
  | {
      readonly kind: 'constraints';
      readonly scheme: string;
      /** Sorted by version (vers: "Constraints are sorted by version"). */
      readonly constraints: readonly Constraint[];
    };

const bad = (field: string, message: string) =>
  new CoopsecError('BAD_INPUT', `${field}: ${message}`, { details: [{ field, message }] });

const COMPARATOR = /^(>=|<=|!=|<|>|=)?(.*)$/s;
const isLesser = (c: Comparator) => c === '<' || c === '<=';
const isGreater = (c: Comparator) => c === '>' || c === '>=';

function readConstraint(text: string, field: string): Constraint {
  const [, op, rest] = COMPARATOR.exec(text) ?? [];
  const raw = rest ?? '';
  if (raw === '') throw bad(field, `a constraint without a version in ${JSON.stringify(text)}`);
  let version = raw;
  if (raw.includes('%'))
    try {
      version = decodeURIComponent(raw);
    } catch {
      throw bad(field, `the version ${JSON.stringify(raw)} is not valid percent-encoding`);
    }
  return { comparator: (op ?? '=') as Comparator, version };
}

/** Sorts and checks constraints as vers "Normalized, canonical representation and validation". */
function constraintsRange(scheme: string, list: Constraint[], field: string): VersionRange {
  if (list.length === 0) throw bad(field, 'a range with no constraint');
  const sorted = [...list].sort((a, b) => compareVersions(scheme, a.version, b.version));
  for (let i = 1; i < sorted.length; i++) {
    const [prev, here] = [sorted[i - 1], sorted[i]];
    if (prev && here && compareVersions(scheme, prev.version, here.version) === 0)
      throw bad(field, `the version ${here.version} appears twice`);
  }
  const bounds = sorted.filter((c) => c.comparator !== '!=');
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [here, next] = [bounds[i], bounds[i + 1]];
    if (here === undefined || next === undefined) continue;
    const ok =
      here.comparator === '='
        ? !isLesser(next.comparator)
        : isGreater(here.comparator)
          ? isLesser(next.comparator)
          : !isLesser(next.comparator);
    if (!ok)
      throw bad(
        field,
        `${here.comparator}${here.version} cannot be followed by ${next.comparator}${next.version}`,
      );
  }
  return { kind: 'constraints', scheme, constraints: sorted };
}

/** The CSAF forms in words, turned into comparator lists. */
const WORDS: readonly [RegExp, (v: string) => string][] = [
  [/^(?:all versions )?(?:prior to|before|earlier than) (.+)$/i, (v) => `<${v}`],
  [/^(?:all versions )?up to (?:and including )?(.+)$/i, (v) => `<=${v}`],
  [/^(.+?) and (?:later|above|newer)$/i, (v) => `>=${v}`],
  [/^(?:all versions )?(?:after|later than) (.+)$/i, (v) => `>${v}`],
];

/** Reads a vers string or a CSAF range in words; BAD_INPUT naming `field` otherwise. */
export function readVersionRange(text: string, field = 'range'): VersionRange {
  const trimmed = text.trim();
  if (/^vers:/i.test(trimmed)) {
    // vers: "Remove all spaces and tabs", then scheme and constraints split on the first "/".
    const body = trimmed.replace(/[ \t]/g, '').slice('vers:'.length);
    const slash = body.indexOf('/');
    if (slash <= 0) throw bad(field, 'vers: expected vers:<scheme>/<constraints>');
    const scheme = body.slice(0, slash).toLowerCase();
    const constraints = body.slice(slash + 1);
    if (constraints === '*') {
      if (scheme === 'none') return { kind: 'none', scheme };
      return { kind: 'all', scheme };
    }
    if (scheme === 'all' || scheme === 'none')
      throw bad(field, `vers:${scheme} takes only "*" as its constraint`);
    if (constraints.includes('*')) throw bad(field, 'vers: "*" must stand alone');
    const parts = constraints.split('|').filter((c) => c !== '');
    return constraintsRange(
      scheme,
      parts.map((c) => readConstraint(c, field)),
      field,
    );
  }
  const words = trimmed.replace(/\s+/g, ' ');
  if (/^(?:all|all versions|\*)$/i.test(words)) return { kind: 'all', scheme: 'generic' };
  for (const [pattern, toConstraint] of WORDS) {
    const m = pattern.exec(words);
    if (m?.[1] !== undefined)
      return constraintsRange('generic', [readConstraint(toConstraint(m[1]), field)], field);
  }
  if (!/^(>=|<=|!=|<|>|=)/.test(words))
    throw bad(field, `not a version range (vers or comparators): ${JSON.stringify(text)}`);
  const parts = words
    .replace(/(>=|<=|!=|<|>|=) /g, '$1')
    .split(/[ |,]+/)
    .filter((c) => c !== '');
  return constraintsRange(
    'generic',
    parts.map((c) => readConstraint(c, field)),
    field,
  );
}

/** The range holding exactly one version (a `product_version` branch, §3.1.2.3). */
export function exactly(scheme: string, version: string): VersionRange {
  return { kind: 'constraints', scheme, constraints: [{ comparator: '=', version }] };
}

/** Whether `version` is in `range`, by the vers containment procedure (module comment). */
export function inRange(range: VersionRange, version: string): boolean {
  if (range.kind !== 'constraints') return range.kind === 'all';
  const cmp = (a: string, b: string) => compareVersions(range.scheme, a, b);
  const { constraints } = range;
  for (const c of constraints)
    // A valid range's intervals are disjoint, so a version on a `<` or `>` bound is in none.
    if (cmp(version, c.version) === 0) return c.comparator !== '!=' && !isGreaterOrLesserStrict(c);
  const bounds = constraints.filter((c) => c.comparator !== '=' && c.comparator !== '!=');
  if (bounds.length === 1) {
    const [only] = bounds;
    if (only === undefined) return false;
    return isLesser(only.comparator)
      ? cmp(version, only.version) < 0
      : cmp(version, only.version) > 0;
  }
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [current, next] = [bounds[i], bounds[i + 1]];
    if (current === undefined || next === undefined) continue;
    if (i === 0 && isLesser(current.comparator) && cmp(version, current.version) < 0) return true;
    if (i + 2 === bounds.length && isGreater(next.comparator) && cmp(version, next.version) > 0)
      return true;
    if (
      isGreater(current.comparator) &&
      isLesser(next.comparator) &&
      cmp(version, current.version) > 0 &&
      cmp(version, next.version) < 0
    )
      return true;
  }
  return false;
}

/** `<` and `>` exclude their own version (vers: equality holds for "=", "<=" and ">="). */
const isGreaterOrLesserStrict = (c: Constraint) => c.comparator === '<' || c.comparator === '>';
