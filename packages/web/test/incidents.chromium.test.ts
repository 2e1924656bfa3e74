/**
 * Incident cases in the dashboard (issue 17), in Chromium against the real server: an analyst
 * of a participant organisation sees the cases it is on (and not one between two others),
 * opens one, and reads its phase, participants, tasks and one timeline in which events, phase
 * moves and comments are in the order they happened; a case it is not on shows the server's
 * 404, never the case. Screenshots go to test-artifacts/screenshots/dashboard/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, startDashboard, type DashboardServer } from './fixture.ts';

const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots', 'dashboard');

interface Case {
  id: string;
  timeline: { at: string; summary: string }[];
  comments: { at: string; text: string }[];
  tasks: { id: string }[];
}

void describe('incident cases in the dashboard', () => {
  let server: DashboardServer;
  let browser: Browser & AsyncDisposable;
  const keys: Record<string, string> = {};
  let shared: Case;
  let other: Case;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDashboard();
    browser = await launchChromium();
    for (const org of ['cert-lu', 'cert-be', 'cert-xx']) {
      await server.api('POST', '/api/orgs', { id: org, name: org.toUpperCase() });
      const user = await server.api<{ id: string }>('POST', `/api/orgs/${org}/users`, {
        name: `analyst-${org}`,
      });
      keys[org] = (await server.api<{ key: string }>('POST', '/api/keys', { userId: user.id })).key;
    }
    const as = <T>(org: string, path: string, body?: unknown) =>
      server.api<T>(body === undefined ? 'GET' : 'POST', path, body, keys[org]);
    const open = await as<Case>('cert-lu', '/api/incidents', {
      title: 'Phishing wave against two ministries',
      description: 'Credential phishing pages imitating the e-government portal.',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'amber',
      pap: 'green',
      participants: [{ organisation: 'cert-be', role: 'contributor' }],
    });
    const id = open.id;
    // An observation dated before the case was opened: the timeline must still put it first.
    await as('cert-be', `/api/incidents/${id}/events`, {
      kind: 'observation',
      summary: 'First lure seen in a mailbox',
      at: new Date(Date.parse(open.timeline[0]?.at ?? '') - 3_600_000).toISOString(),
    });
    await as('cert-lu', `/api/incidents/${id}/phase`, {
      phase: 'analyse',
      summary: 'Taken up',
    });
    await as('cert-be', `/api/incidents/${id}/comments`, { text: 'Hosting is in our country.' });
    const withTask = await as<Case>('cert-lu', `/api/incidents/${id}/tasks`, {
      title: 'Take down the phishing host',
      owner: 'cert-be',
      due: '2026-12-10',
    });
    await as('cert-be', `/api/incidents/${id}/tasks/${withTask.tasks[0]?.id ?? ''}/status`, {
      status: 'completed',
    });
    await as('cert-lu', `/api/incidents/${id}/phase`, { phase: 'contain' });
    shared = await as<Case>('cert-be', `/api/incidents/${id}`);
    other = await as<Case>('cert-lu', '/api/incidents', {
      title: 'DDoS on a national registry',
      rsitClass: 'availability',
      rsitType: 'ddos',
      severity: 'medium',
      tlp: 'green',
      pap: 'green',
      participants: [{ organisation: 'cert-xx', role: 'observer' }],
    });
  });

  after(async () => {
    await browser[Symbol.asyncDispose]();
    await server[Symbol.asyncDispose]();
  });

  void it('lists the organisation’s cases and shows one case’s timeline in order', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      // The 404 for the case cert-be is not on is the answer this test asks for.
      if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
    });
    await page.goto(server.url);
    await page.fill('input[name=apiKey]', keys['cert-be'] ?? '');
    await page.click('button[type=submit]');
    await page.waitForSelector('header.top');
    await page.click('nav a[href="#/incidents"]');
    await page.waitForSelector('main[data-page="incidents"] table.incidents');
    const rows = page.locator('table.incidents tbody tr');
    assert.equal(await rows.count(), 1, 'only the case cert-be is on');
    assert.equal(await rows.first().getAttribute('data-incident'), shared.id);
    const row = (await rows.first().innerText()).replace(/\s+/g, ' ');
    assert.match(row, /Phishing wave against two ministries contain high fraud \/ phishing/);
    assert.match(row, /TLP:AMBER PAP:GREEN contributor 0/);
    assert.ok(!(await page.content()).includes(other.id), 'the other case is not on the page');
    await page.screenshot({ path: join(SHOTS, 'incidents.png'), fullPage: true });

    await page.click('table.incidents a');
    await page.waitForSelector(`article.incident[data-incident="${shared.id}"]`);
    assert.equal(await page.textContent('ol.phases [aria-current=step]'), 'contain');
    assert.equal(await page.locator('ol.phases li.done').count(), 2, 'detect and analyse done');
    const entries = (await page.locator('ol.timeline li .text').allTextContents()).map((t) =>
      t.trim(),
    );
    // The expected order comes from the API's own times, so it is not written into the test.
    const expected = [
      ...shared.timeline.map((e) => ({ at: e.at, text: e.summary, c: 0 })),
      ...shared.comments.map((n) => ({ at: n.at, text: n.text, c: 1 })),
    ]
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.c - b.c)
      .map((e) => e.text);
    assert.deepEqual(entries, expected);
    assert.equal(entries[0], 'First lure seen in a mailbox');
    assert.ok(entries.includes('Hosting is in our country.'));
    assert.match(
      (await page.textContent('table.tasks')) ?? '',
      /Take down the phishing host\s*cert-be\s*2026-12-10\s*completed/,
    );
    assert.match((await page.textContent('[data-testid=metrics]')) ?? '', /acknowledged: (<|\d)/);
    await page.screenshot({ path: join(SHOTS, 'incident-case.png'), fullPage: true });

    // A case cert-be is not on: the server's 404 in the page, none of the case.
    await page.evaluate((h) => (window.location.hash = h), `#/incidents/${other.id}`);
    await page.waitForSelector('main[data-page="incidents"] .notice.error');
    assert.match((await page.textContent('.notice.error')) ?? '', /HTTP 404/);
    assert.ok(!(await page.content()).includes('DDoS on a national registry'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  void it('opens a case from the dashboard, works it, and shows a partner’s task completion', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      // The 400s are the bad input this test types on purpose; the page shows them.
      if (m.type() === 'error' && !/status of 400/.test(m.text())) errors.push(m.text());
    });
    await page.goto(server.url);
    await page.fill('input[name=apiKey]', keys['cert-lu'] ?? '');
    await page.click('button[type=submit]');
    await page.waitForSelector('header.top');
    await page.evaluate((h) => (window.location.hash = h), '#/incidents');
    const open = page.locator('form[aria-label^="Open a case"]');
    await open.waitFor();
    await open.locator('input[name=title]').fill('Credential stuffing on a tax portal');
    await open.locator('input[name=rsitClass]').fill('intrusion-attempts');
    await open.locator('input[name=rsitType]').fill('ransomware');
    await open.locator('select[name=severity]').selectOption('critical');
    await open.locator('input[name="participants[0].organisation"]').fill('cert-be');
    await open.locator('button[type=submit]').click();
    // The server's refusal, next to the field it names, and nothing opened.
    const typeError = open.locator('.field.invalid:has(input[name=rsitType]) .field-error');
    await typeError.waitFor();
    assert.match((await typeError.textContent()) ?? '', /unknown RSIT type "ransomware"/);
    const before = await server.api<{ incidents: unknown[] }>(
      'GET',
      '/api/incidents',
      undefined,
      keys['cert-lu'],
    );
    assert.equal(before.incidents.length, 2, 'the two cases of the first test only');
    await open.locator('input[name=rsitType]').fill('brute-force');
    await open.locator('button[type=submit]').click();
    const article = page.locator('article.incident');
    await article.waitFor();
    const id = (await article.getAttribute('data-incident')) ?? '';
    assert.match(id, /^incident--/);
    assert.equal(
      await page.textContent('article.incident h1'),
      'Credential stuffing on a tax portal',
    );
    const stored = await server.api<{ severity: string; participants: unknown[] }>(
      'GET',
      `/api/incidents/${id}`,
      undefined,
      keys['cert-be'],
    );
    assert.equal(stored.severity, 'critical');
    assert.deepEqual(stored.participants, [
      { organisation: 'cert-lu', role: 'lead' },
      { organisation: 'cert-be', role: 'contributor' },
    ]);

    const task = page.locator('form[aria-label="Add a task"]');
    await task.locator('input[name=title]').fill('Block the credential lists');
    await task.locator('select[name=owner]').selectOption('cert-be');
    await task.locator('button[type=submit]').click();
    await page.waitForSelector('table.tasks >> text=Block the credential lists');
    const phase = page.locator('form[aria-label="Move to phase"]');
    await phase.locator('select[name=phase]').selectOption('recover');
    await phase.locator('button[type=submit]').click();
    const phaseError = phase.locator('.field-error');
    await phaseError.waitFor();
    assert.match((await phaseError.textContent()) ?? '', /detect/);
    await phase.locator('select[name=phase]').selectOption('analyse');
    await phase.locator('button[type=submit]').click();
    await page.waitForFunction(
      () => document.querySelector('ol.phases [aria-current=step]')?.textContent === 'analyse',
    );
    await page
      .locator('form[aria-label="Comment"] input[name=text]')
      .fill('Lists come from a 2025 leak.');
    await page.locator('form[aria-label="Comment"] button[type=submit]').click();
    await page.waitForSelector('ol.timeline >> text=Lists come from a 2025 leak.');

    // The partner completes its task through its own API key; the lead's page shows it.
    const shown = await server.api<{ tasks: { id: string }[] }>(
      'GET',
      `/api/incidents/${id}`,
      undefined,
      keys['cert-lu'],
    );
    await server.api(
      'POST',
      `/api/incidents/${id}/tasks/${shown.tasks[0]?.id ?? ''}/status`,
      { status: 'completed' },
      keys['cert-be'],
    );
    await page.evaluate((h) => (window.location.hash = h), '#/incidents');
    await page.click(`table.incidents tr[data-incident="${id}"] a`);
    await page.waitForSelector('table.tasks .status-completed');
    assert.match(
      (await page.textContent('table.tasks')) ?? '',
      /Block the credential lists\s*cert-be/,
    );
    const indicator = `indicator--${randomUUID()}`;
    const link = page.locator('form[aria-label="Link STIX objects"]');
    await link.locator('input[name=links]').fill(`${indicator}, `);
    await link.locator('button[type=submit]').click();
    await page.waitForSelector(`ul.links >> text=${indicator}`);

    // The export is the server's validated bundle, fetched with the key (an <a> cannot send it).
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click('text=Download as STIX 2.1 bundle'),
    ]);
    const bundle = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      type: string;
      objects: { type: string; id: string; object_refs?: string[] }[];
    };
    assert.equal(bundle.type, 'bundle');
    assert.equal(file.suggestedFilename(), `${id}.json`);
    const incident = bundle.objects.find((o) => o.type === 'incident');
    assert.equal(incident?.id, id);
    assert.ok(JSON.stringify(incident).includes(indicator), 'the link travels with the case');
    assert.equal(bundle.objects.filter((o) => o.type === 'task').length, 1);

    // The case report, from the same page: the server's HTML with the case and its TLP label.
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.click('text=Case report (HTML)'),
    ]);
    assert.match(report.suggestedFilename(), /^coopsec-case-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.html$/);
    const reportHtml = readFileSync(await report.path(), 'utf8');
    assert.ok(
      reportHtml.includes('Credential stuffing on a tax portal'),
      'the report is of this case',
    );
    assert.ok(reportHtml.includes('Block the credential lists'), 'the report lists the task');
    assert.match(reportHtml, /TLP:(CLEAR|GREEN|AMBER|RED)/);
    await page.screenshot({ path: join(SHOTS, 'incident-worked.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
