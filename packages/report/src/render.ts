/**
 * @module render
 * `renderReportHtml`: the whole report as one self-contained HTML string (inline CSS and SVG,
 * no script, no external resource). Synchronous and pure: everything it needs is in the input.
 */
import { messagesFor, type Messages } from './i18n/messages.ts';
import { makeContext } from './html/context.ts';
import { documentHtml } from './html/document.ts';
import type { ReportInput } from './input.ts';
import { renderClaims, renderClaimsAppendix } from './sections/claims.ts';
import { renderFigure1 } from './sections/figure1.ts';
import { renderFigure2 } from './sections/figure2.ts';
import { renderGaps } from './sections/gaps.ts';
import { renderMeasured } from './sections/measured.ts';
import { renderRegional } from './sections/regional.ts';
import { renderScenario, renderScenarioAppendix } from './sections/scenario.ts';
import { renderSources } from './sections/sources.ts';
import { renderSummary } from './sections/summary.ts';
import { renderTable1 } from './sections/table1.ts';
import { renderCoverage, renderTable2 } from './sections/table2.ts';

/** Section ids in report order; the sources section is always last. The two scenario
 * sections are left out (and out of the contents) when the input has no scenario, the measured
 * cooperation when the input has no measured part. */
export const SECTION_IDS = [
  'summary',
  'figure1',
  'figure2',
  'table1',
  'table2',
  'coverage',
  'regional',
  'measured',
  'claims',
  'scenario',
  'gaps',
  'appendix-claims',
  'appendix-scenario',
  'sources',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * @example
 * const input = await buildReportInput('KGZ', { assessments: KGZ_PAPER_ASSESSMENTS });
 * writeFileSync('report.html', renderReportHtml(input));
 */
export function renderReportHtml(
  input: ReportInput,
  options: { messages?: Messages } = {},
): string {
  const m = options.messages ?? messagesFor(input.lang);
  const ctx = makeContext(m, input.sources);
  const renderers: readonly [SectionId, string, () => string][] = [
    ['summary', m.sections.summary, () => renderSummary(ctx, input)],
    ['figure1', m.sections.figure1, () => renderFigure1(ctx, input)],
    ['figure2', m.sections.figure2, () => renderFigure2(ctx, input)],
    ['table1', m.sections.table1, () => renderTable1(ctx, input)],
    ['table2', m.sections.table2, () => renderTable2(ctx, input)],
    ['coverage', m.sections.coverage, () => renderCoverage(ctx, input)],
    ['regional', m.sections.regional, () => renderRegional(ctx, input)],
    ['measured', m.sections.measured, () => renderMeasured(ctx, input)],
    ['claims', m.sections.claims, () => renderClaims(ctx, input)],
    ['scenario', m.sections.scenario, () => renderScenario(ctx, input)],
    ['gaps', m.sections.gaps, () => renderGaps(ctx, input)],
    ['appendix-claims', m.sections.appendixClaims, () => renderClaimsAppendix(ctx, input)],
    ['appendix-scenario', m.sections.appendixScenario, () => renderScenarioAppendix(ctx, input)],
  ];
  // A renderer returns '' for a section the input leaves out (no scenario): it is not in the
  // contents either.
  const sections = renderers
    .map(([id, title, render]) => ({ id, title, html: render() }))
    .filter((s) => s.html !== '');
  // Sources last: it lists exactly the sources the sections above cited.
  sections.push({ id: 'sources', title: m.sections.sources, html: renderSources(ctx) });
  return documentHtml(ctx, input, sections);
}
