/**
 * @module observation
 * What the matcher reads: one record per log line or event, holding the atoms a sensor saw
 * (addresses, names, URLs, e-mail addresses, hashes) and when. Parsers of every input format
 * produce these; the matcher normalises values itself, so parsers copy fields as they are.
 *
 * @example
 * const o: Observation = { time: Date.parse('2026-01-01T00:00:00Z'),
 *   atoms: [{ type: 'ipv4-addr', value: '198.51.100.7' }, { type: 'domain-name', value: 'x.example' }] };
 */
import type { HashAlgorithm } from './normalise.ts';

export type HashAtomType = `file:hashes.${HashAlgorithm}`;

export type AtomType =
  'ipv4-addr' | 'ipv6-addr' | 'domain-name' | 'url' | 'email-addr' | HashAtomType;

export const ATOM_TYPES: readonly AtomType[] = [
  'ipv4-addr',
  'ipv6-addr',
  'domain-name',
  'url',
  'email-addr',
  'file:hashes.MD5',
  'file:hashes.SHA-1',
  'file:hashes.SHA-256',
  'file:hashes.SHA-512',
];

export interface Atom {
  readonly type: AtomType;
  readonly value: string;
}

export interface Observation {
  /** When it was seen, epoch milliseconds (the log record's own time when it has one). */
  readonly time?: number;
  readonly atoms: readonly Atom[];
  /**
   * Further SCOs for the pattern evaluator (e.g. a `network-traffic` with ports), keyed as in
   * observed-data `objects`; the atoms are added beside them. Only slow-path patterns read these.
   */
  readonly objects?: Readonly<Record<string, unknown>>;
}

/** An address atom typed by its spelling (a `:` means IPv6). */
export function ipAtom(value: string): Atom {
  return { type: value.includes(':') ? 'ipv6-addr' : 'ipv4-addr', value };
}

/** The STIX object type an atom stands for. */
export function scoTypeOf(type: AtomType): string {
  return type.startsWith('file:') ? 'file' : type;
}
