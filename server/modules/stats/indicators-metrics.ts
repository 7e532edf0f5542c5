/**
 * The counted figures behind the employment indicators, each with its Chinese label and how it behaves
 * over time: a stock is read on one day (the period end), a flow counts events in the period and adds
 * up over months, a span counts distinct people over the whole period (does not add up).
 */
export const METRICS = {
  unemployed: { label: '登记失业人数（计入失业率）', group: 'stock' },
  employed: { label: '就业人数', group: 'stock' },
  newEmployer: { label: '新增就业：单位招用', group: 'flow' },
  newSelfEmployed: { label: '新增就业：自主创业（个体经营）', group: 'flow' },
  newFlexible: { label: '新增就业：灵活就业', group: 'flow' },
  newPublicWelfare: { label: '新增就业：公益性岗位安置', group: 'flow' },
  attrition: { label: '自然减员（退休、死亡）', group: 'flow' },
  reemploymentBase: { label: '期内登记失业人员', group: 'span' },
  reemployed: { label: '登记失业人员实现再就业', group: 'span' },
  difficultyBase: { label: '期内就业困难人员', group: 'span' },
  difficultyEmployed: { label: '就业困难人员实现就业', group: 'span' },
  zeroIdentified: { label: '零就业家庭：认定', group: 'flow' },
  zeroCleared: { label: '零就业家庭：动态清零', group: 'flow' },
  zeroOverdue: { label: '零就业家庭：超期未清零（期末）', group: 'stock' },
} as const;

export type Metric = keyof typeof METRICS;
export type MetricGroup = (typeof METRICS)[Metric]['group'];
export const METRIC_KEYS = Object.keys(METRICS) as Metric[];
export const metricsOf = (group: MetricGroup): Metric[] => METRIC_KEYS.filter((m) => METRICS[m].group === group);

/** Employment kind of each new-employment figure (employment_registration.kind). */
export const NEW_KIND = { newEmployer: 'employer', newSelfEmployed: 'self_employed', newFlexible: 'flexible', newPublicWelfare: 'public_welfare' } as const;

export type Counts = Record<Metric, number>;

/** The figures a report shows: the counts plus the derived totals and rates. */
export interface IndicatorValues extends Counts {
  unemploymentRate: number | null;
  newTotal: number;
  netNew: number;
  reemploymentRate: number | null;
  difficultyRate: number | null;
}

/** Derived figures: their labels (drill-downs of a derived figure list the records of `drill`). */
export const DERIVED = {
  unemploymentRate: { label: '城镇登记失业率', drill: 'unemployed' },
  newTotal: { label: '城镇新增就业人数', drill: 'newTotal' },
  netNew: { label: '新增就业净增（新增−自然减员）', drill: null },
  reemploymentRate: { label: '登记失业人员再就业率', drill: 'reemployed' },
  difficultyRate: { label: '就业困难人员就业率', drill: 'difficultyEmployed' },
} as const;

/** Figures that list records: every count plus the new-employment total. */
export const DRILLABLE = [...METRIC_KEYS, 'newTotal'] as const;
export type Drillable = (typeof DRILLABLE)[number];

/** The figures in the order of the printed table. */
export const FIGURE_ORDER = [
  'unemployed', 'employed', 'unemploymentRate',
  'newTotal', 'newEmployer', 'newSelfEmployed', 'newFlexible', 'newPublicWelfare', 'attrition', 'netNew',
  'reemploymentBase', 'reemployed', 'reemploymentRate',
  'difficultyBase', 'difficultyEmployed', 'difficultyRate',
  'zeroIdentified', 'zeroCleared', 'zeroOverdue',
] as const;
