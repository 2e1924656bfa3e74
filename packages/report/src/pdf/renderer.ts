/**
 * @module pdf/renderer
 * A long-lived PDF renderer for servers: Chromium is started once and each report is printed in
 * a fresh isolated context, so that a download costs the print, not the browser's start (which
 * dominates `renderReportPdf` on a small machine: see bench/RESULTS.md, "Reports").
 *
 * @example
 * await using pdfs = await openPdfRenderer({ chromiumPath: '/usr/bin/chromium' });
 * const pdf = await pdfs.render(renderReportHtml(input));
 */
import { isolatedPage, launchChromium } from './browser.ts';
import { printOptions } from './print-options.ts';

export interface PdfRenderer extends AsyncDisposable {
  /** `marking`: a TLP label for the header and footer of every page (the case report's). */
  render(html: string, options?: { marking?: string }): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openPdfRenderer(
  options: { chromiumPath?: string } = {},
): Promise<PdfRenderer> {
  const browser = await launchChromium(options.chromiumPath);
  const close = async (): Promise<void> => {
    await browser.close();
  };
  return {
    async render(html: string, options: { marking?: string } = {}): Promise<Buffer> {
      const { page } = await isolatedPage(browser);
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(printOptions(options.marking));
      } finally {
        await page.context().close();
      }
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
