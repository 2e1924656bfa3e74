/**
 * Unit tests of the case report's HTML: the case's parts are there (participants with roles, a
 * timeline entry, tasks, linked objects, comments), its TLP label is in the header and the
 * footer untranslated, a time not yet reached reads "missing" (not 0), text is escaped, and the
 * Russian report has the Russian words with the same labels.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderCaseReportHtml } from './render-case.ts';
import { TEST_CASE } from './test-case.ts';

const text = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const sectionText = (html: string, id: string): string => {
  const match = new RegExp(`<section id="sec-${id}"[\\s\\S]*?</section>`).exec(html);
  assert.ok(match, `section ${id} present`);
  return text(match[0]);
};

describe('case report HTML', () => {
  const names = new Map([['indicator--aaaaaaaa-0000-4000-8000-000000000001', 'Lure domain']]);
  const html = renderCaseReportHtml(TEST_CASE, {
    linkedNames: names,
    generatedAt: '2026-11-26T00:00:00.000Z',
  });

  it('has the title, escaped, and the classification with TLP and PAP labels', () => {
    assert.match(html, /<h1>Incident case report: Phishing wave &lt;against banks&gt;<\/h1>/);
    const overview = sectionText(html, 'overview');
    for (const s of [
      'fraud',
      'phishing',
      'high',
      'TLP:AMBER+STRICT',
      'PAP:AMBER',
      'open',
      'analyse',
    ])
      assert.ok(overview.includes(s), `overview has ${s}: ${overview}`);
  });

  it('shows the TLP label in the header and in the footer', () => {
    const header = /<header class="report-head">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
    const footer = /<footer class="case-foot">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';
    assert.ok(header.includes('TLP:AMBER+STRICT'));
    assert.ok(footer.includes('TLP:AMBER+STRICT'));
  });

  it('lists the participants with their roles', () => {
    const p = sectionText(html, 'participants');
    assert.match(p, /cert-lu lead/);
    assert.match(p, /cert-kg observer/);
  });

  it('has the timeline entries in time order, with the phase moved to', () => {
    const t = sectionText(html, 'timeline');
    assert.match(t, /2026-11-25 10:00 UTC cert-lu opened Case opened/);
    assert.match(t, /2026-11-25 11:30 UTC cert-lu phase change: analyse Samples collected/);
    assert.ok(t.indexOf('10:00 UTC') < t.indexOf('11:30 UTC'));
  });

  it('has tasks with owner, due date and done, linked objects and comments', () => {
    assert.match(
      sectionText(html, 'tasks'),
      /Take down the lure domain cert-kg 2026-11-27 completed yes/,
    );
    const links = sectionText(html, 'links');
    assert.match(links, /indicator indicator--aaaaaaaa-0000-4000-8000-000000000001 Lure domain/);
    // No name known for the malware: said so, not left blank.
    assert.match(links, /malware malware--bbbbbbbb-0000-4000-8000-000000000002 missing/);
    assert.match(sectionText(html, 'comments'), /cert-kg Seen here too\./);
  });

  it('shows the reached time and marks the unreached ones missing, not 0', () => {
    const times = sectionText(html, 'times');
    assert.match(times, /Time to acknowledge 1 h 30 min/);
    assert.match(times, /Time to contain missing/);
    assert.match(times, /Time to resolve missing/);
    assert.doesNotMatch(times, /0 h 0 min/);
  });

  it('in Russian: Russian words, the same untranslated labels', () => {
    const ru = renderCaseReportHtml(TEST_CASE, { lang: 'ru' });
    assert.match(ru, /<html lang="ru">/);
    assert.match(text(ru), /Отчёт по инциденту/);
    assert.match(sectionText(ru, 'participants'), /cert-lu ведущий/);
    assert.match(sectionText(ru, 'times'), /Время до сдерживания нет данных/);
    assert.ok(ru.includes('TLP:AMBER+STRICT') && ru.includes('PAP:AMBER'));
    assert.doesNotMatch(text(ru), /Time to|Participants/);
  });

  it('has no script and no external resource', () => {
    assert.doesNotMatch(html, /<script|src="http|href="http/);
  });
});
