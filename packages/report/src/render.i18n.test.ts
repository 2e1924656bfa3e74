/**
 * The report in other languages. A pseudo-locale wraps every catalogue message in ⟦…⟧: after
 * the wrapped messages and the input's own data (names, the paper's quotations and tables,
 * source titles, TLP labels: shown as written on purpose) are taken out of each section's
 * visible text, no word may be left — a word left is prose a renderer wrote itself, which no
 * translation would reach. Then the Russian report: <html lang="ru">, Russian section titles,
 * numbers in the Russian locale, TLP untranslated.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EN as EN_CATALOGUE, type Catalogue } from '@coopsec/i18n';
import { KGZ_PAPER_ASSESSMENTS } from '@coopsec/model';
import { buildReportInput } from './build-input.ts';
import { messagesFor } from './i18n/messages.ts';
import type { ReportInput } from './input.ts';
import { renderReportHtml, SECTION_IDS } from './render.ts';
import { MEASURED_KGZ } from './testing/measured.ts';

const PSEUDO = Object.fromEntries(
  Object.entries(EN_CATALOGUE).map(([key, message]) => [key, `⟦${message}⟧`]),
) as unknown as Catalogue;

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Visible text nodes of an HTML fragment: no tags, no stylesheet, entities decoded. */
function textNodes(fragment: string): string[] {
  return fragment
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .split(/<[^>]+>/)
    .map((node) =>
      node.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, ' '),
    )
    .filter((node) => node.trim() !== '');
}

function visibleText(fragment: string): string {
  return textNodes(fragment).join(' ');
}

function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="sec-${id}"`);
  assert.ok(start >= 0, `section ${id} missing`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** Every string in the input: data, shown as the data has it. */
function dataStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value.replace(/\s+/g, ' ').trim());
  else if (Array.isArray(value)) for (const v of value) dataStrings(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) dataStrings(v, out);
  return out;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What is left of a fragment's visible text once data and messages are taken out: a node that
 * shortens a data string ("Concept of Information Policy of the Kyrgyz Republi…", a chart label
 * or an excerpt) goes whole; then the messages (innermost first), then the data strings, each
 * only as whole words.
 */
function leftover(nodes: readonly string[], data: readonly string[]): string {
  const kept = nodes.filter((node) => {
    const core = node.trim().replace(/…$/, '').trim();
    return !(node.trim().endsWith('…') && data.some((d) => d.includes(core)));
  });
  let rest = kept.join(' ');
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const d of data)
    rest = rest.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(d)}(?![\\p{L}\\p{N}])`, 'gu'),
      ' ',
    );
  return rest;
}

describe('report in a pseudo-locale', () => {
  let input: ReportInput;
  let html: string;
  let data: string[];

  before(async () => {
    const messages = messagesFor('en', { catalogue: PSEUDO });
    input = await buildReportInput('KGZ', {
      assessments: KGZ_PAPER_ASSESSMENTS,
      generatedAt: '2026-11-25T12:00:00.000Z',
      messages,
      measuredCooperation: MEASURED_KGZ,
    });
    html = renderReportHtml(input, { messages });
    // Words of data only, not identifiers (`digital-literacy`, `highest`: a renderer that
    // printed one raw would show an untranslated word); longest first, so that a string is not
    // cut by one it contains.
    data = [...dataStrings(input)]
      .filter((d) => /\p{L}/u.test(d) && !/^[a-z][a-z0-9-]*$/.test(d))
      .sort((a, b) => b.length - a.length);
  });

  it('takes every message of the title block from the catalogue', () => {
    const head = html.slice(html.indexOf('<header'), html.indexOf('</nav>'));
    const rest = leftover(textNodes(head), [...data, input.tlp]);
    assert.doesNotMatch(rest, /\p{L}{2,}/u, `not from the catalogue: ${rest.trim()}`);
  });

  for (const id of SECTION_IDS) {
    it(`section ${id}: no visible word outside the catalogue and the data`, () => {
      const rest = leftover(textNodes(sectionHtml(html, id)), data);
      const words = [...new Set(rest.match(/\p{L}{2,}/gu) ?? [])];
      assert.deepEqual(
        words,
        [],
        `not from the catalogue in ${id}: ${rest.replace(/\s+/g, ' ').slice(0, 400)}`,
      );
    });
  }

  it('the check sees a word a renderer writes itself', () => {
    const rest = leftover(
      ['⟦Summary⟧ Kyrgyzstan growth', '⟦of ⟦x⟧⟧ Kyrgyzstanis', 'Kyrgy…'],
      ['Kyrgyzstan'],
    );
    assert.deepEqual(rest.match(/\p{L}{2,}/gu), ['growth', 'Kyrgyzstanis']);
  });
});

describe('report in Russian', () => {
  let html: string;

  before(async () => {
    const input = await buildReportInput('KGZ', {
      assessments: KGZ_PAPER_ASSESSMENTS,
      generatedAt: '2026-11-25T12:00:00.000Z',
      lang: 'ru',
      tlp: 'TLP:AMBER+STRICT',
      measuredCooperation: MEASURED_KGZ,
    });
    html = renderReportHtml(input);
  });

  it('declares its language and reads in Russian', () => {
    assert.match(html, /<html lang="ru">/);
    for (const title of ['Резюме', 'Проверка утверждений', 'Пробелы и рекомендации', 'Источники'])
      assert.match(html, new RegExp(`<h2>${title}</h2>`));
    assert.match(html, /Оценка информационной безопасности: /);
    assert.match(html, /Подготовлено 25 ноября 2026/);
  });

  it('keeps TLP labels and standard identifiers as written', () => {
    assert.match(html, /<span class="tlp tlp-amber-strict">TLP:AMBER\+STRICT<\/span>/);
    assert.match(html, /ISO\/IEC 27001/);
    assert.match(html, /NIST CSF/);
  });

  it('sets every chart text in the embedded font (Cyrillic on any host)', () => {
    const families = new Set(
      [...html.slice(html.indexOf('</style>')).matchAll(/font-family[:=]"?([^;"]+)/g)].map(
        ([, family = '']) => family.trim(),
      ),
    );
    assert.ok(families.size > 0);
    for (const family of families) assert.match(family, /^"?coopsec-DejaVuSans/, family);
  });

  it('labels the measured cooperation in Russian, numbers and dates in the Russian locale', () => {
    const measured = visibleText(sectionHtml(html, 'measured'));
    assert.match(
      html,
      /<h2>Международное сотрудничество, измеренное по записям обмена этого узла<\/h2>/,
    );
    assert.match(
      measured,
      /Возвращённые наблюдения на переданный индикатор \(не более 1\) 3 из 4 \(75 %\) ИЗМЕРЕНО 25 ноября 2025 г\. – 25 ноября 2026 г\. записи обмена этого узла высокая/,
    );
    assert.match(measured, /Измеренная оценка сотрудничества \(0–100\) 55 ИЗМЕРЕНО/);
    assert.doesNotMatch(measured, /MEASURED|\bhigh\b/);
  });

  it('writes numbers in the Russian locale (decimal comma)', () => {
    const summary = visibleText(sectionHtml(html, 'summary'));
    assert.match(summary, /\d,\d/);
    assert.doesNotMatch(summary, /\d\.\d+\s?%/);
  });
});
