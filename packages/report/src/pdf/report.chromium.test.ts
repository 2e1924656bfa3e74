/**
 * Chromium tests of the report (suite `chromium`: `node scripts/test.mjs --suite chromium
 * packages/report`). Opens the HTML in Debian's Chromium with every non-data: request aborted
 * and recorded, checks every section is visible with no console error and no network request,
 * saves a screenshot of each viewport-high slice to test-artifacts/screenshots/report/, renders
 * the PDF, checks its text with pdftotext and saves each PDF page as PNG with pdftoppm.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { KGZ_PAPER_ASSESSMENTS } from '@coopsec/model';
import type { Browser } from 'playwright-core';
import { buildReportInput } from '../build-input.ts';
import { renderReportHtml, SECTION_IDS } from '../render.ts';
import { MEASURED_KGZ } from '../testing/measured.ts';
import { isolatedPage, launchChromium } from './browser.ts';
import { renderReportPdf } from './render-pdf.ts';
import { openPdfRenderer } from './renderer.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const shots = join(root, 'test-artifacts', 'screenshots', 'report');
const artifacts = join(root, 'test-artifacts', 'report');
const VIEWPORT = { width: 900, height: 1270 } as const;

describe('report in Chromium', { timeout: 240_000 }, () => {
  let browser: Browser;
  let html: string;

  before(async () => {
    const plan: unknown = JSON.parse(
      readFileSync(new URL('../../test-fixtures/plan.json', import.meta.url), 'utf8'),
    );
    const input = await buildReportInput('KGZ', {
      assessments: KGZ_PAPER_ASSESSMENTS,
      plan,
      measuredCooperation: MEASURED_KGZ,
    });
    html = renderReportHtml(input);
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'report.html'), html);
    browser = await launchChromium();
  });

  after(async () => {
    await browser.close();
  });

  it('shows every section with no console error and no network request', async () => {
    const { page, blocked } = await isolatedPage(browser);
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (req) => {
      if (!req.url().startsWith('data:')) errors.push(`request failed: ${req.url()}`);
    });
    await page.setViewportSize(VIEWPORT);
    await page.setContent(html, { waitUntil: 'load' });
    for (const id of SECTION_IDS) {
      const section = page.locator(`#sec-${id}`);
      assert.ok(await section.isVisible(), `section ${id} visible`);
      const box = await section.boundingBox();
      assert.ok(box !== null && box.height > 20 && box.width > 300, `section ${id} has a size`);
    }
    for (const id of ['figure1', 'figure2', 'regional']) {
      const svg = page.locator(`#fig-${id} svg`).first();
      assert.ok(await svg.isVisible(), `chart ${id} visible`);
      const box = await svg.boundingBox();
      assert.ok(box !== null && box.height > 150, `chart ${id} drawn at size`);
    }
    assert.deepEqual(blocked, [], 'no request left the page');
    assert.deepEqual(errors, [], 'no console error');

    // One screenshot per viewport-high slice of the page.
    const height = (await page.locator('html').boundingBox())?.height ?? VIEWPORT.height;
    const pages = Math.ceil(height / VIEWPORT.height);
    for (let i = 0; i < pages; i++) {
      const y = i * VIEWPORT.height;
      await page.screenshot({
        path: join(shots, `html-page-${String(i + 1).padStart(2, '0')}.png`),
        fullPage: true,
        clip: { x: 0, y, width: VIEWPORT.width, height: Math.min(VIEWPORT.height, height - y) },
      });
    }
    assert.ok(readdirSync(shots).filter((f) => f.startsWith('html-page-')).length === pages);
    await page.context().close();
  });

  it('renders a PDF whose text holds every section and the key numbers', async () => {
    const pdf = await renderReportPdf(html);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const file = join(artifacts, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Summary',
      'Figure 1',
      'Figure 2',
      'Table 1',
      'Table 2',
      'Regional comparison',
      'International cooperation measured',
      'Claims audit',
      'Scenario',
      'Gaps and recommendations',
      'Appendix A',
      'Appendix B',
      'Sources',
      'TLP:CLEAR',
    ]) {
      assert.ok(text.includes(heading), `PDF text has "${heading}"`);
    }
    for (const value of [
      '55',
      '78',
      '82',
      '70',
      '66.5',
      'estimated',
      'does not hold',
      'scale changes here',
      'simulated',
      'MEASURED',
      'No URL or DOI recorded in the source data.',
    ]) {
      assert.ok(text.includes(value), `PDF text has "${value}"`);
    }
    assert.doesNotMatch(text, /yearsWithData|claimedOnEditionScale|rankFromLowest/);
    assert.doesNotMatch(text, /Source\s+Source/);
    // The claims audit is one table, not a page per claim: it starts and ends within 3 pages.
    const pages = text.split('\f');
    const start = pages.findIndex((p) => /^Claims audit$/m.test(p));
    const end = pages.findIndex((p) => /^Scenario$/m.test(p));
    assert.ok(
      start >= 0 && end >= start && end - start <= 3,
      `claims audit on pages ${start + 1}–${end + 1}`,
    );
    execFileSync('pdftoppm', ['-png', '-r', '70', file, join(shots, 'pdf-page')]);
    const pngs = readdirSync(shots).filter((f) => f.startsWith('pdf-page'));
    assert.ok(pngs.length >= 3, `PDF has several pages (${pngs.length})`);
  });

  it('prints several reports with one running Chromium', async () => {
    await using renderer = await openPdfRenderer();
    const first = await renderer.render(html);
    const second = await renderer.render(html);
    assert.equal(first.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(
      Math.abs(first.length - second.length) < first.length * 0.05,
      'same report, same size',
    );
  });
});
