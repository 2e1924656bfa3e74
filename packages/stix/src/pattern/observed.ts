/**
 * @module pattern/observed
 * Reads observed-data objects into what the matcher needs: the SCOs each one reports, how to
 * follow `…_ref` properties, its time window and its count (STIX 2.1 §4.14 observed-data).
 * SCOs come from the deprecated `objects` dictionary (refs are its keys) or from `object_refs`
 * looked up in a caller-supplied map of SCOs by id. Nothing is copied: one small record per
 * observed-data, and no closures, so that matching large batches stays cheap.
 *
 * @example
 * prepareObserved([od], { scos: new Map([[ip.id, ip]]) })[0].refs; // ['ipv4-addr--…']
 */
import type { RefScope } from './comparison.ts';

/** The parts of an observed-data object the matcher reads. */
export interface ObservedDataLike {
  readonly id?: string;
  readonly type?: string;
  readonly first_observed?: string;
  readonly last_observed?: string;
  readonly number_observed?: number;
  readonly objects?: Readonly<Record<string, unknown>>;
  readonly object_refs?: readonly string[];
}

export type ScoLookup = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

export interface MatchOptions {
  /** SCOs (and other objects) by id, used for `object_refs` and for references between SCOs. */
  readonly scos?: ScoLookup;
  /**
   * Upper bound on candidate combinations kept per sub-expression (default 10,000); the search
   * also stops after 100 × this many attempts to combine two candidates. Patterns
   * with REPEATS or many AND/FOLLOWEDBY operands over large inputs stop searching there; the
   * result then says `truncated: true`.
   */
  readonly maxBindings?: number;
}

export interface PreparedObserved extends RefScope {
  readonly id: string | undefined;
  /** SCO ids of `object_refs`, used when `embedded` is undefined. */
  readonly refs: readonly unknown[];
  /** first_observed / last_observed in epoch ms (NaN when missing, invalid or not needed). */
  readonly first: number;
  readonly last: number;
  /** number_observed (at least 1). */
  readonly count: number;
}

const NONE = (): unknown => undefined;
const NO_REFS: readonly unknown[] = [];

/** One lookup function per match call (not per observed-data). */
export function lookupIn(scos: ScoLookup | undefined): (ref: string) => unknown {
  if (scos === undefined) return NONE;
  if (scos instanceof Map) {
    const map: ReadonlyMap<string, unknown> = scos;
    return (ref) => map.get(ref);
  }
  const record = scos as Readonly<Record<string, unknown>>;
  return (ref) => (Object.hasOwn(record, ref) ? record[ref] : undefined);
}

function hasKeys(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

export function prepareObserved(
  observed: readonly ObservedDataLike[],
  options: MatchOptions & { readonly withTimes?: boolean } = {},
): PreparedObserved[] {
  const lookup = lookupIn(options.scos);
  const withTimes = options.withTimes !== false;
  const out: PreparedObserved[] = new Array<PreparedObserved>(observed.length);
  for (let i = 0; i < observed.length; i++) {
    const od = observed[i] ?? {};
    const embedded = hasKeys(od.objects) ? od.objects : undefined;
    const refs = embedded === undefined && Array.isArray(od.object_refs) ? od.object_refs : NO_REFS;
    const first =
      withTimes && typeof od.first_observed === 'string' ? Date.parse(od.first_observed) : NaN;
    const last =
      withTimes && typeof od.last_observed === 'string' ? Date.parse(od.last_observed) : first;
    const n = od.number_observed;
    const count = typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1;
    out[i] = {
      id: typeof od.id === 'string' ? od.id : undefined,
      embedded,
      lookup,
      refs,
      first,
      last,
      count,
    };
  }
  return out;
}

/** Calls `test` on each SCO the observed-data reports until it returns true. */
export function someSco(
  od: PreparedObserved,
  test: (sco: unknown, scope: RefScope) => boolean,
): boolean {
  const embedded = od.embedded;
  if (embedded !== undefined) {
    for (const key in embedded)
      if (Object.hasOwn(embedded, key) && test(embedded[key], od)) return true;
    return false;
  }
  for (const ref of od.refs) {
    if (typeof ref !== 'string') continue;
    const sco = od.lookup(ref);
    if (sco !== undefined && test(sco, od)) return true;
  }
  return false;
}
