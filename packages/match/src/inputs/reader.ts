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
