/**
 * The Cooperation page (issue 18 item 1) in Chromium against the real server, over exchange
 * records this test makes: two organisations, a sharing agreement (TLP:GREEN only), indicators
 * posted over TAXII by one and read by the other, sightings of them sent back. The headline
 * figures, the monthly chart and the agreement matrix show the counts the test made; one
 * organisation alone shows "—" where it has nothing to measure; an empty period says what to
 * do. Screenshot: test-artifacts/screenshots/dashboard/cooperation.png.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');
const TAXII = 'application/taxii+json;version=2.1';
// STIX 2.1 §7.2.1.4: the TLP 2.0 marking-definition ids.
const TLP = {
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
};

let n = 0;
function indicator(tlp: keyof typeof TLP): Record<string, unknown> {
  n += 1;
  const t = new Date(Date.now() - n * 3_600_000).toISOString();
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${randomUUID()}`,
    created: t,
    modified: t,
    name: `phishing host ${n}`,
    pattern: `[ipv4-addr:value = '198.51.100.${n}']`,
    pattern_type: 'stix',
    valid_from: t,
    object_marking_refs: [TLP[tlp]],
  };
}

function sighting(of: string): Record<string, unknown> {
  const t = new Date().toISOString();
  return {
    type: 'sighting',
    spec_version: '2.1',
    id: `sighting--${randomUUID()}`,
    created: t,
    modified: t,
    sighting_of_ref: of,
    count: 1,
    object_marking_refs: [TLP.green],
  };
}

void describe('cooperation metrics in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  const keys: Record<string, string> = {};
  const green = [1, 2, 3, 4].map(() => indicator('green'));
  const amber = [indicator('amber')];
  const sightings = [sighting(String(green[0]?.id)), sighting(String(green[1]?.id))];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
    for (const org of ['cert-kg', 'cert-kz']) {
      await server.api('POST', '/api/orgs', { id: org, name: org.toUpperCase() });
      const user = await server.api<{ id: string }>('POST', `/api/orgs/${org}/users`, {
        name: `analyst-${org}`,
      });
      keys[org] = (await server.api<{ key: string }>('POST', '/api/keys', { userId: user.id })).key;
    }
    await server.api('POST', '/api/collections', {
      id: 'phishing',
      title: 'Phishing hosts',
      ownerOrg: 'cert-kg',
    });
    await server.api('POST', '/api/collections/phishing/grants', {
      orgId: 'cert-kz',
      canRead: true,
      canWrite: true,
    });
    await server.api('POST', '/api/agreements', {
      fromOrg: 'cert-kg',
      toOrg: 'cert-kz',
      collectionId: 'phishing',
      levels: ['green'],
    });
    const objects = `${server.url}/taxii2/default/collections/phishing/objects/`;
    const post = async (org: string, list: unknown[]) => {
      const res = await fetch(objects, {
        method: 'POST',
        headers: {
          accept: TAXII,
          'content-type': TAXII,
          authorization: `Bearer ${keys[org] ?? ''}`,
        },
        body: JSON.stringify({ objects: list }),
      });
      const status = await res.text();
      assert.equal(res.status, 202, status);
      // A 202 may still refuse objects (TAXII 2.1 §4.3.1 status): the counts need every one.
      assert.equal(
        (JSON.parse(status) as { failure_count?: number }).failure_count ?? 0,
        0,
        status,
      );
    };
    await post('cert-kg', [...green, ...amber]);
    const read = await fetch(objects, {
      headers: { accept: TAXII, authorization: `Bearer ${keys['cert-kz'] ?? ''}` },
    });
    const got = ((await read.json()) as { objects?: { id: string }[] }).objects ?? [];
    assert.ok(
      green.every((g) => got.some((o) => o.id === g.id)),
      'the partner reads the shared indicators',
    );
    await post('cert-kz', sightings);
  });

  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  const figure = async (page: Page, id: string) =>
    ((await page.textContent(`[data-figure="${id}"] [data-value]`)) ?? '').trim();

  void it('shows the counts the test made, the monthly chart and the agreement matrix', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
    await page.fill('input[name=apiKey]', server.adminKey);
    await page.click('button[type=submit]');
    await page.waitForSelector('header.top');
    await page.click('nav a[href="#/cooperation"]');
    await page.waitForSelector('main[data-page="cooperation"] [data-figure="shared"]');

    const indicators = green.length + amber.length;
    assert.equal(await figure(page, 'shared'), String(indicators + sightings.length));
    assert.equal(await figure(page, 'indicators'), String(indicators));
    assert.equal(await figure(page, 'sightings'), (sightings.length / indicators).toFixed(2));
    assert.equal(await figure(page, 'agreements'), '1');
    assert.equal(await figure(page, 'received'), '0', 'no partner node sent anything');
    assert.equal(await figure(page, 'median'), '—', 'no timed arrival: missing, not 0');
    assert.equal(await figure(page, 'peers'), '—', 'no peer node configured');
    assert.match((await page.textContent('[data-figure="median"]')) ?? '', /created → arrival/);
    const cell = page.locator('[data-matrix="sharing"] td[data-from="cert-kg"][data-to="cert-kz"]');
    assert.equal((await cell.textContent())?.trim(), String(green.length), 'TLP:GREEN only');
    assert.equal(await page.locator('.empty-state').count(), 0);

    await page.waitForSelector('.chart[data-finished="true"]');
    const bars = await page.locator('.chart svg path').count();
    assert.ok(bars > 0, 'the chart drew bars');
    const months = await page.locator('.chart svg text').allTextContents();
    assert.ok(
      months.includes(new Date().toISOString().slice(0, 7)),
      `this month is on the axis: ${months.join(' ')}`,
    );
    await page.screenshot({ path: join(SHOTS, 'cooperation.png'), fullPage: true });

    await page.selectOption('select[name=org]', 'cert-kz');
    await page.waitForFunction(
      () => document.querySelector('[data-figure="indicators"] [data-value]')?.textContent === '0',
    );
    assert.equal(await figure(page, 'shared'), String(sightings.length));
    assert.equal(await figure(page, 'sightings'), '—', 'no indicator shared: missing, not 0');

    await page.selectOption('select[name=org]', '');
    await page.fill('input[name=from]', '2001-01-01');
    await page.fill('input[name=to]', '2001-12-31');
    await page.waitForSelector('.empty-state');
    assert.match((await page.textContent('.empty-state')) ?? '', /agree to share/);
    assert.equal(await figure(page, 'shared'), '0');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
