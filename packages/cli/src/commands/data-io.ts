/**
 * @module commands/data-io
 * `coopsec import <file>` and `coopsec export`: assessments as CSV or JSON. An import is one
 * transaction: every row is checked first, and a single problem refuses the whole file with
 * the row and field named, so nothing half-imported is left behind.
 */
import { writeFile, rename } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { importAssessments } from '@coopsec/app';
import {
  CoopsecError,
  formatCsv,
  parseCsv,
  type Assessment,
  type ErrorDetail,
} from '@coopsec/model';
import { AssessmentRepository } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { readUtf8File } from '../formats/text-file.ts';
import { action, printJson } from '../output.ts';
import { startProgress } from '../progress.ts';

export const CSV_COLUMNS = [
  'country',
  'year',
  'component',
  'score',
  'source',
  'evidence',
  'confidence',
  'kind',
] as const;

type Format = 'csv' | 'json';

function formatOf(path: string, explicit: string | undefined): Format {
  const format = explicit ?? (path.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') {
    throw new CoopsecError('BAD_INPUT', `unknown format "${format}" (csv or json)`, {
      details: [{ field: '--format', message: format }],
    });
  }
  return format;
}

/**
 * A file's text as raw rows, with what the model's validation needs to speak the file's
 * language: each row's number, the fields' names as written, the rows that could not be read.
 */
export interface RawRows {
  readonly rows: unknown[];
  readonly firstRow: number;
  readonly rowNumbers?: readonly number[];
  readonly fieldNames?: Readonly<Record<string, string>>;
  readonly problems?: readonly ErrorDetail[];
  /** A JSON file's `sources` sheet: the user's own sources its rows cite. */
  readonly sources?: unknown[];
}

export function rawRows(text: string, format: Format, name: string): RawRows {
  if (format === 'csv') {
    const table = parseCsv(text, name);
    const missing = ['country', 'year', 'component', 'score'].filter(
      (h) => !table.headers.includes(h),
    );
    if (missing.length > 0) {
      throw new CoopsecError(
        'BAD_INPUT',
        `${name} lacks required column(s): ${missing.join(', ')}`,
        {
          details: missing.map((field) => ({
            row: 1,
            field,
            message: 'column missing from the header',
          })),
        },
      );
    }
    // `source` is the CSV column name; the model calls it sourceId.
    const rows = table.records.map((r) => ({
      ...r.values,
      sourceId: r.values.source ?? r.values.sourceId,
    }));
    return {
      rows,
      firstRow: 2,
      rowNumbers: table.records.map((r) => r.line),
      fieldNames: table.headers.includes('sourceId') ? {} : { sourceId: 'source' },
      problems: table.problems,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CoopsecError('BAD_INPUT', `${name} is not valid JSON: ${(error as Error).message}`, {
      details: [{ field: 'file', message: 'JSON syntax' }],
    });
  }
  const list = Array.isArray(parsed)
    ? parsed
    : (parsed as { assessments?: unknown } | null)?.assessments;
  const sheet = Array.isArray(parsed)
    ? undefined
    : (parsed as { sources?: unknown } | null)?.sources;
  if (sheet !== undefined && !Array.isArray(sheet)) {
    throw new CoopsecError('BAD_INPUT', `${name}: "sources" must be an array of sources`, {
      details: [{ path: '$.sources', message: 'not an array' }],
    });
  }
  if (!Array.isArray(list)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `${name} must hold an array of assessments or {"assessments": [...]}`,
      { details: [{ path: '$', message: 'not an array' }] },
    );
  }
  const wroteSource = list.some(
    (r: unknown) => r !== null && typeof r === 'object' && 'source' in r && !('sourceId' in r),
  );
  return {
    rows: list.map((r: unknown) =>
      r !== null && typeof r === 'object' && 'source' in r && !('sourceId' in r)
        ? { ...r, sourceId: r.source }
        : r,
    ),
    firstRow: 1,
    ...(wroteSource ? { fieldNames: { sourceId: 'source' } } : {}),
    ...(sheet === undefined ? {} : { sources: sheet }),
  };
}

function toJsonRow(a: Assessment) {
  return {
    country: a.country,
    year: a.year,
    component: a.component,
    score: a.score,
    source: a.sourceId,
    evidence: a.evidence,
    confidence: a.confidence,
    kind: a.kind,
  };
}

function toCsv(rows: readonly Assessment[]): string {
  return formatCsv(
    CSV_COLUMNS,
    rows.map((a) => [
      a.country,
      a.year,
      a.component,
      a.score,
      a.sourceId,
      a.evidence,
      a.confidence,
      a.kind,
    ]),
  );
}

/** Writes via a temporary file in the same folder and a rename: never a half-written file. */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await import('node:fs/promises').then((fs) => fs.rm(temp, { force: true }));
    throw new CoopsecError('BAD_INPUT', `cannot write ${path}: ${(error as Error).message}`, {
      details: [
        { field: '--out', message: (error as NodeJS.ErrnoException).code ?? 'write failed' },
      ],
    });
  }
}

/** A sources sheet as CSV: header id,title,publisher,url,doi,date,licence,note. */
function sourceSheet(text: string, name: string): { rows: unknown[]; rowNumbers: number[] } {
  const table = parseCsv(text, name);
  if (table.problems.length > 0)
    throw new CoopsecError('BAD_INPUT', `${name}: ${table.problems.length} malformed row(s)`, {
      details: table.problems,
    });
  return { rows: table.records.map((r) => r.values), rowNumbers: table.records.map((r) => r.line) };
}

export const importAction = action(
  async (
    file: string,
    opts: { format?: string; replace?: true; sources?: string; replaceSources?: true },
    command: CommandLike,
  ) => {
    const options = globalOptions(command);
    const format = formatOf(file, opts.format);
    const text = await readUtf8File(file);
    const { rows, sources: jsonSheet, ...numbering } = rawRows(text, format, file);
    if (opts.sources !== undefined && jsonSheet !== undefined)
      throw new CoopsecError(
        'BAD_INPUT',
        `${file} has its own "sources"; drop --sources or the sheet`,
        {
          details: [{ field: '--sources', message: 'given twice' }],
        },
      );
    const csvSheet =
      opts.sources === undefined
        ? undefined
        : sourceSheet(await readUtf8File(opts.sources), opts.sources);
    await withStore(options, async (store) => {
      const progress = startProgress('import', options);
      let result;
      try {
        result = await importAssessments(store, {
          rows,
          ...numbering,
          ...(csvSheet === undefined
            ? jsonSheet === undefined
              ? {}
              : { sources: jsonSheet }
            : { sources: csvSheet.rows, sourceRowNumbers: csvSheet.rowNumbers }),
          replace: opts.replace === true,
          replaceSources: opts.replaceSources === true,
          onProgress: (d, t) => progress.update(d, t),
        });
      } finally {
        progress.stop();
      }
      if (options.json === true) printJson(result);
      else
        process.stdout.write(
          `Imported ${result.imported} assessment(s) for ${result.countries.join(', ') || 'no country'}` +
            (result.sourcesAdded.length === 0
              ? '.\n'
              : `, with source(s) ${result.sourcesAdded.join(', ')}.\n`),
        );
    });
  },
);

export const exportAction = action(
  async (opts: { country?: string; format: string; out?: string }, command: CommandLike) => {
    const options = globalOptions(command);
    const format = formatOf(opts.out ?? '', opts.format);
    const { resolveCountry } = await import('@coopsec/model');
    const country = opts.country === undefined ? undefined : resolveCountry(opts.country).alpha3;
    const rows = await withStore(options, (store) =>
      new AssessmentRepository(store).list(country === undefined ? {} : { country }),
    );
    const text =
      format === 'csv'
        ? toCsv(rows)
        : `${JSON.stringify({ assessments: rows.map(toJsonRow) }, null, 2)}\n`;
    if (opts.out === undefined) process.stdout.write(text);
    else {
      await writeAtomically(opts.out, text);
      if (options.json === true) printJson({ exported: rows.length, file: opts.out });
      else process.stderr.write(`Exported ${rows.length} assessment(s) to ${opts.out}.\n`);
    }
  },
);
