/**
 * @module normalised-atom
 * An atom in canonical form (normalise.ts): addresses by family (mapped IPv6 → IPv4) in
 * canonical text, names, URLs, e-mail addresses and hashes normalised. What the fast path
 * compares, and what the evaluator sees for slow-path patterns, so both read the same values.
 */
import { formatAddress, parseAddress } from './ip.ts';
import { normaliseDomain, normaliseEmail, normaliseHash, normaliseUrl } from './normalise.ts';
import type { HashAlgorithm } from './normalise.ts';
import type { Atom } from './observation.ts';

export function normaliseAtom(atom: Atom): Atom | undefined {
  const { type, value } = atom;
  switch (type) {
    case 'ipv4-addr':
    case 'ipv6-addr': {
      const a = parseAddress(value);
      if (a === undefined) return atom;
      return { type: a.v === 4 ? 'ipv4-addr' : 'ipv6-addr', value: formatAddress(a) };
    }
    case 'domain-name': {
      const d = normaliseDomain(value);
      return d === undefined ? undefined : { type, value: d };
    }
    case 'url':
      return { type, value: normaliseUrl(value) };
    case 'email-addr':
      return { type, value: normaliseEmail(value) };
    case 'file:hashes.MD5':
    case 'file:hashes.SHA-1':
    case 'file:hashes.SHA-256':
    case 'file:hashes.SHA-512': {
      const h = normaliseHash(type.slice('file:hashes.'.length) as HashAlgorithm, value);
      return h === undefined ? undefined : { type, value: h };
    }
  }
}
