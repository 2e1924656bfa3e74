/**
 * @module pdf/render-pdf
 * `renderReportPdf(html)`: prints the self-contained HTML report to an A4 PDF with Chromium.
 * The page is isolated (no network, no script); the browser is always closed.
 */
import { isolatedPage, launchChromium } from './browser.ts';
import { printOptions } from './print-options.ts';

export { resolveChromiumPath } from './browser.ts';

export interface PdfOptions {
  /** Path of the Chromium binary; default COOPSEC_CHROMIUM, else /usr/bin/chromium. */
  readonly chromiumPath?: string;
  /** A TLP label printed in the header and footer of every page (the case report's). */
  readonly marking?: string;
}

/**
 * @example
 * const pdf = await renderReportPdf(renderReportHtml(input), { chromiumPath: '/usr/bin/chromium' });
 * writeFileSync('report.pdf', pdf);
 */
export async function renderReportPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  await using browser = await launchChromium(options.chromiumPath);
  const { page } = await isolatedPage(browser);
  await page.setContent(html, { waitUntil: 'load' });
  // `return await`: with `await using`, a bare `return page.pdf()` would close the browser
  // before printing finishes ("Printing failed").
  return await page.pdf(printOptions(options.marking));
}
