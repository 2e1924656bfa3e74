/**
 * End-to-end in Chromium against the real server: every page loads with no console error and
 * draws its charts; the scenario projection follows the plan; an uploaded bundle appears in
 * the exchange view; a partner organisation does not see what TLP excludes; bad input shows
 * the server's message next to the field. A screenshot of every page goes to
 * test-artifacts/screenshots/dashboard/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';
import { overlappingLabels, pagedLegends } from './overlap.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');
const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const T = '2026-01-15T10:00:00.000Z';
const ID = {
  green: 'indicator--0f0ad3a5-2f7c-4c1b-9a57-6f1c2a3b4c01',
  amber: 'indicator--0f0ad3a5-2f7c-4c1b-9a57-6f1c2a3b4c02',
  malware: 'malware--0f0ad3a5-2f7c-4c1b-9a57-6f1c2a3b4c03',
  rel: 'relationship--0f0ad3a5-2f7c-4c1b-9a57-6f1c2a3b4c04',
};
const BUNDLE = {
  type: 'bundle',
  id: 'bundle--0f0ad3a5-2f7c-4c1b-9a57-6f1c2a3b4c00',
  objects: [
    {
      type: 'indicator',
      spec_version: '2.1',
      id: ID.green,
      created: T,
      modified: T,
      name: 'C2 server 198.51.100.7',
      pattern: "[ipv4-addr:value = '198.51.100.7']",
      pattern_type: 'stix',
      valid_from: T,
      indicator_types: ['malicious-activity'],
      object_marking_refs: [GREEN],
    },
    {
      type: 'indicator',
      spec_version: '2.1',
      id: ID.amber,
      created: T,
      modified: T,
      name: 'Amber phishing domain',
      pattern: "[domain-name:value = 'login-gov.example']",
      pattern_type: 'stix',
      valid_from: T,
      object_marking_refs: [AMBER],
    },
    {
      type: 'malware',
      spec_version: '2.1',
      id: ID.malware,
      created: T,
      modified: T,
      name: 'ExampleRAT',
      is_family: true,
      object_marking_refs: [GREEN],
    },
    {
      type: 'relationship',
      spec_version: '2.1',
      id: ID.rel,
      created: T,
      modified: T,
      relationship_type: 'indicates',
      source_ref: ID.green,
      target_ref: ID.malware,
      object_marking_refs: [GREEN],
    },
  ],
};

interface Watched {
  readonly page: Page;
  readonly errors: string[];
}

async function open(browser: Browser, base: string, key: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base);
  await page.fill('input[name=apiKey]', key);
  await page.click('button[type=submit]');
  await page.waitForSelector('header.top');
  return { page, errors };
}

async function visit(w: Watched, id: string, charts: number): Promise<void> {
  await w.page.evaluate((h) => (window.location.hash = h), `#/${id}`);
  await w.page.waitForSelector(`main[data-page="${id}"]`);
  await w.page.waitForFunction(
    () => document.querySelector('[role=status]')?.textContent?.startsWith('Loading') !== true,
    undefined,
    { timeout: 20_000 },
  );
  if (charts > 0) {
    await w.page.waitForFunction(
      (n) =>
        document.querySelectorAll(
          '.chart[data-rendered="true"] svg path, .graph[data-rendered="true"] canvas',
        ).length > 0 &&
        document.querySelectorAll('.chart[data-rendered="true"], .graph[data-rendered="true"]')
          .length >= n,
      charts,
      { timeout: 20_000 },
    );
    await w.page.waitForFunction(
      () =>
        [...document.querySelectorAll('.chart')].every(
          (c) => c.getAttribute('data-finished') === 'true',
        ),
      undefined,
      { timeout: 20_000 },
    );
  }
  assert.equal(
    await w.page.locator('.notice.error').count(),
    0,
    `${id}: ${(await w.page.locator('.notice.error').allTextContents()).join(' | ')}`,
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

void describe('dashboard in Chromium', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  const keys = { kg: '', kz: '' };

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
    await server.api('POST', '/api/orgs', { id: 'kg-cert', name: 'KG-CERT (Kyrgyz Republic)' });
    await server.api('POST', '/api/orgs', { id: 'kz-cert', name: 'KZ-CERT (Kazakhstan)' });
    const kgUser = await server.api<{ id: string }>('POST', '/api/orgs/kg-cert/users', {
      name: 'analyst-kg',
    });
    const kzUser = await server.api<{ id: string }>('POST', '/api/orgs/kz-cert/users', {
      name: 'analyst-kz',
    });
    keys.kg = (await server.api<{ key: string }>('POST', '/api/keys', { userId: kgUser.id })).key;
    keys.kz = (await server.api<{ key: string }>('POST', '/api/keys', { userId: kzUser.id })).key;
    await server.api('POST', '/api/collections', {
      id: 'kg-feed',
      title: 'KG-CERT indicators',
      ownerOrg: 'kg-cert',
      description: 'Indicators shared by the Kyrgyz national centre',
    });
    await server.api('POST', '/api/collections/kg-feed/grants', {
      orgId: 'kz-cert',
      canRead: true,
      canWrite: false,
    });
    await server.api('POST', '/api/agreements', {
      fromOrg: 'kg-cert',
      toOrg: 'kz-cert',
      collectionId: 'kg-feed',
      levels: ['green'],
    });
  });

  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  void it('loads every assessment page with its charts and no console error', async () => {
    const w = await open(browser, server.url, server.adminKey);
    const pages: [string, number][] = [
      ['overview', 2],
      ['assess', 0],
      ['model', 1],
      ['claims', 1],
      ['standards', 1],
      ['compare', 1],
      ['scenarios', 2],
      ['report', 0],
      ['admin', 0],
    ];
    const overlaps: string[] = [];
    for (const [id, charts] of pages) {
      await visit(w, id, charts);
      await shot(w.page, id);
      // Issue 14, item 12: no chart label drawn over another, no legend that pages.
      for (const o of await overlappingLabels(w.page))
        overlaps.push(`${id}, ${o.where}: "${o.a}" overlaps "${o.b}"`);
      for (const p of await pagedLegends(w.page)) overlaps.push(`${id}: a legend pages (${p})`);
    }
    assert.deepEqual(overlaps, []);
    assert.deepEqual(w.errors, []);
    // The overview tells estimated from measured values in words, not only in line style.
    await visit(w, 'overview', 2);
    assert.ok((await w.page.textContent('main'))?.includes('estimated (linear interpolation)'));
    await w.page.close();
  });

  void it('validates administration forms next to the field, locally and from the server', async () => {
    const w = await open(browser, server.url, server.adminKey);
    await visit(w, 'admin', 0);
    const form = w.page.locator('form[aria-label="Add an organisation"]');
    await form.locator('button[type=submit]').click();
    assert.equal(await form.locator('.field-error').count(), 2, 'id and name are required');
    await form.locator('input[name=id]').fill('kg-cert');
    await form.locator('input[name=name]').fill('Duplicate');
    await form.locator('button[type=submit]').click();
    await w.page.waitForFunction(
      () =>
        document
          .querySelector('form[aria-label="Add an organisation"] .field-error')
          ?.textContent?.includes('already exists') === true,
    );
    await w.page.close();
  });

  void it('shows one header line at 1400 px, each identity fact once, report buttons at once', async () => {
    const w = await open(browser, server.url, server.adminKey);
    await visit(w, 'report', 0);
    // The buttons work before /api/features answers (it took ~4 s on a first visit).
    assert.equal(await w.page.locator('button:has-text("Download HTML")').isEnabled(), true);
    assert.equal(await w.page.locator('text=Loading available formats').count(), 0);
    const middles = await w.page.$$eval(
      'header.top .brand, header.top nav a, header.top .who',
      (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return Math.round((r.top + r.bottom) / 2);
        }),
    );
    assert.ok(
      Math.max(...middles) - Math.min(...middles) <= 6,
      `brand, navigation and user on one line at 1400 px: ${middles.join(',')}`,
    );
    const who = (await w.page.textContent('header.top .who')) ?? '';
    assert.match(who, /^admin · administrator/);
    assert.equal(who.split(/\W+/).filter((w) => w === 'admin').length, 1, who);
    // The Admin form refuses a collection without an owner.
    await visit(w, 'admin', 0);
    const form = w.page.locator('form[aria-label="Add a collection"]');
    await form.locator('input[name=id]').fill('no-owner');
    await form.locator('input[name=title]').fill('No owner');
    await form.locator('button[type=submit]').click();
    assert.equal(await form.locator('.field-error').count(), 1, 'the owner is required');
    await w.page.close();
  });

  void it('opens every overview number to its source and confidence (issue 14, item 13)', async () => {
    const w = await open(browser, server.url, server.adminKey);
    await visit(w, 'overview', 2);
    const numbers = w.page.locator('main table details.sourced');
    // Change table: 5 components × 5 figures; maturity table: 5 scores.
    assert.ok((await numbers.count()) >= 30, `sourced numbers: ${await numbers.count()}`);
    await numbers.first().locator('summary').click();
    const note = (await numbers.first().locator('[role=note]').textContent()) ?? '';
    assert.match(note, /source paper/);
    assert.match(note, /confidence (high|medium|low)/);
    assert.match(note, /measured/);
    await shot(w.page, 'overview-source');
    assert.deepEqual(w.errors, []);
    await w.page.close();
  });

  void it('downloads the HTML report', async () => {
    const w = await open(browser, server.url, server.adminKey);
    await visit(w, 'report', 0);
    const [download] = await Promise.all([
      w.page.waitForEvent('download', { timeout: 60_000 }),
      w.page.click('button:has-text("Download HTML")'),
    ]);
    assert.match(download.suggestedFilename(), /^coopsec-report-KGZ-\d{4}-\d{2}-\d{2}\.html$/);
    await w.page.waitForSelector('.notice[role=status]');
    assert.deepEqual(w.errors, []);
    await w.page.close();
  });

  void it('re-projects when the scenario plan changes', async () => {
    const w = await open(browser, server.url, server.adminKey);
    await visit(w, 'scenarios', 2);
    const read = async () => (await w.page.textContent('[data-testid=index-at-horizon]')) ?? '';
    const before = await read();
    await w.page.fill('input[name="effort-digital-literacy"]', '12');
    await w.page.waitForFunction(
      (b) => document.querySelector('[data-testid=index-at-horizon]')?.textContent !== b,
      before,
      { timeout: 15_000 },
    );
    assert.notEqual(await read(), before);
    // A bad effort is refused next to its field, and nothing breaks.
    await w.page.fill('input[name="effort-regulatory"]', '-3');
    await w.page.waitForSelector('.field.invalid .field-error');
    assert.match((await w.page.textContent('.field.invalid .field-error')) ?? '', /negative/);
    assert.deepEqual(w.errors, []);
    await w.page.close();
  });

  void it('shows the server’s message next to a field on bad input', async () => {
    const w = await open(browser, server.url, server.adminKey);
    await visit(w, 'overview', 2);
    await w.page.fill('input[name=weights]', 'bogus:1');
    await w.page.click('form.settings button[type=submit]');
    await w.page.waitForSelector('.field.invalid .field-error');
    assert.match(
      (await w.page.textContent('.field.invalid .field-error')) ?? '',
      /unknown component/,
    );
    assert.ok(
      (await w.page.locator('.notice.error').count()) > 0,
      'the server’s problem is shown, not a blank page',
    );
    await shot(w.page, 'overview-bad-input');
    await w.page.close();
  });

  void it('uploads a bundle that then appears in the exchange view, with its graph', async () => {
    const w = await open(browser, server.url, keys.kg);
    await visit(w, 'exchange', 0);
    await w.page.fill('textarea[name=bundle]', JSON.stringify(BUNDLE));
    await w.page.click('form.upload button[type=submit]');
    await w.page.waitForSelector('[data-testid=upload-status]');
    assert.match((await w.page.textContent('[data-testid=upload-status]')) ?? '', /4 added/);
    await w.page.waitForSelector(`tr[data-id="${ID.green}"]`);
    await w.page.waitForSelector('.graph[data-rendered="true"] canvas');
    assert.equal(
      await w.page.locator(`tr[data-id="${ID.amber}"]`).count(),
      1,
      'the contributor sees its own AMBER object',
    );
    await w.page.fill('input[name=value]', '198.51.100.7');
    await w.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=objects] tbody tr').length === 1,
    );
    await w.page.fill('input[name=value]', '');
    await w.page.waitForTimeout(500);
    await shot(w.page, 'exchange');
    assert.deepEqual(await overlappingLabels(w.page), [], 'graph labels do not overlap');
    // A legend says what the colours mean: the STIX types shown and the TLP levels.
    const legend = (await w.page.textContent('[data-testid=graph-legend]')) ?? '';
    for (const word of ['indicator', 'malware', 'TLP:GREEN', 'TLP:AMBER'])
      assert.ok(legend.includes(word), `legend lacks ${word}: ${legend}`);
    assert.deepEqual(w.errors, []);
    await w.page.close();
  });

  void it('does not show a partner what the markings exclude', async () => {
    const w = await open(browser, server.url, keys.kz);
    assert.equal(
      await w.page.locator('nav a[href="#/admin"]').count(),
      0,
      'no administration link for a non-administrator',
    );
    await visit(w, 'exchange', 0);
    await w.page.waitForSelector(`tr[data-id="${ID.green}"]`);
    assert.equal(
      await w.page.locator(`tr[data-id="${ID.amber}"]`).count(),
      0,
      'TLP:AMBER is not covered by the green-only agreement',
    );
    assert.equal(
      await w.page.locator('textarea[name=bundle]').count(),
      0,
      'no upload without a write grant',
    );
    assert.ok(!((await w.page.textContent('main')) ?? '').includes('login-gov.example'));
    await shot(w.page, 'exchange-partner');
    assert.deepEqual(w.errors, []);
    await w.page.close();
  });
});
