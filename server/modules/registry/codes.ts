/**
 * Coded values of employment and unemployment registration (就业服务与就业管理规定, 2007).
 * Keys are stable codes stored in the database; values are the Chinese labels.
 */

export const EMPLOYMENT_KINDS = {
  employer: '单位就业',
  self_employed: '自主创业（个体经营）',
  flexible: '灵活就业',
  public_welfare: '公益性岗位安置',
} as const;

export const EMPLOYMENT_END_REASONS = {
  contract_ended: '劳动合同期满终止',
  resigned: '本人辞职',
  dismissed: '单位解除劳动合同',
  business_closed: '个体经营停业',
  retired: '退休',
  other: '其他',
} as const;

export const UNEMPLOYMENT_REASONS = {
  dismissed: '被单位解除劳动合同',
  contract_ended: '劳动合同期满',
  resigned: '本人辞职',
  business_closed: '个体经营停业',
  graduate: '毕业后未就业',
  rural_transfer: '农村转移劳动力',
  other: '其他',
} as const;

/** The nine grounds for cancelling an unemployment registration. */
export const CANCEL_GROUNDS = {
  employed: '被用人单位录用',
  self_employed: '从事个体经营或创办企业',
  stable_income: '已从事有稳定收入的劳动，月收入不低于最低工资标准',
  retired: '已享受基本养老保险待遇或达到法定退休年龄',
  lost_ability: '完全丧失劳动能力',
  school_army_emigration: '入学、服兵役、移居境外',
  prison: '被判刑收监执行',
  refused_services: '连续3次拒绝接受就业服务或职业介绍',
  no_contact: '连续6个月未与公共就业服务机构联系',
} as const;

/** Why a person stops counting as a person with employment difficulty. */
export const DIFFICULTY_EXIT_REASONS = {
  employed: '实现就业',
  retired: '达到法定退休年龄或享受养老保险待遇',
  lost_ability: '完全丧失劳动能力',
  school_army_emigration: '入学、服兵役、移居境外',
  refused_services: '6个月内3次拒绝公共就业服务',
  no_contact: '连续6个月未与公共就业服务机构联系',
} as const;

export const DIFFICULTY_STATUS = {
  pending: '审核中',
  returned: '退回修改',
  active: '认定有效',
  rejected: '不予认定',
  withdrawn: '已撤回',
  exited: '已退出',
} as const;

export const SERVICE_KINDS = {
  policy_consultation: '政策咨询',
  career_guidance: '职业指导',
  job_recommendation: '职业介绍（岗位推荐）',
  training_referral: '培训推荐',
  immediate_assistance: '即时援助（公益性岗位安置）',
} as const;

export const ZERO_FAMILY_STATUS = {
  pending: '审核中',
  returned: '退回修改',
  active: '援助中',
  rejected: '不予认定',
  withdrawn: '已撤回',
  cleared: '已消除',
} as const;

export const HUKOU_TYPES = { urban: '本地城镇', rural: '本地农村', non_local: '外地户籍' } as const;

export const LABOUR_STATUS = {
  none: '未登记',
  employed: '单位就业',
  self_employed: '自主创业',
  flexible: '灵活就业',
  public_welfare: '公益性岗位',
  unemployed: '登记失业',
} as const;

export type EmploymentEndReason = keyof typeof EMPLOYMENT_END_REASONS;
export type UnemploymentReason = keyof typeof UNEMPLOYMENT_REASONS;
export type CancelGround = keyof typeof CANCEL_GROUNDS;

/** Options for a select box: [{ value, label }]. */
export function optionsOf(table: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(table).map(([value, label]) => ({ value, label }));
}
