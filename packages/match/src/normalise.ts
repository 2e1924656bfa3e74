/**
 * @module normalise
 * One canonical text per atom value, applied alike to indicator constants and to what sensors
 * report, so that equality is a map lookup. What each rule does (and why):
 * - **domain names**: ASCII lower-cased (DNS names compare case-insensitively, RFC 4343), one
 *   trailing dot removed (the root label, RFC 1034 §3.1), non-ASCII labels converted to
 *   punycode A-labels (IDNA via the WHATWG URL host parser, RFC 5891), so `Bücher.example.` and
 *   `xn--bcher-kva.example` are the same name;
 * - **URLs**: the WHATWG URL serialisation: scheme and host lower-cased, IDN host to punycode,
 *   default port removed (`:80` for http, `:443` for https), `.`/`..` path segments resolved, an
 *   empty path written `/`, characters outside the allowed set percent-encoded, and the
 *   fragment dropped (it never leaves the client, so a sensor cannot see it). Query strings
 *   and path case are kept: they are significant to the server;
 * - **e-mail addresses**: the domain part as a domain name; the local part kept as is (it may
 *   be case-sensitive, RFC 5321 §2.4);
 * - **hashes**: lower-case hex, and only of the algorithm's length.
 * A value that does not parse is kept as it is (it can still be equal to a constant).
 *
 * @example
 * normaliseDomain('WWW.Example.COM.'); // 'www.example.com'
 * normaliseUrl('HTTP://Example.com:80/a/../b#x'); // 'http://example.com/b'
 */

function isPlainAsciiLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Canonical domain name (see the module header); undefined when it is empty. */
export function normaliseDomain(text: string): string | undefined {
  let name = text.endsWith('.') ? text.slice(0, -1) : text;
  if (name === '') return undefined;
  if (isPlainAsciiLower(name)) return name;
  let ascii = true;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) ascii = false;
  if (ascii) return name.toLowerCase();
  try {
    name = new URL(`http://${name}/`).hostname;
  } catch {
    return name.toLowerCase();
  }
  return name;
}

/**
 * URLs the WHATWG serialisation leaves unchanged, recognised without parsing: `http(s)://`,
 * a lower-case ASCII host whose last label starts with a letter (so not an IPv4 number) and no
 * `xn--` (which the parser validates), no port, and a non-empty path + query of characters
 * that are never percent-encoded, with no `.` segment, `\\`, `%` or fragment. Most logged
 * URLs are like this; a URL parse costs more than a JSON line.
 */
const CANONICAL_URL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/(?:[A-Za-z0-9\-_~!$&()*+,;=:@/?]|\.(?![./?]|$))*$/;

function isCanonicalUrl(text: string): boolean {
  return CANONICAL_URL.test(text) && !text.includes('xn--') && !text.includes('/.');
}

/** Canonical URL (see the module header); the text itself when it is not an absolute URL. */
export function normaliseUrl(text: string): string {
  if (isCanonicalUrl(text)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  url.hash = '';
  return url.href;
}

/** Canonical e-mail address: the domain part normalised, the local part kept. */
export function normaliseEmail(text: string): string {
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  const domain = normaliseDomain(text.slice(at + 1));
  return domain === undefined ? text : `${text.slice(0, at + 1)}${domain}`;
}

export const HASH_LENGTHS = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-512': 128 } as const;
export type HashAlgorithm = keyof typeof HASH_LENGTHS;

export function isHashAlgorithm(name: string): name is HashAlgorithm {
  return Object.hasOwn(HASH_LENGTHS, name);
}

/** Lower-case hex of the algorithm's length, or undefined. */
export function normaliseHash(algorithm: HashAlgorithm, text: string): string | undefined {
  if (text.length !== HASH_LENGTHS[algorithm]) return undefined;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) continue;
    if (c >= 65 && c <= 70) upper = true;
    else return undefined;
  }
  return upper ? text.toLowerCase() : text;
}
