/**
 * @module slow-path
 * Patterns the fast path does not cover, run by `@coopsec/stix`'s evaluator. Each observation
 * becomes one observed-data (its atoms as SCOs, hashes folded into one `file`), and only the
 * patterns that name an object type present in it are run.
 *
 * Patterns over several observations (AND / FOLLOWEDBY between `[…]`, REPEATS, WITHIN) keep a
 * window per indicator: the observations that satisfy at least one of its `[…]`, no older than
 * its WITHIN (or `windowMs`, default one hour) and at most `maxWindow` of them. The whole
 * pattern is evaluated over that window when an observation joins it; on a match the window is
 * emptied, so one set of observations raises one hit (matches do not overlap).
 */
import { compilePattern } from '@coopsec/stix';
import type {
  CompiledPattern,
  ObservationExpression,
  ObservedDataLike,
  PatternAst,
} from '@coopsec/stix';
import { normaliseAtom } from './normalised-atom.ts';
import type { Atom, Observation } from './observation.ts';
import { scoTypeOf } from './observation.ts';

export interface SlowPattern {
  readonly compiled: CompiledPattern;
  readonly types: ReadonlySet<string>;
  /** Set when the pattern needs more than one observation: the `[…]` tests and the window. */
  readonly window?: {
    readonly leaves: readonly CompiledPattern[];
    readonly ms: number;
    readonly max: number;
    buffer: ObservedDataLike[];
  };
}

function collect(ast: ObservationExpression, leaves: ObservationExpression[]): void {
  switch (ast.type) {
    case 'observation':
      leaves.push(ast);
      return;
    case 'group':
      collect(ast.expression, leaves);
      return;
    case 'and':
    case 'or':
    case 'followedby':
      for (const o of ast.operands) collect(o, leaves);
  }
}

function typesOf(ast: ObservationExpression): Set<string> {
  const out = new Set<string>();
  const text = JSON.stringify(ast);
  for (const m of text.matchAll(/"objectType":"([^"]+)"/g)) if (m[1] !== undefined) out.add(m[1]);
  return out;
}

/** Longest WITHIN anywhere in the pattern, in ms, or undefined. */
function withinMs(ast: ObservationExpression): number | undefined {
  let best: number | undefined;
  const walk = (n: ObservationExpression): void => {
    if (n.type === 'observation' || n.type === 'group')
      for (const q of n.qualifiers)
        if (q.type === 'within') best = Math.max(best ?? 0, q.seconds * 1000);
    if (n.type === 'group') walk(n.expression);
    if (n.type === 'and' || n.type === 'or' || n.type === 'followedby') n.operands.forEach(walk);
  };
  walk(ast);
  return best;
}

/** Whether one observed-data can satisfy the pattern alone (one `[…]`, no REPEATS > 1). */
function single(ast: ObservationExpression): boolean {
  if (ast.type === 'observation') return !ast.qualifiers.some((q) => q.type === 'repeats');
  if (ast.type === 'group')
    return !ast.qualifiers.some((q) => q.type === 'repeats') && single(ast.expression);
  if (ast.type === 'or') return ast.operands.every(single);
  return false;
}

export interface WindowOptions {
  readonly windowMs?: number;
  readonly maxWindow?: number;
}

export function compileSlow(ast: PatternAst, options: WindowOptions = {}): SlowPattern {
  const compiled = compilePattern(ast);
  const types = typesOf(ast);
  if (single(ast)) return { compiled, types };
  const leafAsts: ObservationExpression[] = [];
  collect(ast, leafAsts);
  const leaves = leafAsts.map((l) =>
    compilePattern(l.type === 'observation' ? { ...l, qualifiers: [] } : l),
  );
  return {
    compiled,
    types,
    window: {
      leaves,
      ms: withinMs(ast) ?? options.windowMs ?? 3_600_000,
      max: options.maxWindow ?? 1000,
      buffer: [],
    },
  };
}

/** The observation as one observed-data with its atoms (normalised) as embedded SCOs. */
export function toObservedData(observation: Observation, at: number): ObservedDataLike {
  const objects: Record<string, unknown> = { ...observation.objects };
  let k = 0;
  // Hashes of different algorithms describe one file (as a fileinfo record does); a second
  // hash of the same algorithm is another file.
  const files: { type: 'file'; hashes: Record<string, string> }[] = [];
  for (const atom of observation.atoms) {
    const n = normaliseAtom(atom);
    if (n === undefined) continue;
    if (n.type.startsWith('file:hashes.')) {
      const algorithm = n.type.slice('file:hashes.'.length);
      let file = files.find((f) => !Object.hasOwn(f.hashes, algorithm));
      if (file === undefined) files.push((file = { type: 'file', hashes: {} }));
      file.hashes[algorithm] = n.value;
      continue;
    }
    while (Object.hasOwn(objects, String(k))) k++;
    objects[String(k++)] = { type: n.type, value: n.value };
  }
  for (const file of files) {
    while (Object.hasOwn(objects, String(k))) k++;
    objects[String(k++)] = file;
  }
  const time = new Date(observation.time ?? at).toISOString();
  return {
    type: 'observed-data',
    first_observed: time,
    last_observed: time,
    number_observed: 1,
    objects,
  };
}

/** The types of SCO an observation reports (atoms and extra objects). */
export function observedTypes(observation: Observation): Set<string> {
  const out = new Set<string>();
  for (const a of observation.atoms) {
    // By the normalised atom: a mapped IPv6 address is an ipv4-addr.
    const n = normaliseAtom(a);
    if (n !== undefined) out.add(scoTypeOf(n.type));
  }
  if (observation.objects !== undefined)
    for (const o of Object.values(observation.objects)) {
      const t = (o as { type?: unknown } | null)?.type;
      if (typeof t === 'string') out.add(t);
    }
  return out;
}

/** Runs one slow pattern on an observation (updating its window); true on a match. */
export function runSlow(p: SlowPattern, od: ObservedDataLike, at: number): boolean {
  const w = p.window;
  if (w === undefined) return p.compiled.match([od]).matched;
  if (!w.leaves.some((l) => l.match([od]).matched)) return false;
  w.buffer = w.buffer.filter((b) => at - Date.parse(b.last_observed ?? '') <= w.ms);
  w.buffer.push(od);
  if (w.buffer.length > w.max) w.buffer.splice(0, w.buffer.length - w.max);
  if (!p.compiled.match(w.buffer).matched) return false;
  w.buffer = [];
  return true;
}

/** The atom reported as the match of a slow pattern: the first whose type the pattern names. */
export function firstAtomOf(p: SlowPattern, observation: Observation): Atom | undefined {
  for (const a of observation.atoms) {
    const n = normaliseAtom(a);
    if (n !== undefined && p.types.has(scoTypeOf(n.type))) return n;
  }
  return undefined;
}
