import type { Cell, RatioCell, ReportTable } from './sd-figures.js';

/** What the summary paragraph is written from. */
export interface SummaryInput {
  periodLabel: string;
  regionName: string;
  /** 上季度 / 上月 / 上年 / 上一期 */
  previousName: string;
  postings: Cell;
  demand: Cell;
  supply: Cell;
  ratio: RatioCell;
  occupation: ReportTable | undefined;
}

const pct = (x: number) => `${(Math.abs(x) * 100).toFixed(1)}%`;

/** "比上季度增加12人（增长5.0%）" / "与上季度持平" / "上季度无数据". */
export function changeText(cell: Cell, against: 'vsPrevious' | 'vsLastYear', name: string, unit: string): string {
  const c = cell[against];
  if (c.previous === 0) return c.diff === 0 ? `${name}同为0` : `${name}为0`;
  if (c.diff === 0) return `与${name}持平`;
  const up = c.diff > 0;
  return `比${name}${up ? '增加' : '减少'}${Math.abs(c.diff)}${unit}（${up ? '增长' : '下降'}${pct(c.rate ?? 0)}）`;
}

function ratioTrend(now: number | null, before: number | null, name: string): string {
  if (now === null || before === null) return `${name}无可比数据`;
  const d = Math.round((now - before) * 100) / 100;
  if (d === 0) return `与${name}持平`;
  return `比${name}${d > 0 ? '上升' : '下降'}${Math.abs(d).toFixed(2)}`;
}

function balance(r: number | null): string {
  if (r === null) return '本期无求职登记，无法计算求人倍率';
  if (r > 1.05) return '岗位需求大于求职人数';
  if (r < 0.95) return '求职人数多于岗位需求';
  return '供求基本平衡';
}

/**
 * The written summary on top of the analysis: the overall figures, their change against the
 * previous period and the same period last year, the occupation groups with the highest demand,
 * and the ratio's trend. Pure (Chinese text).
 */
export function summaryParagraph(s: SummaryInput): string {
  const head = `${s.periodLabel}，${s.regionName}公共就业服务机构登记有效招聘岗位${s.postings.count}个、需求人数${s.demand.count}人，登记求职${s.supply.count}人`;
  const ratioText = s.ratio.value === null ? '' : `，求人倍率为${s.ratio.value.toFixed(2)}，${balance(s.ratio.value)}`;
  const changes = `需求人数${changeText(s.demand, 'vsPrevious', s.previousName, '人')}，${changeText(s.demand, 'vsLastYear', '去年同期', '人')}；求职人数${changeText(s.supply, 'vsPrevious', s.previousName, '人')}，${changeText(s.supply, 'vsLastYear', '去年同期', '人')}。`;
  const groups = (s.occupation?.rows ?? []).filter((r) => r.key !== 'none' && (r.demand?.count ?? 0) > 0).sort((a, b) => (b.demand?.count ?? 0) - (a.demand?.count ?? 0) || a.key.localeCompare(b.key));
  const top = groups.slice(0, 3).map((r) => `${r.label}（${r.demand?.count ?? 0}人，占${pct(r.demand?.share ?? 0)}）`);
  const occupationText = top.length === 0 ? '' : `从职业看，需求人数最多的是${top.join('、')}`;
  const tight = groups.filter((r) => r.ratio?.value !== null && r.ratio?.value !== undefined).sort((a, b) => (b.ratio?.value ?? 0) - (a.ratio?.value ?? 0))[0];
  const tightText = tight && tight.ratio?.value !== null && tight.ratio?.value !== undefined ? `；求人倍率最高的是${tight.label}（${tight.ratio.value.toFixed(2)}）` : '';
  const trend = s.ratio.value === null ? '' : `求人倍率${ratioTrend(s.ratio.value, s.ratio.previous, s.previousName)}，${ratioTrend(s.ratio.value, s.ratio.lastYear, '去年同期')}。`;
  return `${head}${ratioText}。${changes}${occupationText ? `${occupationText}${tightText}。` : ''}${trend}`;
}
