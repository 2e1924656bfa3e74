/**
 * @module charts/ssr
 * Server-side SVG rendering with ECharts: the only place that calls `echarts.init`. The chart is
 * always disposed, even when rendering throws, or the Node process never exits (STACK.md trap 4).
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { EMBEDDED_FAMILY } from '../html/fonts.ts';

/** The embedded face first. `graphic` texts do not inherit `textStyle`: give it them too. */
export const CHART_FONT_FAMILY = `${EMBEDDED_FAMILY}, DejaVu Sans, Arial, sans-serif`;

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

/**
 * Renders an option to an SVG string with no animation and no interactivity.
 *
 * @example
 * renderSvg({ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] }, { width: 400, height: 300 });
 */
export function renderSvg(option: EChartsOption, size: SvgSize): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
