// GB 32100-2015 统一社会信用代码 (unified social credit code) validation.

/** Result of validating a unified social credit code. */
export type CreditCodeResult =
  | {
      ok: true;
      /** Normalised code: no whitespace, uppercase. */
      code: string;
      /** Registration authority name, e.g. "工商". */
      authority: string;
      /** Administrative division code (chars 3–8). */
      divisionCode: string;
    }
  | {
      ok: false;
      reason: CreditCodeFailure;
      /** User-facing Chinese message. */
      message: string;
    };

/** Machine-readable reason a unified social credit code was rejected. */
export type CreditCodeFailure =
  | 'empty'
  | 'length'
  | 'format'
  | 'authority'
  | 'category'
  | 'division'
  | 'checksum'
  | 'organization_code';

/** Character set of GB 32100 (no I, O, Z, S, V). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * Registration authorities (first char) with their institution categories (second char).
 * Categories are enforced for the common authorities; for the rest any digit 1–9 is accepted.
 */
const AUTHORITIES: Readonly<Record<string, { name: string; categories: string }>> = {
  '1': { name: '机构编制', categories: '1239' },
  '2': { name: '外交', categories: '123456789' },
  '3': { name: '司法行政', categories: '123456789' },
  '4': { name: '文化', categories: '123456789' },
  '5': { name: '民政', categories: '1239' },
  '6': { name: '旅游', categories: '123456789' },
  '7': { name: '宗教', categories: '123456789' },
  '8': { name: '工会', categories: '123456789' },
  '9': { name: '工商', categories: '123' },
  A: { name: '中央军委改革和编制办公室', categories: '123456789' },
  N: { name: '农业', categories: '123456789' },
  Y: { name: '其他', categories: '1' },
};

/** Computes the GB 32100 check character (18th) for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError('creditCodeCheckChar expects exactly 17 characters');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) {
      throw new RangeError(`invalid credit code character: ${first17[i]}`);
    }
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** Computes the GB 11714 organization code check character for its first 8 characters. */
export function organizationCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError('organizationCodeCheckChar expects 8 digits or uppercase letters');
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    // Digits keep their value; letters A–Z map to 10–35.
    sum += parseInt(first8[i], 36) * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Validates a unified social credit code, including the embedded organization code check. */
export function validateCreditCode(raw: string): CreditCodeResult {
  const code = raw
    .replace(/\s+/g, '')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
    )
    .toUpperCase();
  if (code.length === 0) {
    return fail('empty', '请输入统一社会信用代码');
  }
  if (code.length !== 18) {
    return fail('length', '统一社会信用代码应为18位');
  }
  for (const ch of code) {
    if (!CREDIT_CODE_CHARSET.includes(ch)) {
      return fail('format', '统一社会信用代码包含无效字符（不使用I、O、Z、S、V）');
    }
  }
  const authority = AUTHORITIES[code[0]];
  if (authority === undefined) {
    return fail('authority', '统一社会信用代码的登记管理部门代码无效');
  }
  if (!authority.categories.includes(code[1])) {
    return fail('category', '统一社会信用代码的机构类别代码无效');
  }
  const divisionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode)) {
    return fail('division', '统一社会信用代码的登记管理机关行政区划码无效');
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return fail('checksum', '统一社会信用代码校验位错误');
  }
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code[16]) {
    return fail('organization_code', '统一社会信用代码中的组织机构代码校验位错误');
  }
  return { ok: true, code, authority: authority.name, divisionCode };
}

function fail(reason: CreditCodeFailure, message: string): CreditCodeResult {
  return { ok: false, reason, message };
}
