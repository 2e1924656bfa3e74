/**
 * @module sections/gaps
 * Gaps and recommendations: the weakest and slowest components, the paper's mapping gaps, each
 * tied to one of the paper's five cooperation areas.
 */
import { cite, num, sourceLink, type RenderContext } from '../html/context.ts';
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
    return m.gaps.weakest(
      esc(m.components[item.component]),
      num(ctx, item.score, item.sourceId),
      esc(String(item.year)),
    );
  }
  if (item.kind === 'slowest' && item.component !== undefined && item.score !== undefined) {
    return m.gaps.slowest(
      esc(m.components[item.component]),
      num(ctx, item.score, item.sourceId, { signed: true }),
    );
  }
  return `${esc(item.text ?? '')} ${sourceLink(ctx, item.sourceId)}`;
}

function recommendation(ctx: RenderContext, item: GapItem): string {
  if (item.recommendation !== undefined) return cite(ctx, item.recommendation, item.sourceId);
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
