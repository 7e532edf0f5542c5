import { monthPeriod, monthsEnding, quarterPeriod, type Period } from './period.js';
import type { Alert, AlertCheck, Kpi } from './dashboard-schema.js';
import type { DashValues } from './dashboard-values.js';

/**
 * 领导驾驶舱 as pure rules: which periods it shows for a day, how the figures of the services become
 * its KPI cards, and how loud an alert is.
 */

export interface DashboardPeriods {
  month: Period;
  /** 1 January to today. */
  ytd: Period;
  quarter: Period;
  /** The twelve months ending with today's, oldest first. */
  months: Period[];
}

export function dashboardPeriods(today: string): DashboardPeriods {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return {
    month: monthPeriod(year, month),
    ytd: { kind: 'custom', from: `${year}-01-01`, to: today, label: month === 1 ? `${year}年1月` : `${year}年1-${month}月` },
    quarter: quarterPeriod(year, Math.ceil(month / 3)),
    months: monthsEnding(today, 12),
  };
}

/** The supply-demand totals of a period (supplyDemandTotals). */
export interface Totals {
  postings: number;
  vacancies: number;
  seekers: number;
  ratio: number | null;
}

/** What the KPI cards are made of: the indicators and totals of the month, the year so far and each trend month. */
export interface KpiInput {
  month: { values: DashValues; totals: Totals };
  ytd: { values: DashValues; totals: Totals };
  /** Oldest first, the current month last. */
  trend: { values: DashValues; totals: Totals }[];
  commitmentMissed: number;
}

const last2 = <T>(xs: readonly T[]): T | null => (xs.length >= 2 ? xs[xs.length - 2] : null);

/** The KPI cards in display order. Stocks (rates, the unemployed, overdue families) show today's figure for both the month and the year. */
export function kpisOf(i: KpiInput): Kpi[] {
  const flow = (key: Kpi['key'], label: string, unit: string, pick: (x: { values: DashValues; totals: Totals }) => number | null): Kpi => {
    const trend = i.trend.map(pick);
    return { key, label, unit, month: pick(i.month), ytd: pick(i.ytd), previousMonth: last2(trend), trend };
  };
  const stock = (key: Kpi['key'], label: string, unit: string, pick: (v: DashValues) => number | null): Kpi => {
    const trend = i.trend.map((x) => pick(x.values));
    return { key, label, unit, month: pick(i.month.values), ytd: pick(i.month.values), previousMonth: last2(trend), trend };
  };
  return [
    flow('newEmployment', '城镇新增就业', '人', (x) => x.values.newTotal),
    stock('unemploymentRate', '城镇登记失业率', '%', (v) => v.unemploymentRate),
    flow('ratio', '求人倍率', '倍', (x) => x.totals.ratio),
    {
      ...flow('vacancies', '有效岗位需求', '人', (x) => x.totals.vacancies),
      detail: { month: i.month.totals.postings, ytd: i.ytd.totals.postings, label: '有效招聘岗位' },
    },
    flow('seekers', '有效求职登记', '人', (x) => x.totals.seekers),
    stock('unemployed', '登记失业人员', '人', (v) => v.unemployed),
    stock('zeroOverdue', '零就业家庭超期未清零', '户', (v) => v.zeroOverdue),
    { key: 'commitmentMissed', label: '困难人员10日推荐承诺逾期', unit: '人', month: i.commitmentMissed, ytd: i.commitmentMissed, previousMonth: null, trend: [] },
  ];
}

const ALERT_LABELS: Record<AlertCheck, { label: string; kind: Alert['kind']; high: number }> = {
  zero_family: { label: '零就业家庭安置逾期', kind: 'overdue', high: 1 },
  commitment: { label: '就业困难人员10个工作日推荐承诺逾期', kind: 'overdue', high: 1 },
  follow_up: { label: '安置后跟踪回访逾期', kind: 'overdue', high: 10 },
  not_contacted: { label: '登记失业、困难人员六个月未联系', kind: 'not_contacted', high: 20 },
};

/**
 * The alerts from the registry's failed checks: zero-employment families and missed commitments are
 * loud from the first case, follow-ups and lost contact when they pile up.
 */
export function alertsOf(counts: Partial<Record<AlertCheck, number>>): Alert[] {
  return (Object.keys(ALERT_LABELS) as AlertCheck[]).map((check) => {
    const a = ALERT_LABELS[check];
    const count = counts[check] ?? 0;
    return { check, kind: a.kind, label: a.label, count, level: count === 0 ? 'none' : count >= a.high ? 'high' : 'medium' };
  });
}

/** What the served-or-computed choice needs of a materialised copy. */
export interface StoredDashboard {
  generatedAt: Date;
  /** The day its figures are for (China date). */
  today: string;
}

/**
 * The age in whole seconds at which a materialised copy is served, or null when it must be
 * recomputed: caching off (max age 0), a copy of another day (its months and "today" stocks moved
 * on), older than the max age, or from the future (a clock set back).
 */
export function servedAge(stored: StoredDashboard, now: Date, today: string, maxAgeSeconds: number): number | null {
  if (maxAgeSeconds <= 0 || stored.today !== today) return null;
  const age = (now.getTime() - stored.generatedAt.getTime()) / 1000;
  return age >= 0 && age < maxAgeSeconds ? Math.floor(age) : null;
}
