/**
 * @module warninglists/warninglist
 * Noise control with MISP warning lists: lists of well-known, usually benign values (public
 * DNS resolvers, private address space, top sites, hashes of empty files, …). A hit whose
 * matched value is on a list is suppressed and says which list.
 *
 * The format is MISP's (`name`, `version`, `description`, `type`, `list`, optional
 * `matching_attributes`); the five types are read as MISP describes them:
 * - `string`: the value equals an entry (case-insensitive, one trailing dot ignored);
 * - `substring`: the value contains an entry (case-insensitive);
 * - `hostname`: the value's host name is an entry or a subdomain of one;
 * - `cidr`: the value's address lies in an entry (a block, or one address);
 * - `regex`: a PCRE entry `/…/flags` tests the value (translated to a JavaScript RegExp;
 *   entries JavaScript cannot run are skipped and reported).
 * For a URL, `string` and `substring` test the whole URL, `string`, `hostname` and `cidr` also
 * its host; for an e-mail address, `hostname` tests its domain part. `matching_attributes`
 * (MISP attribute types) limits a list to the atoms of those types.
 *
 * @example
 * const lists = new WarningLists();
 * lists.add('rfc1918', { name: 'RFC 1918', version: 5, description: '…', type: 'cidr',
 *   list: ['10.0.0.0/8'] });
 * lists.check({ type: 'ipv4-addr', value: '10.1.2.3' }); // { list: 'rfc1918', name: 'RFC 1918' }
 */
import { maskV4, maskV6, parseAddress, parseBlock, v6Key } from '../ip.ts';
import { normaliseDomain } from '../normalise.ts';
import type { Atom, AtomType } from '../observation.ts';

export const WARNING_LIST_TYPES = ['string', 'substring', 'hostname', 'cidr', 'regex'] as const;
export type WarningListType = (typeof WARNING_LIST_TYPES)[number];

/** A list as MISP writes it (misp-warninglists `schema.json`). */
export interface WarningListData {
  readonly name: string;
  readonly version: number;
  readonly description: string;
  readonly type: WarningListType;
  readonly list: readonly string[];
  readonly matching_attributes?: readonly string[];
}

/** Which list suppressed a hit. */
export interface WarningListHit {
  /** The list's id (its folder name in misp-warninglists, or the name given to `add`). */
  readonly list: string;
  readonly name: string;
  readonly version: number;
}

export interface AddedList {
  readonly list: string;
  readonly entries: number;
  /** Entries that cannot be used (not an address for a cidr list, a regex JavaScript refuses). */
  readonly skipped: readonly { readonly entry: string; readonly reason: string }[];
}

/**
 * The MISP attribute types each atom stands for, to read `matching_attributes`
 * (MISP's attribute type list; `|`-types such as `domain|ip` hold both parts).
 */
const MISP_TYPES: Record<AtomType, readonly string[]> = {
  'ipv4-addr': ['ip-src', 'ip-dst', 'ip-src|port', 'ip-dst|port', 'domain|ip'],
  'ipv6-addr': ['ip-src', 'ip-dst', 'ip-src|port', 'ip-dst|port', 'domain|ip'],
  'domain-name': ['domain', 'hostname', 'domain|ip', 'hostname|port'],
  url: ['url', 'uri', 'link'],
  'email-addr': ['email', 'email-src', 'email-dst', 'target-email', 'whois-registrant-email'],
  'file:hashes.MD5': ['md5', 'filename|md5'],
  'file:hashes.SHA-1': ['sha1', 'filename|sha1'],
  'file:hashes.SHA-256': ['sha256', 'filename|sha256'],
  'file:hashes.SHA-512': ['sha512', 'filename|sha512'],
};

/**
 * Checks a parsed JSON value against the warning-list format; throws a TypeError naming the
 * field and the reason.
 */
export function parseWarningList(value: unknown, source = 'warning list'): WarningListData {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(`${source}: expected a JSON object`);
  const o = value as Record<string, unknown>;
  for (const field of ['name', 'description'] as const)
    if (typeof o[field] !== 'string') throw new TypeError(`${source}: ${field} must be a string`);
  if (!Number.isInteger(o.version)) throw new TypeError(`${source}: version must be an integer`);
  if (!WARNING_LIST_TYPES.includes(o.type as WarningListType))
    throw new TypeError(
      `${source}: type must be one of ${WARNING_LIST_TYPES.join(', ')} (got ${JSON.stringify(o.type)})`,
    );
  const strings = (field: string, v: unknown): readonly string[] => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw new TypeError(`${source}: ${field} must be an array of strings`);
    return v as string[];
  };
  return {
    name: o.name as string,
    version: o.version as number,
    description: o.description as string,
    type: o.type as WarningListType,
    list: strings('list', o.list),
    ...(o.matching_attributes !== undefined
      ? { matching_attributes: strings('matching_attributes', o.matching_attributes) }
      : {}),
  };
}

/** One list compiled for lookups. */
interface Compiled {
  readonly hit: WarningListHit;
  readonly type: WarningListType;
  /** Atom types the list applies to (all when the list names no matching_attributes). */
  readonly atoms: ReadonlySet<AtomType>;
  readonly strings: ReadonlySet<string>;
  readonly substrings: readonly string[];
  readonly regexes: readonly RegExp[];
  /** cidr: prefix length → masked networks. */
  readonly v4: ReadonlyMap<number, ReadonlySet<number>>;
  readonly v6: ReadonlyMap<number, ReadonlySet<string>>;
}

/** A PCRE `/body/flags` entry as a JavaScript RegExp (flags i, m, s, u; `\@` is `@`). */
export function pcreToRegExp(entry: string): RegExp {
  const m = /^(.)(.*)\1([a-zA-Z]*)$/s.exec(entry);
  if (m === null) throw new Error('not of the form /pattern/flags');
  const [, , body = '', flags = ''] = m;
  const js = [...flags].filter((f) => 'imsu'.includes(f)).join('');
  if (js.length !== flags.length) throw new Error(`flags "${flags}" are not all of i, m, s, u`);
  // PCRE allows escaping any punctuation; JavaScript's u mode does not, plain mode does.
  return new RegExp(body, js);
}

function lower(text: string): string {
  const t = text.endsWith('.') ? text.slice(0, -1) : text;
  return t.toLowerCase();
}

/** The host of a URL or the domain of an e-mail address, normalised; undefined when none. */
function hostOf(atom: Atom): string | undefined {
  if (atom.type === 'domain-name') return normaliseDomain(atom.value);
  if (atom.type === 'email-addr') {
    const at = atom.value.lastIndexOf('@');
    return at < 0 ? undefined : normaliseDomain(atom.value.slice(at + 1));
  }
  if (atom.type === 'url')
    try {
      const h = new URL(atom.value).hostname;
      return h.startsWith('[') ? h.slice(1, -1) : h;
    } catch {
      return undefined;
    }
  return undefined;
}

export class WarningLists {
  private readonly lists: Compiled[] = [];

  /** Ids of the lists held, in the order added. */
  get ids(): readonly string[] {
    return this.lists.map((l) => l.hit.list);
  }

  get size(): number {
    return this.lists.length;
  }

  /** Compiles and adds a list; a list with the same id replaces the old one. */
  add(id: string, data: WarningListData): AddedList {
    const skipped: { entry: string; reason: string }[] = [];
    const strings = new Set<string>();
    const substrings: string[] = [];
    const regexes: RegExp[] = [];
    const v4 = new Map<number, Set<number>>();
    const v6 = new Map<number, Set<string>>();
    for (const entry of data.list) {
      switch (data.type) {
        case 'string':
        case 'hostname':
          strings.add(lower(entry.trim()));
          break;
        case 'substring':
          substrings.push(entry.toLowerCase());
          break;
        case 'regex':
          try {
            regexes.push(pcreToRegExp(entry));
          } catch (error) {
            skipped.push({ entry, reason: error instanceof Error ? error.message : String(error) });
          }
          break;
        case 'cidr': {
          const b = parseBlock(entry.trim());
          if (b === undefined) {
            skipped.push({ entry, reason: 'not an IP address or CIDR block' });
            break;
          }
          const a = b.address;
          if (a.v === 4) {
            let set = v4.get(b.prefix);
            if (set === undefined) v4.set(b.prefix, (set = new Set()));
            set.add(a.n);
          } else {
            let set = v6.get(b.prefix);
            if (set === undefined) v6.set(b.prefix, (set = new Set()));
            set.add(v6Key(a.g));
          }
          break;
        }
      }
    }
    const atoms = new Set<AtomType>();
    for (const [atom, types] of Object.entries(MISP_TYPES) as [AtomType, readonly string[]][])
      if (
        data.matching_attributes === undefined ||
        types.some((t) => data.matching_attributes?.includes(t) === true)
      )
        atoms.add(atom);
    const compiled: Compiled = {
      hit: { list: id, name: data.name, version: data.version },
      type: data.type,
      atoms,
      strings,
      substrings,
      regexes,
      v4,
      v6,
    };
    const at = this.lists.findIndex((l) => l.hit.list === id);
    if (at >= 0) this.lists[at] = compiled;
    else this.lists.push(compiled);
    return { list: id, entries: data.list.length - skipped.length, skipped };
  }

  /** The first list (in the order added) holding the atom's value, or undefined. */
  check(atom: Atom): WarningListHit | undefined {
    for (const l of this.lists) if (l.atoms.has(atom.type) && holds(l, atom)) return l.hit;
    return undefined;
  }
}

function holds(l: Compiled, atom: Atom): boolean {
  switch (l.type) {
    case 'string': {
      if (l.strings.has(lower(atom.value))) return true;
      const host = atom.type === 'url' ? hostOf(atom) : undefined;
      return host !== undefined && l.strings.has(host);
    }
    case 'substring': {
      const v = atom.value.toLowerCase();
      return l.substrings.some((s) => v.includes(s));
    }
    case 'regex':
      return l.regexes.some((r) => r.test(atom.value));
    case 'hostname': {
      const host = hostOf(atom);
      if (host === undefined) return false;
      if (l.strings.has(host)) return true;
      for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1))
        if (l.strings.has(host.slice(i + 1))) return true;
      return false;
    }
    case 'cidr': {
      const text =
        atom.type === 'ipv4-addr' || atom.type === 'ipv6-addr' ? atom.value : hostOf(atom);
      const a = text === undefined ? undefined : parseAddress(text);
      if (a === undefined) return false;
      if (a.v === 4) {
        for (const [p, set] of l.v4) if (set.has(maskV4(a.n, p))) return true;
        return false;
      }
      for (const [p, set] of l.v6) if (set.has(v6Key(maskV6(a.g, p)))) return true;
      return false;
    }
  }
}
