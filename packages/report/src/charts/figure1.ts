/**
 * @module charts/figure1
 * The paper's Figure 1 as an ECharts line chart: one colour per component; measured values as
 * filled markers joined by solid lines where two measured years are adjacent; estimated
 * (interpolated) values as hollow markers on dashed segments, labelled as estimates.
 */
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ReportSeries } from '../input.ts';
import type { Messages } from '../i18n/messages.ts';
import { COMPONENT_COLOURS } from './palette.ts';
import { CHART_FONT_FAMILY, renderSvg } from './ssr.ts';

export const FIGURE1_SIZE = { width: 760, height: 380 } as const;

type Cell = number | null;

/** Splits one series into measured markers, solid measured segments and dashed estimated ones. */
export function splitSeries(
  series: ReportSeries,
  years: readonly number[],
): { measured: Cell[]; solid: Cell[]; dashed: Cell[] } {
  const at = years.map((y) => series.points.find((p) => p.year === y));
  const measured = at.map((p) => (p?.kind === 'measured' ? p.score : null));
  const solid = at.map((p, i) => {
    if (p?.kind !== 'measured') return null;
    const prev = at[i - 1];
    const next = at[i + 1];
    return prev?.kind === 'measured' || next?.kind === 'measured' ? p.score : null;
  });
  const dashed = at.map((p, i) => {
    if (p === undefined) return null;
    if (p.kind === 'estimated') return p.score;
    const prev = at[i - 1];
    const next = at[i + 1];
    return prev?.kind === 'estimated' || next?.kind === 'estimated' ? p.score : null;
  });
  return { measured, solid, dashed };
}

const PLOT_TOP = 24;
const PLOT_BOTTOM = 40;
const LABEL_GAP_PX = 11;

/**
 * Vertical pixel offsets for the value labels of one year so that labels of close values
 * (78 and 79) do not overlap: labels are spread apart around their points, top to bottom.
 */
export function labelOffsets(values: readonly (number | null)[], pxPerPoint: number): number[] {
  const order = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => b.v - a.v);
  const offsets = values.map(() => 0);
  let lastY = Number.NEGATIVE_INFINITY;
  for (const { v, i } of order) {
    const y = Math.max((100 - v) * pxPerPoint, lastY + LABEL_GAP_PX);
    offsets[i] = y - (100 - v) * pxPerPoint;
    lastY = y;
  }
  return offsets;
}

export function figure1Svg(options: {
  series: readonly ReportSeries[];
  years: readonly number[];
  m: Messages;
}): string {
  const { series, years, m } = options;
  const out: SeriesOption[] = [];
  let labelled = false;
  const pxPerPoint = (FIGURE1_SIZE.height - PLOT_TOP - PLOT_BOTTOM) / 100;
  const split = series.map((s) => splitSeries(s, years));
  const offsets = years.map((_, yi) =>
    labelOffsets(
      split.map((x) => x.measured[yi] ?? null),
      pxPerPoint,
    ),
  );
  for (const [si, s] of series.entries()) {
    const colour = COMPONENT_COLOURS[s.component];
    const name = m.components[s.component];
    const { measured, solid, dashed } = splitSeries(s, years);
    out.push({
      type: 'line',
      name,
      data: solid,
      connectNulls: false,
      showSymbol: false,
      lineStyle: { color: colour, width: 2.5 },
      itemStyle: { color: colour },
    });
    const estIdx = dashed.findIndex(
      (v, i) => v !== null && s.points.find((p) => p.year === years[i])?.kind === 'estimated',
    );
    out.push({
      type: 'line',
      name,
      data: dashed.map((v, i) => {
        const point = s.points.find((p) => p.year === years[i]);
        if (v === null || point?.kind !== 'estimated') return v;
        // Label the first estimate of the first series that has one: one label explains them all.
        const label =
          !labelled && i === estIdx
            ? {
                show: true,
                formatter: m.report.estimated,
                position: 'top' as const,
                color: '#444',
                fontSize: 11,
              }
            : undefined;
        return {
          value: v,
          symbol: 'emptyCircle',
          symbolSize: 7,
          ...(label === undefined ? {} : { label }),
        };
      }),
      connectNulls: false,
      showSymbol: true,
      symbol: 'none',
      lineStyle: { color: colour, width: 2, type: 'dashed' },
      itemStyle: { color: colour },
    });
    if (estIdx >= 0) labelled = true;
    out.push({
      type: 'scatter',
      name,
      // First year labelled on the left, others on the right; overlapping labels pushed apart.
      data: measured.map((v, i) =>
        v === null
          ? null
          : {
              value: v,
              label: {
                position: i === 0 ? ('left' as const) : ('right' as const),
                offset: [0, offsets[i]?.[si] ?? 0],
              },
            },
      ),
      symbol: 'circle',
      symbolSize: 9,
      itemStyle: { color: colour },
      label: { show: true, formatter: '{c}', fontSize: 10, color: colour },
    });
  }
  const option: EChartsOption = {
    grid: { left: 84, right: 260, top: PLOT_TOP, bottom: PLOT_BOTTOM },
    xAxis: {
      type: 'category',
      data: years.map(String),
      boundaryGap: false,
      name: m.figure1.year,
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: m.figure1.yAxis,
      nameLocation: 'middle',
      nameGap: 58,
      // Room between the axis and its tick labels for the first year's value labels.
      axisLabel: { margin: 30 },
    },
    legend: {
      orient: 'vertical',
      left: 515,
      top: 20,
      data: series.map((s) => ({ name: m.components[s.component], icon: 'circle' })),
      textStyle: { fontSize: 11 },
    },
    graphic: [
      { type: 'circle', left: 526, top: 152, shape: { r: 4.5 }, style: { fill: '#555' } },
      {
        type: 'text',
        left: 545,
        top: 150,
        style: {
          text: m.figure1.measuredLegend,
          fontSize: 11,
          fontFamily: CHART_FONT_FAMILY,
          fill: '#333',
        },
      },
      {
        type: 'line',
        left: 518,
        top: 180,
        shape: { x1: 0, y1: 0, x2: 20, y2: 0 },
        style: { stroke: '#555', lineWidth: 2, lineDash: [5, 4] },
      },
      {
        type: 'text',
        left: 545,
        top: 174,
        style: {
          text: m.figure1.estimatedLegend.replace(' — ', '\n'),
          fontSize: 11,
          fontFamily: CHART_FONT_FAMILY,
          fill: '#333',
          lineHeight: 14,
        },
      },
    ],
    series: out,
  };
  return renderSvg(option, FIGURE1_SIZE);
}
