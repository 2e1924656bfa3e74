/**
 * Unit tests of the HTML report: sections present, every table and finding cited with a
 * numbered mark that resolves to a listed source, no raw data keys in the text, no external
 * resource or script, estimates and simulations labelled, text escaped, missing data said so.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import { CoopsecError, KGZ_PAPER_ASSESSMENTS } from '@coopsec/model';
import { buildReportInput } from './build-input.ts';
import { DEFAULT_PLAN, DEFAULT_PLAN_FILE } from './build/scenario.ts';
import type { ReportInput } from './input.ts';
import { renderReportPdf } from './pdf/render-pdf.ts';
import { renderReportHtml, SECTION_IDS } from './render.ts';
import { MEASURED_KGZ } from './testing/measured.ts';

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

/** Text of the document body (no stylesheet), as a reader sees it. */
function bodyText(html: string): string {
  return text(html.slice(html.indexOf('<body>')));
}

/** Every citation mark: the source ids and numbers it links to. */
function marks(fragment: string): { id: string; n: number }[][] {
  return [...fragment.matchAll(/<(?:sup|span) class="ref[^"]*">([\s\S]*?)<\/(?:sup|span)>/g)].map(
    ([, inner = '']) =>
      [...inner.matchAll(/<a href="#src-([^"]+)"[^>]*>(\d+)<\/a>/g)].map(([, id = '', n = '']) => ({
        id,
        n: Number(n),
      })),
  );
}

/** Years, score scales and similar labels are not data values. */
const LABEL = /^(?:(?:19|20)\d\d|0–1|0–100|GCI (?:19|20)\d\d)$/;

describe('renderReportHtml', () => {
  let input: ReportInput;
  let html: string;

  before(async () => {
    // No plan: the report runs the documented default plan.
    input = await buildReportInput('KGZ', {
      assessments: KGZ_PAPER_ASSESSMENTS,
      generatedAt: '2026-11-25T12:00:00.000Z',
      measuredCooperation: MEASURED_KGZ,
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
    // Every link is a fragment within the document (a source's own URL would be the one
    // exception, and no bundled source records one).
    for (const [, href] of html.matchAll(/href="([^"]*)"/g))
      assert.ok(href?.startsWith('#'), `non-local href ${href}`);
  });

  it('resolves every fragment link to an element of the document', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g))
      assert.ok(ids.has(target), `#${target} has no target`);
  });

  it('cites a source in every table that holds numbers', () => {
    let tables = 0;
    for (const [tbl = ''] of html.matchAll(/<table[\s\S]*?<\/table>/g)) {
      const numeric = [...tbl.matchAll(/<td>([\s\S]*?)<\/td>/g)].some(([, cell = '']) => {
        const t = text(cell.replace(/<(sup|span) class="ref[^"]*">[\s\S]*?<\/\1>/g, ''));
        return /\d/.test(t) && !LABEL.test(t);
      });
      if (!numeric) continue;
      tables += 1;
      assert.ok(marks(tbl).length > 0, `table without a citation mark: ${text(tbl).slice(0, 120)}`);
    }
    assert.ok(tables >= 8, `expected many tables with numbers, got ${tables}`);
  });

  it('gives each summary finding one citation mark', () => {
    const summary = sectionHtml(html, 'summary');
    const items = [...summary.matchAll(/<li>([\s\S]*?)<\/li>/g)];
    assert.ok(items.length >= 5);
    for (const [, li = ''] of items)
      assert.equal(marks(li).length, 1, `finding without exactly one mark: ${text(li)}`);
  });

  it('resolves every citation mark to a numbered entry of the sources list', () => {
    const sources = sectionHtml(html, 'sources');
    const listed = new Map(
      [...sources.matchAll(/<li id="src-([^"]+)" value="(\d+)">/g)].map(([, id = '', n = '']) => [
        id,
        Number(n),
      ]),
    );
    const all = marks(html.slice(0, html.indexOf('<section id="sec-sources"')));
    assert.ok(all.length > 50, `expected many marks, got ${all.length}`);
    const used = new Set<string>();
    for (const m of all) {
      assert.ok(m.length > 0, 'a mark with no source');
      for (const { id, n } of m) {
        assert.equal(listed.get(id), n, `[${n}] → ${id} is listed under that number`);
        used.add(id);
      }
    }
    // Numbered 1…N in order, and every listed source is cited somewhere.
    assert.deepEqual(
      [...listed.values()],
      Array.from({ length: listed.size }, (_, i) => i + 1),
    );
    assert.deepEqual([...used].sort(), [...listed.keys()].sort());
    assert.match(sources, /Contextualised information security cooperation model/);
  });

  it('gives each source its URL or DOI, or says that none is recorded', () => {
    const sources = sectionHtml(html, 'sources');
    const items = [...sources.matchAll(/<li id="src-[^"]+"[\s\S]*?<\/li>/g)].map(([li]) => li);
    assert.ok(items.length >= 5);
    for (const li of items) {
      assert.match(
        li,
        /<span class="locator(?: no-url)?">(?:URL:|DOI:|No URL or DOI recorded|Computed by coopsec for this report)/,
        `entry without URL, DOI or a no-URL note: ${text(li)}`,
      );
      // No bundled source records a URL: none may appear (a URL is never made up).
      assert.doesNotMatch(li, /https?:\/\//);
    }
    assert.match(text(sources), /\[1\] Contextualised information security cooperation model/);
  });

  it('prints a URL or DOI that a source record gives', async () => {
    const withUrl = await buildReportInput('KGZ', {
      assessments: KGZ_PAPER_ASSESSMENTS,
      sources: [
        {
          id: 'paper',
          citation: 'The seed paper',
          url: 'https://example.org/paper',
          doi: '10.1234/seed',
        } as { id: string; citation: string },
      ],
    });
    const out = sectionHtml(renderReportHtml(withUrl), 'sources');
    const li = /<li id="src-paper"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    assert.match(li, /DOI: 10\.1234\/seed/);
    assert.match(li, /<a class="url" href="https:\/\/example\.org\/paper">/);
    assert.doesNotMatch(li, /No URL or DOI recorded/);
  });

  it('shows no raw data keys or internal ids anywhere in the text', () => {
    // The default plan's file name is a path a reader can open, not a key.
    const body = bodyText(html).replace(DEFAULT_PLAN_FILE, '');
    for (const key of [
      'yearsWithData',
      'claimedOnEditionScale',
      'rankFromLowest',
      'rankFromHighest',
      'yearsInPeriodWithoutData',
      'primarySources',
    ])
      assert.ok(!body.includes(key), `raw key ${key} in the report`);
    const camel = body.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [];
    assert.deepEqual(camel, [], 'camelCase words in the report');
    const ids = [
      ...input.sources.map((s) => s.id).filter((id) => /[-\d]/.test(id)),
      'digital-literacy',
      'human-resources',
      'declarative-only',
      'does-not-hold',
      'cannot-be-decided',
      'growth-extreme',
      'level-extreme',
      'gci-score',
      'gci-rank',
      'response.',
      'drift.',
      'multiplier.strength',
      'index.weight',
      'edge.',
      'effort-unit',
    ];
    for (const id of ids) assert.ok(!body.includes(id), `internal id "${id}" in the report`);
  });

  it('underlines no number and repeats no "Source" link', () => {
    assert.doesNotMatch(html, /dotted/);
    assert.doesNotMatch(html, /<a class="(?:num|cite|src)/);
    assert.doesNotMatch(bodyText(html), /Source:? Source/);
  });

  it('shows the paper’s values and labels interpolated ones as estimated', () => {
    const fig = sectionHtml(html, 'figure1');
    // A measured row cites the paper; 2022 infrastructure, (55 + 78) / 2 = 66.5, is estimated
    // and cites the interpolation.
    assert.match(
      fig,
      /<td><span class="num">55<\/span><\/td><td>measured<sup class="ref">\[<a href="#src-paper"/,
    );
    assert.match(
      fig,
      /<td><span class="num est">66\.5<\/span> <span class="badge est">estimated<\/span><\/td><td>estimated<sup class="ref">\[<a href="#src-coopsec-linear-interpolation"/,
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

  it('audits the claims in one compact table, each row leading to its appendix entry', () => {
    const sec = sectionHtml(html, 'claims');
    assert.ok(input.claims.available);
    const claims = input.claims.data.claims;
    const tables = [...sec.matchAll(/<table class="data claims">/g)];
    assert.equal(tables.length, 1, 'one table');
    assert.doesNotMatch(sec, /<article/, 'no per-claim blocks in the section');
    const rows = [...sec.matchAll(/<tr><td>([\s\S]*?)<\/tr>/g)].map(([r]) => r);
    assert.equal(rows.length, claims.length);
    const appendix = sectionHtml(html, 'appendix-claims');
    for (const [i, row] of rows.entries()) {
      const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, c = '']) => c);
      assert.equal(cells.length, 6, `row ${i + 1} has six cells`);
      const [no = '', , verdict = '', claimed = '', found = '', why = ''] = cells;
      const target = /href="#([^"]+)"/.exec(no)?.[1] ?? '';
      assert.match(appendix, new RegExp(`<article [^>]*id="${target}"`), `row ${i + 1} → appendix`);
      assert.match(verdict, /class="badge verdict (?:holds|does-not-hold|cannot-be-decided)"/);
      assert.ok(text(claimed).length > 5, `row ${i + 1} says what is claimed`);
      assert.ok(text(found).length > 3, `row ${i + 1} says what is found`);
      if (text(found) !== 'no data')
        assert.ok(marks(found).length === 1, `row ${i + 1} found cites`);
      assert.ok(/\.$/.test(text(why)) && text(why).length > 10, `row ${i + 1} gives a reason`);
    }
    // The paper's 0.79 for Kazakhstan's GCI 2020 (published 93.15 on 0–100) does not hold.
    const kaz = rows.find((r) => /Kazakhstan, GCI 2020: score 0\.79/.test(text(r))) ?? '';
    assert.match(kaz, /does not hold/);
    assert.match(text(kaz), /published 93\.15 \(0–100\)/);
    assert.match(text(kaz), /statement uses the 0–1 scale/);
  });

  it('details every claim in the appendix under plain labels', () => {
    assert.ok(input.claims.available);
    const appendix = sectionHtml(html, 'appendix-claims');
    const articles = [...appendix.matchAll(/<article[\s\S]*?<\/article>/g)].map(([a]) => a);
    assert.equal(articles.length, input.claims.data.claims.length);
    for (const a of articles) {
      assert.match(a, /<dt>Statement<\/dt><dd><q>/);
      assert.match(a, /<dt>Verdict<\/dt><dd><span class="badge verdict/);
      assert.ok(marks(a).length >= 1);
    }
    assert.match(text(appendix), /Years of the period without values 2021, 2022, 2023, 2025/);
    assert.match(
      text(appendix),
      /Ranking by level in 2024, highest first 1\. International cooperation 82 · 2\. Regulatory framework 79/,
    );
  });

  it('runs the documented default scenario when no plan is given, labelled simulated', () => {
    const sec = sectionHtml(html, 'scenario');
    assert.match(html, /<a href="#sec-scenario">Scenario<\/a>/, 'in the contents');
    assert.match(sec, /<span class="badge sim">simulated<\/span>/);
    assert.match(text(sec), /not measurements and not a forecast/);
    assert.ok(
      text(sec).includes(`documented default plan “Digital-literacy push” (${DEFAULT_PLAN_FILE})`),
    );
    assert.match(
      sec,
      /<span class="num est">91\.6<\/span> <span class="badge est">estimated<\/span>/,
    );
    assert.match(sec, /2030 \(projected\)<sup class="ref">\[<a href="#src-coopsec-scenario"/);
    assert.match(text(sec), /Effort unit/);
    const appendix = sectionHtml(html, 'appendix-scenario');
    assert.match(text(appendix), /Strength of the cooperation multiplier 0\.5/);
    assert.match(text(appendix), /Link weight Regulatory framework → Technological infrastructure/);
  });

  it('keeps the default plan equal to the documented example plan', () => {
    const file: unknown = JSON.parse(
      readFileSync(new URL(`../../../${DEFAULT_PLAN_FILE}`, import.meta.url), 'utf8'),
    );
    assert.deepEqual(file, DEFAULT_PLAN);
  });

  it('runs a plan that is given, and says it is that plan', async () => {
    const out = renderReportHtml(
      await buildReportInput('KGZ', { assessments: KGZ_PAPER_ASSESSMENTS, plan }),
    );
    const sec = sectionHtml(out, 'scenario');
    assert.match(text(sec), /Plan: “Digital-literacy push”/);
    assert.doesNotMatch(text(sec), /default plan/);
    assert.match(text(sec), /Human resources: 0\.5 in every projected year/);
  });

  it('says so when a section has no data in this build, and leaves out an absent scenario', () => {
    const { scenario: _scenario, ...rest } = input;
    const partial: ReportInput = { ...rest, table2: { available: false, reason: 'no mapping' } };
    const out = renderReportHtml(partial);
    assert.match(sectionHtml(out, 'table2'), /Not available in this build: no mapping/);
    assert.doesNotMatch(out, /id="sec-scenario"|href="#sec-scenario"/);
    assert.doesNotMatch(out, /id="sec-appendix-scenario"|href="#sec-appendix-scenario"/);
  });

  it('shows the measured cooperation, each figure labelled MEASURED with period, source and confidence', () => {
    const sec = sectionHtml(html, 'measured');
    const rows = [...sec.matchAll(/<tr><td>([\s\S]*?)<\/tr>/g)].map(([row = '']) => text(row));
    const period = '25 November 2025 – 25 November 2026';
    const tail = `${period} this node’s exchange records high`;
    assert.ok(
      rows.includes(`Objects shared by the node’s organisations 7 MEASURED ${tail}`),
      rows.join('\n'),
    );
    assert.ok(rows.includes(`Objects received from partner nodes 1 MEASURED ${tail}`));
    assert.ok(rows.includes(`Joint incident cases 1 MEASURED ${tail}`));
    assert.ok(
      rows.includes(
        `Sightings returned per indicator shared (capped at 1) 3 of 4 (75 %) MEASURED ${tail}`,
      ),
    );
    assert.equal(rows.length, 12, 'seven figures and five shares');
    // The score stands apart, labelled measured, with its rule.
    const score = text(sec.slice(sec.indexOf('<div class="measured-score">')));
    assert.match(score, /^Measured cooperation score \(0–100\) 55 MEASURED \[ \d+ \]/);
    assert.match(score, /Rule coopsec-measured-cooperation-v1, coopsec’s own/);
    assert.match(score, /not the self-reported score/);
    // The records are cited, and listed as a computed source.
    const [cited] = marks(sec)[0] ?? [];
    assert.equal(cited?.id, 'coopsec-exchange-records');
    assert.match(sectionHtml(html, 'sources'), /Exchange records of this coopsec node/);
  });

  it('keeps the measured figures out of the self-reported score', async () => {
    // Without the measured part the reported sections are the same, byte for byte: nothing
    // measured is put in place of the reported cooperation score or averaged into it.
    const without = renderReportHtml(
      await buildReportInput('KGZ', {
        assessments: KGZ_PAPER_ASSESSMENTS,
        generatedAt: '2026-11-25T12:00:00.000Z',
      }),
    );
    for (const id of ['summary', 'figure1', 'regional', 'gaps'])
      assert.equal(
        text(sectionHtml(html, id)),
        text(sectionHtml(without, id)),
        `section ${id} unchanged`,
      );
    assert.doesNotMatch(without, /id="sec-measured"|href="#sec-measured"/, 'left out without data');
    assert.doesNotMatch(text(sectionHtml(html, 'measured')), /estimated|reported score \d/);
  });

  it('says why the measured cooperation is not shown', async () => {
    const why = async (view: Parameters<typeof buildReportInput>[1]['measuredCooperation']) =>
      text(
        sectionHtml(
          renderReportHtml(
            await buildReportInput('KGZ', {
              assessments: KGZ_PAPER_ASSESSMENTS,
              measuredCooperation: view,
            }),
          ),
          'measured',
        ),
      );
    assert.match(
      await why({ available: false, reason: 'x', cause: 'other-country', nodeCountry: 'KAZ' }),
      /Not shown: this node serves KAZ; its exchange records measure the cooperation of KAZ, not of KGZ\./,
    );
    assert.match(
      await why({ available: false, reason: 'x', cause: 'node-country-not-set' }),
      /Not shown: the country this node serves is not set \(COOPSEC_NODE_COUNTRY\)/,
    );
    // A view measured for another country is never shown as this one's.
    const other = await why({ ...MEASURED_KGZ, country: 'KAZ' });
    assert.match(other, /Not shown: this node serves KAZ/);
    assert.doesNotMatch(other, /MEASURED/);
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
