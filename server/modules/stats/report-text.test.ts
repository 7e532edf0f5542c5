import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportSummaryText } from './report-text.js';
import type { MonthlyFigures, WeekFair } from './report-schema.js';

const fair = (id: number, heldOn: string): WeekFair => ({ id, name: `招聘会${id}`, kind: 'district_weekly', heldOn, startsAt: '09:00', endsAt: '12:00', venue: '市场', regionCode: '360203' });
const totals = { key: 'total', label: '合计', fairs: 3, employers: 20, positions: 80, seekers: 150, intentions: 40, hires: 5 };

test('a weekly forecast counts the fairs and their days, or says there are none', () => {
  const base = { kind: 'weekly_forecast' as const, regionName: '珠山区', periodLabel: '2026-11-23至2026-11-29' };
  assert.equal(reportSummaryText({ ...base, fairs: [fair(1, '2026-11-24'), fair(2, '2026-11-24'), fair(3, '2026-11-28')] }), '珠山区2026-11-23至2026-11-29计划举办招聘会 3 场，分布在 2 天。');
  assert.equal(reportSummaryText({ ...base, fairs: [] }), '珠山区2026-11-23至2026-11-29暂无计划举办的招聘会。');
});

test('a monthly report states demand, supply and their change, the top occupations, the fairs and the indicators', () => {
  const monthly: MonthlyFigures = {
    supplyDemand: { postings: 30, vacancies: 213, seekers: 56, ratio: 3.8 },
    previous: { postings: 23, vacancies: 160, seekers: 56, ratio: 2.86 },
    occupations: [
      { key: '6', label: '生产制造及有关人员', demand: 75, supply: 27, ratio: 2.78 },
      { key: 'none', label: '无要求', demand: 70, supply: 0, ratio: null },
      { key: '4', label: '社会生产服务和生活服务人员', demand: 73, supply: 15, ratio: 4.87 },
    ],
    fairs: [],
    fairTotal: totals,
    indicators: { newEmployment: 21, netNew: 19, registeredUnemployed: 140, unemploymentRate: 0.0712 },
  };
  const text = reportSummaryText({ kind: 'monthly_report', regionName: '珠山区', periodLabel: '2026年10月', monthly });
  assert.equal(
    text,
    '珠山区2026年10月人力资源市场：用人单位需求 213 人（岗位 30 个），比上月增加 53 人（+33.1%）；求职 56 人，与上月持平；求人倍率 3.8。' +
      '需求较大的职业：生产制造及有关人员（75 人）、社会生产服务和生活服务人员（73 人）。' +
      '本月举办招聘会 3 场，参会单位 20 家，提供岗位 80 个，入场求职者 150 人，达成录用意向 40 人。' +
      '城镇新增就业 21 人；月末登记失业 140 人，城镇登记失业率 7.12%。',
  );
  const none = reportSummaryText({ kind: 'monthly_report', regionName: '珠山区', periodLabel: '2026年10月', monthly: { ...monthly, previous: null, supplyDemand: { postings: 0, vacancies: 0, seekers: 0, ratio: null } } });
  assert.match(none, /需求 0 人（岗位 0 个）；求职 0 人；求人倍率 —。/);
});
