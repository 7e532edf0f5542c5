// GB 11643-1999 公民身份号码 (18-digit citizen identity number) validation and masking.
import { chinaDate } from '../clock.js';

/** Result of validating a citizen identity number. */
export type CitizenIdResult =
  | {
      ok: true;
      /** Normalised number: no whitespace, uppercase X. */
      id: string;
      /** Birth date, YYYY-MM-DD. */
      birthDate: string;
      /** Sex per GB/T 2261.1: 1 = male, 2 = female. */
      sex: 1 | 2;
      /** Address code (first 6 digits). */
      regionCode: string;
    }
  | {
      ok: false;
      reason: CitizenIdFailure;
      /** User-facing Chinese message. */
      message: string;
    };

/** Machine-readable reason a citizen identity number was rejected. */
export type CitizenIdFailure = 'empty' | 'length' | 'format' | 'birth_date' | 'checksum';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const MIN_BIRTH_DATE = '1900-01-01';

/** Computes the GB 11643 check character for the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('citizenIdCheckChar expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

/** Validates an 18-digit citizen identity number; `today` bounds the birth date (defaults to now). */
export function validateCitizenId(raw: string, today: Date = new Date()): CitizenIdResult {
  const id = normalise(raw);
  if (id.length === 0) {
    return fail('empty', '请输入公民身份号码');
  }
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    return fail('length', '15位旧身份证号码已停用，请使用18位公民身份号码');
  }
  if (id.length !== 18) {
    return fail('length', '公民身份号码应为18位');
  }
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('format', '公民身份号码格式错误：前17位应为数字，末位应为数字或X');
  }
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!isCalendarDate(year, month, day)) {
    return fail('birth_date', '公民身份号码中的出生日期无效');
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (birthDate < MIN_BIRTH_DATE) {
    return fail('birth_date', '公民身份号码中的出生日期早于1900年');
  }
  if (birthDate > chinaDate(today)) {
    return fail('birth_date', '公民身份号码中的出生日期晚于当前日期');
  }
  if (citizenIdCheckChar(id.slice(0, 17)) !== id[17]) {
    return fail('checksum', '身份证号码校验位错误');
  }
  const sex: 1 | 2 = Number(id[16]) % 2 === 1 ? 1 : 2;
  return { ok: true, id, birthDate, sex, regionCode: id.slice(0, 6) };
}

/** Masks a citizen identity number, keeping the first 6 and last 4 characters. */
export function maskCitizenId(id: string): string {
  const value = id.trim();
  if (value.length <= 10) {
    return '*'.repeat(value.length);
  }
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Masks a phone number, keeping the first 3 and last 4 digits (138****5678). */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  if (value.length < 8) {
    return '*'.repeat(value.length);
  }
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

function normalise(raw: string): string {
  // Remove all whitespace and convert full-width digits / letters to ASCII.
  return raw
    .replace(/\s+/g, '')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .toUpperCase();
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) {
    return false;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}

function fail(reason: CitizenIdFailure, message: string): CitizenIdResult {
  return { ok: false, reason, message };
}
