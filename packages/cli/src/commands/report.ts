/**
 * @module commands/report
 * `coopsec report <country> --out report.html [--pdf report.pdf] [--plan plan.json]`: the
 * assessment report as one self-contained HTML file and, on request, a PDF of it (Debian's
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
import {
  CoopsecError,
  GCI_RECORDS,
  KGZ_PAPER_ASSESSMENTS,
  resolveCountry,
  type Assessment,
  type ClaimRecord,
  type GciRecord,
  type Source,
} from '@coopsec/model';
import {
  buildReportInput,
  renderReportHtml,
  renderReportPdf,
  type TlpLabel,
} from '@coopsec/report';
import { AssessmentRepository, ClaimRepository, GciRepository } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { readUtf8File } from '../formats/text-file.ts';
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

interface LoadedData {
  readonly assessments: readonly Assessment[];
  readonly gci: readonly GciRecord[];
  readonly sources: readonly Source[];
  /** Stored claims about this country (the paper's regional ones too for KGZ); absent: the bundled ones. */
  readonly claims?: readonly ClaimRecord[];
  readonly origin: 'store' | 'bundled';
}

async function loadData(command: CommandLike, alpha3: string): Promise<LoadedData> {
  const options = globalOptions(command);
  const stored = await withStore(options, async (store) => {
    const assessments = new AssessmentRepository(store);
    return {
      assessments: await assessments.list(),
      sources: await assessments.listSources(),
      gci: await new GciRepository(store).list(),
      claims: await new ClaimRepository(store).list(),
    };
  });
  if (stored.assessments.some((a) => a.country === alpha3)) {
    const claims = stored.claims
      .filter(
        (c) =>
          (c.spec as ClaimRecord).claim.country === alpha3 ||
          (alpha3 === 'KGZ' && c.source === 'paper'),
      )
      .map((c) => c.spec as ClaimRecord);
    return {
      assessments: stored.assessments,
      sources: stored.sources,
      gci: stored.gci.length > 0 ? stored.gci : GCI_RECORDS,
      ...(claims.length > 0 ? { claims } : {}),
      origin: 'store',
    };
  }
  return {
    assessments: KGZ_PAPER_ASSESSMENTS,
    gci: GCI_RECORDS,
    sources: stored.sources,
    origin: 'bundled',
  };
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
    const data = await loadData(command, country.alpha3);
    const { origin: _origin, ...reportData } = data;
    const input = await buildReportInput(country.alpha3, {
      ...reportData,
      tlp,
      ...(plan === undefined ? {} : { plan }),
    });
    const html = renderReportHtml(input);
    // Render the PDF before writing anything, so that a missing Chromium leaves no files.
    const pdf = opts.pdf === undefined ? undefined : await renderReportPdf(html);
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
    if (json) {
      printJson({
        country: country.alpha3,
        data: data.origin,
        html: resolve(opts.out),
        pdf: opts.pdf === undefined ? null : resolve(opts.pdf),
        bytes: { html: Buffer.byteLength(html), pdf: pdf?.length ?? null },
        sections,
      });
    } else {
      if (data.origin === 'bundled')
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
