/**
 * @module charts/echarts-setup
 * The only module that imports ECharts (STYLE.md §12), and only the parts the dashboard draws,
 * through `echarts/core`. It is loaded lazily by Chart.tsx, so pages without charts never
 * download it.
 */
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  // labelLayout (hideOverlap / moveOverlap) needs this feature in a tree-shaken build.
  LabelLayout,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];
