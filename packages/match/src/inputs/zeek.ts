/**
 * @module inputs/zeek
 * Zeek logs, as TSV (the `#separator`, `#fields` header lines, `-` unset, `(empty)` empty
 * sets) or as JSON lines (one record a line, the same field names). Fields read: `id.orig_h`,
 * `id.resp_h` (conn, dns, http, ssl, …), `query` and `answers` (dns.log), `host` + `uri`
 * (http.log), `server_name` (ssl.log), `md5` / `sha1` / `sha256` (files.log), `mailfrom`,
 * `rcptto`, `from`, `to` (smtp.log), `seen.indicator` by its `seen.indicator_type` (intel.log:
 * the hits of an Intel file that `coopsec export zeek` wrote, read back as what was seen); the
 * time is `ts` (epoch seconds or ISO 8601).
 */
import type { Atom, Observation } from '../observation.ts';
import { ipAtom } from '../observation.ts';
import { parseAddress } from '../ip.ts';
import { isBlank, jsonObject, MalformedLine, timeOf } from './reader.ts';
import type { LineParser } from './reader.ts';

const EMAIL = /[^\s<>,;"]+@[^\s<>,;"]+/g;

function values(v: unknown): string[] {
  if (typeof v === 'string') return v === '' || v === '-' || v === '(empty)' ? [] : [v];
  if (Array.isArray(v)) return v.flatMap(values);
  return [];
}

/** Atoms of one Zeek record (field name → value, TSV sets already split). */
export function zeekAtoms(get: (field: string) => unknown): Atom[] {
  const atoms: Atom[] = [];
  for (const f of ['id.orig_h', 'id.resp_h', 'tx_hosts', 'rx_hosts'])
    for (const v of values(get(f))) atoms.push(ipAtom(v));
  for (const v of values(get('query'))) atoms.push({ type: 'domain-name', value: v });
  for (const v of values(get('answers')))
    atoms.push(parseAddress(v) !== undefined ? ipAtom(v) : { type: 'domain-name', value: v });
  const host = values(get('host'))[0];
  if (host !== undefined) {
    atoms.push({ type: 'domain-name', value: host });
    const uri = values(get('uri'))[0];
    if (uri !== undefined) {
      const port = values(get('id.resp_p'))[0];
      const p = port !== undefined && port !== '80' ? `:${port}` : '';
      atoms.push({ type: 'url', value: uri.startsWith('/') ? `http://${host}${p}${uri}` : uri });
    }
  }
  for (const v of values(get('server_name'))) atoms.push({ type: 'domain-name', value: v });
  for (const v of values(get('md5'))) atoms.push({ type: 'file:hashes.MD5', value: v });
  for (const v of values(get('sha1'))) atoms.push({ type: 'file:hashes.SHA-1', value: v });
  for (const v of values(get('sha256'))) atoms.push({ type: 'file:hashes.SHA-256', value: v });
  for (const f of ['mailfrom', 'rcptto', 'from', 'to'])
    for (const v of values(get(f)))
      for (const m of v.matchAll(EMAIL)) atoms.push({ type: 'email-addr', value: m[0] });
  const seen = values(get('seen.indicator'))[0];
  if (seen !== undefined) {
    const atom = intelAtom(seen, values(get('seen.indicator_type'))[0]);
    if (atom !== undefined) atoms.push(atom);
  }
  return atoms;
}

const HASH_BY_LENGTH: Record<number, Atom['type']> = {
  32: 'file:hashes.MD5',
  40: 'file:hashes.SHA-1',
  64: 'file:hashes.SHA-256',
  128: 'file:hashes.SHA-512',
};

/** intel.log's seen.indicator as an atom (Zeek Intel types; URLs are logged without scheme). */
function intelAtom(value: string, type: string | undefined): Atom | undefined {
  switch (type ?? '') {
    case 'Intel::ADDR':
      return ipAtom(value);
    case 'Intel::DOMAIN':
      return { type: 'domain-name', value };
    case 'Intel::URL':
      return {
        type: 'url',
        value: /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`,
      };
    case 'Intel::EMAIL':
      return { type: 'email-addr', value };
    case 'Intel::FILE_HASH': {
      const t = HASH_BY_LENGTH[value.length];
      return t === undefined ? undefined : { type: t, value };
    }
  }
  return undefined; // other Intel types (CERT_HASH, SOFTWARE, …) are not atoms
}

function unescapeSeparator(text: string): string {
  return text.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
}

/** Zeek TSV: the header says the separator and the fields. */
export function zeekTsvParser(): LineParser {
  let separator = '\t';
  let setSeparator = ',';
  let fields: string[] | undefined;
  let index = new Map<string, number>();
  return {
    line(text) {
      if (text.startsWith('#')) {
        const rest = text.slice(1);
        if (rest.startsWith('separator ')) separator = unescapeSeparator(rest.slice(10));
        else {
          const parts = rest.split(separator);
          if (parts[0] === 'set_separator' && parts[1] !== undefined) setSeparator = parts[1];
          if (parts[0] === 'fields') {
            fields = parts.slice(1);
            index = new Map(fields.map((f, i) => [f, i]));
          }
        }
        return undefined;
      }
      if (isBlank(text)) return undefined;
      if (fields === undefined) throw new MalformedLine('record before the #fields header');
      const cells = text.split(separator);
      if (cells.length !== fields.length)
        throw new MalformedLine(
          `${cells.length} fields, the #fields header names ${fields.length}`,
        );
      const get = (f: string): unknown => {
        const i = index.get(f);
        const v = i === undefined ? undefined : cells[i];
        return v !== undefined && v.includes(setSeparator) ? v.split(setSeparator) : v;
      };
      const time = timeOf(get('ts'));
      const o: Observation = { atoms: zeekAtoms(get), ...(time !== undefined ? { time } : {}) };
      return o;
    },
  };
}

/** Zeek JSON logs (LogAscii::use_json): one record a line. */
export function zeekJsonParser(): LineParser {
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const r = jsonObject(text);
      const time = timeOf(r.ts);
      const o: Observation = {
        atoms: zeekAtoms((f) => r[f]),
        ...(time !== undefined ? { time } : {}),
      };
      return o;
    },
  };
}
