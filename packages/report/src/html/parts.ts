/**
 * @module html/parts
 * Building blocks shared by section renderers: the section frame, the "not available in this
 * build" notice, and a figure with its caption and data table (every chart has one).
 */
import type { RenderContext } from './context.ts';
import { esc } from './escape.ts';

/** One report section: `<section id="sec-…">` with its heading. */
export function section(options: { id: string; title: string; body: string }): string {
  return `<section id="sec-${options.id}" class="report-section"><h2>${esc(options.title)}</h2>\n${options.body}\n</section>`;
}

export function unavailable(ctx: RenderContext, reason: string): string {
  return `<p class="unavailable" role="note">${esc(ctx.m.report.notAvailableReason(reason))}</p>`;
}

/**
 * A chart with its text alternative: `<figure>` holding the SVG, a `<figcaption>` and a data
 * table in `<details>` (open in print so that the PDF has it too).
 */
export function figure(
  ctx: RenderContext,
  options: { id: string; svg: string; caption: string; table: string; open?: boolean },
): string {
  return `<figure id="fig-${options.id}" class="chart">
<div class="chart-svg" role="img" aria-label="${esc(options.caption)}">${options.svg}</div>
<figcaption>${options.caption}</figcaption>
<details class="alt"${options.open === true ? ' open' : ''}><summary>${esc(ctx.m.report.dataTable)}</summary>
${options.table}
</details>
</figure>`;
}

/** A plain data table; cells are HTML the caller has escaped. */
export function table(options: {
  head: readonly string[];
  rows: readonly (readonly string[])[];
  cls?: string;
  caption?: string;
}): string {
  const head = options.head.map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = options.rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('\n');
  const caption = options.caption === undefined ? '' : `<caption>${options.caption}</caption>`;
  return `<table class="${options.cls ?? 'data'}">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
}
