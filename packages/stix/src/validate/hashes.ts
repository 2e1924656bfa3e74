/**
 * @module validate/hashes
 * The hashes type (STIX 2.1 §2.7): keys from hash-algorithm-ov (§10.10) or custom names,
 * values checked for the digest length of known algorithms.
 */
import { child, type Ctx } from './context.ts';
import { isPlainObject } from './primitives.ts';

const KNOWN: Readonly<Record<string, RegExp>> = {
  MD5: /^[a-fA-F0-9]{32}$/,
  'SHA-1': /^[a-fA-F0-9]{40}$/,
  'SHA-256': /^[a-fA-F0-9]{64}$/,
  'SHA-512': /^[a-fA-F0-9]{128}$/,
  'SHA3-256': /^[a-fA-F0-9]{64}$/,
  'SHA3-512': /^[a-fA-F0-9]{128}$/,
  SSDEEP: /^[a-zA-Z0-9/+:.]{1,128}$/,
  TLSH: /^(T1)?[a-fA-F0-9]{70}$/,
};
export const HASH_ALGORITHMS: readonly string[] = Object.keys(KNOWN);
const CUSTOM_KEY = /^[a-zA-Z0-9_-]{3,250}$/;

export function checkHashes(v: unknown, ctx: Ctx, parent: string, key?: string | number): void {
  const path =
    key === undefined ? parent : typeof key === 'number' ? `${parent}[${key}]` : child(parent, key);
  if (!isPlainObject(v)) {
    ctx.error('property-type', path, 'must be a hashes dictionary');
    return;
  }
  let n = 0;
  for (const key in v) {
    n++;
    const value = v[key];
    const at = child(path, key);
    if (typeof value !== 'string') {
      ctx.error('property-type', at, 'hash values must be strings');
      continue;
    }
    const re = KNOWN[key];
    if (re) {
      if (!re.test(value)) ctx.error('hash-value', at, `not a valid ${key} digest`);
    } else if (!CUSTOM_KEY.test(key)) {
      ctx.error(
        'dictionary-key',
        at,
        `hash key '${key}' must be 3–250 characters of a–z, A–Z, 0–9, _ or -`,
      );
    } else {
      if (key.length > 30)
        ctx.warn('hash-length', at, 'hash algorithm names should be at most 30 characters');
      if (key.startsWith('x_')) continue;
      const upper = key.toUpperCase().replace(/_/g, '-');
      const near = HASH_ALGORITHMS.find(
        (k) => k === upper || k.replace('-', '') === upper.replace('-', ''),
      );
      ctx.warn(
        'hash-algo',
        at,
        near ? `use the vocabulary spelling '${near}'` : `'${key}' is not in hash-algorithm-ov`,
      );
    }
  }
  if (n === 0) ctx.error('empty-dictionary', path, 'hashes must have at least one entry');
}
