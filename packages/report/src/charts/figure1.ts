/**
 * @module charts/figure1
 * The paper's Figure 1 as an ECharts line chart: one colour per component; measured values as
 * filled markers joined by solid lines where two measured years are adjacent; estimated
 * (interpolated) values as hollow markers on dashed segments, labelled as estimates.
 */
import type { EChartsOption, SeriesOption } from 'echarts';
import type { ReportSeries } from '../input.ts';
import type { Messages } from '../i18n/en.ts';
import { COMPONENT_COLOURS } from './palette.ts';
import { renderSvg } from './ssr.ts';

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

export function figure1Svg(options: {
  series: readonly ReportSeries[];
  years: readonly number[];
  m: Messages;
}): string {
  const { series, years, m } = options;
  const out: SeriesOption[] = [];
  let labelled = false;
  for (const s of series) {
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
      data: measured,
      symbol: 'circle',
      symbolSize: 9,
      itemStyle: { color: colour },
      label: { show: true, position: 'right', formatter: '{c}', fontSize: 10, color: colour },
    });
  }
  const option: EChartsOption = {
    grid: { left: 48, right: 260, top: 24, bottom: 40 },
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
      nameGap: 34,
    },
    legend: {
      orient: 'vertical',
      left: 515,
      top: 20,
      data: series.map((s) => ({ name: m.components[s.component], icon: 'circle' })),
      textStyle: { fontSize: 11 },
    },
    graphic: [
      { type: 'circle', right: 229, top: 150, shape: { r: 4.5 }, style: { fill: '#555' } },
      {
        type: 'text',
        right: 20,
        top: 145,
        style: { text: m.figure1.measuredLegend, fontSize: 11, fill: '#333', width: 200 },
      },
      {
        type: 'line',
        right: 220,
        top: 178,
        shape: { x1: 0, y1: 0, x2: 22, y2: 0 },
        style: { stroke: '#555', lineWidth: 2, lineDash: [5, 4] },
      },
      {
        type: 'text',
        right: 8,
        top: 172,
        style: {
          text: m.figure1.estimatedLegend.replace(' — ', '\n'),
          fontSize: 11,
          fill: '#333',
          width: 200,
        },
      },
    ],
    series: out,
  };
  return renderSvg(option, FIGURE1_SIZE);
}
