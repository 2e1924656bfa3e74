/**
 * @module sections/regional
 * Regional comparison: ITU GCI by edition for the five Central Asian countries, two panels
 * because the scale changes, and a table with every value's sources.
 */
import { gciSvg } from '../charts/gci.ts';
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { figure, section, table, unavailable } from '../html/parts.ts';
import type { RegionalNote, ReportInput } from '../input.ts';

export function renderRegional(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.regional;
  if (!input.regional.available)
    return section({ id: 'regional', title, body: unavailable(ctx, input.regional.reason) });
  const data = input.regional.data;
  const rows = data.editions.flatMap((e) =>
    e.rows.map((r) => {
      const cls = r.country === data.focus ? ' class="focus"' : '';
      return [
        `<span${cls}>${esc(r.name)}</span>`,
        esc(String(e.edition)),
        esc(e.scale === '0-1' ? '0–1' : '0–100'),
        num(ctx, r.score, { digits: 3 }),
        r.rank === undefined
          ? r.tier === undefined
            ? esc(m.regional.noRank)
            : esc(r.tier)
          : num(ctx, r.rank, { digits: 0 }),
        mark(ctx, r.sourceIds),
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
  const caption = `${esc(m.regional.caption)}${mark(ctx, allSources)}`;
  const names = new Map(data.editions.flatMap((e) => e.rows.map((r) => [r.country, r.name])));
  const notes =
    data.notes.length === 0
      ? ''
      : `<h3>${esc(m.regional.notes)}</h3><ul class="notes">${data.notes.map((n) => `<li>${noteHtml(ctx, n, names)}</li>`).join('')}</ul>`;
  return section({
    id: 'regional',
    title,
    body: `${figure(ctx, { id: 'regional', svg: gciSvg({ data, m }), caption, table: dataTable })}\n${notes}`,
  });
}

/** "Kazakhstan, GCI 2017: another source gives rank 82.[7]" and the record's own note. */
function noteHtml(ctx: RenderContext, n: RegionalNote, names: ReadonlyMap<string, string>): string {
  const { m } = ctx;
  const parts: string[] = [];
  if (n.note !== undefined) parts.push(`${esc(n.note)}${mark(ctx, [n.noteSourceId])}`);
  for (const a of n.alternatives)
    parts.push(
      `${esc(m.regional.alternative(m.regional.fields[a.field], m.format.number(a.value, 3)))}${mark(ctx, [a.sourceId])}`,
    );
  return `<strong>${esc(m.regional.recordHead(names.get(n.country) ?? n.country, String(n.edition)))}</strong> ${parts.join(' ')}`;
}
