/**
 * Chromium test of the report in Russian (suite `chromium`). The PDF is printed by a Chromium
 * started with a fontconfig that knows no font at all (the same HTML without its @font-face
 * prints no text there), so whatever Cyrillic the PDF shows comes from the DejaVu Sans the
 * report embeds (html/fonts.ts), as on a host with no Cyrillic font installed.
 * The PDF's text, extracted with pdftotext, must hold the Russian section titles, Russian
 * numbers and the untranslated TLP label; pdffonts must list the embedded DejaVu Sans and no
 * font that is not embedded. Saves the HTML screenshots and each PDF page (pdftoppm) to
 * test-artifacts/screenshots/report-ru/.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { KGZ_PAPER_ASSESSMENTS } from '@coopsec/model';
import type { Browser } from 'playwright-core';
import { buildReportInput } from '../build-input.ts';
import { renderReportHtml } from '../render.ts';
import { isolatedPage, launchChromium } from './browser.ts';
import { renderReportPdf } from './render-pdf.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const shots = join(root, 'test-artifacts', 'screenshots', 'report-ru');
const artifacts = join(root, 'test-artifacts', 'report');
const VIEWPORT = { width: 900, height: 1270 } as const;

const RUSSIAN_TITLES = [
  'Резюме',
  'Рисунок 1 — Динамика пяти компонентов',
  'Рисунок 2 — Модель',
  'Таблица 1',
  'Таблица 2',
  'Региональное сравнение',
  'Проверка утверждений',
  'Сценарий',
  'Пробелы и рекомендации',
  'Приложение A',
  'Приложение B',
  'Источники',
];

describe(
  'report in Russian, in Chromium (the PDF with no system font)',
  { timeout: 240_000 },
  () => {
    const fontless = mkdtempSync(join(tmpdir(), 'coopsec-no-fonts-'));
    let html: string;
    let browser: Browser;

    before(async () => {
      // A fontconfig with no font folder, for the Chromium that prints the PDF.
      writeFileSync(
        join(fontless, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>${fontless}/cache</cachedir></fontconfig>\n`,
      );
      const input = await buildReportInput('KGZ', {
        assessments: KGZ_PAPER_ASSESSMENTS,
        lang: 'ru',
        tlp: 'TLP:AMBER',
      });
      html = renderReportHtml(input);
      rmSync(shots, { recursive: true, force: true });
      mkdirSync(shots, { recursive: true });
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(join(artifacts, 'report-ru.html'), html);
      browser = await launchChromium();
    });

    after(async () => {
      await browser.close();
      rmSync(fontless, { recursive: true, force: true });
    });

    it('shows the Russian report with no network request (screenshots)', async () => {
      const { page, blocked } = await isolatedPage(browser);
      await page.setViewportSize(VIEWPORT);
      await page.setContent(html, { waitUntil: 'load' });
      assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
      assert.equal(await page.locator('#sec-summary h2').textContent(), 'Резюме');
      assert.deepEqual(blocked, [], 'no request left the page');
      const height = (await page.locator('html').boundingBox())?.height ?? VIEWPORT.height;
      const pages = Math.min(Math.ceil(height / VIEWPORT.height), 40);
      for (let i = 0; i < pages; i++) {
        const y = i * VIEWPORT.height;
        await page.screenshot({
          path: join(shots, `html-page-${String(i + 1).padStart(2, '0')}.png`),
          fullPage: true,
          clip: { x: 0, y, width: VIEWPORT.width, height: Math.min(VIEWPORT.height, height - y) },
        });
      }
      await page.context().close();
    });

    it('prints a PDF whose extracted text is Russian, with the fonts embedded', async () => {
      // Chromium takes the environment when it starts: this one sees no installed font.
      process.env.FONTCONFIG_FILE = join(fontless, 'fonts.conf');
      let pdf: Buffer;
      try {
        pdf = await renderReportPdf(html);
      } finally {
        delete process.env.FONTCONFIG_FILE;
      }
      const file = join(artifacts, 'report-ru.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const title of RUSSIAN_TITLES)
        assert.ok(text.includes(title), `PDF text has "${title}"`);
      assert.ok(text.includes('Оценка информационной безопасности'), 'title in Russian');
      assert.ok(text.includes('TLP:AMBER'), 'TLP label as written');
      assert.ok(text.includes('ISO/IEC 27001'), 'standard identifiers as written');
      assert.match(text, /\d+,\d/, 'decimal comma');
      // No replacement boxes or question marks where Cyrillic should be.
      assert.doesNotMatch(text, /\uFFFD/);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '');
      assert.ok(fonts.length > 0, 'the PDF lists its fonts');
      assert.ok(
        fonts.some((line) => /DejaVuSans/.test(line)),
        `DejaVu Sans in the PDF: ${fonts.join(' | ')}`,
      );
      // Columns: name type encoding emb sub uni object ID; "emb" must be yes for every font.
      const notEmbedded = fonts.filter(
        (line) => !/\s(?:yes)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.test(line),
      );
      assert.deepEqual(notEmbedded, [], 'every font embedded');
      execFileSync('pdftoppm', ['-png', '-r', '70', file, join(shots, 'pdf-page')]);
      assert.ok(readdirSync(shots).filter((f) => f.startsWith('pdf-page')).length >= 3);
    });
  },
);
