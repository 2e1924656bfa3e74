/**
 * @module charts/options
 * ECharts option builders. Convention everywhere: measured values are solid lines and filled
 * markers; estimated or projected values are dashed lines, hollow markers, and say so in the
 * legend and tooltip.
 */
import type { ChartOption } from './echarts-setup.ts';
import {
  COMPONENT_COLOURS,
  COMPONENT_NAMES,
  COMPONENT_ORDER,
  type ComponentId,
  type IndexPoint,
  type Value,
} from '../types.ts';

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Five-component dynamics: dashed estimated path, solid measured points (Figure 1). */
export function dynamicsOption(values: readonly Value[]): ChartOption {
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const series: unknown[] = [];
  for (const c of COMPONENT_ORDER) {
    const own = values.filter((v) => v.component === c);
    if (own.length === 0) continue;
    const byYear = new Map(own.map((v) => [v.year, v]));
    const colour = COMPONENT_COLOURS[c];
    // One dashed line through every value (measured and estimated) …
    series.push({
      name: COMPONENT_NAMES[c],
      type: 'line',
      data: years.map((y) => {
        const v = byYear.get(y);
        return v === undefined
          ? null
          : {
              value: r1(v.score),
              kind: v.kind,
              method: v.method,
              symbol: v.kind === 'measured' ? 'circle' : 'emptyCircle',
            };
      }),
      connectNulls: false,
      symbolSize: 8,
      lineStyle: {
        color: colour,
        width: 2,
        type: own.some((v) => v.kind === 'estimated') ? 'dashed' : 'solid',
      },
      itemStyle: { color: colour },
      emphasis: { focus: 'series' },
    });
    // … and the measured values as solid points with their labels.
    series.push({
      name: COMPONENT_NAMES[c],
      type: 'scatter',
      data: years.map((y) => {
        const v = byYear.get(y);
        return v?.kind === 'measured' ? r1(v.score) : null;
      }),
      symbolSize: 11,
      itemStyle: { color: colour },
      label: { show: true, position: 'top', fontSize: 11, color: colour },
      tooltip: { show: false },
    });
  }
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as {
          seriesType: string;
          seriesName: string;
          axisValue: string;
          data: { value: number; kind: string } | null;
          color: string;
        }[];
        const lines = list
          .filter((p) => p.seriesType === 'line' && p.data !== null)
          .map(
            (p) =>
              `<span style="color:${p.color}">●</span> ${p.seriesName}: <b>${p.data?.value ?? ''}</b>${p.data?.kind === 'estimated' ? ' <i>(estimated, linear interpolation)</i>' : ' (measured)'}`,
          );
        return [`<b>${list[0]?.axisValue ?? ''}</b>`, ...lines].join('<br/>');
      },
    },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 20, top: 40, bottom: 40 },
    xAxis: {
      type: 'category',
      data: years.map(String),
      name: 'year',
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: { type: 'value', min: 0, max: 100, name: 'score (0–100)' },
    series,
  };
}

/** Composite index per year, stacked by contribution; years without an index are marked. */
export function indexOption(
  points: readonly IndexPoint[],
  estimatedYears: ReadonlySet<number>,
): ChartOption {
  const years = points.map((p) => String(p.year));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: 0, max: 100, name: 'index' },
    series: COMPONENT_ORDER.map((c: ComponentId) => ({
      name: COMPONENT_NAMES[c],
      type: 'bar',
      stack: 'index',
      itemStyle: { color: COMPONENT_COLOURS[c] },
      data: points.map((p) =>
        p.computable
          ? {
              value: r1(p.contributions[c]),
              itemStyle: estimatedYears.has(p.year)
                ? { opacity: 0.35, borderType: 'dashed', borderColor: '#333', borderWidth: 1 }
                : {},
            }
          : null,
      ),
    })),
  };
}
