/**
 * @module output
 * How commands talk to people and scripts: `--json` prints exactly one JSON document on
 * stdout; otherwise tables and text. Errors go to stderr, never as a stack trace for a user
 * error (issue: the CLI never prints a stack trace for a user error).
 */
import { CoopsecError, describeDetail, toCoopsecError } from '@coopsec/model';
import { translator } from '@coopsec/i18n';
import { exitCodeFor } from './exit-codes.ts';
import { errorLanguage } from './language.ts';
import { globalOptions, type CommandLike } from './options.ts';

export interface OutputOptions {
  readonly json?: boolean;
  /** `--lang` as given; the error's words follow it (see language.ts). */
  readonly lang?: string;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints `value` as JSON with --json, else `text` for a person. */
export function show(command: CommandLike, value: unknown, text: string): void {
  if (globalOptions(command).json === true) printJson(value);
  else process.stdout.write(`${text}\n`);
}

/** Renders rows as an aligned text table; numbers right-aligned. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const cells = rows.map((row) =>
    row.map((cell) =>
      cell === undefined || cell === null
        ? '—'
        : typeof cell === 'object'
          ? JSON.stringify(cell)
          : String(cell as string | number | boolean),
    ),
  );
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)),
  );
  const numeric = headers.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every((r) => typeof r[i] === 'number' || r[i] === undefined || r[i] === null),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join(
    '\n',
  );
}

/** Prints an error for a person (or as JSON with --json) and returns the exit code to use. */
export function reportError(error: unknown, options: OutputOptions = {}): number {
  const appError = toCoopsecError(error);
  if (options.json === true) {
    process.stdout.write(
      `${JSON.stringify({ error: { code: appError.code, message: appError.message, details: appError.details } }, null, 2)}\n`,
    );
  } else {
    const lang = errorLanguage(options.lang);
    const { t } = translator(lang);
    // English keeps its one-line form; another language names the kind of error first, in
    // its words, since the message itself comes from the domain in English.
    const kind = lang === 'en' ? '' : `${t(`problem.${appError.code}`)}: `;
    process.stderr.write(`coopsec: ${kind}${appError.message}\n`);
    for (const detail of appError.details.slice(0, 50))
      process.stderr.write(`  - ${describeDetail(detail)}\n`);
    if (appError.details.length > 50)
      process.stderr.write(`  ${t('cli.error.more', { n: appError.details.length - 50 })}\n`);
    if (
      appError.code === 'INTERNAL' &&
      appError.cause instanceof Error &&
      process.env.COOPSEC_DEBUG
    ) {
      process.stderr.write(`${appError.cause.stack ?? ''}\n`);
    }
  }
  return exitCodeFor(appError.code);
}

/** Wraps a command action: runs it, maps thrown errors to messages and exit codes. */
export function action<TArgs extends unknown[]>(
  run: (...args: TArgs) => Promise<number | void> | number | void,
): (...args: TArgs) => Promise<void> {
  return async (...args: TArgs) => {
    const last = args.findLast((a) => typeof a === 'object' && a !== null && !Array.isArray(a)) as
      { json?: boolean; optsWithGlobals?: () => OutputOptions } | undefined;
    const globals = typeof last?.optsWithGlobals === 'function' ? last.optsWithGlobals() : {};
    try {
      const code = await run(...args);
      process.exitCode = typeof code === 'number' ? code : 0;
    } catch (error) {
      const json = last?.json ?? globals.json;
      process.exitCode = reportError(error, {
        json: json === true,
        ...(typeof globals.lang === 'string' ? { lang: globals.lang } : {}),
      });
    }
  };
}

export { CoopsecError };
