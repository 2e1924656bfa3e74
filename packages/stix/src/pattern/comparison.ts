/**
 * @module pattern/comparison
 * Compiles the comparison expression inside one `[…]` into a predicate over a single SCO
 * (STIX 2.1 §9.5). Work that depends only on the pattern (regexes, CIDRs, sets, decoded
 * constants, path walkers) happens once here; the returned closures allocate nothing for
 * strings, numbers and booleans.
 *
 * Semantics, following §9.5 and the OASIS reference matcher:
 * - a path that does not resolve makes the comparison false, whatever the operator, `NOT`
 *   included (so `!=` and `NOT =` on an absent property are false);
 * - a present value of another type than the constant compares unequal: `=` is false, `!=`
 *   is true, ordering, LIKE, MATCHES and the set operators are false; `NOT` negates that;
 * - `[*]` is true when any element satisfies the comparison; an index out of range is absent;
 * - a step after a `…_ref` property (or an element of a `…_refs` list) follows the reference;
 * - strings are compared in Unicode NFC, so composed and decomposed spellings of the same
 *   text are equal (=, !=, ordering, IN, LIKE, MATCHES), as the OASIS reference matcher does.
 *
 * @example
 * const test = compileComparison(ast.comparison);
 * test({ type: 'ipv4-addr', value: '1.2.3.4' }, { embedded: undefined, lookup: () => undefined }); // true
 */
import type { ComparisonExpression, Literal, ObjectPath, ValueOperator } from './ast.ts';
import { isSubset, parseCidr, parseCidrCached } from './cidr.ts';
import type { Cidr } from './cidr.ts';
import { base64ToHex, compareEpoch, hexToLatin1, timestampToEpoch, utf8ToHex } from './literals.ts';
import { regexFor } from './parser.ts';

/** Where `…_ref` values point: the observed-data's own `objects` first, then the SCO map. */
export interface RefScope {
  readonly embedded: Readonly<Record<string, unknown>> | undefined;
  readonly lookup: (ref: string) => unknown;
}

export function resolveRef(scope: RefScope, ref: string): unknown {
  const embedded = scope.embedded;
  if (embedded !== undefined && Object.hasOwn(embedded, ref)) return embedded[ref];
  return scope.lookup(ref);
}

export type ScoPredicate = (sco: unknown, scope: RefScope) => boolean;
type ValueTest = (value: unknown) => boolean;
type Walker = (value: unknown, scope: RefScope) => boolean;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** NFC form of a string; ASCII (the common case) is returned as is without allocating. */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return text.normalize('NFC');
  return text;
}

/** Turns a path into a walker that calls `terminal` on every value the path reaches. */
function compilePath(path: ObjectPath, terminal: ValueTest): Walker {
  const steps = path.steps;
  // Which steps start from a reference that must be resolved first.
  const resolveBefore: boolean[] = [];
  let lastKey = '';
  for (const step of steps) {
    resolveBefore.push(
      step.kind === 'key' && (lastKey.endsWith('_ref') || lastKey.endsWith('_refs')),
    );
    if (step.kind === 'key') lastKey = step.name;
  }
  let next: Walker = (v) => v !== undefined && terminal(v);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    const after = next;
    if (step === undefined) continue;
    switch (step.kind) {
      case 'key': {
        const name = step.name;
        const resolve = resolveBefore[i] === true;
        next = (v, r) => {
          const obj = resolve && typeof v === 'string' ? resolveRef(r, v) : v;
          return isRecord(obj) && Object.hasOwn(obj, name) && after(obj[name], r);
        };
        break;
      }
      case 'index': {
        const index = step.index;
        next = (v, r) => Array.isArray(v) && index >= 0 && index < v.length && after(v[index], r);
        break;
      }
      case 'any':
        next = (v, r) => {
          if (!Array.isArray(v)) return false;
          for (const e of v) if (after(e, r)) return true;
          return false;
        };
        break;
    }
  }
  return next;
}

/** The name of the last key of a path, which tells how a binary property is encoded. */
function lastKeyName(path: ObjectPath): string {
  for (let i = path.steps.length - 1; i >= 0; i--) {
    const step = path.steps[i];
    if (step?.kind === 'key') return step.name;
  }
  return '';
}

/** Reads a property value as bytes (lower-case hex) the way its name says it is encoded. */
function bytesOf(value: string, key: string): string | undefined {
  if (key.endsWith('_hex'))
    return /^(?:[0-9A-Fa-f]{2})*$/.test(value) ? value.toLowerCase() : undefined;
  if (key.endsWith('_bin')) return base64ToHex(value);
  return utf8ToHex(value);
}

/** -1/0/1 ordering of a property value against a constant, or undefined when they do not compare. */
function comparer(lit: Literal, key: string): (v: unknown) => number | undefined {
  switch (lit.type) {
    case 'string': {
      const s = nfc(lit.value);
      return (v) => {
        if (typeof v !== 'string') return undefined;
        const t = nfc(v);
        return t === s ? 0 : t < s ? -1 : 1;
      };
    }
    case 'int':
    case 'float': {
      const n = lit.value;
      return (v) => (typeof v !== 'number' ? undefined : v === n ? 0 : v < n ? -1 : 1);
    }
    case 'bool': {
      const b = lit.value;
      return (v) => (typeof v !== 'boolean' ? undefined : v === b ? 0 : 1);
    }
    case 'timestamp': {
      const t = timestampToEpoch(lit.value);
      return (v) => {
        if (typeof v !== 'string' || t === undefined) return undefined;
        const e = timestampToEpoch(v);
        return e === undefined ? undefined : compareEpoch(e, t);
      };
    }
    case 'hex':
    case 'binary': {
      const hex = lit.type === 'hex' ? lit.value : (base64ToHex(lit.value) ?? '');
      return (v) => {
        if (typeof v !== 'string') return undefined;
        const bytes = bytesOf(v, key);
        return bytes === undefined ? undefined : bytes === hex ? 0 : bytes < hex ? -1 : 1;
      };
    }
  }
}

/** SQL LIKE (`%` any run, `_` one character), case-sensitive, whole value (STIX 2.1 §9.5). */
export function likeToRegExp(like: string): RegExp {
  let source = '^';
  for (const ch of like) {
    if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  return new RegExp(`${source}$`, 'u');
}

function valueTest(op: ValueOperator, lit: Literal, key: string): ValueTest {
  switch (op) {
    case '=': {
      const cmp = comparer(lit, key);
      return (v) => cmp(v) === 0;
    }
    case '!=': {
      const cmp = comparer(lit, key);
      return (v) => cmp(v) !== 0;
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const cmp = comparer(lit, key);
      const ok =
        op === '<'
          ? (c: number) => c < 0
          : op === '<='
            ? (c: number) => c <= 0
            : op === '>'
              ? (c: number) => c > 0
              : (c: number) => c >= 0;
      return (v) => {
        const c = cmp(v);
        return c !== undefined && ok(c);
      };
    }
    case 'LIKE': {
      const re = likeToRegExp(nfc(lit.type === 'string' ? lit.value : ''));
      return (v) => typeof v === 'string' && re.test(nfc(v));
    }
    case 'MATCHES': {
      const re = regexFor(nfc(lit.type === 'string' ? lit.value : ''));
      const binary = key.endsWith('_bin') || key.endsWith('_hex');
      return (v) => {
        if (typeof v !== 'string') return false;
        if (!binary) return re.test(nfc(v));
        const hex = bytesOf(v, key);
        return hex !== undefined && re.test(hexToLatin1(hex));
      };
    }
    case 'ISSUBSET':
    case 'ISSUPERSET': {
      const block: Cidr | undefined = lit.type === 'string' ? parseCidr(lit.value) : undefined;
      if (block === undefined) return () => false;
      return (v) => {
        if (typeof v !== 'string') return false;
        const other = parseCidrCached(v);
        if (other === undefined) return false;
        return op === 'ISSUBSET' ? isSubset(other, block) : isSubset(block, other);
      };
    }
  }
}

function inTest(values: readonly Literal[], key: string): ValueTest {
  const simple = values.every(
    (v) => v.type === 'string' || v.type === 'int' || v.type === 'float' || v.type === 'bool',
  );
  if (simple) {
    const set = new Set<unknown>(
      values.map((v) => (typeof v.value === 'string' ? nfc(v.value) : v.value)),
    );
    return (v) => set.has(typeof v === 'string' ? nfc(v) : v);
  }
  const tests = values.map((lit) => comparer(lit, key));
  return (v) => {
    for (const cmp of tests) if (cmp(v) === 0) return true;
    return false;
  };
}

/** Compiles a comparison expression into a predicate over one SCO. */
export function compileComparison(cmp: ComparisonExpression): ScoPredicate {
  switch (cmp.type) {
    case 'and': {
      const parts = cmp.operands.map(compileComparison);
      return (sco, r) => {
        for (const p of parts) if (!p(sco, r)) return false;
        return true;
      };
    }
    case 'or': {
      const parts = cmp.operands.map(compileComparison);
      return (sco, r) => {
        for (const p of parts) if (p(sco, r)) return true;
        return false;
      };
    }
    case 'exists': {
      const type = cmp.path.objectType;
      const walk = compilePath(cmp.path, () => true);
      const negated = cmp.negated;
      return (sco, r) => isRecord(sco) && sco.type === type && walk(sco, r) !== negated;
    }
    case 'comparison':
    case 'in': {
      const type = cmp.path.objectType;
      const key = lastKeyName(cmp.path);
      const raw =
        cmp.type === 'in' ? inTest(cmp.values, key) : valueTest(cmp.operator, cmp.value, key);
      const test: ValueTest = cmp.negated ? (v) => !raw(v) : raw;
      const walk = compilePath(cmp.path, test);
      return (sco, r) => isRecord(sco) && sco.type === type && walk(sco, r);
    }
  }
}
