import type { ReferralStatus } from '../../platform/db/schema.js';

/**
 * Rules of referrals (职业介绍) and portal applications, as pure functions: which answers follow
 * which state, who may withdraw, whether a seeker may be referred to a posting in another district,
 * what the employer sees of the seeker, and the referral letter's number.
 */

export type AnswerStatus = 'interviewed' | 'hired' | 'not_hired' | 'no_show';
export type Channel = 'staff' | 'portal' | 'fair';

/** Why a referred seeker was not hired (the employer's coded answer). */
export const NOT_HIRED_REASONS = {
  skills_mismatch: '技能或经验不符合岗位要求',
  wage_disagreement: '薪酬待遇未达成一致',
  seeker_declined: '求职者放弃',
  position_filled: '岗位已招满',
  failed_interview: '面试未通过',
  other: '其他原因',
} as const;
export type NotHiredReason = keyof typeof NOT_HIRED_REASONS;

export const REFERRAL_STATUS_NAMES: Record<ReferralStatus, string> = {
  referred: '已推荐',
  interviewed: '已面试',
  hired: '已录用',
  not_hired: '未录用',
  no_show: '未到面试',
  withdrawn: '已撤回',
};

export const CHANNEL_NAMES: Record<Channel, string> = { staff: '工作人员推荐', portal: '网上应聘', fair: '招聘会' };

/** The answers that may follow a state: a referral is answered once; after an interview, once more. */
const NEXT: Record<ReferralStatus, readonly AnswerStatus[]> = {
  referred: ['interviewed', 'hired', 'not_hired', 'no_show'],
  interviewed: ['hired', 'not_hired', 'no_show'],
  hired: [],
  not_hired: [],
  no_show: [],
  withdrawn: [],
};

export function answerableStatuses(current: ReferralStatus): readonly AnswerStatus[] {
  return NEXT[current];
}

/** Whether the referral still waits for the employer (something may be answered). */
export function isOpen(current: ReferralStatus): boolean {
  return NEXT[current].length > 0;
}

export interface Refusal {
  field: string;
  message: string;
}

/**
 * What is wrong with an answer: the transition, the coded reason (required for not hired, refused
 * otherwise), the hire date (required for a hire, not before the referral, not in the future).
 * The first refusal with field 'status' is a state problem (409); the others are field errors (400).
 */
export function answerRefusals(input: {
  current: ReferralStatus;
  status: AnswerStatus;
  reasonCode?: string | null;
  hiredOn?: string | null;
  referredOn: string;
  today: string;
}): Refusal[] {
  const { current, status } = input;
  if (!NEXT[current].includes(status)) {
    const message =
      current === 'withdrawn'
        ? '该推荐已撤回，不能再反馈结果'
        : NEXT[current].length === 0
          ? `该推荐已反馈为“${REFERRAL_STATUS_NAMES[current]}”，结果不能再更改`
          : `“${REFERRAL_STATUS_NAMES[current]}”之后不能反馈为“${REFERRAL_STATUS_NAMES[status]}”`;
    return [{ field: 'status', message }];
  }
  const out: Refusal[] = [];
  if (status === 'not_hired') {
    if (!input.reasonCode) out.push({ field: 'reasonCode', message: '未录用须选择原因' });
    else if (!Object.hasOwn(NOT_HIRED_REASONS, input.reasonCode)) out.push({ field: 'reasonCode', message: '未录用原因不在代码表中' });
  } else if (input.reasonCode) {
    out.push({ field: 'reasonCode', message: '只有“未录用”需要填写原因' });
  }
  if (status === 'hired') {
    if (!input.hiredOn) out.push({ field: 'hiredOn', message: '录用须填写入职日期' });
    else if (input.hiredOn < input.referredOn) out.push({ field: 'hiredOn', message: `入职日期不能早于推荐日期（${input.referredOn}）` });
    else if (input.hiredOn > input.today) out.push({ field: 'hiredOn', message: '入职日期不能晚于今天；请在入职后反馈录用' });
  } else if (input.hiredOn) {
    out.push({ field: 'hiredOn', message: '只有“录用”需要填写入职日期' });
  }
  return out;
}

/** A referral or application may be withdrawn (by the seeker or staff) only before any answer. */
export function canWithdraw(current: ReferralStatus): boolean {
  return current === 'referred';
}

/** The district (county level, 6 digits) a region code lies in. */
export function districtOf(regionCode: string): string {
  return regionCode.slice(0, 6);
}

/**
 * Staff may refer a seeker to a posting in their own district; to another district only when the
 * posting is shared for cross-district assistance (异地帮扶). Returns the refusal, or null.
 */
export function crossDistrictRefusal(seekerRegion: string, postingRegion: string, shared: boolean): string | null {
  if (districtOf(seekerRegion) === districtOf(postingRegion) || shared) return null;
  return '该岗位不在求职者所在区县，且用人单位未开放异地帮扶推荐，不能跨区推荐';
}

/**
 * Whether the employer sees the seeker's phone number. The employer sees it when the seeker agreed
 * to this contact: a staff referral (the seeker accepted the referral and takes the letter), the
 * seeker's own application, or a general consent to share the profile — and never after the
 * referral was withdrawn.
 */
export function employerSeesPhone(r: { channel: Channel; status: ReferralStatus; consentShare: boolean }): boolean {
  if (r.status === 'withdrawn') return false;
  return r.channel === 'staff' || r.channel === 'portal' || r.consentShare;
}

/** A seeker registration may be referred or apply on `today`: active and inside its validity. */
export function seekerRefusal(s: { status: string; validFrom: string; validTo: string }, today: string): string | null {
  if (s.status !== 'active') return '该求职登记已关闭，不能推荐或应聘';
  if (s.validTo < today || s.validFrom > today) return `该求职登记不在有效期内（${s.validFrom} 至 ${s.validTo}），请先续期`;
  return null;
}

/** A posting takes referrals and applications while published and inside its validity. */
export function postingRefusal(p: { status: string; validFrom: string; validTo: string }, today: string): string | null {
  if (p.status !== 'published') return '该岗位未发布或已暂停、招满，不能推荐或应聘';
  if (p.validTo < today || p.validFrom > today) return '该岗位不在有效期内，不能推荐或应聘';
  return null;
}

/** The referral letter's number: 职介 + year of the referral + the referral id on six digits. */
export function letterNumber(id: number, referredOn: string): string {
  return `ZJ${referredOn.slice(0, 4)}${String(id).padStart(6, '0')}`;
}
