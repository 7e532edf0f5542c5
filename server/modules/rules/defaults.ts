/**
 * Business rules with their defaults (DOMAIN.md §3). Every numeric rule is dated and may be set
 * per region; modules read them through `ruleValue`, never as constants.
 */
export const RULE_DEFAULTS = {
  'posting.validity_days': { value: 30, name: '岗位信息有效期（天）' },
  'seeker.validity_days': { value: 90, name: '求职登记有效期（天）' },
  'commitment.recommend_working_days': { value: 10, name: '困难人员承诺推荐期限（工作日）' },
  'zero_family.first_member_days': { value: 20, name: '零就业家庭首人就业期限（天）' },
  'zero_family.double_employment_days': { value: 30, name: '零就业家庭“双就业”期限（天）' },
  'registration.hire_days': { value: 30, name: '用人单位招用人员就业登记期限（天）' },
  'registration.termination_days': { value: 15, name: '终止劳动关系登记期限（天）' },
  'registration.card_working_days': { value: 10, name: '就业创业证发放期限（工作日）' },
  'follow_up.no_contact_months': { value: 6, name: '失联注销期限（月）' },
  'follow_up.after_placement_days': { value: 30, name: '安置后跟踪回访期限（天）' },
  'min_wage.monthly_yuan': { value: 2000, name: '月最低工资标准（元）' },
  'working_age.min': { value: 16, name: '劳动年龄下限（岁）' },
  'retirement_age.male': { value: 60, name: '男性退休年龄（岁）' },
  'retirement_age.female': { value: 50, name: '女性退休年龄（岁，女职工）' },
  'unemployment.non_local_months': { value: 6, name: '外来人员失业登记所需稳定就业月数' },
} as const;

export type RuleKey = keyof typeof RULE_DEFAULTS;

export function isRuleKey(key: string): key is RuleKey {
  return Object.hasOwn(RULE_DEFAULTS, key);
}

export interface RuleVersion {
  regionCode: string;
  effectiveFrom: string;
  value: number;
}

/**
 * The value in force for a region on a date: among versions whose region is the region itself or
 * an ancestor (the empty region = everywhere), the most specific region wins, then the latest
 * effective date not after `date`; with none, the default.
 */
export function resolveRule(key: RuleKey, versions: readonly RuleVersion[], regionCode: string, date: string): { value: number; source: RuleVersion | 'default' } {
  const applicable = versions
    .filter((v) => regionCode.startsWith(v.regionCode) && v.effectiveFrom <= date)
    .sort((a, b) => b.regionCode.length - a.regionCode.length || b.effectiveFrom.localeCompare(a.effectiveFrom));
  const best = applicable[0];
  return best ? { value: best.value, source: best } : { value: RULE_DEFAULTS[key].value, source: 'default' };
}
