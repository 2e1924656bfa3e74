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

/** Plot height of the dynamics chart in px per score point (360 px chart, grid 64 + 40 px). */
export const DYNAMICS_HEIGHT = 360;
const PX_PER_POINT = (DYNAMICS_HEIGHT - 64 - 40) / 100;
const LABEL_GAP_PX = 13;

/**
 * Vertical offsets (px, up is negative) that keep the value labels of one year at least a
 * label's height apart: ECharts' moveOverlap works within a series, and each component is
 * its own series. Greedy from the lowest value up; the lowest label stays at its point.
 */
function labelOffsets(scores: ReadonlyMap<ComponentId, number>): Map<ComponentId, number> {
  const sorted = [...scores].sort((a, b) => a[1] - b[1]);
  const out = new Map<ComponentId, number>();
  let previousPx = -Infinity;
  for (const [c, score] of sorted) {
    const px = Math.max(score * PX_PER_POINT, previousPx + LABEL_GAP_PX);
    out.set(c, -(px - score * PX_PER_POINT));
    previousPx = px;
  }
  return out;
}

/** The words a chart draws: component names and axis names, in the dashboard's language. */
export interface ChartText {
  readonly names: Readonly<Record<ComponentId, string>>;
  readonly year: string;
  readonly score: string;
  readonly index: string;
}

const ENGLISH: ChartText = {
  names: COMPONENT_NAMES,
  year: 'year',
  score: 'score (0–100)',
  index: 'index',
};

/** Five-component dynamics: dashed estimated path, solid measured points (Figure 1). */
export function dynamicsOption(values: readonly Value[], text: ChartText = ENGLISH): ChartOption {
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const offsets = new Map(
    years.map((y) => [
      y,
      labelOffsets(
        new Map(
          values
            .filter((v) => v.year === y && v.kind === 'measured')
            .map((v) => [v.component, v.score]),
        ),
      ),
    ]),
  );
  const series: unknown[] = [];
  for (const c of COMPONENT_ORDER) {
    const own = values.filter((v) => v.component === c);
    if (own.length === 0) continue;
    const byYear = new Map(own.map((v) => [v.year, v]));
    const colour = COMPONENT_COLOURS[c];
    // One dashed line through every value (measured and estimated) …
    series.push({
      name: text.names[c],
      type: 'line',
      data: years.map((y) => {
        const v = byYear.get(y);
        return v === undefined
          ? null
          : {
              value: r1(v.score),
              kind: v.kind,
              method: v.method,
              source: v.sourceId,
              confidence: v.confidence,
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
      name: text.names[c],
      type: 'scatter',
      data: years.map((y, i) => {
        const v = byYear.get(y);
        if (v?.kind !== 'measured') return null;
        // Beside the point, away from the lines: left of the first year, right of the others.
        return {
          value: r1(v.score),
          label: {
            position: i === 0 ? 'left' : 'right',
            offset: [0, offsets.get(y)?.get(c) ?? 0],
          },
        };
      }),
      symbolSize: 11,
      itemStyle: { color: colour },
      label: { show: true, fontSize: 11, color: colour, distance: 8 },
      // Close values in one year (78 and 79 in 2024) would print on top of each other: the
      // offsets above move them apart vertically, keeping every one readable.
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
          data: { value: number; kind: string; source: string; confidence: string } | null;
          color: string;
        }[];
        const lines = list
          .filter((p) => p.seriesType === 'line' && p.data !== null)
          .map(
            (p) =>
              `<span style="color:${p.color}">●</span> ${p.seriesName}: <b>${p.data?.value ?? ''}</b>${p.data?.kind === 'estimated' ? ' <i>(estimated, linear interpolation)</i>' : ' (measured)'} — source ${p.data?.source ?? '?'}, confidence ${p.data?.confidence ?? '?'}`,
          );
        return [`<b>${list[0]?.axisValue ?? ''}</b>`, ...lines].join('<br/>');
      },
    },
    // A plain legend wraps onto a second line instead of paging ("1/2") its entries away.
    legend: { top: 0, type: 'plain' },
    grid: { left: 56, right: 40, top: 64, bottom: 40 },
    xAxis: {
      type: 'category',
      data: years.map(String),
      name: text.year,
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: { type: 'value', min: 0, max: 100, name: text.score },
    series,
  };
}

/** Composite index per year, stacked by contribution; years without an index are marked. */
export function indexOption(
  points: readonly IndexPoint[],
  estimatedYears: ReadonlySet<number>,
  text: ChartText = ENGLISH,
): ChartOption {
  const years = points.map((p) => String(p.year));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'plain' },
    grid: { left: 40, right: 20, top: 64, bottom: 30 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: 0, max: 100, name: text.index },
    series: COMPONENT_ORDER.map((c: ComponentId) => ({
      name: text.names[c],
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
