/**
 * @module sections/table2
 * Table 2 of the paper (legal acts and institutions → ISO/IEC 27001 domains → NIST CSF
 * functions → gaps → priorities) and the coverage heatmap of acts × CSF functions.
 */
import { heatmapSvg } from '../charts/heatmap.ts';
import { cite, num, sourceLink, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { figure, section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderTable2(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.table2;
  if (!input.table2.available)
    return section({ id: 'table2', title, body: unavailable(ctx, input.table2.reason) });
  const t = input.table2.data;
  const rows = t.rows.map((r) => [
    cite(ctx, r.act, t.sourceId),
    // The paper's own words: each cell is one click from the paper.
    cite(ctx, r.isoDomains.join('; '), t.sourceId),
    cite(ctx, r.csfFunctions.join(', '), t.sourceId),
    cite(ctx, r.gaps, t.sourceId),
    cite(ctx, r.priorities, t.sourceId),
  ]);
  const body = `${table({ head: [m.table2.act, m.table2.iso, m.table2.csf, m.table2.gaps, m.table2.priorities].map(esc), rows })}
<p class="note">${t.note === undefined ? '' : `${esc(t.note)} `}${sourceLink(ctx, t.sourceId, t.location)}</p>`;
  return section({ id: 'table2', title, body });
}

export function renderCoverage(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.coverage;
  if (!input.coverage.available)
    return section({ id: 'coverage', title, body: unavailable(ctx, input.coverage.reason) });
  const c = input.coverage.data;
  const rows = c.acts.map((act, i) => [
    cite(ctx, act, c.sourceId),
    ...c.functions.map((_, j) => num(ctx, c.values[i]?.[j] ?? 0, c.sourceId, { digits: 2 })),
  ]);
  const dataTable = table({
    head: [
      esc(m.table2.act),
      ...c.functions.map((f) => `<abbr title="${esc(f.name)}">${esc(f.id)}</abbr>`),
    ],
    rows,
  });
  const caption = `${esc(m.table2.heatmapCaption)}${c.note === undefined ? '' : ` ${esc(c.note)}`} ${sourceLink(ctx, c.sourceId)}`;
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
