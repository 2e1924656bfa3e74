/**
 * @module inputs/mapped
 * JSON lines and CSV with a field mapping: which field (a dotted path into the JSON record,
 * or a CSV column name) holds which kind of atom, and which holds the time. A mapping is
 * checked when the parser is made (a bad one is a TypeError, not a per-line error).
 *
 * @example
 * jsonlParser({ fields: { 'client.ip': 'ipv4-addr', 'q.name': 'domain-name' }, time: 'ts' });
 */
import type { Atom, AtomType, Observation } from '../observation.ts';
import { ATOM_TYPES, ipAtom } from '../observation.ts';
import { isBlank, jsonObject, MalformedLine, timeOf } from './reader.ts';
import type { LineParser } from './reader.ts';

export interface FieldMapping {
  /** Field → atom type; `ip` means IPv4 or IPv6 by spelling. */
  readonly fields: Readonly<Record<string, AtomType | 'ip'>>;
  /** The field with the record's time (RFC 3339 or epoch seconds). */
  readonly time?: string;
}

/** Field names common in JSON and CSV logs. */
export const DEFAULT_MAPPING: FieldMapping = {
  fields: {
    src_ip: 'ip',
    dest_ip: 'ip',
    dst_ip: 'ip',
    src: 'ip',
    dst: 'ip',
    ip: 'ip',
    client_ip: 'ip',
    server_ip: 'ip',
    domain: 'domain-name',
    hostname: 'domain-name',
    query: 'domain-name',
    url: 'url',
    email: 'email-addr',
    md5: 'file:hashes.MD5',
    sha1: 'file:hashes.SHA-1',
    sha256: 'file:hashes.SHA-256',
    sha512: 'file:hashes.SHA-512',
  },
  time: 'timestamp',
};

export function checkMapping(mapping: FieldMapping): void {
  for (const [field, type] of Object.entries(mapping.fields))
    if (type !== 'ip' && !ATOM_TYPES.includes(type))
      throw new TypeError(
        `field mapping: "${field}" maps to "${String(type)}", not one of ip, ${ATOM_TYPES.join(', ')}`,
      );
}

function atomOf(type: AtomType | 'ip', value: string): Atom {
  return type === 'ip' ? ipAtom(value) : { type, value };
}

function at(record: unknown, path: readonly string[]): unknown {
  let v = record;
  for (const step of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[step];
  }
  return v;
}

export function jsonlParser(mapping: FieldMapping = DEFAULT_MAPPING): LineParser {
  checkMapping(mapping);
  const fields = Object.entries(mapping.fields).map(([f, t]) => [f.split('.'), t] as const);
  const timePath = mapping.time?.split('.');
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const r = jsonObject(text);
      const atoms: Atom[] = [];
      for (const [path, type] of fields) {
        const v = at(r, path);
        if (typeof v === 'string' && v !== '') atoms.push(atomOf(type, v));
        else if (Array.isArray(v))
          for (const e of v) if (typeof e === 'string' && e !== '') atoms.push(atomOf(type, e));
      }
      const time = timePath === undefined ? undefined : timeOf(at(r, timePath));
      const o: Observation = { atoms, ...(time !== undefined ? { time } : {}) };
      return o;
    },
  };
}

/** One CSV record (RFC 4180: quoted fields, `""` inside quotes); records span one line. */
export function splitCsv(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new MalformedLine('unterminated quoted field');
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      if (i < line.length && line[i] !== ',') throw new MalformedLine('text after a quoted field');
    } else {
      const c = line.indexOf(',', i);
      out.push(line.slice(i, c < 0 ? line.length : c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/** CSV with a header row naming the columns. */
export function csvParser(mapping: FieldMapping = DEFAULT_MAPPING): LineParser {
  checkMapping(mapping);
  let columns: (AtomType | 'ip' | undefined)[] | undefined;
  let timeColumn = -1;
  return {
    line(text) {
      if (isBlank(text)) return undefined;
      const cells = splitCsv(text);
      if (columns === undefined) {
        columns = cells.map((c) => mapping.fields[c.trim()]);
        timeColumn =
          mapping.time === undefined ? -1 : cells.map((c) => c.trim()).indexOf(mapping.time);
        if (columns.every((c) => c === undefined))
          throw new MalformedLine(
            `the header names no mapped column (mapped: ${Object.keys(mapping.fields).join(', ')})`,
          );
        return undefined;
      }
      if (cells.length !== columns.length)
        throw new MalformedLine(`${cells.length} fields, the header has ${columns.length}`);
      const atoms: Atom[] = [];
      cells.forEach((v, i) => {
        const type = columns?.[i];
        if (type !== undefined && v !== '') atoms.push(atomOf(type, v));
      });
      const time = timeColumn >= 0 ? timeOf(cells[timeColumn]) : undefined;
      const o: Observation = { atoms, ...(time !== undefined ? { time } : {}) };
      return o;
    },
  };
}
