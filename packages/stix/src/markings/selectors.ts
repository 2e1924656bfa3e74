/**
 * @module markings/selectors
 * Granular marking selectors (STIX 2.1 §7.2.3.1): dot-separated property names, with list
 * positions written as their own `[n]` segment, e.g. `external_references.[0].source_name`.
 */

export type SelectorStep = string | number;

const INDEX = /^\[(\d+)\]$/;

/** Splits a selector into property names and list indices; undefined if malformed. */
export function parseSelector(selector: string): SelectorStep[] | undefined {
  if (selector === '') return undefined;
  const steps: SelectorStep[] = [];
  for (const segment of selector.split('.')) {
    if (segment === '') return undefined;
    const m = INDEX.exec(segment);
    steps.push(m?.[1] !== undefined ? Number(m[1]) : segment);
  }
  return steps;
}

/** Follows a selector through an object; `found: false` with the failing step if it does not resolve. */
export function resolveSelector(
  object: unknown,
  selector: string,
): { found: true; value: unknown } | { found: false; reason: string } {
  const steps = parseSelector(selector);
  if (steps === undefined) return { found: false, reason: 'malformed selector' };
  let current: unknown = object;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(current))
        return { found: false, reason: `[${step}] applied to something that is not a list` };
      if (step >= current.length) return { found: false, reason: `index ${step} is out of range` };
      current = current[step];
    } else {
      if (
        typeof current !== 'object' ||
        current === null ||
        Array.isArray(current) ||
        !Object.hasOwn(current, step)
      ) {
        return { found: false, reason: `'${step}' is not a property there` };
      }
      current = (current as Record<string, unknown>)[step];
    }
  }
  return { found: true, value: current };
}

/** Whether selector `inner` lies within (or equals) the content selected by `outer`. */
export function selectorCovers(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`);
}
