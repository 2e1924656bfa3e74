/**
 * @module ip
 * IPv4 / IPv6 addresses and CIDR blocks as plain numbers, for the fast path. IPv4 is one
 * unsigned 32-bit number; IPv6 is eight 16-bit groups. An IPv4-mapped IPv6 address
 * (`::ffff:a.b.c.d`, RFC 4291 §2.5.5.2) is read as the IPv4 address it maps, and a mapped block
 * of prefix ≥ 96 as the IPv4 block (as `@coopsec/stix`'s ISSUBSET does), so that both spellings
 * hit the same indicators. No bigint: parsing runs once per address in every log line.
 *
 * Text rules follow `@coopsec/stix` pattern/cidr.ts: dotted decimal without leading zeros.
 *
 * @example
 * parseAddress('::ffff:198.51.100.7'); // { v: 4, n: 3325256711 }
 */

export type Address =
  { readonly v: 4; readonly n: number } | { readonly v: 6; readonly g: number[] };

export interface Block {
  readonly address: Address;
  readonly prefix: number;
}

/** Dotted-decimal IPv4 in [start, end) of `text`, or -1. */
export function parseIpv4(text: string, start = 0, end = text.length): number {
  let value = 0;
  let part = -1;
  let digits = 0;
  let dots = 0;
  let leadingZero = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0) leadingZero = c === 48;
      else if (leadingZero) return -1;
      part = (part < 0 ? 0 : part) * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + part;
      part = -1;
      digits = 0;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

function hexGroup(text: string): number {
  if (text.length < 1 || text.length > 4) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    n = n * 16 + d;
  }
  return n;
}

/** Eight 16-bit groups of an IPv6 address, or undefined. */
export function parseIpv6Groups(text: string): number[] | undefined {
  let head = text;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.includes('.', lastColon)) {
    const v4 = parseIpv4(text, lastColon + 1);
    if (v4 < 0) return undefined;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    head = text.slice(0, lastColon + 1);
    // `::ffff:` keeps its `::`; `1:2:3:4:5:6:` loses the separator before the dotted part.
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const split = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = split(halves[0] ?? '');
  const right = halves.length === 2 ? split(halves[1] ?? '') : [];
  const want = 8 - tail.length;
  const missing = want - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups: number[] = [];
  for (const g of left) groups.push(hexGroup(g));
  for (let i = 0; i < (halves.length === 2 ? missing : 0); i++) groups.push(0);
  for (const g of right) groups.push(hexGroup(g));
  groups.push(...tail);
  if (groups.length !== 8 || groups.some((g) => g < 0)) return undefined;
  return groups;
}

function isMapped(g: readonly number[]): boolean {
  return g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff;
}

/** An address (IPv4, or IPv6 with mapped IPv4 unmapped), or undefined. */
export function parseAddress(text: string): Address | undefined {
  if (!text.includes(':')) {
    const n = parseIpv4(text);
    return n < 0 ? undefined : { v: 4, n };
  }
  const g = parseIpv6Groups(text);
  if (g === undefined) return undefined;
  if (isMapped(g)) return { v: 4, n: (g[6] ?? 0) * 65536 + (g[7] ?? 0) };
  return { v: 6, g };
}

/** `addr` or `addr/prefix` (mapped IPv6 blocks of prefix ≥ 96 become IPv4), or undefined. */
export function parseBlock(text: string): Block | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const address = parseAddress(text);
    return address === undefined ? undefined : { address, prefix: address.v === 4 ? 32 : 128 };
  }
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const addrText = text.slice(0, slash);
  if (!addrText.includes(':')) {
    const n = parseIpv4(addrText);
    if (n < 0 || prefix > 32) return undefined;
    return { address: { v: 4, n: maskV4(n, prefix) }, prefix };
  }
  const g = parseIpv6Groups(addrText);
  if (g === undefined || prefix > 128) return undefined;
  if (isMapped(g) && prefix >= 96) {
    const n = (g[6] ?? 0) * 65536 + (g[7] ?? 0);
    return { address: { v: 4, n: maskV4(n, prefix - 96) }, prefix: prefix - 96 };
  }
  return { address: { v: 6, g: maskV6(g, prefix) }, prefix };
}

export function maskV4(n: number, prefix: number): number {
  if (prefix <= 0) return 0;
  if (prefix >= 32) return n >>> 0;
  const hostBits = 32 - prefix;
  return ((n >>> hostBits) << hostBits) >>> 0;
}

export function maskV6(g: readonly number[], prefix: number): number[] {
  const out = new Array<number>(8);
  for (let i = 0; i < 8; i++) {
    const bits = Math.max(0, Math.min(16, prefix - i * 16));
    const keep = bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
    out[i] = (g[i] ?? 0) & keep;
  }
  return out;
}

/** A map key for eight groups (masked or not). */
export function v6Key(g: readonly number[]): string {
  return g.join(':');
}

/** Canonical text of an address: IPv4 dotted decimal; IPv6 as RFC 5952 §4 (lower case, `::`). */
export function formatAddress(a: Address): string {
  if (a.v === 4) return `${a.n >>> 24}.${(a.n >>> 16) & 255}.${(a.n >>> 8) & 255}.${a.n & 255}`;
  // The longest run of two or more zero groups (the first of equal runs) becomes `::`.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (a.g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && a.g[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = a.g.map((x) => x.toString(16));
  if (bestStart < 0) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLength).join(':');
  return `${left}::${right}`;
}
