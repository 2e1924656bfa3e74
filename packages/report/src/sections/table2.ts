/**
 * @module sections/table2
 * Table 2 of the paper (legal acts and institutions → ISO/IEC 27001 domains → NIST CSF
 * functions → gaps → priorities) and the coverage heatmap of acts × CSF functions.
 */
import { heatmapSvg } from '../charts/heatmap.ts';
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { figure, section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderTable2(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.table2;
  if (!input.table2.available)
    return section({ id: 'table2', title, body: unavailable(ctx, input.table2.reason) });
  const t = input.table2.data;
  // The paper's own words, cited once for the whole table; the coverage level is our reading.
  const rows = t.rows.map((r) => [
    esc(r.act),
    esc(r.isoDomains.join('; ')),
    esc(r.csfFunctions.join(', ')),
    `${esc(r.gaps)} <span class="level">(${esc(m.table2.levels[r.coverage])})</span>`,
    esc(r.priorities),
  ]);
  const body = `${table({
    head: [m.table2.act, m.table2.iso, m.table2.csf, m.table2.gaps, m.table2.priorities].map(esc),
    rows,
    cls: 'data table2',
    caption: `${esc(m.table2.caption)}${mark(ctx, [t.sourceId], { locator: t.location })}`,
  })}
<p class="note">${t.note === undefined ? '' : esc(t.note)}</p>`;
  return section({ id: 'table2', title, body });
}

export function renderCoverage(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.coverage;
  if (!input.coverage.available)
    return section({ id: 'coverage', title, body: unavailable(ctx, input.coverage.reason) });
  const c = input.coverage.data;
  const rows = c.acts.map((act, i) => [
    esc(act),
    ...c.functions.map((_, j) => num(ctx, c.values[i]?.[j] ?? 0, { digits: 2 })),
  ]);
  const dataTable = table({
    head: [
      `${esc(m.table2.act)}${mark(ctx, [c.sourceId])}`,
      ...c.functions.map((f) => `<abbr title="${esc(f.name)}">${esc(f.id)}</abbr>`),
    ],
    rows,
  });
  const caption = `${esc(m.table2.heatmapCaption)}${mark(ctx, [c.sourceId])} <span class="rules">${esc(m.table2.coverageRules)}</span>`;
  return section({
    id: 'coverage',
    title,
    body: figure(ctx, {
      id: 'coverage',
      svg: heatmapSvg({ data: c, m }),
      caption,
      table: dataTable,
    }),
  });
}
