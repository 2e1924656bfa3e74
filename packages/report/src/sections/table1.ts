/**
 * @module sections/table1
 * Table 1 of the paper: trends → challenges → response mechanisms, each row with its place in
 * the paper.
 */
import { mark, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderTable1(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.table1;
  if (!input.table1.available)
    return section({ id: 'table1', title, body: unavailable(ctx, input.table1.reason) });
  const t = input.table1.data;
  const rows = t.rows.map((r) => [
    esc(r.trend),
    esc(r.challenge),
    esc(r.response),
    esc(m.components[r.component]),
    esc(r.location),
  ]);
  const body = `${table({
    head: [
      m.table1.trend,
      m.table1.challenge,
      m.table1.response,
      m.table1.component,
      m.table1.location,
    ].map(esc),
    rows,
    caption: `${esc(t.title)}${mark(ctx, [t.sourceId], { locator: t.location })}`,
  })}
<p class="note">${esc(t.compiledFrom)}. ${esc(t.note)}</p>`;
  return section({ id: 'table1', title, body });
}
