/**
 * @module sections/regional
 * Regional comparison: ITU GCI by edition for the five Central Asian countries, two panels
 * because the scale changes, and a table with every value's sources.
 */
import { gciSvg } from '../charts/gci.ts';
import { cite, num, sourceLink, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { figure, section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function renderRegional(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.regional;
  if (!input.regional.available)
    return section({ id: 'regional', title, body: unavailable(ctx, input.regional.reason) });
  const data = input.regional.data;
  const rows = data.editions.flatMap((e) =>
    e.rows.map((r) => {
      const primary = r.sourceIds[0] ?? 'paper';
      const cls = r.country === data.focus ? ' class="focus"' : '';
      return [
        `<span${cls}>${esc(r.name)}</span>`,
        esc(String(e.edition)),
        esc(e.scale === '0-1' ? '0–1' : '0–100'),
        num(ctx, r.score, primary, { digits: 3 }),
        r.rank === undefined
          ? r.tier === undefined
            ? esc(m.regional.noRank)
            : cite(ctx, r.tier, primary)
          : num(ctx, r.rank, primary, { digits: 0 }),
        r.sourceIds
          .map((id) => sourceLink(ctx, id, ctx.sources.get(id)?.citation.split(',')[0] ?? id))
          .join(' '),
      ];
    }),
  );
  const dataTable = table({
    head: [
      m.regional.country,
      m.regional.editionHeader,
      m.regional.scale,
      m.regional.score,
      `${m.regional.rank} / ${m.regional.tier}`,
      m.report.sources,
    ].map(esc),
    rows,
  });
  const allSources = [...new Set(data.editions.flatMap((e) => e.rows.flatMap((r) => r.sourceIds)))];
  const caption = `${esc(m.regional.caption)} ${allSources
    .slice(0, 4)
    .map((id) => sourceLink(ctx, id, id))
    .join(' ')}`;
  const notes =
    data.notes.length === 0
      ? ''
      : `<ul class="notes">${data.notes.map((n) => `<li>${cite(ctx, n.text, n.sourceId)}</li>`).join('')}</ul>`;
  return section({
    id: 'regional',
    title,
    body: `${figure(ctx, { id: 'regional', svg: gciSvg({ data, m }), caption, table: dataTable })}\n${notes}`,
  });
}
