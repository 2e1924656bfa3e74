/**
 * @module validate/depth
 * A nesting limit. STIX 2.1 sets none, but a document nested thousands of levels deep is no
 * real threat intelligence and breaks every recursive consumer downstream (validators,
 * redaction, JSON.stringify). coopsec refuses anything deeper than {@link MAX_NESTING_DEPTH}
 * levels; the check itself is iterative, so it cannot overflow the stack.
 */

/** Levels of arrays and objects, the top-level object counting as 1. */
export const MAX_NESTING_DEPTH = 64;

/** Whether `value` nests arrays and objects more than `limit` levels deep. */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const v = item.value;
    if (typeof v !== 'object' || v === null) continue;
    if (item.depth > limit) return true;
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const child of children)
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}
