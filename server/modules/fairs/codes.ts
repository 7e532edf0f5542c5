import type { CampaignKind, FairKind, FairStatus, IntentionStatus, ParticipationStatus, SlotOutcome } from '../../platform/db/schema-fairs.js';

/** Fair types the seeds run (DOMAIN.md §2.7), in display order. */
export const FAIR_KINDS: Record<FairKind, string> = {
  daily_market: '日常招聘（每日市场）',
  special: '专场招聘会',
  market_day: '集市日',
  city_monthly: '市月度主题招聘会',
  saturday_morning: '周六上午招聘会',
  district_weekly: '区县每周中型招聘会',
  street_fortnightly: '街道双周小型招聘会',
  quarterly_large: '季度大型招聘会',
  online: '网络招聘会（远程招聘）',
};

/** Campaign types (专项活动). */
export const CAMPAIGN_KINDS: Record<CampaignKind, string> = {
  assistance_month: '就业援助月',
  spring_breeze: '春风行动',
  private_week: '民营企业招聘周',
  graduate_month: '高校毕业生就业服务月',
  graduate_week: '高校毕业生就业服务周',
  other: '其他专项活动',
};

/**
 * Target groups a fair or campaign is for, and that a check-in records of the person on the day.
 * 'unemployed' is the seeds' 下岗失业人员 (registered unemployed or laid off).
 */
export const FAIR_TARGET_GROUPS = {
  unemployed: '下岗失业人员',
  difficulty: '就业困难人员',
  age_4050: '4050人员',
  graduate: '高校毕业生',
  veteran: '退役军人',
  migrant_worker: '农民工',
  disabled: '残疾人',
} as const;
export type FairTargetGroup = keyof typeof FAIR_TARGET_GROUPS;
export const TARGET_GROUP_CODES = Object.keys(FAIR_TARGET_GROUPS) as FairTargetGroup[];

export const FAIR_STATUSES: Record<FairStatus, string> = {
  planned: '计划中',
  published: '已发布',
  closed: '已结束',
  cancelled: '已取消',
};

export const PARTICIPATION_STATUSES: Record<ParticipationStatus, string> = {
  applied: '待审核',
  approved: '已批准',
  rejected: '未批准',
  withdrawn: '已撤回',
  absent: '缺席',
};

export const INTENTION_STATUSES: Record<IntentionStatus, string> = {
  intended: '意向录用',
  hired: '已录用',
  dropped: '未录用',
};

export const SLOT_OUTCOMES: Record<SlotOutcome, string> = {
  interviewed: '已面试',
  intention: '达成录用意向',
  not_hired: '未录用',
  no_show: '未到',
};
