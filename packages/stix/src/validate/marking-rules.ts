/**
 * @module validate/marking-rules
 * Marking MUST rules (STIX 2.1 §7.2): granular selectors resolve inside the object
 * (§7.2.3.1), and a marking definition never marks itself (§7.2.1 "MUST NOT contain any
 * circular references"). Cycles across several definitions are found by `validate/bundle.ts`.
 */
import { isStandardTlpId, TLP1_IDS, TLP2_IDS } from '../markings/tlp.ts';
import { resolveSelector } from '../markings/selectors.ts';
import { child, type Ctx } from './context.ts';
import { isPlainObject } from './primitives.ts';

export function checkGranularSelectors(
  object: Record<string, unknown>,
  ctx: Ctx,
  path: string,
): void {
  const markings = object.granular_markings;
  if (!Array.isArray(markings)) return;
  markings.forEach((marking, i) => {
    if (!isPlainObject(marking) || !Array.isArray(marking.selectors)) return;
    marking.selectors.forEach((selector, j) => {
      if (typeof selector !== 'string') return;
      const at = `${child(path, 'granular_markings')}[${i}].selectors[${j}]`;
      const r = resolveSelector(object, selector);
      if (!r.found)
        ctx.error(
          'granular-selector',
          at,
          `selector '${selector}' does not resolve in the object: ${r.reason}`,
        );
    });
  });
}

/** All marking-definition ids an object's markings point to. */
export function markingRefs(object: Record<string, unknown>): string[] {
  const refs: string[] = [];
  if (Array.isArray(object.object_marking_refs))
    for (const r of object.object_marking_refs) if (typeof r === 'string') refs.push(r);
  if (Array.isArray(object.granular_markings)) {
    for (const m of object.granular_markings)
      if (isPlainObject(m) && typeof m.marking_ref === 'string') refs.push(m.marking_ref);
  }
  return refs;
}

/** Each marking reference of an object with the JSON path it sits at. */
export function markingRefsWithPaths(
  object: Record<string, unknown>,
  path: string,
): { readonly ref: string; readonly path: string }[] {
  const out: { ref: string; path: string }[] = [];
  if (Array.isArray(object.object_marking_refs))
    object.object_marking_refs.forEach((r, i) => {
      if (typeof r === 'string')
        out.push({ ref: r, path: `${child(path, 'object_marking_refs')}[${i}]` });
    });
  if (Array.isArray(object.granular_markings))
    object.granular_markings.forEach((m, i) => {
      if (isPlainObject(m) && typeof m.marking_ref === 'string')
        out.push({
          ref: m.marking_ref,
          path: `${child(path, 'granular_markings')}[${i}].marking_ref`,
        });
    });
  return out;
}

/**
 * The one rule for marking references that resolve to nothing (rule `marking-unresolved`): a
 * reference is resolved when it is a standard TLP 1.0/2.0 marking-definition id or `isKnown`
 * accepts it (a definition in the same bundle for `stix validate`; in the envelope or readable
 * in the collection for TAXII ingest). A consumer that cannot resolve a marking cannot apply it,
 * so the object would travel as if unmarked (STIX 2.1 §7.2.2) — a mistyped TLP id included.
 */
export function isUnresolvedMarkingRef(ref: string, isKnown: (id: string) => boolean): boolean {
  return !isStandardTlpId(ref) && !isKnown(ref);
}

/**
 * `marking-unresolved` for an object validated alone: only the standard TLP definitions (and
 * the object itself) can resolve its references. Bundles resolve against their own definitions
 * (BundleChecker). References that are no marking-definition id are `reference-type` errors.
 */
export function checkLoneObjectMarkings(
  object: Record<string, unknown>,
  ctx: Ctx,
  path: string,
): void {
  for (const { ref, path: at } of markingRefsWithPaths(object, path))
    if (
      ref.startsWith('marking-definition--') &&
      isUnresolvedMarkingRef(ref, (id) => id === object.id)
    )
      ctx.warn('marking-unresolved', at, unresolvedMarkingMessage(ref, 'in this document'));
}

const STANDARD_TLP: readonly { readonly id: string; readonly name: string }[] = [
  ...Object.entries(TLP2_IDS).map(([level, id]) => ({ id, name: `TLP:${level.toUpperCase()}` })),
  ...Object.entries(TLP1_IDS).map(([level, id]) => ({
    id,
    name: `TLP:${level.toUpperCase()} (TLP 1.0)`,
  })),
];

/** The sentence `stix validate` prints for an unresolved reference, with a likely intended TLP. */
export function unresolvedMarkingMessage(ref: string, where: string): string {
  const near = STANDARD_TLP.find((t) => editDistanceAtMost(ref, t.id, 4));
  return (
    `marking reference ${ref} is neither a standard TLP marking definition nor a marking definition ${where}: ` +
    `the object would be treated as unmarked` +
    (near === undefined ? '' : `; did you mean ${near.name}, ${near.id}?`)
  );
}

/** Whether the Levenshtein distance of a and b is at most `max` (early exit per row). */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

export function checkMarkingCircularity(
  object: Record<string, unknown>,
  ctx: Ctx,
  path: string,
): void {
  if (typeof object.id !== 'string') return;
  if (markingRefs(object).includes(object.id)) {
    ctx.error('circular-marking', path, 'a marking definition must not be marked by itself');
  }
}
