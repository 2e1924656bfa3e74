/**
 * @module validate/marking-rules
 * Marking MUST rules (STIX 2.1 §7.2): granular selectors resolve inside the object
 * (§7.2.3.1), and a marking definition never marks itself (§7.2.1 "MUST NOT contain any
 * circular references"). Cycles across several definitions are found by `validate/bundle.ts`.
 */
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
