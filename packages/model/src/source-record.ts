/**
 * @module source-record
 * A user's own source (a ministry survey, a national report): what it is, who published it,
 * where to find it, when, and under which licence. Validated here, once, for the CLI, the REST
 * API, the dashboard and `import`'s sources sheet, so that a figure a user brings is cited as
 * theirs and never attributed to the paper.
 *
 * Fields: id (lower-case letters, digits and hyphens, 2–64 characters: it is cited by every row
 * that uses the source), title (required), publisher, url (http or https), doi (`10.<registrant>/
 * <suffix>`, per the DOI Handbook §2.2), date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), licence, note.
 * The citation people read is built from them when none is given.
 */
import type { Source } from './assessment.ts';
import { CoopsecError, type ErrorDetail } from './errors.ts';

export interface SourceRecord extends Source {
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly doi?: string;
  readonly date?: string;
  readonly licence?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const DOI = /^10\.\d{4,9}\/\S+$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const TEXT_FIELDS = [
  'title',
  'publisher',
  'url',
  'doi',
  'date',
  'licence',
  'note',
  'citation',
] as const;
const MAX_TEXT = 2000;

export interface ValidateSourceOptions {
  /** Row number for messages when the source comes from a sheet. */
  readonly row?: number;
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function validDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  if (date.length < 10) return true;
  // 2023-02-30 matches the pattern but is not a day of the calendar.
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/** The citation people read: `Publisher, Title (date)`, or as much of it as is known. */
export function citeSource(record: {
  readonly title?: string | undefined;
  readonly publisher?: string | undefined;
  readonly date?: string | undefined;
}): string {
  const head = [record.publisher, record.title].filter((p) => p !== undefined).join(', ');
  return record.date === undefined ? head : `${head} (${record.date})`;
}

/** The problems of one raw source, each naming its field; empty when it is valid. */
export function sourceProblems(raw: unknown, options: ValidateSourceOptions = {}): ErrorDetail[] {
  const at = options.row === undefined ? {} : { row: options.row };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return [{ ...at, field: 'source', message: 'must be an object with id and title' }];
  const r = raw as Record<string, unknown>;
  const problems: ErrorDetail[] = [];
  const problem = (field: string, message: string): void => {
    problems.push({ ...at, field, message });
  };
  const id = text(r.id);
  if (id === undefined) problem('id', 'is required');
  else if (!ID.test(id))
    problem('id', `must be 2–64 lower-case letters, digits or hyphens, got "${id}"`);
  if (text(r.title) === undefined && text(r.citation) === undefined)
    problem('title', 'is required');
  for (const field of TEXT_FIELDS) {
    const value = r[field];
    if (
      value !== undefined &&
      value !== null &&
      typeof value !== 'string' &&
      typeof value !== 'number'
    )
      problem(field, `must be text, got ${JSON.stringify(value)}`);
    else if (typeof value === 'string' && value.length > MAX_TEXT)
      problem(field, `must be at most ${MAX_TEXT} characters, got ${value.length}`);
  }
  const url = text(r.url);
  if (url !== undefined && !/^https?:\/\/[^\s/]+\S*$/i.test(url))
    problem('url', `must be an http or https address, got "${url}"`);
  const doi = text(r.doi)?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  if (doi !== undefined && !DOI.test(doi))
    problem('doi', `must look like 10.1234/suffix, got "${text(r.doi)}"`);
  const date = text(r.date);
  if (date !== undefined && !validDate(date))
    problem('date', `must be YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
  return problems;
}

/** One raw source as a SourceRecord; throws BAD_INPUT naming every wrong field. */
export function validateSource(raw: unknown, options: ValidateSourceOptions = {}): SourceRecord {
  const problems = sourceProblems(raw, options);
  if (problems.length > 0)
    throw new CoopsecError(
      'BAD_INPUT',
      `invalid source: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      {
        details: problems,
      },
    );
  return toRecord(raw as Record<string, unknown>);
}

/** Several sources (a sheet), every problem of every row in one BAD_INPUT; ids must be unique. */
export function validateSources(
  rows: readonly unknown[],
  options: { readonly firstRow?: number; readonly rowNumbers?: readonly number[] } = {},
): SourceRecord[] {
  const problems: ErrorDetail[] = [];
  const seen = new Map<string, number>();
  const out: SourceRecord[] = [];
  rows.forEach((raw, i) => {
    const row = options.rowNumbers?.[i] ?? (options.firstRow ?? 1) + i;
    const found = sourceProblems(raw, { row });
    problems.push(...found);
    if (found.length > 0) return;
    const record = toRecord(raw as Record<string, unknown>);
    const earlier = seen.get(record.id);
    if (earlier !== undefined)
      problems.push({
        row,
        field: 'id',
        message: `"${record.id}" is also defined in row ${earlier}`,
      });
    else seen.set(record.id, row);
    out.push(record);
  });
  if (problems.length > 0)
    throw new CoopsecError('BAD_INPUT', `${problems.length} problem(s) in the sources`, {
      details: problems,
    });
  return out;
}

function toRecord(r: Record<string, unknown>): SourceRecord {
  const title = text(r.title);
  const publisher = text(r.publisher);
  const date = text(r.date);
  const doi = text(r.doi)?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const optional = {
    ...(title === undefined ? {} : { title }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(text(r.url) === undefined ? {} : { url: text(r.url) as string }),
    ...(doi === undefined ? {} : { doi }),
    ...(date === undefined ? {} : { date }),
    ...(text(r.licence) === undefined ? {} : { licence: text(r.licence) as string }),
    ...(text(r.note) === undefined ? {} : { note: text(r.note) as string }),
  };
  return {
    id: text(r.id) as string,
    citation: text(r.citation) ?? citeSource({ title, publisher, date }),
    ...optional,
  };
}
