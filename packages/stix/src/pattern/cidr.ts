/**
 * @module pattern/cidr
 * IPv4 / IPv6 addresses and CIDR blocks as bigint ranges, for ISSUBSET and ISSUPERSET
 * (STIX 2.1 §9.5). A bare address is a /32 (or /128) block. IPv4-mapped IPv6 addresses
 * (`::ffff:1.2.3.4`) are read as IPv4 so that both spellings compare equal.
 *
 * @example
 * isSubset(parseCidr('10.1.2.3'), parseCidr('10.0.0.0/8')); // true
 */

export interface Cidr {
  readonly version: 4 | 6;
  /** Network address with host bits cleared. */
  readonly network: bigint;
  readonly prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseIpv6(text: string): { value: bigint; mappedV4: boolean } | undefined {
  let head = text;
  let tailV4: bigint | undefined;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.includes('.', lastColon)) {
    tailV4 = parseIpv4(text.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const group = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = group(halves[0] ?? '');
  const right = halves.length === 2 ? group(halves[1] ?? '') : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== undefined) value = (value & ~0xffffffffn) | tailV4;
  return { value, mappedV4: value >> 32n === 0xffffn };
}

/** Parses `addr` or `addr/prefix`; undefined when it is neither an IPv4 nor an IPv6 block. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const v4 = addr.includes(':') ? undefined : parseIpv4(addr);
  if (v4 !== undefined) {
    const prefix = prefixText === undefined ? 32 : Number(prefixText);
    if (prefix > 32) return undefined;
    return { version: 4, network: mask(v4, prefix, 32), prefix };
  }
  const v6 = parseIpv6(addr);
  if (v6 === undefined) return undefined;
  const prefix = prefixText === undefined ? 128 : Number(prefixText);
  if (prefix > 128) return undefined;
  if (v6.mappedV4 && prefix >= 96) {
    return {
      version: 4,
      network: mask(v6.value & 0xffffffffn, prefix - 96, 32),
      prefix: prefix - 96,
    };
  }
  return { version: 6, network: mask(v6.value, prefix, 128), prefix };
}

function mask(value: bigint, prefix: number, bits: number): bigint {
  const hostBits = BigInt(bits - prefix);
  return (value >> hostBits) << hostBits;
}

/** True when every address of `inner` lies in `outer`. */
export function isSubset(inner: Cidr, outer: Cidr): boolean {
  if (inner.version !== outer.version || inner.prefix < outer.prefix) return false;
  const bits = inner.version === 4 ? 32 : 128;
  return mask(inner.network, outer.prefix, bits) === outer.network;
}

const cache = new Map<string, Cidr | null>();
const CACHE_LIMIT = 65_536;

/**
 * `parseCidr` with a bounded memo: observed addresses repeat a lot in sensor data, and parsing
 * allocates bigints. The memo is dropped whole when full (simple, no per-hit bookkeeping).
 */
export function parseCidrCached(text: string): Cidr | undefined {
  const hit = cache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parseCidr(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed ?? null);
  return parsed;
}
