import type { MessageKey, Translate } from '../../i18n';
import type { ReferralAnswerStatus, ReferralChannel, ReferralStatus } from './referralApi';

export const REFERRAL_STATUSES: ReferralStatus[] = ['referred', 'interviewed', 'hired', 'not_hired', 'no_show', 'withdrawn'];
export const REFERRAL_CHANNELS: ReferralChannel[] = ['staff', 'portal', 'fair'];

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, string> = {
  referred: 'blue',
  interviewed: 'cyan',
  hired: 'green',
  not_hired: 'orange',
  no_show: 'default',
  withdrawn: 'default',
};

/** The answers that may follow a state (mirrors the server's referral-rules; the server decides). */
export function answersAfter(status: ReferralStatus): ReferralAnswerStatus[] {
  if (status === 'referred') return ['interviewed', 'hired', 'not_hired', 'no_show'];
  if (status === 'interviewed') return ['hired', 'not_hired', 'no_show'];
  return [];
}

export const statusLabel = (t: Translate, s: ReferralStatus) => t(`referral.status.${s}` as MessageKey);
export const channelLabel = (t: Translate, c: ReferralChannel) => t(`referral.channel.${c}` as MessageKey);
