/**
 * @module testing/random
 * Seeded generators of indicators and observations for the property test and the benchmark.
 * Values come from small pools so that random observations hit random indicators often.
 */
import type { Atom, Observation } from '../observation.ts';

/** mulberry32: a small, fast, seeded PRNG (public-domain algorithm). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

export const V4 = [
  '198.51.100.0',
  '198.51.100.7',
  '198.51.100.255',
  '203.0.113.9',
  '10.0.0.1',
  '0.0.0.0',
  '255.255.255.255',
];
export const V4_PREFIXES = [0, 8, 16, 24, 25, 31, 32];
export const V6 = ['2001:db8::1', '2001:db8::', '2001:db8:0:1::7', 'fe80::1', '::1'];
export const V6_PREFIXES = [0, 32, 48, 64, 127, 128];
export const DOMAINS = [
  'example.com',
  'a.example.com',
  'b.a.example.com',
  'example.org',
  'xn--bcher-kva.example',
  'com',
];
export const URLS = ['http://example.com/', 'https://example.com/a?b=c', 'http://example.org/x/y'];
export const EMAILS = ['alice@example.com', 'Bob@example.org'];
export const MD5 = ['79054025255fb1a26e4bc422aef54eb4', 'd41d8cd98f00b204e9800998ecf8427e'];
export const SHA256 = ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'];

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** One comparison on an atom type, fast-path shaped or not. */
function comparison(r: () => number): string {
  switch (Math.floor(r() * 9)) {
    case 0:
      return `ipv4-addr:value = ${quote(pick(r, V4))}`;
    case 1:
      return `ipv4-addr:value ISSUBSET ${quote(`${pick(r, V4)}/${pick(r, V4_PREFIXES)}`)}`;
    case 2:
      return r() < 0.5
        ? `ipv6-addr:value = ${quote(pick(r, V6))}`
        : `ipv6-addr:value ISSUBSET ${quote(`${pick(r, V6)}/${pick(r, V6_PREFIXES)}`)}`;
    case 3:
      return r() < 0.6
        ? `domain-name:value = ${quote(pick(r, DOMAINS))}`
        : `domain-name:value LIKE ${quote(`%.${pick(r, DOMAINS)}`)}`;
    case 4:
      return `url:value = ${quote(pick(r, URLS))}`;
    case 5:
      return `email-addr:value = ${quote(pick(r, EMAILS))}`;
    case 6:
      return r() < 0.5
        ? `file:hashes.MD5 = ${quote(pick(r, MD5))}`
        : `file:hashes.'SHA-256' = ${quote(pick(r, SHA256))}`;
    case 7:
      return `ipv4-addr:value != ${quote(pick(r, V4))}`;
    default:
      return `domain-name:value NOT = ${quote(pick(r, DOMAINS))}`;
  }
}

/** A random single-observation pattern: one comparison, an OR, an AND or an IN set. */
export function randomPattern(r: () => number): string {
  const x = r();
  if (x < 0.55) return `[${comparison(r)}]`;
  if (x < 0.8)
    return `[${comparison(r)} OR ${comparison(r)}${r() < 0.3 ? ` OR ${comparison(r)}` : ''}]`;
  if (x < 0.9)
    return `[domain-name:value IN (${quote(pick(r, DOMAINS))}, ${quote(pick(r, DOMAINS))})]`;
  const v4 = (): string =>
    pick(r, [
      `ipv4-addr:value ISSUBSET ${quote(`${pick(r, V4)}/${pick(r, V4_PREFIXES)}`)}`,
      `ipv4-addr:value != ${quote(pick(r, V4))}`,
    ]);
  return `[${v4()} AND ${v4()}]`;
}

/** Spellings a sensor may report that mean the same atom. */
function variant(r: () => number, atom: Atom): Atom {
  if (r() < 0.6) return atom;
  switch (atom.type) {
    case 'ipv4-addr':
      return { type: 'ipv6-addr', value: `::ffff:${atom.value}` };
    case 'domain-name':
      return {
        type: atom.type,
        value:
          r() < 0.5
            ? `${atom.value.toUpperCase()}.`
            : atom.value.replace('xn--bcher-kva', 'bücher'),
      };
    case 'url':
      return {
        type: atom.type,
        value: atom.value.replace('http://example.com/', 'HTTP://EXAMPLE.com:80/'),
      };
    case 'file:hashes.MD5':
    case 'file:hashes.SHA-1':
    case 'file:hashes.SHA-256':
    case 'file:hashes.SHA-512':
      return { type: atom.type, value: atom.value.toUpperCase() };
    case 'ipv6-addr':
    case 'email-addr':
      return atom;
  }
}

export function randomAtom(r: () => number): Atom {
  switch (Math.floor(r() * 7)) {
    case 0:
      return {
        type: 'ipv4-addr',
        value: r() < 0.8 ? pick(r, V4) : `198.51.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}`,
      };
    case 1:
      return { type: 'ipv6-addr', value: pick(r, V6) };
    case 2:
      return { type: 'domain-name', value: pick(r, DOMAINS) };
    case 3:
      return { type: 'url', value: pick(r, URLS) };
    case 4:
      return { type: 'email-addr', value: pick(r, EMAILS) };
    case 5:
      return { type: 'file:hashes.MD5', value: pick(r, MD5) };
    default:
      return { type: 'file:hashes.SHA-256', value: pick(r, SHA256) };
  }
}

export function randomObservation(r: () => number, time: number): Observation {
  const n = 1 + Math.floor(r() * 4);
  const atoms: Atom[] = [];
  for (let i = 0; i < n; i++) atoms.push(variant(r, randomAtom(r)));
  return { time, atoms };
}
