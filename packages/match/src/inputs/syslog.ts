/**
 * @module inputs/syslog
 * Syslog lines (RFC 5424 and RFC 3164) and ArcSight CEF (`CEF:0|vendor|product|version|id|
 * name|severity|key=value …`, alone or after a syslog header).
 * - CEF: `src`, `dst`, `c6a2`, `c6a3` (addresses), `shost`, `dhost` (names, or addresses),
 *   `request` (URL), `fileHash` (by length: MD5, SHA-1, SHA-256, SHA-512), `suser`, `duser`
 *   (when they are e-mail addresses); the time is `rt` (epoch ms or a date) or the syslog one.
 * - other syslog lines are free text: the IPv4 and IPv6 addresses, `http(s)://` URLs and
 *   e-mail addresses in the message are taken; the time is the RFC 5424 timestamp (RFC 3164
 *   timestamps have no year and are not used).
 */
import type { Atom, AtomType, Observation } from '../observation.ts';
import { ipAtom } from '../observation.ts';
import { parseAddress } from '../ip.ts';
import { isBlank, MalformedLine } from './reader.ts';
import type { LineParser } from './reader.ts';

const RFC5424 = /^<\d{1,3}>\d{1,2} (\S+) /;
const HASH_BY_LENGTH: Record<number, AtomType> = {
  32: 'file:hashes.MD5',
  40: 'file:hashes.SHA-1',
  64: 'file:hashes.SHA-256',
  128: 'file:hashes.SHA-512',
};

function syslogTime(text: string): number | undefined {
  const m = RFC5424.exec(text);
  if (m?.[1] === undefined || m[1] === '-') return undefined;
  const t = Date.parse(m[1]);
  return Number.isNaN(t) ? undefined : t;
}

/** CEF extension `k=v k2=v two words`: a value runs to the next ` key=`; `\=`, `\\` escapes. */
export function cefExtension(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /(?:^|\s)([A-Za-z0-9_.]+)=/g;
  const keys: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    const start = (m.index ?? 0) + m[0].length;
    if (start > 1 && text[start - 2] === '\\') continue;
    keys.push({ key: m[1] ?? '', start, end: m.index ?? 0 });
  }
  keys.forEach((k, i) => {
    const stop = keys[i + 1]?.end ?? text.length;
    out.set(
      k.key,
      text
        .slice(k.start, stop)
        .trim()
        .replace(/\\([=\\])/g, '$1'),
    );
  });
  return out;
}

function cefHeaderFields(body: string): string[] | undefined {
  // seven `|`-separated header fields (`\|` is an escaped bar), then the extension
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      cur += body[++i];
      continue;
    }
    if (c === '|' && parts.length < 7) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts.length === 8 ? parts : undefined;
}

function cef(text: string, start: number, fallbackTime: number | undefined): Observation {
  const parts = cefHeaderFields(text.slice(start));
  if (parts === undefined) throw new MalformedLine('CEF: fewer than 7 header fields');
  const ext = cefExtension(parts[7] ?? '');
  const atoms: Atom[] = [];
  for (const k of ['src', 'dst', 'c6a2', 'c6a3']) {
    const v = ext.get(k);
    if (v) atoms.push(ipAtom(v));
  }
  for (const k of ['shost', 'dhost']) {
    const v = ext.get(k);
    if (v)
      atoms.push(parseAddress(v) !== undefined ? ipAtom(v) : { type: 'domain-name', value: v });
  }
  const url = ext.get('request');
  if (url) atoms.push({ type: 'url', value: url });
  const hash = ext.get('fileHash');
  const hashType = hash === undefined ? undefined : HASH_BY_LENGTH[hash.length];
  if (hash && hashType) atoms.push({ type: hashType, value: hash });
  for (const k of ['suser', 'duser']) {
    const v = ext.get(k);
    if (v?.includes('@')) atoms.push({ type: 'email-addr', value: v });
  }
  const rt = ext.get('rt');
  const time =
    rt === undefined
      ? fallbackTime
      : /^\d+$/.test(rt)
        ? Number(rt)
        : Date.parse(rt) || fallbackTime;
  return { atoms, ...(time !== undefined ? { time } : {}) };
}

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]{0,15}(?![\w:])/g;
const URL_RE = /\bhttps?:\/\/[^\s"'<>]+/gi;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

function freeText(text: string, time: number | undefined): Observation {
  const atoms: Atom[] = [];
  for (const m of text.matchAll(IPV4))
    if (parseAddress(m[0]) !== undefined) atoms.push(ipAtom(m[0]));
  for (const m of text.matchAll(IPV6))
    if (parseAddress(m[0]) !== undefined) atoms.push(ipAtom(m[0]));
  for (const m of text.matchAll(URL_RE)) atoms.push({ type: 'url', value: m[0] });
  for (const m of text.matchAll(EMAIL_RE)) atoms.push({ type: 'email-addr', value: m[0] });
  return { atoms, ...(time !== undefined ? { time } : {}) };
}

/** CEF lines (bare or in syslog); other lines refused. */
export function cefParser(): LineParser {
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const i = text.indexOf('CEF:');
      if (i < 0) throw new MalformedLine('no CEF: header');
      return cef(text, i, syslogTime(text));
    },
  };
}

/** Syslog lines: CEF where present, free text otherwise. */
export function syslogParser(): LineParser {
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const time = syslogTime(text);
      const i = text.indexOf('CEF:');
      return i >= 0 ? cef(text, i, time) : freeText(text, time);
    },
  };
}
