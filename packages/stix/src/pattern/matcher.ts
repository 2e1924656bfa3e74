/**
 * @module pattern/matcher
 * Compile once, match many: turns a pattern into a reusable matcher over observed-data
 * (STIX 2.1 §9.6 observation operators, §9.7 qualifiers).
 *
 * A match is a *binding*: which observed-data satisfied which `[…]`. Semantics:
 * - `[…]` is satisfied by one observed-data that reports an SCO for which the comparison
 *   expression is true (AND inside `[…]` is evaluated on a single SCO);
 * - `A AND B`, `A FOLLOWEDBY B` need bindings for both sides that do not use the same
 *   observation twice; an observed-data with `number_observed: n` counts as n observations;
 * - time: an observed-data says its events happened somewhere in [first_observed,
 *   last_observed]; a temporal constraint holds when times can be chosen inside those
 *   intervals that satisfy it (as the OASIS reference matcher does):
 * - `A FOLLOWEDBY B`: every time of A can be ≤ every time of B, i.e. the latest
 *   `first_observed` of A ≤ the earliest `last_observed` of B;
 * - `WITHIN n SECONDS`: some window of n seconds overlaps every interval of the binding,
 *   i.e. latest `first_observed` − earliest `last_observed` ≤ n seconds;
 * - `START s STOP t`: every interval overlaps [s, t): `first_observed` < t and
 *   `last_observed` ≥ s;
 * - `REPEATS n TIMES`: n bindings of the expression, not sharing observations;
 * - qualifiers apply left to right (`REPEATS 2 TIMES WITHIN 60 SECONDS` repeats, then limits).
 * Observed-data without valid `first_observed` never satisfies a temporal constraint.
 *
 * @example
 * const m = compilePattern("[ipv4-addr:value = '1.2.3.4']");
 * m.match([observedData]).matched; // true or false
 */
import type { ObservationExpression, PatternAst, Qualifier } from './ast.ts';
import { compileComparison } from './comparison.ts';
import type { ScoPredicate } from './comparison.ts';
import { timestampToEpoch } from './literals.ts';
import { prepareObserved, someSco } from './observed.ts';
import type { MatchOptions, ObservedDataLike, PreparedObserved } from './observed.ts';
import { parsePattern } from './parser.ts';

export interface ObservationMatch {
  /** `index` of the `[…]` in the syntax tree (0 = leftmost). */
  readonly observation: number;
  /** The observed-data that satisfied it: position in the input and id. */
  readonly observedData: readonly { readonly index: number; readonly id?: string }[];
}

export interface MatchResult {
  readonly matched: boolean;
  /** For the first match found: which observed-data satisfied which `[…]`. */
  readonly observations: readonly ObservationMatch[];
  /** True when the search hit `maxBindings` and stopped early (a match may have been missed). */
  readonly truncated: boolean;
}

export interface CompiledPattern {
  readonly ast: PatternAst;
  match(observed: readonly ObservedDataLike[], options?: MatchOptions): MatchResult;
}

interface Binding {
  /** Parallel arrays: observed-data index assigned to observation index. */
  readonly obs: readonly number[];
  readonly leaves: readonly number[];
  /** Latest first_observed and earliest last_observed over the binding's observations. */
  readonly maxFirst: number;
  readonly minLast: number;
}

interface Run {
  readonly data: readonly PreparedObserved[];
  readonly max: number;
  /** Join attempts left before the search gives up (bounds REPEATS / AND blow-ups). */
  budget: number;
  truncated: boolean;
}

/** Spends one unit of the search budget; false (and truncated) once it is used up. */
function spend(run: Run): boolean {
  if (--run.budget >= 0) return true;
  run.truncated = true;
  return false;
}

type Node = (run: Run) => Binding[];

function countOf(list: readonly number[], value: number): number {
  let n = 0;
  for (const x of list) if (x === value) n++;
  return n;
}

/** Joins two bindings unless together they use an observation more often than it was seen. */
function join(a: Binding, b: Binding, data: readonly PreparedObserved[]): Binding | undefined {
  for (const o of b.obs) {
    if (countOf(a.obs, o) + countOf(b.obs, o) > (data[o]?.count ?? 1)) return undefined;
  }
  return {
    obs: [...a.obs, ...b.obs],
    leaves: [...a.leaves, ...b.leaves],
    maxFirst: Math.max(a.maxFirst, b.maxFirst),
    minLast: Math.min(a.minLast, b.minLast),
  };
}

function push(run: Run, out: Binding[], b: Binding): boolean {
  if (out.length >= run.max) {
    run.truncated = true;
    return false;
  }
  out.push(b);
  return true;
}

function leafNode(index: number, test: ScoPredicate): Node {
  return (run) => {
    const out: Binding[] = [];
    const data = run.data;
    for (let i = 0; i < data.length; i++) {
      const od = data[i];
      if (od === undefined) continue;
      if (
        someSco(od, test) &&
        !push(run, out, {
          obs: [i],
          leaves: [index],
          maxFirst: od.first,
          minLast: Number.isNaN(od.last) ? od.first : od.last,
        })
      )
        break;
    }
    return out;
  };
}

function pairNode(left: Node, right: Node, ordered: boolean): Node {
  return (run) => {
    const ls = left(run);
    if (ls.length === 0) return [];
    const rs = right(run);
    const out: Binding[] = [];
    for (const l of ls) {
      for (const r of rs) {
        if (!spend(run)) return out;
        if (ordered && !(l.maxFirst <= r.minLast)) continue;
        const j = join(l, r, run.data);
        if (j !== undefined && !push(run, out, j)) return out;
      }
    }
    return out;
  };
}

function orNode(parts: readonly Node[]): Node {
  return (run) => {
    const out: Binding[] = [];
    for (const p of parts) for (const b of p(run)) if (!push(run, out, b)) return out;
    return out;
  };
}

function repeats(run: Run, from: readonly Binding[], times: number): Binding[] {
  const out: Binding[] = [];
  const step = (start: number, acc: Binding, left: number): boolean => {
    if (left === 0) return push(run, out, acc);
    for (let i = start; i < from.length; i++) {
      const b = from[i];
      if (b === undefined) continue;
      if (!spend(run)) return false;
      const j = join(acc, b, run.data);
      if (j !== undefined && !step(i, j, left - 1)) return false;
    }
    return true;
  };
  for (let i = 0; i < from.length; i++) {
    const b = from[i];
    if (b !== undefined && !step(i, b, times - 1)) break;
  }
  return out;
}

function qualify(node: Node, qualifiers: readonly Qualifier[]): Node {
  let current = node;
  for (const q of qualifiers) {
    const inner = current;
    switch (q.type) {
      case 'within': {
        const ms = q.seconds * 1000;
        current = (run) => inner(run).filter((b) => b.maxFirst - b.minLast <= ms);
        break;
      }
      case 'startstop': {
        const start = timestampToEpoch(q.start)?.ms ?? NaN;
        const stop = timestampToEpoch(q.stop)?.ms ?? NaN;
        current = (run) => inner(run).filter((b) => b.maxFirst < stop && b.minLast >= start);
        break;
      }
      case 'repeats': {
        const times = q.times;
        current = (run) => repeats(run, inner(run), times);
        break;
      }
    }
  }
  return current;
}

function compileNode(ast: ObservationExpression): Node {
  switch (ast.type) {
    case 'observation':
      return qualify(leafNode(ast.index, compileComparison(ast.comparison)), ast.qualifiers);
    case 'group':
      return qualify(compileNode(ast.expression), ast.qualifiers);
    case 'or':
      return orNode(ast.operands.map(compileNode));
    case 'and':
    case 'followedby': {
      const nodes = ast.operands.map(compileNode);
      let acc = nodes[0] ?? (() => []);
      for (const next of nodes.slice(1)) acc = pairNode(acc, next, ast.type === 'followedby');
      return acc;
    }
  }
}

function describe(binding: Binding, data: readonly PreparedObserved[]): ObservationMatch[] {
  const byLeaf = new Map<number, { index: number; id?: string }[]>();
  binding.leaves.forEach((leaf, k) => {
    const index = binding.obs[k] ?? -1;
    const id = data[index]?.id;
    const list = byLeaf.get(leaf) ?? [];
    list.push(id === undefined ? { index } : { index, id });
    byLeaf.set(leaf, list);
  });
  return [...byLeaf.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([observation, observedData]) => ({ observation, observedData }));
}

/**
 * Compiles a pattern (text or syntax tree) once into a matcher that can be run many times.
 * @throws PatternSyntaxError when given text that does not parse.
 * @example
 * const m = compilePattern("[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']");
 * for (const batch of batches) if (m.match(batch).matched) alert();
 */
export function compilePattern(pattern: string | PatternAst): CompiledPattern {
  const ast = typeof pattern === 'string' ? parsePattern(pattern).ast : pattern;
  const root = compileNode(ast);
  const withTimes = needsTime(ast);
  return {
    ast,
    match(observed, options = {}) {
      const data = prepareObserved(observed, { ...options, withTimes });
      const max = options.maxBindings ?? 10_000;
      const run: Run = { data, max, budget: max * 100, truncated: false };
      const bindings = root(run);
      const first = bindings[0];
      return {
        matched: first !== undefined,
        observations: first === undefined ? [] : describe(first, data),
        truncated: run.truncated,
      };
    },
  };
}

/** Whether any operator or qualifier looks at first_observed / last_observed. */
function needsTime(ast: ObservationExpression): boolean {
  switch (ast.type) {
    case 'observation':
      return ast.qualifiers.some((q) => q.type !== 'repeats');
    case 'group':
      return ast.qualifiers.some((q) => q.type !== 'repeats') || needsTime(ast.expression);
    case 'followedby':
      return true;
    case 'and':
    case 'or':
      return ast.operands.some(needsTime);
  }
}

const compiledCache = new WeakMap<PatternAst, CompiledPattern>();

/**
 * Matches a pattern against observed-data objects. Given a syntax tree, the compiled form is
 * cached per tree; prefer `compilePattern` for a pattern used many times.
 * @example
 * matchPattern(parsePattern(p).ast, [od], { scos }).matched;
 */
export function matchPattern(
  pattern: PatternAst | CompiledPattern | string,
  observed: readonly ObservedDataLike[],
  options?: MatchOptions,
): MatchResult {
  if (typeof pattern === 'string') return compilePattern(pattern).match(observed, options);
  if ('match' in pattern) return pattern.match(observed, options);
  let compiled = compiledCache.get(pattern);
  if (compiled === undefined) {
    compiled = compilePattern(pattern);
    compiledCache.set(pattern, compiled);
  }
  return compiled.match(observed, options);
}
