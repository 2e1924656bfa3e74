/**
 * @module pattern/literals
 * Checks and conversions for pattern constants (STIX 2.1 §9.3): timestamps, hex and base64
 * binary. Shared by the parser (to reject bad literals with a position) and the matcher (to
 * read property values of the same kinds).
 *
 * @example
 * timestampToEpoch('2014-01-13T07:03:17.5Z'); // { ms: 1389596597500, fraction: 0 }
 */

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;

/** An instant split so that sub-millisecond digits are not lost to floating point. */
export interface Epoch {
  readonly ms: number;
  /** The digits after the third fractional digit, as a fraction in [0, 1). */
  readonly fraction: number;
}

/**
 * Parses an RFC 3339 UTC timestamp as STIX writes it (`Z` only; STIX 2.1 §3.2). Returns
 * undefined for anything else, including impossible dates such as 2023-02-30. A leap second
 * (`:60`) is accepted by the grammar and read as the next second.
 */
export function timestampToEpoch(text: string): Epoch | undefined {
  const m = TIMESTAMP.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60)
    return undefined;
  if (day > daysIn(year, month)) return undefined;
  const digits = frac ?? '';
  const msPart = Number((digits + '000').slice(0, 3));
  const rest = digits.length > 3 ? Number(`0.${digits.slice(3)}`) : 0;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + msPart;
  return { ms, fraction: rest };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS[month - 1] ?? 31;
}

/** -1, 0 or 1. */
export function compareEpoch(a: Epoch, b: Epoch): number {
  if (a.ms !== b.ms) return a.ms < b.ms ? -1 : 1;
  if (a.fraction !== b.fraction) return a.fraction < b.fraction ? -1 : 1;
  return 0;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
const HEX = /^(?:[0-9A-Fa-f]{2})*$/;

export function isBase64(text: string): boolean {
  return BASE64.test(text);
}

export function isHex(text: string): boolean {
  return HEX.test(text);
}

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX_DIGITS = '0123456789abcdef';

/** Base64 → lower-case hex, or undefined when `text` is not canonical padded base64. */
export function base64ToHex(text: string): string | undefined {
  if (!isBase64(text)) return undefined;
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '=') break;
    buffer = (buffer << 6) | B64_ALPHABET.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      out += HEX_DIGITS.charAt(byte >> 4) + HEX_DIGITS.charAt(byte & 15);
    }
  }
  return out;
}

/** UTF-8 bytes of a string as lower-case hex. */
export function utf8ToHex(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text))
    out += HEX_DIGITS.charAt(byte >> 4) + HEX_DIGITS.charAt(byte & 15);
  return out;
}

/** Hex → a string with one code point (0–255) per byte, the form MATCHES uses on binary data. */
export function hexToLatin1(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return out;
}
