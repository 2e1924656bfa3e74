/**
 * @module validate/primitives
 * Checks of STIX 2.1 primitive formats: timestamps (§3.2), identifiers and UUIDs (§2.9),
 * IP and MAC addresses, hex (§2.6), binary (§2.1), dictionary keys (§2.4), names (§3.1).
 * Written as plain functions over strings: they run on the hot path of every object.
 */

const TS_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);
const isDigits = (s: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** 'ok', or why not. `minFraction` is 3 for created/modified (STIX 2.1 §3.2: millisecond precision). */
export function checkTimestamp(value: string, minFraction = 0): string | undefined {
  // Fast path for the common shape YYYY-MM-DDTHH:MM:SS[.fff…]Z without a regex or allocation.
  const n = value.length;
  if (
    n >= 20 &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(13) === 58 &&
    value.charCodeAt(16) === 58 &&
    value.charCodeAt(n - 1) === 90 &&
    isDigits(value, 0, 4) &&
    isDigits(value, 5, 7) &&
    isDigits(value, 8, 10) &&
    isDigits(value, 11, 13) &&
    isDigits(value, 14, 16) &&
    isDigits(value, 17, 19) &&
    (n === 20 || (value.charCodeAt(19) === 46 && n > 21 && isDigits(value, 20, n - 1)))
  ) {
    const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + two(value, 2);
    const month = two(value, 5);
    const day = two(value, 8);
    if (month < 1 || month > 12) return 'month out of range';
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const maxDay = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 31);
    if (day < 1 || day > maxDay) return 'day out of range';
    if (two(value, 11) > 23 || two(value, 14) > 59) return 'time out of range';
    if (two(value, 17) > 59) return 'seconds out of range';
    const fraction = n === 20 ? 0 : n - 21;
    return fraction < minFraction
      ? `must have at least millisecond precision (${minFraction} fractional digits)`
      : undefined;
  }
  return checkTimestampSlow(value, minFraction);
}

function checkTimestampSlow(value: string, minFraction: number): string | undefined {
  const m = TS_RE.exec(value);
  if (m === null)
    return 'must be an RFC 3339 timestamp in UTC ending in Z, e.g. 2016-05-12T08:17:27.000Z';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return 'month out of range';
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const maxDay = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 31);
  if (day < 1 || day > maxDay) return 'day out of range';
  if (Number(m[4]) > 23 || Number(m[5]) > 59) return 'time out of range';
  // RFC 3339 allows a leap second (60); Python's datetime, and thus other validators, do not.
  if (Number(m[6]) > 59) return 'seconds out of range';
  const fraction = m[7] === undefined ? 0 : m[7].length - 1;
  if (fraction < minFraction)
    return `must have at least millisecond precision (${minFraction} fractional digits)`;
  return undefined;
}

const UUID_RE =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-([1-5])[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const TYPE_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*-?$/;

export interface ParsedId {
  readonly type: string;
  readonly uuid: string;
  readonly version: number;
}

const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const isHexAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 128 && HEX[c] === 1;
};

/**
 * Checks `<type>--<uuid>` without allocating; returns the index of `--`, or -1 if malformed.
 * The UUID version digit is at `sep + 16`.
 */
export function idSeparator(value: string): number {
  const n = value.length;
  const sep = n - 38;
  if (sep < 3 || value.charCodeAt(sep) !== 45 || value.charCodeAt(sep + 1) !== 45) return -1;
  const u = sep + 2;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (value.charCodeAt(u + i) !== 45) return -1;
    } else if (!isHexAt(value, u + i)) return -1;
  }
  const version = value.charCodeAt(u + 14);
  if (version < 49 || version > 53) return -1;
  const variant = value.charCodeAt(u + 19) | 0x20;
  if (variant !== 56 && variant !== 57 && variant !== 97 && variant !== 98) return -1;
  const first = value.charCodeAt(0);
  if (first < 97 || first > 122) return -1;
  for (let i = 1; i < sep; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return -1;
    if (c === 45 && value.charCodeAt(i - 1) === 45) return -1;
  }
  return sep;
}

/** Splits `<type>--<uuid>`; undefined if malformed (STIX 2.1 §2.9: RFC 4122 UUID). */
export function parseId(value: string): ParsedId | undefined {
  const sep = value.indexOf('--');
  if (sep <= 0) return undefined;
  const type = value.slice(0, sep);
  if (!isValidTypeName(type)) return undefined;
  const uuid = value.slice(sep + 2);
  const m = UUID_RE.exec(uuid);
  if (m === null) return undefined;
  return { type, uuid, version: Number(m[1]) };
}

/** STIX 2.1 §3.1 / §11.2: type names start with a letter; a–z, 0–9, hyphen; 3–250 characters. */
export function isValidTypeName(type: string): boolean {
  return type.length >= 3 && type.length <= 250 && TYPE_RE.test(type);
}

const PROP_RE = /^[a-z][a-z0-9_]{2,249}$/;
/** STIX 2.1 §3.1, §11.1: property names start with a letter; a–z, 0–9, _; 3–250 characters. */
export function isValidPropertyName(name: string): boolean {
  return PROP_RE.test(name);
}

const DICT_KEY_RE = /^[a-zA-Z0-9_-]{1,250}$/;
/** STIX 2.1 §2.4: dictionary keys are ASCII letters, digits, `_` and `-`, at most 250 long. */
export function isValidDictKey(key: string): boolean {
  return DICT_KEY_RE.test(key);
}

const HEX_RE = /^([a-fA-F0-9]{2})+$/;
export const isHex = (v: string): boolean => HEX_RE.test(v);
const B64_RE = /^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
export const isBase64 = (v: string): boolean => B64_RE.test(v);

const IPV4_RE =
  /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\/(3[0-2]|[12]?\d))?$/;
export const isIpv4 = (v: string): boolean => IPV4_RE.test(v);

/** IPv6 with optional CIDR suffix (RFC 4291 text forms, including embedded IPv4). */
export function isIpv6(v: string): boolean {
  let addr = v;
  const slash = v.indexOf('/');
  if (slash >= 0) {
    const prefix = v.slice(slash + 1);
    if (!/^(12[0-8]|1[01]\d|[1-9]?\d)$/.test(prefix)) return false;
    addr = v.slice(0, slash);
  }
  let tailGroups = 0;
  const lastColon = addr.lastIndexOf(':');
  if (addr.includes('.')) {
    if (!isIpv4(addr.slice(lastColon + 1)) || addr.slice(lastColon + 1).includes('/')) return false;
    addr = `${addr.slice(0, lastColon + 1)}0:0`;
    tailGroups = 0;
  }
  const double = addr.split('::');
  if (double.length > 2) return false;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groups(double[0] ?? '');
  const tail = double.length === 2 ? groups(double[1] ?? '') : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = all.length + tailGroups;
  return double.length === 2 ? count <= 7 : count === 8;
}

const MAC_RE = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;
/** STIX 2.1 §6.10: lowercase, colon-delimited, zero-padded. */
export const isMac = (v: string): boolean => MAC_RE.test(v);

const URL_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/;
/** RFC 3986 absolute URI, loosely: a scheme, a colon, no whitespace. */
export const isUrl = (v: string): boolean => URL_RE.test(v);

const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;
export const isEmail = (v: string): boolean => EMAIL_RE.test(v);

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Cheap shape test before ordering two timestamps (their format is checked separately). */
export function looksLikeTimestamp(s: string): boolean {
  return (
    s.length >= 20 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(s.length - 1) === 90 &&
    checkTimestamp(s) === undefined
  );
}

/**
 * Orders two well-formed STIX timestamps at full precision (beyond the milliseconds that
 * `Date` keeps): negative if a < b, 0 if equal, positive if a > b.
 */
export function compareTimestamps(a: string, b: string): number {
  for (let i = 0; i < 19; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  // Fractions: compare digit by digit, the shorter one padded with zeros (no allocation).
  const fa = a.charCodeAt(19) === 46 ? 20 : -1;
  const fb = b.charCodeAt(19) === 46 ? 20 : -1;
  const la = fa < 0 ? 0 : a.length - 21;
  const lb = fb < 0 ? 0 : b.length - 21;
  for (let i = 0; i < Math.max(la, lb); i++) {
    const da = i < la ? a.charCodeAt(20 + i) : 48;
    const db = i < lb ? b.charCodeAt(20 + i) : 48;
    if (da !== db) return da - db;
  }
  return 0;
}

const LANG_RE =
  /^([a-z]{2,3})(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-([A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(-[A-WY-Za-wy-z\d](-[A-Za-z\d]{2,8})+)*(-x(-[A-Za-z\d]{1,8})+)?$/;

/** RFC 5646 language tag whose primary subtag is an ISO 639 code (STIX 2.1 §3.2 `lang`). */
export function isLanguageTag(
  tag: string,
  iso6391: ReadonlySet<string>,
  iso6392: ReadonlySet<string>,
): boolean {
  const m = LANG_RE.exec(tag);
  if (m === null) return /^x(-[A-Za-z\d]{1,8})+$/.test(tag);
  const primary = (m[1] ?? '').toLowerCase();
  return primary.length === 2 ? iso6391.has(primary) : iso6392.has(primary);
}

const MIME_RE =
  /^(application|audio|font|image|message|model|multipart|text|video)\/[a-zA-Z0-9.+_-]+$/;
/** IANA media type `type/subtype` with a registered top-level type (STIX 2.1 §6.1, §6.7). */
export const isMimeType = (v: string): boolean => MIME_RE.test(v);

const CHARSET_RE = /^[a-zA-Z0-9_()\-:]+$/;
/** Shape of an IANA character-set name (STIX 2.1 §6.3 path_enc, §6.7 name_enc). */
export const isCharset = (v: string): boolean => CHARSET_RE.test(v);

const CPE_RE = /^cpe:2\.3:[aho*-](:(\\.|[^:\\])*){10}$/;
/** CPE 2.3 formatted string: 13 colon-separated components (STIX 2.1 §6.14). */
export const isCpe23 = (v: string): boolean => CPE_RE.test(v);
