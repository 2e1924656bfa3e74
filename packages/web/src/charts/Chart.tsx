/**
 * @module charts/Chart
 * `<Chart option={…} />`: one ECharts instance per element, loaded on first use, resized with
 * its box, disposed on unmount (STACK.md gotcha 4). Sets `data-rendered="true"` once drawing
 * starts and `data-finished="true"` when ECharts reports it done, so that tests wait for the
 * chart rather than for time.
 */
import { useT } from '../i18n/context.tsx';
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from './echarts-setup.ts';
import type * as EChartsSetup from './echarts-setup.ts';

type EChartsModule = typeof EChartsSetup;
let loading: Promise<EChartsModule> | undefined;
const loadECharts = (): Promise<EChartsModule> => (loading ??= import('./echarts-setup.ts'));

export interface ChartProps {
  readonly option: ChartOption;
  readonly height?: number;
  readonly label: string;
  readonly onClick?: (params: { dataType?: string; name?: string; data?: unknown }) => void;
  /** The chart draws only data (country names, numbers): no message of the dashboard's. */
  readonly dataOnly?: boolean;
}

export function Chart({ option, height = 320, label, onClick, dataOnly }: ChartProps) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<EChartsModule['echarts']['init']> | undefined>(undefined);
  const [rendered, setRendered] = useState(false);
  const [finished, setFinished] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const hasOption = useRef(false);
  const [failed, setFailed] = useState<string | undefined>(undefined);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadECharts().then(
      ({ echarts }) => {
        if (disposed || ref.current === null) return;
        const instance = echarts.init(ref.current, undefined, { renderer: 'svg' });
        chart.current = instance;
        // 'finished' fires once drawing and animation are done: tests screenshot after it.
        instance.on('finished', () => setFinished(true));
        // 'rendered' fires after each frame: the first one after data arrives means "drawn".
        instance.on('rendered', () => {
          if (hasOption.current) setDrawn(true);
        });
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(ref.current);
        setRendered(true);
      },
      (error: unknown) => setFailed(String(error)),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (instance === undefined) return;
    setFinished(false);
    instance.setOption(option, { notMerge: true });
    hasOption.current = true;
  }, [option, rendered]);

  useEffect(() => {
    const instance = chart.current;
    if (instance === undefined || onClick === undefined) return;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick, rendered]);

  if (failed !== undefined)
    return <div className="notice error">{t('web.chart.failed', { reason: failed })}</div>;
  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={label}
      data-rendered={rendered ? 'true' : 'false'}
      data-finished={finished ? 'true' : 'false'}
      data-drawn={drawn ? 'true' : 'false'}
      {...(dataOnly === true ? { translate: 'no' as const } : {})}
      style={{ height }}
    />
  );
}
