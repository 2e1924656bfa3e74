/**
 * Report speed (A8): the HTML report of the Kyrgyz Republic (goal < 1 s) and its PDF (goal
 * < 5 s including Chromium's start), each beside a baseline measured in the same run, written
 * to bench/RESULTS.md under "Reports".
 *
 *   node --import tsx bench/report.bench.ts [--runs 5]
 *
 * - HTML: `buildReportInput` (model computations, elkjs layout) + `renderReportHtml` (ECharts
 *   SSR charts, sections); baseline: a plain template-string render of the same tables from
 *   the same input, without charts or links. First (cold) run reported apart from the median.
 * - PDF: `renderReportPdf` of that HTML (Chromium launch, page, print, close); baseline:
 *   Chromium launch + an empty page's PDF with the same flags.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { KGZ_PAPER_ASSESSMENTS } from '@coopsec/model';
import { format, resolveConfig } from 'prettier';
import {
  buildReportInput,
  openPdfRenderer,
  renderReportHtml,
  renderReportPdf,
  type ReportInput,
} from '@coopsec/report';

const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 5;
const root = join(import.meta.dirname, '..');

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** The baseline: the same tables as plain HTML, no charts, no source links, no layout. */
function plainHtml(input: ReportInput): string {
  const e = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = (cells: readonly (readonly (string | number)[])[]): string =>
    cells.map((r) => `<tr>${r.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`).join('');
  const parts: string[] = [`<h1>${e(input.country.name)}</h1>`];
  if (input.dynamics.available) {
    const d = input.dynamics.data;
    parts.push(
      `<table>${rows(d.changes.map((c) => [c.component, c.fromScore, c.toScore, c.absolute, c.relative ?? '', c.cagr ?? '']))}</table>`,
    );
    parts.push(
      `<table>${rows(d.series.flatMap((s) => s.points.map((p) => [s.component, p.year, p.score, p.kind])))}</table>`,
    );
  }
  if (input.table1.available)
    parts.push(
      `<table>${rows(input.table1.data.rows.map((r) => [r.trend, r.challenge, r.response]))}</table>`,
    );
  if (input.table2.available)
    parts.push(
      `<table>${rows(input.table2.data.rows.map((r) => [r.act, r.isoDomains.join('; '), r.csfFunctions.join(', '), r.gaps, r.priorities]))}</table>`,
    );
  if (input.regional.available)
    parts.push(
      `<table>${rows(input.regional.data.editions.flatMap((ed) => ed.rows.map((r) => [ed.edition, r.name, r.score, r.rank ?? r.tier ?? ''])))}</table>`,
    );
  if (input.claims.available)
    parts.push(
      `<table>${rows(input.claims.data.claims.map((c) => [c.quote, c.verdict, c.reading ?? '']))}</table>`,
    );
  if (input.modelGraph.available)
    parts.push(
      `<table>${rows(input.modelGraph.data.edges.map((x) => [x.from, x.type, x.to]))}</table>`,
    );
  return `<!DOCTYPE html><html><body>${parts.join('\n')}</body></html>`;
}

const data = { assessments: KGZ_PAPER_ASSESSMENTS, generatedAt: '2026-01-01T00:00:00.000Z' };

// HTML
let html = '';
let input: ReportInput | undefined;
const cold = await time(async () => {
  input = await buildReportInput('KGZ', data);
  html = renderReportHtml(input);
});
const htmlRuns: number[] = [];
const buildRuns: number[] = [];
const renderRuns: number[] = [];
const baseRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let built: ReportInput | undefined;
  const b = await time(async () => {
    built = await buildReportInput('KGZ', data);
  });
  const r = await time(() => {
    if (built !== undefined) html = renderReportHtml(built);
  });
  buildRuns.push(b);
  renderRuns.push(r);
  htmlRuns.push(b + r);
  baseRuns.push(await time(() => (input === undefined ? '' : plainHtml(input))));
}
const htmlMedian = median(htmlRuns);
const baseMedian = median(baseRuns);
console.log(
  `HTML: median ${ms(htmlMedian)} (build ${ms(median(buildRuns))}, render ${ms(median(renderRuns))}); cold ${ms(cold)}; baseline ${ms(baseMedian)}`,
);

// PDF
const pdfRuns: number[] = [];
const emptyRuns: number[] = [];
let pdfBytes = 0;
const pdfRunsN = Math.max(3, Math.min(RUNS, 5));
for (let i = 0; i < pdfRunsN; i++) {
  emptyRuns.push(await time(() => renderReportPdf('<!DOCTYPE html><html><body></body></html>')));
  pdfRuns.push(
    await time(async () => {
      pdfBytes = (await renderReportPdf(html)).length;
    }),
  );
}
// A long-lived renderer (Chromium already running), as a server would keep one.
const warmRuns: number[] = [];
const warmEmptyRuns: number[] = [];
{
  await using renderer = await openPdfRenderer();
  await renderer.render(html);
  for (let i = 0; i < pdfRunsN; i++) {
    warmEmptyRuns.push(
      await time(() => renderer.render('<!DOCTYPE html><html><body></body></html>')),
    );
    warmRuns.push(await time(() => renderer.render(html)));
  }
}
const warmMedian = median(warmRuns);
const warmEmptyMedian = median(warmEmptyRuns);
console.log(
  `PDF with a running Chromium: median ${ms(warmMedian)}; empty page ${ms(warmEmptyMedian)}`,
);
const pdfMedian = median(pdfRuns);
const emptyMedian = median(emptyRuns);
console.log(
  `PDF: median ${ms(pdfMedian)} (${Math.round(pdfBytes / 1024)} KiB); empty-page baseline ${ms(emptyMedian)}`,
);

// RESULTS.md, section "Reports" only
const cpu = cpus()[0]?.model ?? 'unknown';
const nproc = execSync('nproc', { encoding: 'utf8' }).trim();
const lines = [
  '## Reports',
  '',
  `\`node --import tsx bench/report.bench.ts\` — ${new Date().toISOString().slice(0, 10)}, ${nproc} cores (\`nproc\`), ${cpu}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1) ?? '?'} at the end (shared machine); Debian Chromium through playwright-core. Medians of ${RUNS} HTML runs and ${pdfRunsN} PDF runs after one cold run; baselines measured in the same run.`,
  '',
  '| what | time | goal | baseline | ratio |',
  '| --- | --- | --- | --- | --- |',
  `| HTML report, Kyrgyz Republic (build input + render; ${Math.round(Buffer.byteLength(html) / 1024)} KiB) | ${ms(htmlMedian)} | < 1 s ${htmlMedian < 1000 ? '✓' : '✗'} | plain template-string tables, no charts: ${ms(baseMedian)} | ${(htmlMedian / baseMedian).toFixed(0)}× |`,
  `| — of which build input (model + elkjs layout) / render (ECharts SSR + sections) | ${ms(median(buildRuns))} / ${ms(median(renderRuns))} | | | |`,
  `| — first (cold) run in a fresh process, incl. module warm-up | ${ms(cold)} | | | |`,
  `| PDF of that report (Chromium start, page, print, close; ${Math.round(pdfBytes / 1024)} KiB) | ${ms(pdfMedian)} | < 5 s ${pdfMedian < 5000 ? '✓' : '✗'} | Chromium start + empty page PDF: ${ms(emptyMedian)} | ${(pdfMedian / emptyMedian).toFixed(2)}× |`,
  `| PDF of that report with Chromium already running (\`openPdfRenderer\`, as a server keeps it) | ${ms(warmMedian)} | < 5 s ${warmMedian < 5000 ? '✓' : '✗'} | empty page, same renderer: ${ms(warmEmptyMedian)} | ${(warmMedian / warmEmptyMedian).toFixed(2)}× |`,
  '',
  'The PDF time is dominated by starting Chromium (the baseline); the report itself adds the difference. Timings on this shared 2-core machine vary with load.',
  '',
];
const file = join(root, 'bench', 'RESULTS.md');
// Only this section is formatted (as `prettier --check` expects); other sections stay untouched.
const section = await format(lines.join('\n'), {
  ...(await resolveConfig(file)),
  parser: 'markdown',
});
const existing = existsSync(file)
  ? readFileSync(file, 'utf8')
  : '# Benchmark results\n\nEach section belongs to one benchmark; edit only your own.\n';
const start = existing.indexOf('\n## Reports\n');
let updated: string;
if (start < 0) {
  updated = `${existing.replace(/\n*$/, '\n\n')}${section}`;
} else {
  const next = existing.indexOf('\n## ', start + 1);
  updated = `${existing.slice(0, start + 1)}${section}${next < 0 ? '' : existing.slice(next)}`;
}
writeFileSync(file, updated);
console.log('wrote bench/RESULTS.md section "Reports"');
