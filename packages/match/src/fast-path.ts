/**
 * @module fast-path
 * Decides whether a pattern is one of the simple shapes that make up most feeds, and if so
 * turns it into index keys. A pattern is on the fast path only when it is one observation
 * `[…]` without qualifiers whose comparison is a single test, an OR of such tests, or an `IN`
 * set, each of these (STIX 2.1 §9.5):
 * - `ipv4-addr:value` / `ipv6-addr:value` `=` an address, or `ISSUBSET` a CIDR block;
 * - `domain-name:value =` a name; `domain-name:value LIKE '%.name'` (every subdomain of name).
 *   Equality is the name itself only: STIX `=` is equality, so subdomains match only where
 *   the indicator says so with that LIKE (often beside `= 'name'` in an OR);
 * - `url:value =`, `email-addr:value =`;
 * - `file:hashes.MD5|'SHA-1'|'SHA-256'|'SHA-512' =` hex of the algorithm's length.
 * Everything else (NOT, `!=`, other operators, AND, several observations, qualifiers, other
 * paths) returns undefined and goes to the pattern evaluator.
 *
 * @example
 * fastKeys(parsePattern("[ipv4-addr:value ISSUBSET '10.0.0.0/8']").ast); // [{ kind: 'ip', … }]
 */
import type { ComparisonExpression, Literal, ObjectPath, PatternAst } from '@coopsec/stix';
import { parseBlock, v6Key } from './ip.ts';
import {
  isHashAlgorithm,
  normaliseDomain,
  normaliseEmail,
  normaliseHash,
  normaliseUrl,
} from './normalise.ts';
import type { HashAlgorithm } from './normalise.ts';

export type FastKey =
  | { readonly kind: 'ip4'; readonly prefix: number; readonly n: number }
  | { readonly kind: 'ip6'; readonly prefix: number; readonly key: string }
  | { readonly kind: 'domain' | 'suffix' | 'url' | 'email'; readonly value: string }
  | { readonly kind: 'hash'; readonly algorithm: HashAlgorithm; readonly value: string };

function onlyKey(path: ObjectPath, name: string): boolean {
  const s = path.steps;
  return s.length === 1 && s[0]?.kind === 'key' && s[0].name === name;
}

function hashAlgorithmOf(path: ObjectPath): HashAlgorithm | undefined {
  const [a, b] = path.steps;
  if (path.objectType !== 'file' || path.steps.length !== 2) return undefined;
  if (a?.kind !== 'key' || a.name !== 'hashes' || b?.kind !== 'key') return undefined;
  return isHashAlgorithm(b.name) ? b.name : undefined;
}

/**
 * An address or block constant as a key. The constant's family must be the pattern's, as the
 * evaluator requires (an ipv4-addr SCO never holds an IPv6 value), with one deliberate
 * exception: an IPv4-mapped IPv6 constant in an ipv6-addr pattern is read as IPv4, because the
 * matcher reads mapped addresses in logs as IPv4 too (RFC 4291 §2.5.5.2).
 */
function ipKey(text: string, subset: boolean, family: 4 | 6): FastKey | undefined {
  if (!subset && text.includes('/')) return undefined; // `=` on a block: string equality
  const b = parseBlock(text);
  if (b === undefined) return undefined;
  const a = b.address;
  if (a.v === 6 && family === 4) return undefined;
  if (a.v === 4 && family === 6 && !text.includes(':')) return undefined;
  return a.v === 4
    ? { kind: 'ip4', prefix: b.prefix, n: a.n }
    : { kind: 'ip6', prefix: b.prefix, key: v6Key(a.g) };
}

export function leafKey(path: ObjectPath, operator: string, lit: Literal): FastKey | undefined {
  if (lit.type !== 'string') return undefined;
  const text = lit.value;
  const type = path.objectType;
  if ((type === 'ipv4-addr' || type === 'ipv6-addr') && onlyKey(path, 'value')) {
    if (operator !== '=' && operator !== 'ISSUBSET') return undefined;
    return ipKey(text, operator === 'ISSUBSET', type === 'ipv4-addr' ? 4 : 6);
  }
  if (type === 'domain-name' && onlyKey(path, 'value')) {
    if (operator === '=') {
      const value = normaliseDomain(text);
      return value === undefined ? undefined : { kind: 'domain', value };
    }
    if (operator === 'LIKE' && text.startsWith('%.')) {
      const rest = text.slice(2);
      if (rest.includes('%') || rest.includes('_') || rest.endsWith('.')) return undefined;
      const value = normaliseDomain(rest);
      return value === undefined ? undefined : { kind: 'suffix', value };
    }
    return undefined;
  }
  if (operator !== '=') return undefined;
  if (type === 'url' && onlyKey(path, 'value')) return { kind: 'url', value: normaliseUrl(text) };
  if (type === 'email-addr' && onlyKey(path, 'value'))
    return { kind: 'email', value: normaliseEmail(text) };
  const algorithm = hashAlgorithmOf(path);
  if (algorithm !== undefined) {
    const value = normaliseHash(algorithm, text);
    return value === undefined ? undefined : { kind: 'hash', algorithm, value };
  }
  return undefined;
}

function comparisonKeys(cmp: ComparisonExpression, out: FastKey[]): boolean {
  switch (cmp.type) {
    case 'or':
      return cmp.operands.every((c) => comparisonKeys(c, out));
    case 'comparison': {
      if (cmp.negated) return false;
      const key = leafKey(cmp.path, cmp.operator, cmp.value);
      if (key === undefined) return false;
      out.push(key);
      return true;
    }
    case 'in': {
      if (cmp.negated) return false;
      for (const v of cmp.values) {
        const key = leafKey(cmp.path, '=', v);
        if (key === undefined) return false;
        out.push(key);
      }
      return true;
    }
    case 'and':
    case 'exists':
      return false;
  }
}

/** Index keys of a fast-path pattern, or undefined when the evaluator must run it. */
export function fastKeys(ast: PatternAst): FastKey[] | undefined {
  if (ast.type !== 'observation' || ast.qualifiers.length > 0) return undefined;
  const out: FastKey[] = [];
  return comparisonKeys(ast.comparison, out) && out.length > 0 ? out : undefined;
}
