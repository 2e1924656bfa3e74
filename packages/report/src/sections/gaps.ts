/**
 * @module sections/gaps
 * Gaps and recommendations: the weakest and slowest components, the paper's mapping gaps, each
 * tied to one of the paper's five cooperation areas.
 */
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section, table, unavailable } from '../html/parts.ts';
import type { GapItem, ReportInput } from '../input.ts';

function gapText(ctx: RenderContext, item: GapItem): string {
  const { m } = ctx;
  if (
    item.kind === 'weakest' &&
    item.component !== undefined &&
    item.score !== undefined &&
    item.year !== undefined
  ) {
    return `${m.gaps.weakest(esc(m.components[item.component]), num(ctx, item.score), esc(String(item.year)))}${mark(ctx, [item.sourceId])}`;
  }
  if (item.kind === 'slowest' && item.component !== undefined && item.score !== undefined) {
    return `${m.gaps.slowest(esc(m.components[item.component]), num(ctx, item.score, { signed: true }))}${mark(ctx, [item.sourceId])}`;
  }
  return `${esc(item.text ?? '')}${mark(ctx, [item.sourceId])}`;
}

function recommendation(ctx: RenderContext, item: GapItem): string {
  // Same source as the gap beside it, whose mark covers the row.
  if (item.recommendation !== undefined) return esc(item.recommendation);
  return item.component === undefined ? '' : esc(ctx.m.gaps.recommendationFor[item.component]);
}

export function renderGaps(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.gaps;
  if (!input.gaps.available)
    return section({ id: 'gaps', title, body: unavailable(ctx, input.gaps.reason) });
  const rows = input.gaps.data.items.map((item) => [
    gapText(ctx, item),
    recommendation(ctx, item),
    esc(m.gaps.areas[item.area]),
  ]);
  return section({
    id: 'gaps',
    title,
    body: `<p>${esc(m.gaps.intro)}</p>\n${table({ head: [m.gaps.gap, m.gaps.recommendation, m.gaps.area].map(esc), rows })}`,
  });
}
