import type { ExcelColumn } from '../../platform/http/excel.js';
import { FAIR_KINDS } from '../fairs/codes.js';
import type { ReportSummary, ReportView } from './report-schema.js';

/** Spreadsheet layouts of the reports: the list, a weekly forecast's fairs, a monthly report's figures. */

export const REPORT_LIST_COLUMNS: ExcelColumn<ReportSummary>[] = [
  { header: '类型', key: 'kindName', width: 16 },
  { header: '区县', key: 'regionName', width: 14 },
  { header: '期间', key: 'periodLabel', width: 24 },
  { header: '状态', key: 'statusName', width: 10 },
  { header: '生成时间', key: 'generatedAt', width: 22 },
  { header: '生成人', key: 'generatedByName', width: 12 },
  { header: '报送时间', key: 'submittedAt', width: 22 },
  { header: '接收时间', key: 'acceptedAt', width: 22 },
];

type Line = Record<string, string | number | null>;

interface Sheet {
  title: string;
  columns: ExcelColumn<Line>[];
  rows: Line[];
}

/** One sheet of a report: the week's fairs, or the month's figures as 栏目 / 项目 / 指标 / 数值 lines. */
export function reportSheet(report: ReportView): Sheet {
  const title = `${report.regionName}${report.kindName}（${report.periodLabel}）`;
  const summary: Line = { a: '说明', b: report.summary };
  if (report.kind === 'weekly_forecast') {
    const fairs = report.content.fairs ?? [];
    return {
      title,
      columns: [
        { header: '日期', key: 'a', width: 12 },
        { header: '时间', key: 'b', width: 14 },
        { header: '招聘会', key: 'c', width: 30 },
        { header: '类型', key: 'd', width: 16 },
        { header: '主办单位', key: 'e', width: 16 },
        { header: '地点', key: 'f', width: 24 },
      ],
      rows: [
        ...fairs.map((f) => ({ a: f.heldOn, b: `${f.startsAt}–${f.endsAt}`, c: f.name, d: FAIR_KINDS[f.kind as keyof typeof FAIR_KINDS] ?? f.kind, e: f.regionName ?? f.regionCode, f: f.venue })),
        { a: '合计', b: `${fairs.length} 场` },
        summary,
      ],
    };
  }
  const m = report.content.monthly;
  const rows: Line[] = [];
  if (m) {
    const sd = m.supplyDemand;
    rows.push(
      { a: '供求总量', b: '本月', c: '需求人数', d: sd.vacancies },
      { a: '供求总量', b: '本月', c: '岗位数', d: sd.postings },
      { a: '供求总量', b: '本月', c: '求职人数', d: sd.seekers },
      { a: '供求总量', b: '本月', c: '求人倍率', d: sd.ratio },
    );
    if (m.previous) rows.push({ a: '供求总量', b: '上月', c: '需求人数', d: m.previous.vacancies }, { a: '供求总量', b: '上月', c: '求职人数', d: m.previous.seekers }, { a: '供求总量', b: '上月', c: '求人倍率', d: m.previous.ratio });
    for (const o of m.occupations) rows.push({ a: '按职业分组', b: o.label, c: '需求人数', d: o.demand }, { a: '按职业分组', b: o.label, c: '求职人数', d: o.supply }, { a: '按职业分组', b: o.label, c: '求人倍率', d: o.ratio });
    for (const f of [...m.fairs, m.fairTotal]) {
      rows.push(
        { a: '招聘会', b: f.label, c: '参会单位', d: f.employers },
        { a: '招聘会', b: f.label, c: '提供岗位', d: f.positions },
        { a: '招聘会', b: f.label, c: '入场求职者', d: f.seekers },
        { a: '招聘会', b: f.label, c: '达成录用意向', d: f.intentions },
        { a: '招聘会', b: f.label, c: '已录用', d: f.hires },
      );
    }
    rows.push(
      { a: '就业指标', b: '本月', c: '城镇新增就业人数', d: m.indicators.newEmployment },
      { a: '就业指标', b: '本月', c: '新增就业净增（新增−自然减员）', d: m.indicators.netNew },
      { a: '就业指标', b: '月末', c: '登记失业人数', d: m.indicators.registeredUnemployed },
      { a: '就业指标', b: '月末', c: '城镇登记失业率', d: m.indicators.unemploymentRate === null ? null : `${(m.indicators.unemploymentRate * 100).toFixed(2)}%` },
    );
  }
  return {
    title,
    columns: [
      { header: '栏目', key: 'a', width: 14 },
      { header: '项目', key: 'b', width: 36 },
      { header: '指标', key: 'c', width: 16 },
      { header: '数值', key: 'd', width: 14 },
    ],
    rows: [...rows, summary],
  };
}
