/**
 * @module commands/report
 * `coopsec report <country> --out report.html [--pdf report.pdf] [--plan plan.json] [--lang ru]`:
 * the assessment report as one self-contained HTML file and, on request, a PDF of it (Debian's
 * Chromium: COOPSEC_CHROMIUM or /usr/bin/chromium).
 *
 * Data comes from the store when it holds assessments for the country, else from the dataset
 * bundled with @coopsec/model. Everything is rendered before anything is written, and each file
 * is written to a temporary file in its own folder and renamed into place, so that a failure
 * (bad plan, Chromium missing, unwritable folder) never leaves a half-written report.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildReport, nodeCountryFromEnv } from '@coopsec/app';
import { CoopsecError, resolveCountry } from '@coopsec/model';
import {
  buildReportInput,
  renderReportHtml,
  renderReportPdf,
  type ReportInput,
  type TlpLabel,
} from '@coopsec/report';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { readUtf8File } from '../formats/text-file.ts';
import { cliLanguage } from '../language.ts';
import { action, printJson } from '../output.ts';

interface ReportOptions {
  out: string;
  pdf?: string;
  plan?: string;
  tlp?: string;
}

const TLP_LABELS: readonly TlpLabel[] = [
  'TLP:CLEAR',
  'TLP:GREEN',
  'TLP:AMBER',
  'TLP:AMBER+STRICT',
  'TLP:RED',
];

function parseTlp(text: string | undefined): TlpLabel {
  if (text === undefined) return 'TLP:CLEAR';
  const label = TLP_LABELS.find(
    (l) => l === text.toUpperCase() || l === `TLP:${text.toUpperCase()}`,
  );
  if (label === undefined) {
    throw new CoopsecError(
      'BAD_INPUT',
      `--tlp must be one of ${TLP_LABELS.join(', ')} (got "${text}")`,
      { details: [{ field: '--tlp', message: text }] },
    );
  }
  return label;
}

/** Refuses, before any work, an output path whose folder is missing or not writable. */
export function checkWritable(path: string, option: string): void {
  const full = resolve(path);
  const folder = dirname(full);
  let reason: string | undefined;
  try {
    if (!statSync(folder).isDirectory()) reason = `${folder} is not a folder`;
    else accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason =
      code === 'ENOENT'
        ? `folder ${folder} does not exist`
        : code === 'EACCES' || code === 'EPERM'
          ? `folder ${folder} is not writable`
          : (error as Error).message;
  }
  if (reason === undefined) {
    try {
      if (statSync(full).isDirectory()) reason = `${full} is a folder`;
    } catch {
      // Does not exist yet: fine.
    }
  }
  if (reason !== undefined) {
    throw new CoopsecError('BAD_INPUT', `cannot write ${option} ${path}: ${reason}`, {
      details: [{ field: option, message: reason }],
    });
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename. */
export function writeAtomically(path: string, data: string | Buffer, option: string): void {
  const full = resolve(path);
  const temp = join(
    dirname(full),
    `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temp, data, { flag: 'wx', mode: 0o644 });
    renameSync(temp, full);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CoopsecError(
      'BAD_INPUT',
      `cannot write ${option} ${path}: ${(error as Error).message}`,
      { details: [{ field: option, message: (error as Error).message }], cause: error },
    );
  }
}

export const reportAction = action(
  async (code: string, opts: ReportOptions, command: CommandLike) => {
    const json = globalOptions(command).json === true;
    const country = resolveCountry(code);
    const tlp = parseTlp(opts.tlp);
    checkWritable(opts.out, '--out');
    if (opts.pdf !== undefined) checkWritable(opts.pdf, '--pdf');
    let plan: unknown;
    if (opts.plan !== undefined) {
      const text = await readUtf8File(opts.plan);
      try {
        plan = JSON.parse(text);
      } catch (error) {
        throw new CoopsecError(
          'BAD_INPUT',
          `--plan ${opts.plan} is not JSON: ${(error as Error).message}`,
          { details: [{ field: '--plan', message: (error as Error).message }] },
        );
      }
    }
    // One Chromium for one PDF: the CLI prints once and exits (the server keeps one running).
    const report = await withStore(globalOptions(command), (store) =>
      buildReport<ReportInput>(
        store,
        {
          country: country.alpha3,
          format: opts.pdf === undefined ? 'html' : 'pdf',
          tlp,
          lang: cliLanguage(command),
          langField: '--lang',
          // The same setting `coopsec serve` and `coopsec assess` read.
          nodeCountry: nodeCountryFromEnv(process.env),
          ...(plan === undefined ? {} : { plan }),
        },
        { buildInput: buildReportInput, renderHtml: renderReportHtml, renderPdf: renderReportPdf },
      ),
    );
    const { html, pdf, input } = report;
    // The PDF was rendered before anything is written, so that a missing Chromium leaves no files.
    writeAtomically(opts.out, html, '--out');
    if (opts.pdf !== undefined && pdf !== undefined) writeAtomically(opts.pdf, pdf, '--pdf');
    const sections = Object.fromEntries(
      (
        [
          'dynamics',
          'modelGraph',
          'table1',
          'table2',
          'coverage',
          'regional',
          'claims',
          'gaps',
        ] as const
      ).map((k) => [k, input[k].available]),
    );
    if (input.measured !== undefined) sections.measured = input.measured.available;
    if (json) {
      printJson({
        country: country.alpha3,
        lang: report.lang,
        data: report.origin,
        html: resolve(opts.out),
        pdf: opts.pdf === undefined ? null : resolve(opts.pdf),
        bytes: { html: Buffer.byteLength(html), pdf: pdf?.length ?? null },
        sections,
      });
    } else {
      if (report.origin === 'bundled')
        process.stderr.write(
          `coopsec: no stored assessments for ${country.alpha3}; using the dataset bundled with coopsec\n`,
        );
      process.stdout.write(
        `wrote ${opts.out} (${Math.round(Buffer.byteLength(html) / 1024)} KiB)\n`,
      );
      if (opts.pdf !== undefined && pdf !== undefined)
        process.stdout.write(`wrote ${opts.pdf} (${Math.round(pdf.length / 1024)} KiB)\n`);
      const missing = Object.entries(sections)
        .filter(([, ok]) => !ok)
        .map(([k]) => k);
      if (missing.length > 0)
        process.stdout.write(`not available in this build: ${missing.join(', ')}\n`);
    }
  },
);
