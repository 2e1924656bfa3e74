/**
 * Measured cooperation beside the reported score on the Overview page (issue 18 item 2), in
 * Chromium against the real server of a node that serves KGZ (COOPSEC_NODE_COUNTRY): one joint
 * incident case opened by this test gives joint response 1 of 1 and containment 0 of 1, so the
 * measured score by the rule is 50.0, shown apart from the reported score and labelled measured;
 * ratios the records cannot give read "missing". Screenshot in test-artifacts/screenshots/dashboard/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');

void describe('measured cooperation on the Overview page', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  const previous = process.env.COOPSEC_NODE_COUNTRY;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    process.env.COOPSEC_NODE_COUNTRY = 'KGZ';
    server = await startDashboard();
    browser = await launchChromium();
    await server.api('POST', '/api/orgs', { id: 'cert-kz', name: 'CERT-KZ' });
    await server.api('POST', '/api/incidents', {
      title: 'Joint phishing case',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'green',
      pap: 'green',
      participants: [{ organisation: 'cert-kz', role: 'contributor' }],
    });
  });

  after(async () => {
    if (previous === undefined) delete process.env.COOPSEC_NODE_COUNTRY;
    else process.env.COOPSEC_NODE_COUNTRY = previous;
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  void it('shows the measured score and ratios apart from the reported score', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(server.url);
    await page.fill('input[name=apiKey]', server.adminKey);
    await page.click('button[type=submit]');
    const card = page.locator('[data-testid=measured-cooperation]');
    await card.waitFor();
    assert.equal((await card.locator('.big').textContent())?.trim(), '50.0');
    assert.match((await card.textContent()) ?? '', /measured/);
    assert.match((await card.locator('[data-ratio=joint-response]').textContent()) ?? '', /1 of 1/);
    assert.match((await card.locator('[data-ratio=containment]').textContent()) ?? '', /0 of 1/);
    assert.match(
      (await card.locator('[data-ratio=partners-reachable]').textContent()) ?? '',
      /missing/,
    );
    const section = page.locator('section.measured-cooperation');
    const reported = (await section.locator('.card').first().locator('.big').textContent())?.trim();
    // The reported score is the paper's latest cooperation value, not the measured one.
    const overview = await server.api<{
      values: { component: string; kind: string; score: number }[];
    }>('GET', '/api/countries/KGZ/overview');
    const last = overview.values
      .filter((v) => v.component === 'cooperation' && v.kind !== 'estimated')
      .at(-1);
    assert.ok(last !== undefined);
    // The number first, then its source (the Sourced pop-over's text).
    assert.match(reported ?? '', new RegExp(`^${last.score.toFixed(0)}source`));
    await section.screenshot({ path: join(SHOTS, 'overview-measured-cooperation.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
