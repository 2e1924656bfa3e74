/**
 * @module sections/figure1
 * Figure 1: dynamics of the five components, with its data table (estimated values labelled).
 * The caption cites the measured and the estimated values' sources once each; the data table
 * cites each row's source beside its kind (measured or estimated).
 */
import { figure1Svg } from '../charts/figure1.ts';
import { mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { figure, section, table, unavailable } from '../html/parts.ts';
import type { ReportInput } from '../input.ts';

export function axisYears(series: readonly { points: readonly { year: number }[] }[]): number[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function renderFigure1(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const title = m.sections.figure1;
  if (!input.dynamics.available)
    return section({ id: 'figure1', title, body: unavailable(ctx, input.dynamics.reason) });
  const data = input.dynamics.data;
  const years = axisYears(data.series);
  const svg = figure1Svg({ series: data.series, years, m });
  const hasEstimates = data.series.some((s) => s.points.some((p) => p.kind === 'estimated'));
  const measuredSources = [
    ...new Set(
      data.series.flatMap((s) =>
        s.points.filter((p) => p.kind === 'measured').map((p) => p.sourceId),
      ),
    ),
  ];
  const estimateSources = [
    ...new Set(
      data.series.flatMap((s) =>
        s.points.filter((p) => p.kind === 'estimated').map((p) => p.sourceId),
      ),
    ),
  ];
  const rows = data.series.flatMap((s) =>
    s.points.map((p) => [
      esc(m.components[s.component]),
      esc(String(p.year)),
      num(ctx, p.score, { digits: 1, estimated: p.kind === 'estimated' }),
      `${esc(p.kind === 'estimated' ? m.report.estimated : m.report.measured)}${mark(ctx, [p.sourceId])}`,
    ]),
  );
  const dataTable = table({
    head: [
      esc(m.summary.component),
      esc(m.figure1.year),
      esc(m.figure1.yAxis),
      esc(m.figure1.kind),
    ],
    rows,
  });
  const sources = [
    measuredSources.length === 0 ? '' : m.figure1.measuredSources(mark(ctx, measuredSources)),
    estimateSources.length === 0 ? '' : m.figure1.estimatedSources(mark(ctx, estimateSources)),
  ].filter((x) => x !== '');
  const caption = `${esc(m.figure1.caption(input.country.name, String(years[0] ?? ''), String(years[years.length - 1] ?? '')))} ${sources.join(' ')}`;
  const note = `<p class="note">${esc(hasEstimates ? m.figure1.estimatedNote : m.figure1.noEstimates)}</p>`;
  return section({
    id: 'figure1',
    title,
    body: `${figure(ctx, { id: 'figure1', svg, caption, table: dataTable })}\n${note}`,
  });
}
