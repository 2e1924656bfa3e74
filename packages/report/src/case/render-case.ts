/**
 * @module case/render-case
 * `renderCaseReportHtml`: one incident case as a self-contained HTML document (inline CSS, no
 * script, no external resource), like the country report. The case's TLP label stands in the
 * header and again in the footer (TLP 2.0: a marked document shows its label); in the PDF it is
 * also on every page (see `caseReportPdfMarking`). TLP/PAP labels and RSIT ids are untranslated.
 */
import { caseMessagesFor, type CaseMessages } from '../i18n/case-messages.ts';
import { esc } from '../html/escape.ts';
import { documentHead } from '../html/document.ts';
import { section, table } from '../html/parts.ts';
import type { CaseReportCase, CaseReportOptions, CaseTlp } from './input.ts';

/** `TLP:AMBER+STRICT` from `amber+strict`: the label as TLP 2.0 spells it. */
export const tlpLabel = (tlp: CaseTlp): string => `TLP:${tlp.toUpperCase()}`;
const papLabel = (pap: string): string => `PAP:${pap.toUpperCase()}`;
const tlpBadge = (tlp: CaseTlp): string =>
  `<span class="tlp tlp-${tlp.replace('+', '-')}">${esc(tlpLabel(tlp))}</span>`;

/** A timestamp as `2026-11-25 23:30 UTC`: the same in every language, to the minute. */
const utc = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

const duration = (m: CaseMessages, ms: number | undefined): string => {
  if (ms === undefined) return `<span class="missing">${esc(m.missing)}</span>`;
  const minutes = Math.round(ms / 60_000);
  return esc(m.duration(Math.floor(minutes / 60), minutes % 60));
};

/** The STIX type of an id (`indicator--…` → `indicator`). */
const stixType = (id: string): string => id.split('--')[0] ?? id;

const CASE_CSS = `
.case-foot{margin-top:28px;border-top:1px solid var(--line);padding-top:6px;color:var(--muted)}
dl.case-fields{display:grid;grid-template-columns:max-content 1fr;gap:3px 14px;margin:6px 0}
dl.case-fields dt{font-weight:bold}dl.case-fields dd{margin:0}
.missing{color:var(--fails);font-style:italic}
.mono{font-family:"DejaVu Sans Mono",monospace;font-size:11px;word-break:break-all}
p.case-desc{white-space:pre-wrap}
`;

function overview(m: CaseMessages, c: CaseReportCase): string {
  const rows: [string, string][] = [
    [m.field.caseId, `<span class="mono">${esc(c.id)}</span>`],
    [m.field.rsitClass, `<span class="mono">${esc(c.rsit.class)}</span>`],
    [m.field.rsitType, `<span class="mono">${esc(c.rsit.type)}</span>`],
    [m.field.severity, esc(m.severity[c.severity])],
    [m.field.tlp, tlpBadge(c.tlp)],
    [m.field.pap, `<span class="mono">${esc(papLabel(c.pap))}</span>`],
    [m.field.status, esc(c.phase === 'closed' ? m.status.closed : m.status.open)],
    [m.field.phase, esc(m.phase[c.phase])],
    [m.field.openedBy, esc(c.createdBy)],
    [m.field.opened, esc(utc(c.created))],
    [m.field.modified, esc(utc(c.modified))],
  ];
  const fields = rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('');
  const desc =
    c.description.trim() === ''
      ? ''
      : `<h3>${esc(m.field.description)}</h3><p class="case-desc">${esc(c.description)}</p>`;
  return `<dl class="case-fields">${fields}</dl>${desc}`;
}

/** `<p>none</p>` for an empty list, else the table. */
const tableOrNone = (
  m: CaseMessages,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string =>
  rows.length === 0 ? `<p class="none">${esc(m.none)}</p>` : table({ head: head.map(esc), rows });

/**
 * @example
 * const view = await showIncident(store, { id }, { orgId: 'cert-lu' });
 * writeFileSync('case.html', renderCaseReportHtml(view, { lang: 'ru' }));
 */
export function renderCaseReportHtml(c: CaseReportCase, options: CaseReportOptions = {}): string {
  const m = caseMessagesFor(options.lang ?? 'en');
  const title = m.title(c.title);
  const byTime = <T extends { at: string }>(xs: readonly T[]): T[] =>
    [...xs].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const sections = [
    section({ id: 'overview', title: m.sections.overview, body: overview(m, c) }),
    section({
      id: 'participants',
      title: m.sections.participants,
      body: tableOrNone(
        m,
        [m.field.organisation, m.field.role],
        c.participants.map((p) => [esc(p.organisation), esc(m.role[p.role])]),
      ),
    }),
    section({
      id: 'times',
      title: m.sections.times,
      body: `<p>${esc(m.timesNote)}</p>${table({
        head: [],
        rows: [
          [esc(m.times.acknowledge), duration(m, c.metrics.timeToAcknowledgeMs)],
          [esc(m.times.contain), duration(m, c.metrics.timeToContainMs)],
          [esc(m.times.resolve), duration(m, c.metrics.timeToResolveMs)],
        ],
      }).replace('<thead><tr></tr></thead>', '')}`,
    }),
    section({
      id: 'timeline',
      title: m.sections.timeline,
      body: tableOrNone(
        m,
        [m.field.at, m.field.by, m.field.kind, m.field.summary],
        byTime(c.timeline).map((e) => [
          esc(utc(e.at)),
          esc(e.by),
          esc(e.phase === undefined ? m.kind[e.kind] : `${m.kind[e.kind]}: ${m.phase[e.phase]}`),
          esc(e.summary),
        ]),
      ),
    }),
    section({
      id: 'tasks',
      title: m.sections.tasks,
      body: tableOrNone(
        m,
        [m.field.task, m.field.owner, m.field.due, m.field.status, m.field.done],
        c.tasks.map((t) => [
          esc(t.title),
          esc(t.owner),
          t.due === undefined ? esc(m.none) : esc(t.due),
          esc(m.taskStatus[t.status]),
          esc(t.status === 'completed' ? m.yes : m.no),
        ]),
      ),
    }),
    section({
      id: 'links',
      title: m.sections.links,
      body: tableOrNone(
        m,
        [m.field.stixType, m.field.stixId, m.field.name],
        c.links.map((id) => {
          const name = options.linkedNames?.get(id);
          return [
            `<span class="mono">${esc(stixType(id))}</span>`,
            `<span class="mono">${esc(id)}</span>`,
            name === undefined ? `<span class="missing">${esc(m.missing)}</span>` : esc(name),
          ];
        }),
      ),
    }),
    section({
      id: 'comments',
      title: m.sections.comments,
      body: tableOrNone(
        m,
        [m.field.at, m.field.by, m.field.comment],
        byTime(c.comments).map((x) => [esc(utc(x.at)), esc(x.by), esc(x.text)]),
      ),
    }),
  ];
  const generated = m.generated(m.format.date(options.generatedAt ?? new Date().toISOString()));
  return `${documentHead({ locale: m.locale, title, extraCss: CASE_CSS })}<main>
<header class="report-head">
<p>${tlpBadge(c.tlp)}</p>
<h1>${esc(title)}</h1>
<p>${esc(m.subtitle)}</p>
<p>${esc(generated)}</p>
</header>
${sections.join('\n')}
<footer class="case-foot"><p>${tlpBadge(c.tlp)} ${esc(m.marking(tlpLabel(c.tlp)))}</p></footer>
</main>
</body>
</html>
`;
}

/** The marking every PDF page of the case report carries in its header and footer. */
export function caseReportPdfMarking(c: Pick<CaseReportCase, 'tlp'>): string {
  return tlpLabel(c.tlp);
}
