/**
 * @module report-renderer
 * The report renderer the server injects into the app's `buildReport`: @coopsec/report is
 * loaded on the first report request (it brings ECharts SSR, elkjs and playwright-core, which
 * the server need not load to start), and one Chromium is started on the first PDF and kept
 * for every later one; `close()` (called when the server closes) stops it. A Chromium that
 * failed to start is tried again on the next request.
 *
 * @example
 * const reports = serverReportRenderer();
 * app.addHook('onClose', () => reports.close());
 */
import type { CaseReportRenderer, ReportRenderer } from '@coopsec/app';
import type { PdfRenderer, ReportInput } from '@coopsec/report';

export interface ServerReportRenderer extends ReportRenderer<ReportInput>, CaseReportRenderer {
  close(): Promise<void>;
}

export function serverReportRenderer(
  options: { chromiumPath?: string } = {},
): ServerReportRenderer {
  const report = () => import('@coopsec/report');
  let loaded: Awaited<ReturnType<typeof report>> | undefined;
  let pdfs: Promise<PdfRenderer> | undefined;
  let closed = false;
  const loadedReport = async () => (loaded ??= await report());
  return {
    async buildInput(country, data) {
      return (await loadedReport()).buildReportInput(country, data);
    },
    renderHtml(input) {
      if (loaded === undefined) throw new TypeError('renderHtml before buildInput');
      return loaded.renderReportHtml(input);
    },
    async renderCase(incident, caseOptions) {
      const { renderCaseReportHtml, caseReportPdfMarking } = await loadedReport();
      return {
        html: renderCaseReportHtml(incident, caseOptions),
        marking: caseReportPdfMarking(incident),
      };
    },
    async renderPdf(html, pdfOptions = {}) {
      if (closed) throw new TypeError('the report renderer is closed');
      const { openPdfRenderer } = await loadedReport();
      pdfs ??= openPdfRenderer(
        options.chromiumPath === undefined ? {} : { chromiumPath: options.chromiumPath },
      );
      let renderer: PdfRenderer;
      try {
        renderer = await pdfs;
      } catch (error) {
        pdfs = undefined; // try again on the next request (e.g. Chromium installed since)
        throw error;
      }
      return renderer.render(html, pdfOptions);
    },
    async close() {
      closed = true;
      const pending = pdfs;
      pdfs = undefined;
      if (pending === undefined) return;
      try {
        await (await pending).close();
      } catch {
        // It never started: nothing to close.
      }
    },
  };
}
