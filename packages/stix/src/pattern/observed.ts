/**
 * @module pattern/observed
 * Reads observed-data objects into what the matcher needs: the SCOs each one reports, how to
 * follow `…_ref` properties, its time window and its count (STIX 2.1 §4.14 observed-data).
 * SCOs come from the deprecated `objects` dictionary (refs are its keys) or from `object_refs`
 * looked up in a caller-supplied map of SCOs by id.
 *
 * @example
 * prepareObserved([od], { scos: new Map([[ip.id, ip]]) })[0].roots; // [ip]
 */
import type { Resolver } from './comparison.ts';

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
   * Upper bound on candidate combinations kept per sub-expression (default 10,000). Patterns
   * with REPEATS or many AND/FOLLOWEDBY operands over large inputs stop searching there; the
   * result then says `truncated: true`.
   */
  readonly maxBindings?: number;
}

export interface PreparedObserved {
  readonly id: string | undefined;
  readonly roots: readonly unknown[];
  readonly resolve: Resolver;
  /** first_observed / last_observed in epoch ms (NaN when missing or invalid). */
  readonly first: number;
  readonly last: number;
  /** number_observed (at least 1). */
  readonly count: number;
}

function lookupIn(scos: ScoLookup | undefined): Resolver {
  if (scos === undefined) return () => undefined;
  if (scos instanceof Map) {
    const map: ReadonlyMap<string, unknown> = scos;
    return (ref) => map.get(ref);
  }
  const record = scos as Readonly<Record<string, unknown>>;
  return (ref) => (Object.prototype.hasOwnProperty.call(record, ref) ? record[ref] : undefined);
}

export function prepareObserved(observed: readonly ObservedDataLike[], options: MatchOptions = {}): PreparedObserved[] {
  const global = lookupIn(options.scos);
  return observed.map((od) => {
    const embedded = od.objects;
    let roots: unknown[];
    let resolve: Resolver;
    if (embedded !== undefined && embedded !== null && typeof embedded === 'object' && Object.keys(embedded).length > 0) {
      roots = Object.values(embedded);
      resolve = (ref) => (Object.prototype.hasOwnProperty.call(embedded, ref) ? embedded[ref] : global(ref));
    } else {
      roots = [];
      for (const ref of Array.isArray(od.object_refs) ? od.object_refs : []) {
        const sco = typeof ref === 'string' ? global(ref) : undefined;
        if (sco !== undefined) roots.push(sco);
      }
      resolve = global;
    }
    const first = typeof od.first_observed === 'string' ? Date.parse(od.first_observed) : NaN;
    const last = typeof od.last_observed === 'string' ? Date.parse(od.last_observed) : first;
    const n = od.number_observed;
    const count = typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : 1;
    return { id: typeof od.id === 'string' ? od.id : undefined, roots, resolve, first, last, count };
  });
}
