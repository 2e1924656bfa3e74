/**
 * @module inputs/formats
 * The input formats by name, and a guess from the first lines of a file.
 *
 * @example
 * createParser('zeek'); // TSV or JSON, told apart by the first line it reads
 * detectFormat(['{"timestamp":"…","event_type":"dns",…}']); // { format: 'eve' }
 */
import { eveParser } from './eve.ts';
import { csvParser, DEFAULT_MAPPING, jsonlParser } from './mapped.ts';
import type { FieldMapping } from './mapped.ts';
import type { LineParser } from './reader.ts';
import { stixParser } from './stix.ts';
import { cefParser, syslogParser } from './syslog.ts';
import { zeekJsonParser, zeekTsvParser } from './zeek.ts';

export const FORMATS = ['eve', 'zeek', 'jsonl', 'csv', 'cef', 'syslog', 'stix'] as const;
export type InputFormat = (typeof FORMATS)[number];

export function isInputFormat(name: string): name is InputFormat {
  return (FORMATS as readonly string[]).includes(name);
}

/** Zeek TSV or JSON, decided by the first non-blank line. */
function zeekParser(): LineParser {
  let chosen: LineParser | undefined;
  return {
    line(text) {
      if (chosen === undefined) {
        const t = text.trimStart();
        if (t === '') return undefined;
        chosen = t.startsWith('{') ? zeekJsonParser() : zeekTsvParser();
      }
      return chosen.line(text);
    },
  };
}

/** A parser for a format by name; a TypeError naming the known formats otherwise. */
export function createParser(format: string, mapping: FieldMapping = DEFAULT_MAPPING): LineParser {
  if (!isInputFormat(format))
    throw new TypeError(`unknown input format "${format}" (known: ${FORMATS.join(', ')})`);
  switch (format) {
    case 'eve':
      return eveParser();
    case 'zeek':
      return zeekParser();
    case 'jsonl':
      return jsonlParser(mapping);
    case 'csv':
      return csvParser(mapping);
    case 'cef':
      return cefParser();
    case 'syslog':
      return syslogParser();
    case 'stix':
      return stixParser();
  }
}

export type Detection = { readonly format: InputFormat } | { readonly error: string };

function jsonKeys(line: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The format of a file from its first lines, or why it cannot tell. Only unambiguous signs
 * count: a Zeek header, `CEF:`, a syslog `<PRI>`, an EVE `event_type`, a STIX `type`, Zeek's
 * `id.orig_h`, or JSON / a CSV header with fields of the default mapping.
 */
export function detectFormat(lines: readonly string[]): Detection {
  const sample = lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 20);
  const first = sample[0];
  if (first === undefined) return { error: 'the input is empty' };
  if (first.startsWith('#separator') || first.startsWith('#fields')) return { format: 'zeek' };
  if (first.startsWith('CEF:')) return { format: 'cef' };
  if (/^<\d{1,3}>/.test(first)) return { format: first.includes('CEF:') ? 'cef' : 'syslog' };
  if (first.startsWith('{')) {
    const o = jsonKeys(first);
    if (o === undefined) return { error: 'the first line looks like JSON but does not parse' };
    if (typeof o.event_type === 'string') return { format: 'eve' };
    if (o.type === 'bundle' || (typeof o.type === 'string' && typeof o.spec_version === 'string'))
      return { format: 'stix' };
    if ('id.orig_h' in o || ('uid' in o && 'ts' in o)) return { format: 'zeek' };
    if (Object.keys(o).some((k) => Object.hasOwn(DEFAULT_MAPPING.fields, k)))
      return { format: 'jsonl' };
    return {
      error: `JSON lines without an EVE, Zeek or STIX shape and no field of the default mapping; give --format jsonl with a field mapping`,
    };
  }
  if (first.includes(',')) {
    const header = first.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (header.some((h) => Object.hasOwn(DEFAULT_MAPPING.fields, h))) return { format: 'csv' };
  }
  return {
    error: `cannot tell the format from the first line; give --format (${FORMATS.join(', ')})`,
  };
}
