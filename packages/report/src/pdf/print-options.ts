/**
 * @module pdf/print-options
 * Chromium's print options for every report: A4 with the stylesheet's page size. With a
 * `marking` (a TLP label) each page also carries it in its header and footer, as TLP 2.0 asks
 * of a marked document; it sits in the 14 mm page margin of the stylesheet.
 */
import type { Page } from 'playwright-core';
import { esc } from '../html/escape.ts';

type PdfParams = NonNullable<Parameters<Page['pdf']>[0]>;

export function printOptions(marking?: string): PdfParams {
  const base: PdfParams = { format: 'A4', printBackground: true, preferCSSPageSize: true };
  if (marking === undefined) return base;
  const label = `<div style="width:100%;text-align:right;padding:0 12mm;font-size:9px;font-family:monospace;font-weight:bold">${esc(marking)}</div>`;
  return { ...base, displayHeaderFooter: true, headerTemplate: label, footerTemplate: label };
}
