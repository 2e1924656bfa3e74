/**
 * Inventories in the dashboard (issue 17 item 4), in Chromium against the real server: an
 * analyst of an organisation with a read grant on `advisories` uploads a CSV file through the
 * Inventory page and sees the OASIS example BSI-2022-0001 affect its cvrf-csaf-converter
 * 1.0.0-rc1 (and 1.0.0-rc2 fixed), affected first; a bad file shows each bad row by line and
 * field and changes nothing; the advisory's page lists the affected inventory, the analyst's
 * own organisation's only, an administrator's every organisation's. The upload raises an
 * inventory alert, delivered to the organisation's webhook after one retry: the page lists it
 * as delivered and opens its delivery log, in English and in Russian.
 * Screenshots go to test-artifacts/screenshots/dashboard/ (Russian: dashboard-ru/).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');
const SHOTS_RU = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard-ru');
const EXAMPLES = new URL('../../../../shared/data/csaf-2.0/examples/', import.meta.url);
const CONVERTER = 'cpe:2.3:a:csaf-tools:cvrf-csaf-converter:*:*:*:*:*:*:*:*';
const ADVISORY = 'BSI-2022-0001';

async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(url);
  await page.fill('input[name=apiKey]', key);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

void describe('inventories in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  let analystKey = '';
  // cert-kz's webhook: refuses the first delivery (503, retried), accepts the next (204).
  const hooked: string[] = [];
  const hook: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      hooked.push(req.url ?? '');
      res.writeHead(hooked.length === 1 ? 503 : 204).end();
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'coopsec-inventory-csv-'));
  const good = join(dir, 'inventory.csv');
  const bad = join(dir, 'broken.csv');
  writeFileSync(
    good,
    `cpe_or_purl,version\n${CONVERTER},1.0.0-rc2\n${CONVERTER},1.0.0-rc1\npkg:npm/left-pad,1.3.0\n`,
  );
  writeFileSync(bad, `cpe_or_purl,version\n${CONVERTER},1.0.0\ncpe:2.3:a:x,1\npkg:npm/a,\n`);
  const entries = () =>
    server
      .api<{ entries: { version: string }[] }>('GET', '/api/inventory/cert-kz')
      .then((a) => a.entries.map((e) => e.version));

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(SHOTS_RU, { recursive: true });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    server = await startDashboard();
    browser = await launchChromium();
    const bsi: unknown = JSON.parse(readFileSync(new URL('bsi-2022-0001.json', EXAMPLES), 'utf8'));
    await server.api('POST', '/api/advisories', bsi);
    for (const [id, name] of [
      ['cert-kz', 'CERT-KZ'],
      ['cert-uz', 'CERT-UZ'],
    ])
      await server.api('POST', '/api/orgs', { id, name });
    const user = await server.api<{ id: string }>('POST', '/api/orgs/cert-kz/users', {
      name: 'analyst-kz',
    });
    await server.api('POST', '/api/collections/advisories/grants', {
      orgId: 'cert-kz',
      canRead: true,
    });
    analystKey = (await server.api<{ key: string }>('POST', '/api/keys', { userId: user.id })).key;
    const port = (hook.address() as AddressInfo).port;
    await server.api(
      'POST',
      '/api/alerts/subscriptions',
      { url: `http://127.0.0.1:${port}/kz`, secret: 'a webhook secret of cert-kz' },
      analystKey,
    );
    // Another organisation's inventory, which the analyst must not see.
    const put = await fetch(`${server.url}/api/inventory/cert-uz`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${server.adminKey}`, 'content-type': 'text/csv' },
      body: `cpe_or_purl,version\n${CONVERTER},1.0.0-rc1\n`,
    });
    assert.equal(put.status, 200, await put.text());
  });

  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
    await new Promise((r) => hook.close(r));
  });

  void it('uploads a CSV and shows the affected entry first, then refuses a bad one', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await signIn(page, server.url, analystKey);
    // The Inventory page is reached from the Advisories page (not from the top navigation).
    await page.click('nav a[href="#/advisories"]');
    await page.click('[data-testid=inventory-link]');
    await page.waitForSelector('main[data-page="inventory"] section.inventory[data-org="cert-kz"]');
    await page.waitForSelector('.inventory .empty-state >> text=has no inventory yet');
    assert.match(squash(await page.textContent('.inventory')), /Upload a CSV file below/);
    assert.match(squash(await page.textContent('.inventory')), /Nothing to match yet/);
    assert.match(
      squash(await page.textContent('.alerts-empty')),
      /^No inventory alerts yet\..*read grant on the advisories collection.*and an inventory/,
    );
    await page.screenshot({ path: join(SHOTS, 'inventory-empty.png'), fullPage: true });

    const form = page.locator('form[aria-label="Upload an inventory"]');
    await form.locator('input[name=inventory]').setInputFiles(good);
    await form.locator('button[type=submit]').click();
    await form.locator('[role=status]').waitFor();
    assert.match(squash(await form.locator('[role=status]').textContent()), /3 entries\.$/);
    await page.waitForSelector('table.entries tbody tr:nth-child(3)');
    assert.deepEqual(await entries(), ['1.0.0-rc2', '1.0.0-rc1', '1.3.0']);

    const rows = page.locator('table.matches tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 2, 'left-pad is in no advisory');
    const first = rows.nth(0);
    assert.equal(await first.getAttribute('data-status'), 'affected', 'affected first');
    assert.equal(await first.getAttribute('data-version'), '1.0.0-rc1');
    assert.equal(await first.getAttribute('data-advisory'), ADVISORY);
    assert.equal(await rows.nth(1).getAttribute('data-status'), 'fixed');
    assert.equal(await rows.nth(1).getAttribute('data-version'), '1.0.0-rc2');
    assert.match(squash(await first.innerText()), /CVE-\d{4}-\d+ .*1\.0\.0-rc1 affected$/);
    assert.match(
      squash(await page.textContent('.affected-summary')),
      /^1 entry runs an affected version/,
    );
    assert.ok(!(await page.content()).includes('cert-uz'), 'no other organisation');
    await page.screenshot({ path: join(SHOTS, 'inventory.png'), fullPage: true });

    await form.locator('input[name=inventory]').setInputFiles(bad);
    await form.locator('button[type=submit]').click();
    const refusal = form.locator('.row-errors');
    await refusal.waitFor();
    assert.deepEqual(
      await refusal
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-row'))),
      ['3', '4'],
    );
    const text = squash(await refusal.textContent());
    assert.match(text, /^Nothing was changed\./);
    assert.match(text, /line 3, cpe_or_purl: /);
    assert.match(text, /line 4, version: no version/);
    assert.deepEqual(await entries(), ['1.0.0-rc2', '1.0.0-rc1', '1.3.0'], 'nothing written');
    assert.equal(await page.locator('table.entries tbody tr').count(), 3);
    await page.screenshot({ path: join(SHOTS, 'inventory-refused.png'), fullPage: true });
    assert.deepEqual(
      errors.filter((e) => !/status of 400/.test(e)),
      [],
    );
    await page.close();
  });

  void it('lists the affected inventories on the advisory page, as the server allows', async () => {
    const section = 'section.affected-inventories';
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, analystKey);
    await page.evaluate((h) => (window.location.hash = h), `#/advisories/${ADVISORY}`);
    await page.waitForSelector(`${section} table.matches`);
    const mine = page.locator(`${section} tbody tr`);
    assert.deepEqual(
      await mine.evaluateAll((trs) =>
        trs.map((tr) => [tr.dataset.org, tr.dataset.version, tr.dataset.status]),
      ),
      [
        ['cert-kz', '1.0.0-rc1', 'affected'],
        ['cert-kz', '1.0.0-rc2', 'fixed'],
      ],
    );
    assert.match(squash(await page.textContent(section)), /affected version: cert-kz \(1\)/);
    await page.locator(section).screenshot({ path: join(SHOTS, 'advisory-inventories.png') });
    await page.close();

    const admin = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(admin, server.url, server.adminKey);
    await admin.evaluate((h) => (window.location.hash = h), `#/advisories/${ADVISORY}`);
    await admin.waitForSelector(`${section} table.matches`);
    assert.deepEqual(
      await admin
        .locator(`${section} tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.dataset.org, tr.dataset.version, tr.dataset.status]),
        ),
      [
        ['cert-kz', '1.0.0-rc1', 'affected'],
        ['cert-uz', '1.0.0-rc1', 'affected'],
        ['cert-kz', '1.0.0-rc2', 'fixed'],
      ],
    );
    await admin.screenshot({ path: join(SHOTS, 'advisory-inventories-admin.png'), fullPage: true });
    await admin.close();
  });

  void it('lists the alert the upload raised, delivered, with its delivery log, in English and Russian', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, server.url, analystKey);
    // The server delivers in the background (every 2 s, one retry after 1 s): reload until done.
    const row = page.locator('table.inventory-alerts tbody tr[data-alert]');
    for (let tries = 0; ; tries++) {
      await page.evaluate((h) => (window.location.hash = h), '#/inventory');
      await page.reload();
      await row.first().waitFor();
      if ((await row.first().getAttribute('data-delivery')) === 'delivered') break;
      assert.ok(tries < 20, 'the alert was not delivered within 20 reloads');
      await page.waitForTimeout(500);
    }
    assert.equal(await row.count(), 1, 'one alert: the affected entry only, not the fixed one');
    assert.equal(await row.getAttribute('data-advisory'), ADVISORY);
    const text = squash(await row.innerText());
    assert.match(text, new RegExp(`${ADVISORY} .*cvrf-csaf-converter.* 1\\.0\\.0-rc1 `));
    assert.match(text, /\d{1,2}:\d{2} UTC /, 'the raised time, in UTC');
    assert.match(text, /delivered Delivery log \(2 attempts\)$/);
    const listed = await server.api<{ alerts: { advisoryId: string }[] }>(
      'GET',
      '/api/alerts/inventory?org=cert-kz',
    );
    const advisoryPage = `#/advisories/${encodeURIComponent(listed.alerts[0]?.advisoryId ?? '')}`;
    assert.equal(await row.locator('a').first().getAttribute('href'), advisoryPage);
    assert.deepEqual(hooked, ['/kz', '/kz'], 'the webhook got it twice: refused, then accepted');

    await row.locator('button').click();
    const log = page.locator('table.delivery-log tbody tr');
    await log.nth(1).waitFor();
    assert.deepEqual(
      await log.evaluateAll((trs) =>
        trs.map((tr) => [tr.dataset.outcome, tr.children[3]?.textContent]),
      ),
      [
        ['retry', '503'],
        ['delivered', '204'],
      ],
    );
    assert.match(squash(await log.nth(0).innerText()), /^1 .*UTC failed, will retry 503/);
    assert.equal(await row.locator('button').getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: join(SHOTS, 'inventory-alerts.png'), fullPage: true });

    await page.selectOption('header.top select[name=lang]', 'ru');
    await page.waitForSelector('table.inventory-alerts >> text=Скрыть журнал');
    assert.match(squash(await row.innerText()), /доставлено Скрыть журнал$/);
    assert.match(squash(await log.nth(0).innerText()), /ошибка, будет повтор 503/);
    assert.match(squash(await page.textContent('table.inventory-alerts caption')), /^1 оповещение/);
    await page.screenshot({ path: join(SHOTS_RU, 'inventory-alerts.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
