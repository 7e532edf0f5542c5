import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts and components the pages use: echarts/core keeps the rest out of the bundle.
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** The options the wrapper can draw: line and bar series on a grid, with tooltip, legend and mark lines. */
export type EChartOption = echarts.ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption>;

/** What a click on a data point reports. */
export interface EChartClick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

interface Props {
  option: EChartOption;
  style?: CSSProperties;
  /** Called with the clicked point (e.g. to open its drill-down). */
  onClick?: (p: EChartClick) => void;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * A chart on a div: initialised once, the option set whenever it changes (replacing the old one),
 * resized with its box, disposed on unmount.
 */
export function EChart({ option, style, onClick, ...rest }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (p) => click.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, name: p.name }));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" style={{ width: '100%', height: 240, ...style }} {...rest} />;
}
