/**
 * @module pages/scenarios/options
 * The scenario page's two charts (projection per component, spread at the horizon) as ECharts
 * options. Every word drawn comes in `text`, from the catalogue, and every number in a tooltip
 * goes through `text.number` (the dashboard's locale), so the charts speak the page's language.
 */
import type { ChartOption } from '../../charts/echarts-setup.ts';
import { COMPONENT_COLOURS, COMPONENT_ORDER, type ComponentId } from '../../types.ts';
import type { ScenarioAnswer } from '@coopsec/server/schemas';

export interface ScenarioChartText {
  readonly names: Readonly<Record<ComponentId, string>>;
  readonly measured: (component: string) => string;
  readonly projected: (component: string) => string;
  readonly trendBand: string;
  readonly trend: string;
  readonly projectedPeriod: string;
  readonly projectedEstimated: string;
  readonly scoreAtHorizon: string;
  readonly compositeIndex: string;
  readonly percentiles: string;
  readonly median: string;
  readonly number: (x: number) => string;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** ECharts hands a tooltip value as a number, an array or nothing: numbers in the locale. */
const formatter =
  (text: ScenarioChartText) =>
  (v: unknown): string =>
    typeof v === 'number'
      ? text.number(v)
      : Array.isArray(v) && typeof v[0] === 'number'
        ? text.number(v[0])
        : '—';

export function projectionOption(
  data: ScenarioAnswer,
  shown: ComponentId | 'all',
  text: ScenarioChartText,
): ChartOption {
  const { baseYear, horizonYear } = data.projection;
  const measuredYears = [...new Set(data.measured.map((m) => m.year))];
  const first = Math.min(...measuredYears, baseYear);
  const years = Array.from({ length: horizonYear - first + 1 }, (_, i) => first + i);
  const comps = shown === 'all' ? COMPONENT_ORDER : [shown];
  const series: unknown[] = [];
  for (const c of comps) {
    const colour = COMPONENT_COLOURS[c];
    const measured = years.map(
      (y) => data.measured.find((m) => m.component === c && m.year === y)?.score ?? null,
    );
    // Measured values are the filled points; the thin line between them only guides the eye.
    series.push({
      name: text.measured(text.names[c]),
      type: 'line',
      data: measured,
      connectNulls: true,
      lineStyle: { color: colour, width: 1, opacity: 0.45 },
      itemStyle: { color: colour },
      symbol: 'circle',
      symbolSize: 9,
    });
    const proj = years.map((y) => {
      const p = data.projection.components[c].find((q) => q.year === y);
      return p === undefined ? null : r1(p.score);
    });
    series.push({
      name: text.projected(text.names[c]),
      type: 'line',
      data: proj,
      lineStyle: { color: colour, type: 'dashed', width: 2 },
      itemStyle: { color: colour },
      symbol: 'emptyCircle',
      symbolSize: 6,
    });
    const t = data.trend[c];
    if (shown !== 'all' && t !== undefined && 'points' in t) {
      const low = years.map((y) => t.points.find((p) => p.year === y)?.low ?? null);
      const width = years.map((y) => {
        const p = t.points.find((q) => q.year === y);
        return p === undefined ? null : p.high - p.low;
      });
      series.push({
        name: text.trendBand,
        type: 'line',
        stack: 'band',
        data: low,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        tooltip: { show: false },
      });
      series.push({
        name: text.trendBand,
        type: 'line',
        stack: 'band',
        data: width,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: '#999', opacity: 0.18 },
        tooltip: { show: false },
      });
      series.push({
        name: text.trend,
        type: 'line',
        data: years.map((y) => t.points.find((p) => p.year === y)?.score ?? null),
        lineStyle: { color: '#666', type: 'dotted' },
        symbol: 'none',
      });
    }
  }
  series.push({
    name: text.projectedPeriod,
    type: 'line',
    data: [],
    markArea: {
      silent: true,
      itemStyle: {
        color: 'rgba(120,120,120,0.07)',
        borderType: 'dashed',
        borderColor: '#999',
        borderWidth: 1,
      },
      label: {
        show: true,
        position: 'insideTop',
        color: '#666',
        formatter: text.projectedEstimated,
      },
      data: [[{ xAxis: String(baseYear + 1) }, { xAxis: String(horizonYear) }]],
    },
  });
  return {
    tooltip: { trigger: 'axis', valueFormatter: formatter(text) },
    // A plain legend wraps instead of paging its entries away; the grid starts below it.
    legend: { type: 'plain', top: 0 },
    grid: { left: 40, right: 20, top: 96, bottom: 30 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series,
  };
}

export function sensitivityOption(
  s: NonNullable<ScenarioAnswer['sensitivity']>,
  text: ScenarioChartText,
): ChartOption {
  const subjects = [...COMPONENT_ORDER, 'index'];
  const spread = subjects.map((k) => s.horizonSpread[k]);
  return {
    tooltip: { trigger: 'axis', valueFormatter: formatter(text) },
    // The axis name under the axis, centred: a Russian one is too long for its end.
    grid: { left: 170, right: 30, top: 20, bottom: 48 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: text.scoreAtHorizon,
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: {
      type: 'category',
      data: subjects.map((k) =>
        k === 'index' ? text.compositeIndex : text.names[k as ComponentId],
      ),
    },
    series: [
      {
        type: 'bar',
        stack: 'r',
        data: spread.map((x) => (x ? r1(x.p5) : 0)),
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
      },
      {
        name: text.percentiles,
        type: 'bar',
        stack: 'r',
        data: spread.map((x) => (x ? r1(x.p95 - x.p5) : 0)),
        itemStyle: {
          color: 'rgba(84,112,198,0.35)',
          borderType: 'dashed',
          borderColor: '#5470c6',
          borderWidth: 1,
        },
      },
      {
        name: text.median,
        type: 'scatter',
        data: spread.map((x, i) => [x ? r1(x.p50) : 0, i]),
        itemStyle: { color: '#1b1f24' },
        symbol: 'diamond',
      },
    ],
  };
}
