/**
 * @module markings/redact
 * Redaction of an object for a recipient (what the TAXII server hands out). STIX 2.1 §7.2:
 * object markings apply to the whole object, granular markings to the content their selectors
 * name (and everything inside it). Content marked beyond the recipient's clearance is removed;
 * if an object marking is beyond it, or a required property would have to go, the object is
 * withheld entirely (`object: undefined`) rather than handed out broken. Remaining granular
 * selectors are renumbered after list items are removed, and empty lists are dropped (§3.3
 * forbids empty lists).
 */
import { getDefinition } from '../registry/index.ts';
import { parseSelector, resolveSelector, type SelectorStep } from './selectors.ts';
import { tlpOfMarking, tlpRank, type MarkingResolver, type TlpLevel } from './tlp.ts';

export interface Clearance {
  /** The most restrictive TLP level the recipient may receive. */
  readonly tlp: TlpLevel;
  /** Non-TLP marking-definition ids the recipient is cleared for (statements, agreements). */
  readonly markings?: ReadonlySet<string>;
  /** Markings that are neither TLP nor listed: denied by default. */
  readonly unknownMarkings?: 'deny' | 'allow';
  /** Resolves non-standard TLP marking ids. */
  readonly resolve?: MarkingResolver;
}

export interface RemovedContent {
  /** Granular selector of what was removed; `''` means the whole object was withheld. */
  readonly selector: string;
  readonly markingRef: string;
  readonly reason: string;
}

export interface Redaction<TObject> {
  readonly object: TObject | undefined;
  readonly removed: RemovedContent[];
}

const REMOVED: unique symbol = Symbol('removed');
const ALWAYS_REQUIRED = ['type', 'id', 'spec_version', 'created', 'modified'];

/** Why a recipient may not see content under `ref`, or undefined if they may. */
export function denialReason(ref: string, clearance: Clearance): string | undefined {
  const level = tlpOfMarking(ref, clearance.resolve);
  if (level !== undefined) {
    return tlpRank(level) > tlpRank(clearance.tlp)
      ? `TLP:${level.toUpperCase()} exceeds clearance TLP:${clearance.tlp.toUpperCase()}`
      : undefined;
  }
  if (clearance.markings?.has(ref) === true || clearance.unknownMarkings === 'allow')
    return undefined;
  return 'marking not in the recipient clearance';
}

/**
 * @example
 * const { object, removed } = redactForRecipient(report, { tlp: 'green' });
 */
export function redactForRecipient<TObject extends Readonly<Record<string, unknown>>>(
  source: TObject,
  clearance: Clearance,
): Redaction<TObject> {
  const removed: RemovedContent[] = [];
  for (const ref of Array.isArray(source.object_marking_refs) ? source.object_marking_refs : []) {
    const reason = typeof ref === 'string' ? denialReason(ref, clearance) : undefined;
    if (reason !== undefined && typeof ref === 'string')
      return { object: undefined, removed: [{ selector: '', markingRef: ref, reason }] };
  }
  const markings = Array.isArray(source.granular_markings)
    ? (source.granular_markings as unknown[])
    : [];
  const kept: Record<string, unknown>[] = [];
  const denied: { selector: string; ref: string; reason: string }[] = [];
  for (const m of markings) {
    if (typeof m !== 'object' || m === null) continue;
    const marking = m as Record<string, unknown>;
    const ref = marking.marking_ref;
    const reason = typeof ref === 'string' ? denialReason(ref, clearance) : undefined;
    if (reason === undefined || typeof ref !== 'string') kept.push(marking);
    else
      for (const s of Array.isArray(marking.selectors) ? marking.selectors : [])
        if (typeof s === 'string') denied.push({ selector: s, ref, reason });
  }
  if (denied.length === 0) return { object: source, removed };
  const required = new Set([
    ...ALWAYS_REQUIRED,
    ...(getDefinition(String(source.type))?.required ?? []),
  ]);
  for (const d of denied) {
    const head = parseSelector(d.selector)?.[0];
    if (typeof head === 'string' && required.has(head) && parseSelector(d.selector)?.length === 1) {
      return {
        object: undefined,
        removed: [
          {
            selector: d.selector,
            markingRef: d.ref,
            reason: `${d.reason}; required property ${head} cannot be removed`,
          },
        ],
      };
    }
  }
  const copy = structuredClone(source) as Record<string, unknown>;
  for (const d of denied) {
    if (markRemoved(copy, d.selector))
      removed.push({ selector: d.selector, markingRef: d.ref, reason: d.reason });
  }
  const remaps = new Map<string, number[]>();
  const compacted = compact(copy, '', remaps) as Record<string, unknown>;
  // A required list whose every item was removed vanishes (§3.3 forbids empty lists): the
  // object would be handed out broken, so it is withheld instead.
  for (const property of required) {
    if (property in source && !(property in compacted)) {
      const d = denied.find((x) => parseSelector(x.selector)?.[0] === property);
      return {
        object: undefined,
        removed: [
          {
            selector: d?.selector ?? property,
            markingRef: d?.ref ?? '',
            reason: `${d?.reason ?? 'removed'}; required property ${property} cannot be removed`,
          },
        ],
      };
    }
  }
  const rewritten = kept
    .map((m): Record<string, unknown> & { selectors: string[] } => ({
      ...m,
      selectors: (m.selectors as unknown[]).flatMap((s) =>
        typeof s === 'string' ? remapSelector(s, remaps, compacted) : [],
      ),
    }))
    .filter((m) => m.selectors.length > 0 || m.marking_ref === undefined);
  if (rewritten.length > 0) compacted.granular_markings = rewritten;
  else delete compacted.granular_markings;
  return { object: compacted as TObject, removed };
}

function markRemoved(object: Record<string, unknown>, selector: string): boolean {
  const steps = parseSelector(selector);
  if (steps === undefined || !resolveSelector(object, selector).found) return false;
  let parent: unknown = object;
  for (const step of steps.slice(0, -1))
    parent = (parent as Record<string | number, unknown>)[step];
  const last = steps[steps.length - 1] as SelectorStep;
  (parent as Record<string | number, unknown>)[last] = REMOVED;
  return true;
}

/** Drops REMOVED entries; records old→new list indices per list path; empty lists vanish. */
function compact(value: unknown, path: string, remaps: Map<string, number[]>): unknown {
  if (Array.isArray(value)) {
    const map: number[] = [];
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const next = item === REMOVED ? REMOVED : compact(item, `${path}.[${i}]`, remaps);
      map.push(next === REMOVED ? -1 : out.length);
      if (next !== REMOVED) out.push(next);
    });
    remaps.set(path, map);
    return out.length === 0 ? REMOVED : out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (path === '' && k === 'granular_markings') continue;
      const next = v === REMOVED ? REMOVED : compact(v, path === '' ? k : `${path}.${k}`, remaps);
      if (next !== REMOVED) out[k] = next;
    }
    return out;
  }
  return value;
}

/** A kept selector after removals: renumbered, or dropped if its content is gone. */
function remapSelector(
  selector: string,
  remaps: ReadonlyMap<string, number[]>,
  object: Record<string, unknown>,
): string[] {
  const steps = parseSelector(selector);
  if (steps === undefined) return [];
  let oldPath = '';
  const newSteps: string[] = [];
  for (const step of steps) {
    if (typeof step === 'number') {
      const map = remaps.get(oldPath);
      const idx = map === undefined ? step : map[step];
      if (idx === undefined || idx < 0) return [];
      newSteps.push(`[${idx}]`);
      oldPath = `${oldPath}.[${step}]`;
    } else {
      newSteps.push(step);
      oldPath = oldPath === '' ? step : `${oldPath}.${step}`;
    }
  }
  const next = newSteps.join('.');
  return resolveSelector(object, next).found ? [next] : [];
}
