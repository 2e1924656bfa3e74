/**
 * @module fast-index
 * The lookup structures behind the fast path, updated one key at a time (no rebuild).
 *
 * - IPv4: one hash map per prefix length (network number → entries). A lookup masks the
 *   address for each prefix length in use and probes that map. To keep that cheap with many
 *   lengths, prefixes of length ≥ 16 also bump a counter per /24 they cover (at most 256
 *   counters each): an address whose /24 counter is zero skips all those lengths with one
 *   typed-array read, which is the answer for most addresses in real traffic. Shorter prefixes
 *   (few in any feed) are always probed. Counts cannot overflow a Uint16: at most 511 distinct
 *   prefixes of length 24–32 and 8 of length 16–23 cover one /24.
 * - IPv6: one map per prefix length in use (masked groups as the key).
 * - names, URLs, e-mail addresses, hashes: one map each of normalised value → entries; a
 *   domain is also looked up under each of its parent names in the suffix map.
 * A map value is one entry or an array of entries (most values have one indicator).
 */
import type { FastKey } from './fast-path.ts';
import { maskV4, maskV6, v6Key } from './ip.ts';
import type { HashAlgorithm } from './normalise.ts';

type Bucket<T> = T | T[];

function addTo<K, T>(map: Map<K, Bucket<T>>, key: K, entry: T): void {
  const b = map.get(key);
  if (b === undefined) map.set(key, entry);
  else if (Array.isArray(b)) {
    if (!b.includes(entry)) b.push(entry);
  } else if (b !== entry) map.set(key, [b, entry]);
}

/** Removes entry; true when the key is now gone. */
function removeFrom<K, T>(map: Map<K, Bucket<T>>, key: K, entry: T): boolean {
  const b = map.get(key);
  if (b === undefined) return false;
  if (Array.isArray(b)) {
    const i = b.indexOf(entry);
    if (i >= 0) b.splice(i, 1);
    if (b.length === 1) map.set(key, b[0] as T);
    return false;
  }
  if (b !== entry) return false;
  map.delete(key);
  return true;
}

const COVER_FROM = 16;

export class FastIndex<T> {
  private readonly v4 = new Map<number, Map<number, Bucket<T>>>();
  /** Prefix lengths in use, shortest first, split at COVER_FROM. */
  private v4Short: { readonly p: number; readonly t: Map<number, Bucket<T>> }[] = [];
  private v4Long: { readonly p: number; readonly t: Map<number, Bucket<T>> }[] = [];
  private cover: Uint16Array | undefined;
  /** Per /16: how many distinct prefixes shorter than COVER_FROM cover it (at most 16). */
  private coverShort: Uint16Array | undefined;
  private readonly v6 = new Map<number, Map<string, Bucket<T>>>();
  private v6Lengths: number[] = [];
  readonly domains = new Map<string, Bucket<T>>();
  readonly suffixes = new Map<string, Bucket<T>>();
  readonly urls = new Map<string, Bucket<T>>();
  readonly emails = new Map<string, Bucket<T>>();
  readonly hashes: Record<HashAlgorithm, Map<string, Bucket<T>>> = {
    MD5: new Map(),
    'SHA-1': new Map(),
    'SHA-256': new Map(),
    'SHA-512': new Map(),
  };

  add(key: FastKey, entry: T): void {
    switch (key.kind) {
      case 'ip4': {
        let table = this.v4.get(key.prefix);
        if (table === undefined) {
          table = new Map();
          this.v4.set(key.prefix, table);
          this.lengthsChanged();
        }
        const fresh = !table.has(key.n);
        addTo(table, key.n, entry);
        if (fresh) this.bumpCover(key.n, key.prefix, 1);
        return;
      }
      case 'ip6': {
        let table = this.v6.get(key.prefix);
        if (table === undefined) {
          table = new Map();
          this.v6.set(key.prefix, table);
          this.v6Lengths = [...this.v6.keys()].sort((a, b) => a - b);
        }
        addTo(table, key.key, entry);
        return;
      }
      case 'hash':
        addTo(this.hashes[key.algorithm], key.value, entry);
        return;
      case 'domain':
        addTo(this.domains, key.value, entry);
        return;
      case 'suffix':
        addTo(this.suffixes, key.value, entry);
        return;
      case 'url':
        addTo(this.urls, key.value, entry);
        return;
      case 'email':
        addTo(this.emails, key.value, entry);
        return;
    }
  }

  remove(key: FastKey, entry: T): void {
    switch (key.kind) {
      case 'ip4': {
        const table = this.v4.get(key.prefix);
        if (table === undefined) return;
        if (removeFrom(table, key.n, entry)) this.bumpCover(key.n, key.prefix, -1);
        if (table.size === 0) {
          this.v4.delete(key.prefix);
          this.lengthsChanged();
        }
        return;
      }
      case 'ip6': {
        const table = this.v6.get(key.prefix);
        if (table === undefined) return;
        removeFrom(table, key.key, entry);
        if (table.size === 0) {
          this.v6.delete(key.prefix);
          this.v6Lengths = [...this.v6.keys()].sort((a, b) => a - b);
        }
        return;
      }
      case 'hash':
        removeFrom(this.hashes[key.algorithm], key.value, entry);
        return;
      case 'domain':
        removeFrom(this.domains, key.value, entry);
        return;
      case 'suffix':
        removeFrom(this.suffixes, key.value, entry);
        return;
      case 'url':
        removeFrom(this.urls, key.value, entry);
        return;
      case 'email':
        removeFrom(this.emails, key.value, entry);
        return;
    }
  }

  private lengthsChanged(): void {
    const all = [...this.v4].sort((a, b) => a[0] - b[0]).map(([p, t]) => ({ p, t }));
    this.v4Short = all.filter((x) => x.p < COVER_FROM);
    this.v4Long = all.filter((x) => x.p >= COVER_FROM);
  }

  private bumpCover(network: number, prefix: number, by: 1 | -1): void {
    if (prefix < COVER_FROM) {
      this.coverShort ??= new Uint16Array(1 << 16);
      const first = network >>> 16;
      const count = 2 ** (16 - prefix);
      for (let i = 0; i < count; i++)
        this.coverShort[first + i] = (this.coverShort[first + i] ?? 0) + by;
      return;
    }
    this.cover ??= new Uint16Array(1 << 24);
    const first = network >>> 8;
    const count = prefix >= 24 ? 1 : 1 << (24 - prefix);
    for (let i = 0; i < count; i++) this.cover[first + i] = (this.cover[first + i] ?? 0) + by;
  }

  /** Calls `hit` for every entry whose block holds the IPv4 address n. */
  lookupV4(n: number, hit: (entry: T) => void): void {
    const short = this.coverShort;
    if (short !== undefined && short[n >>> 16] !== 0)
      for (const x of this.v4Short) visit(x.t.get(maskV4(n, x.p)), hit);
    const cover = this.cover;
    if (cover === undefined || cover[n >>> 8] === 0) return;
    for (const x of this.v4Long) visit(x.t.get(maskV4(n, x.p)), hit);
  }

  lookupV6(groups: readonly number[], hit: (entry: T) => void): void {
    for (const p of this.v6Lengths) {
      const key = p === 128 ? v6Key(groups) : v6Key(maskV6(groups, p));
      visit(this.v6.get(p)?.get(key), hit);
    }
  }

  /** The name itself in the name map, and every parent name (after each dot) in the suffix map. */
  lookupDomain(name: string, hit: (entry: T) => void): void {
    visit(this.domains.get(name), hit);
    if (this.suffixes.size === 0) return;
    for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1))
      visit(this.suffixes.get(name.slice(i + 1)), hit);
  }
}

export function visit<T>(bucket: Bucket<T> | undefined, hit: (entry: T) => void): void {
  if (bucket === undefined) return;
  if (Array.isArray(bucket)) for (const e of bucket) hit(e);
  else hit(bucket);
}
