/**
 * @module pages/cooperation/charts
 * The Cooperation page's chart: objects shared and received per month, as grouped bars (the
 * counts are measured, so solid).
 */
import type { ChartOption } from '../../charts/echarts-setup.ts';

export function monthsOption(
  months: readonly { month: string; shared: number; received: number }[],
  words: { readonly objects: string; readonly shared: string; readonly received: string },
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 36, bottom: 40 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', name: words.objects, minInterval: 1 },
    series: [
      {
        name: words.shared,
        type: 'bar',
        data: months.map((m) => m.shared),
        itemStyle: { color: '#1f77b4' },
      },
      {
        name: words.received,
        type: 'bar',
        data: months.map((m) => m.received),
        itemStyle: { color: '#ff7f0e' },
      },
    ],
  };
}
