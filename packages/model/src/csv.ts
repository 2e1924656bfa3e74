/**
 * @module csv
 * CSV as RFC 4180 defines it (quoted fields, doubled quotes, CRLF or LF), read into records by
 * header, and written back. A malformed row (wrong field count, stray quote, a quote never
 * closed) is left out of the records and listed in `problems` with its line, so that the
 * caller can report it together with the field errors of the rows that were read. It lives in
 * the model, with no I/O, so that every edge that takes a CSV file (the CLI's imports, the REST
 * inventory upload) reads it the same way.
 */
import { CoopsecError, type ErrorDetail } from './errors.ts';

export interface CsvTable {
  readonly headers: readonly string[];
  /** Records keyed by header; `line` is the file line the record starts on (header = line 1). */
  readonly records: readonly {
    readonly line: number;
    readonly values: Readonly<Record<string, string>>;
  }[];
  /** Rows that could not be read, with their line. */
  readonly problems: readonly ErrorDetail[];
}

export function parseCsv(text: string, name = 'the CSV file'): CsvTable {
  const rows = tokenize(text);
  const header = rows[0];
  if (header === undefined || header.cells.every((c) => c.trim() === '')) {
    throw new CoopsecError('BAD_INPUT', `${name} is empty: expected a header line`, {
      details: [{ row: 1, message: 'no header' }],
    });
  }
  const headers = header.cells.map((h) => h.trim());
  const details: ErrorDetail[] = [];
  const records: { line: number; values: Record<string, string> }[] = [];
  for (const row of rows.slice(1)) {
    if (row.problem !== undefined) {
      details.push({ row: row.line, message: row.problem });
      continue;
    }
    if (row.cells.length === 1 && row.cells[0]?.trim() === '') continue; // blank line
    if (row.cells.length !== headers.length) {
      details.push({
        row: row.line,
        message: `has ${row.cells.length} fields, the header has ${headers.length}`,
      });
      continue;
    }
    records.push({
      line: row.line,
      values: Object.fromEntries(headers.map((h, i) => [h, row.cells[i] ?? ''])),
    });
  }
  return { headers, records, problems: details };
}

interface RawRow {
  line: number;
  cells: string[];
  problem?: string;
}

function tokenize(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let problem: string | undefined;
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteStart = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells, ...(problem !== undefined ? { problem } : {}) });
      cells = [];
      cell = '';
      problem = undefined;
      line++;
      rowLine = line;
    } else if (ch === '"') {
      problem ??=
        'a quote inside an unquoted field (quote the whole field and double inner quotes)';
      cell += ch;
    } else cell += ch;
  }
  if (quoted) {
    // Everything from the opening quote to the end of the file is one unreadable field.
    rows.push({
      line: rowLine,
      cells: [],
      problem: `a quoted field is never closed (it opens on line ${quoteStart}; the rest of the file is unread)`,
    });
    return rows;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, ...(problem !== undefined ? { problem } : {}) });
  }
  return rows;
}

export function formatCsv(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const escape = (value: unknown) => {
    const text = cellText(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [headers, ...rows].map((row) => row.map(escape).join(',')).join('\n') + '\n';
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}
