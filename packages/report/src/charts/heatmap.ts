/**
 * @module charts/heatmap
 * Coverage heatmap: legal acts and institutions (rows) against NIST CSF functions (columns).
 */
import type { EChartsOption } from 'echarts';
import type { CoverageData } from '../input.ts';
import type { Messages } from '../i18n/messages.ts';
import { renderSvg } from './ssr.ts';

const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function heatmapSvg(options: { data: CoverageData; m: Messages }): string {
  const { data, m } = options;
  const height = 80 + data.acts.length * 34;
  const cells = data.values.flatMap((row, y) => row.map((v, x) => [x, y, v]));
  const option: EChartsOption = {
    grid: { left: 330, right: 20, top: 30, bottom: 50 },
    xAxis: {
      type: 'category',
      data: data.functions.map((f) => f.id),
      position: 'top',
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.acts.map((a) => truncate(a, 52)),
      axisLabel: { fontSize: 10, width: 310, overflow: 'truncate' },
    },
    visualMap: {
      min: 0,
      max: 1,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      text: [m.table2.covered, m.table2.notCovered],
      inRange: { color: ['#f4f4f4', '#2b6cb0'] },
      calculable: false,
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: {
          show: true,
          fontSize: 10,
          formatter: (p) =>
            Array.isArray(p.value) && typeof p.value[2] === 'number'
              ? m.format.number(p.value[2], 2)
              : '',
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      },
    ],
  };
  return renderSvg(option, { width: 760, height });
}
