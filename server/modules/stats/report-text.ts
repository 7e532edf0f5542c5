import type { ReportKind } from './report-period.js';
import type { MonthlyFigures, WeekFair } from './report-schema.js';

/**
 * The summary paragraph generated with a report's figures; the district edits it before submitting.
 * Pure: the same figures always give the same text.
 */
export interface SummaryFacts {
  kind: ReportKind;
  regionName: string;
  periodLabel: string;
  fairs?: readonly WeekFair[];
  monthly?: MonthlyFigures;
}

const pct = (rate: number) => `${(rate * 100).toFixed(2)}%`;

function change(now: number, before: number, unit: string): string {
  if (before === 0) return now === 0 ? '与上月持平' : '上月为 0';
  const diff = now - before;
  if (diff === 0) return '与上月持平';
  return `比上月${diff > 0 ? '增加' : '减少'} ${Math.abs(diff)} ${unit}（${diff > 0 ? '+' : '−'}${Math.abs((diff / before) * 100).toFixed(1)}%）`;
}

export function reportSummaryText(f: SummaryFacts): string {
  if (f.kind === 'weekly_forecast') {
    const fairs = f.fairs ?? [];
    if (fairs.length === 0) return `${f.regionName}${f.periodLabel}暂无计划举办的招聘会。`;
    const days = [...new Set(fairs.map((x) => x.heldOn))].length;
    return `${f.regionName}${f.periodLabel}计划举办招聘会 ${fairs.length} 场，分布在 ${days} 天。`;
  }
  const m = f.monthly;
  if (!m) return '';
  const sd = m.supplyDemand;
  const parts = [
    `${f.regionName}${f.periodLabel}人力资源市场：用人单位需求 ${sd.vacancies} 人（岗位 ${sd.postings} 个）${m.previous ? `，${change(sd.vacancies, m.previous.vacancies, '人')}` : ''}；求职 ${sd.seekers} 人${m.previous ? `，${change(sd.seekers, m.previous.seekers, '人')}` : ''}；求人倍率 ${sd.ratio ?? '—'}。`,
  ];
  const top = m.occupations.filter((o) => o.key !== 'none' && o.demand > 0).slice(0, 3);
  if (top.length > 0) parts.push(`需求较大的职业：${top.map((o) => `${o.label}（${o.demand} 人）`).join('、')}。`);
  parts.push(`本月举办招聘会 ${m.fairTotal.fairs} 场，参会单位 ${m.fairTotal.employers} 家，提供岗位 ${m.fairTotal.positions} 个，入场求职者 ${m.fairTotal.seekers} 人，达成录用意向 ${m.fairTotal.intentions} 人。`);
  const rate = m.indicators.unemploymentRate;
  parts.push(`城镇新增就业 ${m.indicators.newEmployment} 人；月末登记失业 ${m.indicators.registeredUnemployed} 人${rate === null ? '' : `，城镇登记失业率 ${pct(rate)}`}。`);
  return parts.join('');
}
