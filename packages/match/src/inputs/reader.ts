/**
 * @module inputs/reader
 * Turns lines of any known format into observations. Each format is a small stateful parser
 * (CSV and Zeek TSV carry their header) fed one line at a time; a line that does not parse is
 * counted with its number and reason and never stops the stream.
 *
 * @example
 * const r = new ObservationReader(createParser('eve'));
 * for (const line of lines) { const o = r.line(line); if (o) m.match(o); }
 * r.malformed; // [{ line: 17, reason: 'not JSON: …' }]
 */
import type { Observation } from '../observation.ts';

/** A line the parser rejects; the reader records it. */
export class MalformedLine extends Error {}

export interface LineParser {
  /** An observation, or undefined for lines that carry none (headers, comments, blank). */
  line(text: string): Observation | undefined;
}

export interface Malformed {
  readonly line: number;
  readonly reason: string;
}

export class ObservationReader {
  lines = 0;
  observations = 0;
  malformedCount = 0;
  /** The first `keep` malformed lines (all are counted). */
  readonly malformed: Malformed[] = [];

  constructor(
    private readonly parser: LineParser,
    private readonly keep = 1000,
  ) {}

  line(text: string): Observation | undefined {
    this.lines++;
    try {
      const o = this.parser.line(text);
      if (o !== undefined) this.observations++;
      return o;
    } catch (error) {
      this.malformedCount++;
      if (this.malformed.length < this.keep)
        this.malformed.push({
          line: this.lines,
          reason: error instanceof Error ? error.message : String(error),
        });
      return undefined;
    }
  }
}

/** JSON.parse of one line, refusing anything but an object. */
export function jsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MalformedLine(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new MalformedLine('not a JSON object');
  return value as Record<string, unknown>;
}

/** Epoch ms of an RFC 3339 string or of epoch seconds (number or numeric text), else undefined. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  const fast = isoTime(value);
  if (fast !== undefined) return fast;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM|±HHMM)` (RFC 3339, and Suricata's offset without a
 * colon) read by position: Date.parse costs a large part of a log line's budget. Anything
 * else returns undefined and goes to Date.parse.
 */
function isoTime(t: string): number | undefined {
  if (t.length < 20 || t[4] !== '-' || t[7] !== '-' || (t[10] !== 'T' && t[10] !== ' '))
    return undefined;
  if (t[13] !== ':' || t[16] !== ':') return undefined;
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  const s = digits(t, 17, 2);
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > 31 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    s < 0 ||
    s > 60
  )
    return undefined;
  let i = 19;
  let ms = 0;
  if (t[i] === '.') {
    let scale = 100;
    i++;
    const start = i;
    while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) {
      ms += (t.charCodeAt(i) - 48) * scale;
      scale /= 10;
      i++;
    }
    if (i === start) return undefined;
    ms = Math.floor(ms);
  }
  let offset = 0;
  const z = t[i];
  if (z === 'Z' || z === 'z') {
    if (i + 1 !== t.length) return undefined;
  } else if (z === '+' || z === '-') {
    const rest = t.length - i - 1;
    const oh = digits(t, i + 1, 2);
    const om =
      rest === 5 && t[i + 3] === ':' ? digits(t, i + 4, 2) : rest === 4 ? digits(t, i + 3, 2) : -1;
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return undefined;
    offset = (z === '+' ? 1 : -1) * (oh * 60 + om) * 60_000;
  } else return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31))
    return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset;
}
