/**
 * Assessing a country in the dashboard (issue 14 item 2), in Chromium against the real server:
 * a country without scores shows an empty state that says what to do (not a raw 404), the
 * analyst adds their own source, enters four scores and answers the questionnaire for the
 * fifth, sees the index, stages and weakest component update, saves, and the overview shows it.
 * Screenshots go to test-artifacts/screenshots/dashboard/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');

async function signIn(browser: Browser, base: string, key: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // Chromium logs every 4xx answer; the overview's 404 (no scores yet) and the 400s of the
    // bad input this test types on purpose are answers the page shows, not errors.
    if (m.type() === 'error' && !/status of (400|404)/.test(m.text())) errors.push(m.text());
  });
  await page.goto(base);
  await page.fill('input[name=apiKey]', key);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
  return { page, errors };
}

async function go(page: Page, hash: string, pageId: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForSelector(`main[data-page="${pageId}"]`);
}

void describe('assess a country in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
  });
  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  void it('enters, previews and saves Uzbekistan’s scores with the analyst’s own source', async () => {
    const { page, errors } = await signIn(browser, server.url, server.adminKey);
    await go(page, '#/overview/UZB', 'overview');
    const empty = page.locator('.empty-state');
    await empty.waitFor({ timeout: 20_000 });
    assert.match((await empty.textContent()) ?? '', /No scores are stored for Uzbekistan yet/);
    // 'main': the header has a select of its own now, the language switch.
    assert.equal(await page.locator('main select').first().inputValue(), 'UZB', 'selector agrees');
    assert.equal(await page.locator('.notice.error').count(), 0, 'no raw error');
    await page.click('.empty-state a');
    await page.waitForSelector('main[data-page="assess"] .empty-state');

    await page.fill('input[name=year]', '2025');
    await page.click('text=Add your own source');
    await page.fill('input[name=source-id]', 'uz-survey-2025');
    await page.fill('input[name=source-title]', 'National information-security survey 2025');
    await page.fill('input[name=source-url]', 'not a url');
    await page.click('text=Add source');
    await page.waitForSelector('.add-source .field-error');
    await page.fill('input[name=source-url]', 'https://example.org/uz-survey-2025');
    await page.fill('input[name=source-licence]', 'CC-BY-4.0');
    await page.click('text=Add source');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLSelectElement>('select[name=source]')?.value ===
        'uz-survey-2025',
    );

    for (const [component, score] of [
      ['infrastructure', '61'],
      ['regulatory', '72'],
      ['human-resources', '44'],
      ['cooperation', '58'],
    ] as const)
      await page.fill(`input[name=score-${component}]`, score);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=preview-index]')?.textContent === 'not computable',
    );
    const provisional = await page.textContent('.preview');
    assert.match(provisional ?? '', /provisional: Digital literacy missing/);

    await page.check('input[name=mode-digital-literacy][type=radio] >> nth=1');
    await page.selectOption('select[name=answer-dl-campaign]', '1');
    await page.fill('input[name=answer-evidence-dl-campaign]', 'https://example.org/campaign');
    await page.selectOption('select[name=answer-dl-school]', '0.5');
    // "partly" without evidence is refused beside the question, by the server's NCSI rule.
    await page.waitForFunction(() =>
      document
        .querySelector('[data-component=digital-literacy] .field-error')
        ?.textContent?.includes('evidence'),
    );
    await page.fill('input[name=answer-evidence-dl-school]', 'https://example.org/curriculum');
    // 2 + 0.5 of 5 points = 50; index (61 + 72 + 44 + 58 + 50) / 5 = 57.
    await page.waitForFunction(
      () => document.querySelector('[data-testid=preview-index]')?.textContent === '57.0',
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(await page.textContent('[data-testid=preview-weakest]'), 'Human resources');
    assert.match(
      (await page.textContent('.preview')) ?? '',
      /Digital literacy: 50\.0 — Established/,
    );
    await page.screenshot({ path: join(SHOTS, 'assess.png'), fullPage: true });

    await page.click('text=Save 5 scores');
    await page.waitForSelector('text=Saved 5 scores for 2025.');
    await page.click('text=Open the overview');
    await page.waitForSelector('main[data-page="overview"] .chart[data-rendered="true"]', {
      timeout: 20_000,
    });
    assert.equal(await page.locator('.empty-state').count(), 0);
    const rows = await server.api<{
      assessments: { component: string; score: number; sourceId: string }[];
    }>('GET', '/api/countries/UZB/assessments');
    assert.equal(rows.assessments.length, 5);
    assert.ok(rows.assessments.every((r) => r.sourceId === 'uz-survey-2025'));
    await page.screenshot({ path: join(SHOTS, 'overview-uzb.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
