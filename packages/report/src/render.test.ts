/**
 * Unit tests of the HTML report: sections present, every number one click from a source, no
 * external resource or script, estimates labelled, text escaped, missing data said so.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import { CoopsecError, KGZ_PAPER_ASSESSMENTS } from '@coopsec/model';
import { buildReportInput } from './build-input.ts';
import type { ReportInput } from './input.ts';
import { renderReportPdf } from './pdf/render-pdf.ts';
import { renderReportHtml, SECTION_IDS } from './render.ts';

const plan: unknown = JSON.parse(
  readFileSync(new URL('../test-fixtures/plan.json', import.meta.url), 'utf8'),
);

/** Text of an HTML fragment without tags and with the common entities decoded. */
function text(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function sectionHtml(html: string, id: string): string {
  const start = html.indexOf(`<section id="sec-${id}"`);
  assert.ok(start >= 0, `section ${id} missing`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

/** Years, score scales and similar labels are not data values. */
const LABEL = /^(?:(?:19|20)\d\d|0–1|0–100|GCI (?:19|20)\d\d)$/;

describe('renderReportHtml', () => {
  let input: ReportInput;
  let html: string;

  before(async () => {
    input = await buildReportInput('KGZ', {
      assessments: KGZ_PAPER_ASSESSMENTS,
      plan,
      generatedAt: '2026-11-25T12:00:00.000Z',
    });
    html = renderReportHtml(input);
  });

  it('has every section, in order, and a table of contents linking to each', () => {
    let last = -1;
    for (const id of SECTION_IDS) {
      const at = html.indexOf(`<section id="sec-${id}"`);
      assert.ok(at > last, `section ${id} present and after the previous one`);
      last = at;
      assert.match(html, new RegExp(`<a href="#sec-${id}">`));
    }
  });

  it('loads nothing from outside and needs no script', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link/i);
    assert.doesNotMatch(html, /<iframe|<object|<embed|<img/i);
    assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    assert.doesNotMatch(html, /url\(\s*['"]?(?:https?:)?\/\//i);
    assert.doesNotMatch(html, /@import/i);
    // Every link is a fragment within the document.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g))
      assert.ok(href?.startsWith('#'), `non-local href ${href}`);
  });

  it('resolves every fragment link to an element of the document', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g))
      assert.ok(ids.has(target), `#${target} has no target`);
  });

  it('links every number in a table cell to a source', () => {
    let cells = 0;
    for (const [, cell = ''] of html.matchAll(/<td>([\s\S]*?)<\/td>/g)) {
      const t = text(cell);
      if (!/\d/.test(t) || LABEL.test(t)) continue;
      cells += 1;
      assert.match(
        cell,
        /<a class="(?:num|num est|cite|src)" href="#src-[^"]+"/,
        `cell without a source link: ${t}`,
      );
    }
    assert.ok(cells > 50, `expected many numeric cells, got ${cells}`);
  });

  it('links every number of the summary findings to a source', () => {
    const summary = sectionHtml(html, 'summary');
    for (const [, li = ''] of summary.matchAll(/<li>([\s\S]*?)<\/li>/g)) {
      const rest = text(li.replace(/<a [^>]*>[\s\S]*?<\/a>/g, ' '));
      const loose = rest
        .replace(/\b(?:19|20)\d\d\b/g, '')
        .replace(/0–100|0–1\b/g, '')
        .replace(/Tier \d/g, '');
      assert.doesNotMatch(loose, /\d/, `unlinked number in summary: ${rest}`);
    }
  });

  it('lists each cited source once in the sources section, with its citation', () => {
    const sources = sectionHtml(html, 'sources');
    for (const id of ['paper', 'coopsec-linear-interpolation', 'coopsec-computed']) {
      assert.equal([...sources.matchAll(new RegExp(`id="src-${id}"`, 'g'))].length, 1, id);
    }
    assert.match(sources, /Contextualised information security cooperation model/);
  });

  it('shows the paper’s values and labels interpolated ones as estimated', () => {
    const fig = sectionHtml(html, 'figure1');
    assert.match(fig, /<a class="num" href="#src-paper"[^>]*>55<\/a>/);
    assert.match(fig, /<a class="num" href="#src-paper"[^>]*>78<\/a>/);
    // 2022 infrastructure: (55 + 78) / 2 = 66.5, estimated.
    assert.match(
      fig,
      /<a class="num est" href="#src-coopsec-linear-interpolation"[^>]*>66\.5<\/a> <span class="badge est">estimated<\/span>/,
    );
    assert.match(fig, /stroke-dasharray/, 'dashed segments in the chart');
    assert.match(fig, />estimated</, 'the chart labels the estimates');
    assert.match(fig, /<figure id="fig-figure1"[\s\S]*<figcaption>[\s\S]*<table/);
  });

  it('gives every chart a caption and a data table', () => {
    const figures = [...html.matchAll(/<figure id="fig-([^"]+)"[\s\S]*?<\/figure>/g)];
    assert.ok(figures.length >= 3);
    for (const [fig = '', id] of figures) {
      assert.match(fig, /<figcaption>/, `${id} caption`);
      assert.match(fig, /<details class="alt"[\s\S]*<table/, `${id} data table`);
    }
  });

  it('draws Figure 2 with every edge type in its legend', () => {
    const fig = sectionHtml(html, 'figure2');
    for (const type of ['enables', 'maintains', 'reinforces', 'multiplies']) {
      assert.match(fig, new RegExp(`class="edge edge-${type}"`));
      assert.match(fig, new RegExp(`<g class="legend-item">[^]*?>${type}</text>`));
    }
  });

  it('reproduces Table 2 and its coverage heatmap over the CSF functions', () => {
    const t2 = sectionHtml(html, 'table2');
    assert.match(t2, /On Informatisation/);
    assert.match(t2, /National Centre for Information Security/);
    const cov = sectionHtml(html, 'coverage');
    assert.match(cov, /<figure id="fig-coverage"/);
    for (const fn of ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'])
      assert.match(cov, new RegExp(`>${fn}</abbr>`));
  });

  it('marks the GCI scale change', () => {
    const sec = sectionHtml(html, 'regional');
    assert.match(sec, /scale changes here/);
    assert.match(sec, /GCI 2017, 2018 — score 0–1/);
    assert.match(sec, /GCI 2020, 2024 — score 0–100/);
  });

  it('shows claim verdicts with the numbers behind them', () => {
    const sec = sectionHtml(html, 'claims');
    assert.match(sec, /<span class="badge verdict does-not-hold">does not hold<\/span>/);
    assert.match(sec, /<span class="badge verdict holds">holds<\/span>/);
    assert.match(sec, /Numbers behind the verdict/);
  });

  it('reports the scenario as estimates with its assumptions', () => {
    const sec = sectionHtml(html, 'scenario');
    assert.match(sec, /Digital-literacy push/);
    assert.match(sec, /class="num est" href="#src-coopsec-scenario"/);
    assert.match(sec, /Assumptions/);
  });

  it('says so when a section has no data in this build', () => {
    const partial: ReportInput = {
      ...input,
      table2: { available: false, reason: 'no mapping' },
      scenario: undefined,
    };
    const out = renderReportHtml(partial);
    assert.match(sectionHtml(out, 'table2'), /Not available in this build: no mapping/);
    assert.match(sectionHtml(out, 'scenario'), /--plan plan\.json/);
  });

  it('escapes text from the data', () => {
    const evil: ReportInput = {
      ...input,
      country: { code: 'KGZ', name: '<script>alert(1)</script>' },
      sources: input.sources.map((s) =>
        s.id === 'paper' ? { ...s, citation: 'A "quoted" <b>title</b> & more' } : s,
      ),
    };
    const out = renderReportHtml(evil);
    assert.doesNotMatch(out, /<script/);
    assert.doesNotMatch(out, /<b>title<\/b>/);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(out, /A &quot;quoted&quot; &lt;b&gt;title&lt;\/b&gt; &amp; more/);
  });

  it('keeps the TLP label untranslated and the input JSON-safe', () => {
    assert.match(html, />TLP:CLEAR</);
    assert.deepEqual(JSON.parse(JSON.stringify(input)), input);
  });
});

describe('buildReportInput', () => {
  it('refuses an unknown country', async () => {
    await assert.rejects(
      buildReportInput('Atlantis', { assessments: KGZ_PAPER_ASSESSMENTS }),
      (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
    );
  });

  it('refuses a country with no data, naming it', async () => {
    await assert.rejects(
      buildReportInput('FR', { assessments: KGZ_PAPER_ASSESSMENTS }),
      (e: unknown) => e instanceof CoopsecError && e.code === 'NOT_FOUND' && /FRA/.test(e.message),
    );
  });

  it('refuses a bad plan before anything is rendered', async () => {
    await assert.rejects(
      buildReportInput('KGZ', { assessments: KGZ_PAPER_ASSESSMENTS, plan: { format: 'nope' } }),
      (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
    );
  });
});

describe('renderReportPdf', () => {
  it('says clearly when Chromium is missing', async () => {
    await assert.rejects(
      renderReportPdf('<p>x</p>', { chromiumPath: '/nonexistent/chromium' }),
      (e: unknown) =>
        e instanceof CoopsecError &&
        e.code === 'UNAVAILABLE' &&
        /Chromium not found at \/nonexistent\/chromium/.test(e.message),
    );
  });
});
