/**
 * @module charts/gci
 * The regional comparison: ITU GCI score by edition and country, as published. Editions on the
 * 0–1 scale and on the 0–100 scale sit in two separate panels with their own axes and a marked
 * divider, so that no bar of one scale is ever read against the other.
 */
import type { BarSeriesOption, EChartsOption } from 'echarts';
import type { RegionalData } from '../input.ts';
import type { Messages } from '../i18n/messages.ts';
import { COUNTRY_COLOURS } from './palette.ts';
import { CHART_FONT_FAMILY, renderSvg } from './ssr.ts';

export const GCI_SIZE = { width: 760, height: 360 } as const;

export function gciSvg(options: { data: RegionalData; m: Messages }): string {
  const { data, m } = options;
  const panels = (['0-1', '0-100'] as const).map((scale) =>
    data.editions.filter((e) => e.scale === scale),
  );
  const countries = [
    ...new Map(
      data.editions.flatMap((e) => e.rows.map((r) => [r.country, r.name] as const)),
    ).entries(),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  const series: BarSeriesOption[] = [];
  panels.forEach((editions, gridIndex) => {
    countries.forEach(([code, name], ci) => {
      series.push({
        type: 'bar',
        name,
        xAxisIndex: gridIndex,
        yAxisIndex: gridIndex,
        barMaxWidth: 18,
        itemStyle: {
          color: COUNTRY_COLOURS[ci % COUNTRY_COLOURS.length],
          ...(code === data.focus ? { borderColor: '#000', borderWidth: 1.5 } : {}),
        },
        data: editions.map((e) => e.rows.find((r) => r.country === code)?.score ?? null),
        label: {
          show: true,
          position: 'top',
          fontSize: 8,
          formatter: (p) => (typeof p.value === 'number' ? m.format.number(p.value, 3) : ''),
        },
      });
    });
  });
  const option: EChartsOption = {
    legend: { top: 0, data: countries.map(([, name]) => name), textStyle: { fontSize: 11 } },
    title: [
      {
        text: m.regional.panelOld,
        left: '8%',
        top: 28,
        textStyle: { fontSize: 12, fontWeight: 'normal' },
      },
      {
        text: m.regional.panelNew,
        left: '56%',
        top: 28,
        textStyle: { fontSize: 12, fontWeight: 'normal' },
      },
    ],
    grid: [
      { left: 50, width: 290, top: 70, bottom: 36 },
      { left: 430, width: 300, top: 70, bottom: 36 },
    ],
    xAxis: panels.map((editions, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: editions.map((e) => m.regional.edition(String(e.edition))),
    })),
    yAxis: [
      {
        type: 'value',
        gridIndex: 0,
        min: 0,
        max: 1,
        name: '0–1',
        axisLabel: { formatter: (v: number) => m.format.number(v, 2) },
      },
      { type: 'value', gridIndex: 1, min: 0, max: 100, name: '0–100' },
    ],
    graphic: [
      {
        type: 'line',
        left: 375,
        top: 50,
        shape: { x1: 0, y1: 0, x2: 0, y2: 280 },
        style: { stroke: '#b00', lineWidth: 2, lineDash: [6, 4] },
      },
      {
        type: 'text',
        left: 352,
        top: 332,
        style: {
          text: m.regional.scaleChange,
          fontSize: 10,
          fontFamily: CHART_FONT_FAMILY,
          fill: '#b00',
        },
      },
    ],
    series,
  };
  return renderSvg(option, GCI_SIZE);
}
