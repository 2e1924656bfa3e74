/**
 * @module sections/measured
 * International cooperation measured from this node's exchange records (issue 18 item 2), after
 * the regional comparison. Every figure and share is labelled MEASURED with its period, source
 * and confidence; the measured score (coopsec's rule) stands in its own block with its rule.
 * None of it is put in place of, or averaged with, the self-reported cooperation score, which
 * the summary and Figure 1 show as their sources give it.
 *
 * No measured data in the input: the section is left out (the caller said nothing of a node).
 * Not available: the section says why (the node's country is not set, or is another country).
 */
import { formatNumber, mark, num, type RenderContext } from '../html/context.ts';
import { esc } from '../html/escape.ts';
import { section, table } from '../html/parts.ts';
import type { MeasuredData, ReportInput } from '../input.ts';

const FIGURES = [
  'objectsShared',
  'objectsReceived',
  'uniqueIndicators',
  'agreementsActive',
  'peersReachable',
  'jointCases',
  'advisoriesExchanged',
] as const satisfies readonly (keyof MeasuredData['figures'])[];

function tag(ctx: RenderContext): string {
  return `<span class="badge meas">${esc(ctx.m.measured.tag)}</span>`;
}

function ratioCell(ctx: RenderContext, r: MeasuredData['ratios'][number]): string {
  const { m } = ctx;
  if (r.value === null) return esc(m.measured.ratioMissing);
  const text = m.measured.ratioValue(
    formatNumber(ctx, r.numerator, { digits: 0 }),
    formatNumber(ctx, r.denominator, { digits: 0 }),
    formatNumber(ctx, r.value * 100, { digits: 0, unit: 'percent' }),
  );
  return `<span class="num">${esc(text)}</span> ${tag(ctx)}`;
}

export function renderMeasured(ctx: RenderContext, input: ReportInput): string {
  const { m } = ctx;
  const measured = input.measured;
  if (measured === undefined) return '';
  const title = m.sections.measured;
  if (!measured.available)
    return section({
      id: 'measured',
      title,
      body: `<p class="unavailable" role="note">${esc(m.measured.notShown(measured.reason))}</p>`,
    });
  const d = measured.data;
  const period = esc(
    m.measured.periodValue(
      d.period.from === null ? m.measured.periodStart : m.format.date(d.period.from),
      d.period.to === null ? m.measured.periodEnd : m.format.date(d.period.to),
    ),
  );
  // The caption's mark cites the records once for the whole table.
  const source = esc(m.measured.sourceValue);
  const confidence = esc(m.claims.confidence[d.confidence]);
  const row = (label: string, value: string) => [esc(label), value, period, source, confidence];
  const rows = [
    ...FIGURES.map((k) =>
      row(m.measured.figures[k], `${num(ctx, d.figures[k], { digits: 0 })} ${tag(ctx)}`),
    ),
    ...d.ratios.map((r) => row(m.measured.ratios[r.id], ratioCell(ctx, r))),
  ];
  const indicators = table({
    head: [
      m.measured.indicator,
      m.measured.value,
      m.measured.period,
      m.measured.source,
      m.measured.confidence,
    ].map(esc),
    rows,
    caption: `${esc(m.measured.caption)} ${tag(ctx)}${mark(ctx, [d.sourceId])}`,
  });
  const score =
    d.score === null
      ? esc(m.measured.scoreMissing)
      : `${num(ctx, d.score, { digits: 1 })} ${tag(ctx)}`;
  const scoreBlock = `<div class="measured-score"><h3>${esc(m.measured.scoreHead)}</h3>
<p>${score}${mark(ctx, [d.sourceId])}</p>
<p class="note">${esc(m.measured.scoreRule(d.rule))}</p></div>`;
  return section({
    id: 'measured',
    title,
    body: `<p>${esc(m.measured.intro(input.country.name))}</p>\n${indicators}\n${scoreBlock}`,
  });
}
