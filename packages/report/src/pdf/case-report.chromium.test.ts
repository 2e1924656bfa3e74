/**
 * Chromium test of the case report (suite `chromium`): prints the test case to PDF, checks with
 * pdftotext that the title and the TLP label (on every page, from the header/footer) are in its
 * text, and saves the HTML, the PDF and its first page as PNG to test-artifacts/case-report/.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { caseReportPdfMarking, renderCaseReportHtml } from '../case/render-case.ts';
import { TEST_CASE } from '../case/test-case.ts';
import { renderReportPdf } from './render-pdf.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const artifacts = join(root, 'test-artifacts', 'case-report');

describe('case report PDF in Chromium', { timeout: 120_000 }, () => {
  it('prints the case with its title and its TLP label on the page', async () => {
    mkdirSync(artifacts, { recursive: true });
    const html = renderCaseReportHtml(TEST_CASE, { lang: 'ru' });
    writeFileSync(join(artifacts, 'case-ru.html'), html);
    const pdf = await renderReportPdf(html, { marking: caseReportPdfMarking(TEST_CASE) });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const file = join(artifacts, 'case-ru.pdf');
    writeFileSync(file, pdf);
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(pdfText.replace(/\s+/g, ' '), /Отчёт по инциденту: Phishing wave <against banks>/);
    const pages = pdfText.split('\f').filter((p) => p.trim() !== '');
    assert.ok(pages.length >= 1);
    for (const page of pages) assert.ok(page.includes('TLP:AMBER+STRICT'), 'TLP label on page');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(artifacts, 'case-ru'),
    ]);
  });
});
