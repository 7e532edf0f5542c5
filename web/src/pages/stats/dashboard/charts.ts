import type { EChartOption } from '../../../components/EChart';
import type { Dashboard, Kpi, OccupationRow } from './dashboardApi';

/** ECharts options of the dashboard, for the page (light) and the big screen (dark, large type). */

export interface ChartTheme {
  text: string;
  axis: string;
  split: string;
  font: number;
  colors: { employment: string; ratio: string; demand: string; supply: string; spark: string };
}

export const LIGHT: ChartTheme = {
  text: '#595959',
  axis: '#d9d9d9',
  split: '#f0f0f0',
  font: 12,
  colors: { employment: '#0b5fd6', ratio: '#f28e2b', demand: '#4e79a7', supply: '#59a14f', spark: '#0b5fd6' },
};

export const DARK: ChartTheme = {
  text: '#b8c7e0',
  axis: '#2a3a5c',
  split: '#16223a',
  font: 20,
  colors: { employment: '#3ba0ff', ratio: '#ffb547', demand: '#5b8ff9', supply: '#5ad8a6', spark: '#3ba0ff' },
};

const axisLabel = (t: ChartTheme) => ({ color: t.text, fontSize: t.font });

/** A KPI's twelve months as a small area line without axes. */
export function sparkOption(k: Kpi, t: ChartTheme): EChartOption {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 2 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: k.trend.map((_, i) => i) },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: { show: false },
    series: [{ type: 'line', data: k.trend, symbol: 'none', smooth: true, lineStyle: { width: 2, color: t.colors.spark }, areaStyle: { color: t.colors.spark, opacity: 0.12 } }],
  };
}

/** New employment (bars) and the 求人倍率 (line, right axis) over the twelve months. */
export function trendOption(d: Dashboard, t: ChartTheme, labels: { employment: string; ratio: string }): EChartOption {
  const employment = d.kpis.find((k) => k.key === 'newEmployment');
  const ratio = d.kpis.find((k) => k.key === 'ratio');
  return {
    color: [t.colors.employment, t.colors.ratio],
    tooltip: { trigger: 'axis', textStyle: { fontSize: t.font } },
    legend: { top: 0, textStyle: { color: t.text, fontSize: t.font } },
    grid: { left: t.font * 3.5, right: t.font * 3.5, top: t.font * 3, bottom: t.font * 2 },
    xAxis: { type: 'category', data: d.months.map((m) => m.label), axisLabel: axisLabel(t), axisLine: { lineStyle: { color: t.axis } } },
    yAxis: [
      { type: 'value', name: '人', nameTextStyle: axisLabel(t), axisLabel: axisLabel(t), splitLine: { lineStyle: { color: t.split } } },
      { type: 'value', name: '倍', nameTextStyle: axisLabel(t), axisLabel: axisLabel(t), splitLine: { show: false } },
    ],
    series: [
      { name: labels.employment, type: 'bar', data: employment?.trend ?? [], barMaxWidth: t.font * 2 },
      {
        name: labels.ratio,
        type: 'line',
        yAxisIndex: 1,
        data: ratio?.trend ?? [],
        smooth: true,
        symbolSize: t.font / 2,
        lineStyle: { width: t.font / 6 },
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 1 }], lineStyle: { color: t.text, type: 'dashed', opacity: 0.5 }, label: { show: false } },
      },
    ],
  };
}

/** The 求人倍率 by occupation group this quarter, with demand and supply in the tooltip. Groups without either side are left out. */
export function occupationOption(rows: readonly OccupationRow[], t: ChartTheme, labels: { ratio: string; demand: string; supply: string }): EChartOption {
  const shown = rows.filter((r) => r.demand > 0 || r.supply > 0);
  return {
    color: [t.colors.ratio],
    tooltip: {
      trigger: 'axis',
      textStyle: { fontSize: t.font },
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const r = first ? shown[first.dataIndex] : undefined;
        if (!r) return '';
        return `${r.label}<br/>${labels.demand}：${r.demand}<br/>${labels.supply}：${r.supply}<br/>${labels.ratio}：${r.ratio ?? '—'}`;
      },
    },
    grid: { left: t.font * 11, right: t.font * 3, top: t.font, bottom: t.font * 1.5 },
    xAxis: { type: 'value', axisLabel: axisLabel(t), splitLine: { lineStyle: { color: t.split } } },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.label), axisLabel: { ...axisLabel(t), width: t.font * 10, overflow: 'truncate' }, axisLine: { lineStyle: { color: t.axis } } },
    series: [
      {
        name: labels.ratio,
        type: 'bar',
        data: shown.map((r) => r.ratio ?? 0),
        barMaxWidth: t.font * 1.4,
        label: { show: true, position: 'right', color: t.text, fontSize: t.font, formatter: (p: { dataIndex: number }) => String(shown[p.dataIndex]?.ratio ?? '—') },
        markLine: { silent: true, symbol: 'none', data: [{ xAxis: 1 }], lineStyle: { color: t.text, type: 'dashed', opacity: 0.5 }, label: { show: false } },
      },
    ],
  };
}

/** The rows the occupation chart shows (for mapping a click back to its row). */
export const occupationShown = (rows: readonly OccupationRow[]) => rows.filter((r) => r.demand > 0 || r.supply > 0);
