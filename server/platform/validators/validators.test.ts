import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  citizenIdCheckChar,
  maskCitizenId,
  maskPhone,
  validateCitizenId,
} from './citizen-id.js';
import {
  creditCodeCheckChar,
  organizationCodeCheckChar,
  validateCreditCode,
} from './credit-code.js';

const TODAY = new Date(2025, 5, 15); // 2025-06-15 local time

/** Builds a valid 18-digit number from region, YYYYMMDD and a 3-digit sequence. */
function makeId(region: string, ymd: string, seq: string): string {
  const first17 = region + ymd + seq;
  return first17 + citizenIdCheckChar(first17);
}

function reasonOf(result: { ok: boolean; reason?: string }): string | undefined {
  return result.ok ? undefined : result.reason;
}

test('citizen id: standard example is valid and decoded', () => {
  const r = validateCitizenId('11010519491231002X', TODAY);
  assert.deepEqual(r, {
    ok: true,
    id: '11010519491231002X',
    birthDate: '1949-12-31',
    sex: 2,
    regionCode: '110105',
  });
});

test('citizen id: lowercase x and surrounding/inner spaces are normalised', () => {
  const r = validateCitizenId('  110105 19491231 002x ', TODAY);
  assert.equal(r.ok, true);
  if (r.ok) assert.equal(r.id, '11010519491231002X');
});

test('citizen id: odd 17th digit is male, even is female', () => {
  const male = validateCitizenId(makeId('360203', '19900101', '123'), TODAY);
  const female = validateCitizenId(makeId('360203', '19900101', '124'), TODAY);
  assert.ok(male.ok && male.sex === 1);
  assert.ok(female.ok && female.sex === 2);
});

test('citizen id: empty input', () => {
  assert.equal(reasonOf(validateCitizenId('', TODAY)), 'empty');
  assert.equal(reasonOf(validateCitizenId('   ', TODAY)), 'empty');
});

test('citizen id: wrong length and 15-digit old numbers', () => {
  assert.equal(reasonOf(validateCitizenId('1101051949123100', TODAY)), 'length');
  const old = validateCitizenId('110105491231002', TODAY);
  assert.equal(reasonOf(old), 'length');
  assert.ok(!old.ok && old.message.includes('18位'));
});

test('citizen id: format errors', () => {
  assert.equal(reasonOf(validateCitizenId('11010519491231A02X', TODAY)), 'format');
  assert.equal(reasonOf(validateCitizenId('11010519491231002Y', TODAY)), 'format');
});

test('citizen id: checksum error', () => {
  const r = validateCitizenId('110105194912310021', TODAY);
  assert.equal(reasonOf(r), 'checksum');
  assert.ok(!r.ok && r.message === '身份证号码校验位错误');
});

test('citizen id: Feb 29 accepted only in leap years', () => {
  assert.equal(validateCitizenId(makeId('360203', '20000229', '011'), TODAY).ok, true);
  assert.equal(validateCitizenId(makeId('360203', '19880229', '011'), TODAY).ok, true);
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '20010229', '011'), TODAY)), 'birth_date');
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '19000229', '011'), TODAY)), 'birth_date');
});

test('citizen id: impossible, too early and future birth dates', () => {
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '19901301', '011'), TODAY)), 'birth_date');
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '19900431', '011'), TODAY)), 'birth_date');
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '19900100', '011'), TODAY)), 'birth_date');
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '18991231', '011'), TODAY)), 'birth_date');
  assert.equal(validateCitizenId(makeId('360203', '19000101', '011'), TODAY).ok, true);
  assert.equal(validateCitizenId(makeId('360203', '20250615', '011'), TODAY).ok, true);
  assert.equal(reasonOf(validateCitizenId(makeId('360203', '20250616', '011'), TODAY)), 'birth_date');
});

test('citizen id: check char helper rejects bad input', () => {
  assert.equal(citizenIdCheckChar('11010519491231002'), 'X');
  assert.throws(() => citizenIdCheckChar('1101051949123100'), RangeError);
});

test('masking', () => {
  assert.equal(maskCitizenId('360203199001011234'), '360203********1234');
  assert.equal(maskPhone('13812345678'), '138****5678');
  assert.equal(maskPhone(' 13812345678 '), '138****5678');
  assert.equal(maskCitizenId('12345'), '*****');
  assert.equal(maskPhone('12345'), '*****');
});

test('credit code: example is valid and decoded', () => {
  assert.deepEqual(validateCreditCode('91350100M000100Y43'), {
    ok: true,
    code: '91350100M000100Y43',
    authority: '工商',
    divisionCode: '350100',
  });
  assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
  assert.equal(organizationCodeCheckChar('M000100Y'), '4');
});

test('credit code: lowercase and spaces are normalised', () => {
  const r = validateCreditCode(' 91350100m000100y43 ');
  assert.ok(r.ok && r.code === '91350100M000100Y43');
});

test('credit code: a range of published codes are valid', () => {
  for (const code of ['914403001922038216', '91440300708461136T', '12100000400000624D']) {
    assert.equal(validateCreditCode(code).ok, true, code);
  }
});

/** Builds a code whose overall and organization check chars are correct. */
function makeCode(first8: string, orgBody: string): string {
  const first17 = first8 + orgBody + organizationCodeCheckChar(orgBody);
  return first17 + creditCodeCheckChar(first17);
}

test('credit code: every failure reason', () => {
  assert.equal(reasonOf(validateCreditCode('')), 'empty');
  assert.equal(reasonOf(validateCreditCode('91350100M000100Y4')), 'length');
  assert.equal(reasonOf(validateCreditCode('91350100M000100I43')), 'format');
  assert.equal(reasonOf(validateCreditCode('91350100O000100Y43')), 'format');
  assert.equal(reasonOf(validateCreditCode(makeCode('B1350100', 'M000100Y'))), 'authority');
  assert.equal(reasonOf(validateCreditCode(makeCode('94350100', 'M000100Y'))), 'category');
  assert.equal(reasonOf(validateCreditCode(makeCode('Y2350100', 'M000100Y'))), 'category');
  assert.equal(reasonOf(validateCreditCode(makeCode('9135A100', 'M000100Y'))), 'division');
  const bad = validateCreditCode('91350100M000100Y44');
  assert.equal(reasonOf(bad), 'checksum');
  assert.ok(!bad.ok && bad.message === '统一社会信用代码校验位错误');
  // Correct overall check char but wrong embedded organization code check char.
  const first17 = '91350100M000100Y5';
  assert.equal(
    reasonOf(validateCreditCode(first17 + creditCodeCheckChar(first17))),
    'organization_code',
  );
});

test('credit code: organization check char maps 10 to X and 11 to 0', () => {
  // Sums: 'MA000001' -> 22*3 + 10*7 + 2 = 138, 138 % 11 = 6, check 5.
  assert.equal(organizationCodeCheckChar('MA000001'), '5');
  // Enumerating two trailing digits must hit both remainder edge cases.
  const chars = '0123456789';
  const seen = new Set<string>();
  for (const a of chars) for (const b of chars) seen.add(organizationCodeCheckChar(`000000${a}${b}`));
  assert.ok(seen.has('X') && seen.has('0'));
  assert.throws(() => creditCodeCheckChar('123'), RangeError);
});
