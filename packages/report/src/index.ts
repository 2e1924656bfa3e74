/**
 * @module @coopsec/report
 * Assessment reports as one self-contained HTML file and as PDF (PRODUCT.md A8). The only
 * package that imports echarts (in `charts/`), elkjs (in `graph/`) and playwright-core (in
 * `pdf/`).
 *
 * @example
 * import { buildReportInput, renderReportHtml, renderReportPdf } from '@coopsec/report';
 * const input = await buildReportInput('KGZ', { assessments: KGZ_PAPER_ASSESSMENTS });
 * const html = renderReportHtml(input);
 * const pdf = await renderReportPdf(html, { chromiumPath: '/usr/bin/chromium' });
 */
export { buildReportInput, type ReportData } from './build-input.ts';
export type { MeasuredCooperationInput } from './build/measured.ts';
export { renderReportHtml, SECTION_IDS, type SectionId } from './render.ts';
export { renderReportPdf, resolveChromiumPath, type PdfOptions } from './pdf/render-pdf.ts';
export { openPdfRenderer, type PdfRenderer } from './pdf/renderer.ts';
export { renderCaseReportHtml, caseReportPdfMarking, tlpLabel } from './case/render-case.ts';
export type { CaseReportCase, CaseReportOptions } from './case/input.ts';
export { caseMessagesFor, type CaseMessages } from './i18n/case-messages.ts';
export { messagesFor, reportMessages, type Messages } from './i18n/messages.ts';
export { LANGUAGES, isLanguage, type Language } from '@coopsec/i18n';
export type * from './input.ts';
