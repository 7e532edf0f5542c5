import type { FieldError } from '../../platform/errors.js';
import { isPhone } from './prereview.js';

/** Said for any mismatch with an existing registry person, so the answer never tells which field was wrong. */
export const IDENTITY_NOT_VERIFIED = '身份信息核验未通过：请核对姓名、身份证号和手机号，或持身份证到社区（街道）就业服务窗口办理';
/** The registry holds no mobile number to check the citizen against. */
export const NO_PHONE_ON_RECORD = '您的实名登记信息中没有可用于核验的手机号，请持身份证到社区（街道）就业服务窗口开通账号';

const NAME_MIN = 2;
const NAME_MAX = 30;
const MOBILE = /^1[3-9]\d{9}$/;

/** Characters as a person counts them (a CJK character or a letter is one). */
export function charCount(s: string): number {
  return [...s].length;
}

/** The 11-digit mobile number of what was typed (spaces, dashes and +86 allowed), or null if it is not a mobile number. */
export function mobileOf(raw: string): string | null {
  const phone = raw.replace(/[\s\-()（）]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  return isPhone(phone) && MOBILE.test(phone) ? phone : null;
}

/** The mobile number a registry record holds, tolerant of how staff typed it; null for none or a landline. */
export function mobileOnRecord(stored: string | null): string | null {
  if (!stored) return null;
  const digits = stored.replace(/\D/g, '');
  const mobile = digits.length === 13 && digits.startsWith('86') ? digits.slice(2) : digits;
  return MOBILE.test(mobile) ? mobile : null;
}

/** Field problems of the identity part of a portal registration, on the trimmed values. */
export function identityFieldProblems(input: { name: string; phone: string }): FieldError[] {
  const problems: FieldError[] = [];
  const name = charCount(input.name.trim());
  if (name === 0) problems.push({ field: 'name', message: '请填写姓名' });
  else if (name < NAME_MIN || name > NAME_MAX) problems.push({ field: 'name', message: `姓名应为 ${NAME_MIN}–${NAME_MAX} 个字` });
  if (!input.phone.trim()) problems.push({ field: 'phone', message: '请填写手机号' });
  else if (!mobileOf(input.phone)) problems.push({ field: 'phone', message: '请填写 11 位手机号（开通账号须本人手机号）' });
  return problems;
}

export type IdentityCheck = 'verified' | 'mismatch' | 'no_phone_on_record';

/**
 * Whether the citizen may be linked to an existing registry person: the name and the mobile number
 * on record must both match. A wrong name is a `mismatch` whatever the record holds, so that only
 * someone who knows the name learns that the record has no phone.
 */
export function checkIdentity(record: { name: string; phone: string | null }, entered: { name: string; mobile: string }): IdentityCheck {
  if (record.name.trim() !== entered.name.trim()) return 'mismatch';
  const onRecord = mobileOnRecord(record.phone);
  if (!onRecord) return 'no_phone_on_record';
  return onRecord === entered.mobile ? 'verified' : 'mismatch';
}
