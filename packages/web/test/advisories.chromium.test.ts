/**
 * Vulnerability advisories in the dashboard (issue 17), in Chromium against the real server:
 * an analyst of an organisation with read access sees the TLP:CLEAR advisory and not the
 * TLP:AMBER one (no agreement), opens it and reads its CVE, the CVSS score computed from the
 * vector and the affected and fixed products; an administrator imports a CSAF file through the
 * form, and an invalid one is refused with the schema path shown and nothing stored.
 * Screenshots go to test-artifacts/screenshots/dashboard/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');
const EXAMPLES = new URL('../../../../shared/data/csaf-2.0/examples/', import.meta.url);
type Json = Record<string, unknown>;
type Csaf = Json & { document: Json & { tracking: Json; title: string }; vulnerabilities: Json[] };
const load = (f: string) => JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')) as Csaf;

async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(url);
  await page.fill('input[name=apiKey]', key);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

void describe('advisories in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  let readerKey = '';
  const clear = load('bsi-2022-0001.json');
  const clearId = String(clear.document.tracking.id);
  const amber = structuredClone(clear);
  amber.document.distribution = { tlp: { label: 'AMBER' } };
  amber.document.tracking.id = 'BSI-2022-0001-RESTRICTED';
  amber.document.title = 'Restricted copy for the AMBER test';

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
    await server.api('POST', '/api/advisories', clear);
    await server.api('POST', '/api/advisories', amber);
    await server.api('POST', '/api/orgs', { id: 'cert-kz', name: 'CERT-KZ' });
    const user = await server.api<{ id: string }>('POST', '/api/orgs/cert-kz/users', {
      name: 'analyst-kz',
    });
    await server.api('POST', '/api/collections/advisories/grants', {
      orgId: 'cert-kz',
      canRead: true,
    });
    readerKey = (await server.api<{ key: string }>('POST', '/api/keys', { userId: user.id })).key;
  });

  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  void it('lists what the reader may read and shows one advisory’s scores and products', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await signIn(page, server.url, readerKey);
    await page.click('nav a[href="#/advisories"]');
    await page.waitForSelector('main[data-page="advisories"] table.advisories');
    const rows = page.locator('table.advisories tbody tr');
    assert.equal(await rows.count(), 1, 'the AMBER advisory is not for cert-kz');
    assert.equal(await rows.first().getAttribute('data-advisory'), clearId);
    const row = (await rows.first().innerText()).replace(/\s+/g, ' ');
    const cve = String(clear.vulnerabilities[0]?.cve);
    assert.ok(row.includes(cve), row);
    assert.match(row, /TLP:CLEAR/);
    assert.ok(!(await page.content()).includes('BSI-2022-0001-RESTRICTED'));
    await page.screenshot({ path: join(SHOTS, 'advisories.png'), fullPage: true });

    await page.click('table.advisories a');
    await page.waitForSelector(`article.advisory[data-advisory="${clearId}"]`);
    assert.equal(await page.textContent('article.advisory h1'), clear.document.title);
    const vuln = page.locator(`section.vulnerability[data-cve="${cve}"]`);
    // The published figure, read from the document: the computed score must equal it.
    const published = (clear.vulnerabilities[0]?.scores as { cvss_v3: { baseScore: number } }[])[0]
      ?.cvss_v3.baseScore;
    assert.equal(typeof published, 'number');
    const scores = (await vuln.locator('table.scores tbody tr').first().innerText()).replace(
      /\s+/g,
      ' ',
    );
    assert.ok(scores.includes(`${published?.toFixed(1) ?? ''} medium`), scores);
    assert.ok(!scores.includes('differs'), scores);
    const affected = await vuln.locator('[data-status=known_affected] dd').textContent();
    const fixed = await vuln.locator('[data-status=fixed] dd').textContent();
    assert.ok((affected ?? '').length > 0 && (fixed ?? '').length > 0);
    assert.notEqual(affected, fixed);
    await page.screenshot({ path: join(SHOTS, 'advisory.png'), fullPage: true });

    // The restricted one by its id: the server's 404, none of the advisory.
    await page.evaluate((h) => (window.location.hash = h), '#/advisories/BSI-2022-0001-RESTRICTED');
    await page.waitForSelector('main[data-page="advisories"] .notice.error');
    assert.match((await page.textContent('.notice.error')) ?? '', /HTTP 404/);
    assert.ok(!(await page.content()).includes('Restricted copy'));
    assert.deepEqual(
      errors.filter((e) => !/status of 404/.test(e)),
      [],
    );
    await page.close();
  });

  void it('imports a CSAF file from the form, and refuses an invalid one naming the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopsec-csaf-'));
    const good = join(dir, 'rhsa.json');
    writeFileSync(good, readFileSync(new URL('rhsa-2019_1862.json', EXAMPLES)));
    const broken = structuredClone(load('rhsa-2019_1862.json'));
    delete (broken.document as Partial<Csaf['document']>).title;
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify(broken));

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, server.adminKey);
    await page.evaluate((h) => (window.location.hash = h), '#/advisories');
    const form = page.locator('form[aria-label="Import a CSAF advisory"]');
    await form.waitFor();
    const count = () =>
      server
        .api<{ advisories: unknown[] }>('GET', '/api/advisories')
        .then((a) => a.advisories.length);
    const before = await count();

    await form.locator('input[name=csaf]').setInputFiles(bad);
    await form.locator('button[type=submit]').click();
    await form.locator('.notice.error').waitFor();
    assert.match((await form.locator('.notice.error').textContent()) ?? '', /\/document/);
    assert.equal(await count(), before, 'nothing stored');
    await page.screenshot({ path: join(SHOTS, 'advisory-import-refused.png'), fullPage: true });

    await form.locator('input[name=csaf]').setInputFiles(good);
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('form[aria-label="Import a CSAF advisory"] [role=status]');
    assert.match(
      (await form.locator('[role=status]').textContent()) ?? '',
      /^Imported RHSA-2019:1862/,
    );
    await page.waitForSelector('table.advisories tr[data-advisory="RHSA-2019:1862"]');
    assert.equal(await count(), before + 1);
    await page.screenshot({ path: join(SHOTS, 'advisory-imported.png'), fullPage: true });
    await page.close();
  });
});
