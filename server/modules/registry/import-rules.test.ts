import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citizenIdCheckChar } from '../../platform/validators/citizen-id.js';
import { IMPORT_COLUMNS, mapHeader, type RawImportRow } from './import-columns.js';
import { duplicateProblem, parseDate, parseYesNo, validateRow, type ImportLookups } from './import-rules.js';

const withCheck = (first17: string) => first17 + citizenIdCheckChar(first17);
const WOMAN_1990 = withCheck('36020319900315002');
const lookups: ImportLookups = {
  today: '2026-11-20',
  now: new Date('2026-11-20T02:00:00Z'),
  ethnicity: new Map([['01', '01'], ['汉族', '01'], ['汉', '01']]),
  education: new Map([['21', '21'], ['本科', '21']]),
  communities: new Map([['360203001002', '360203001002'], ['风景路社区居委会', '360203001002']]),
  rules: { minAge: 16, retirementAge: { 1: 60, 2: 50 }, nonLocalMonths: 6 },
};
const empty = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, ''])) as RawImportRow;
const row = (cells: Partial<RawImportRow>): RawImportRow => ({ ...empty, name: '刘芳', citizenId: WOMAN_1990, hukouType: '本地城镇', community: '风景路社区居委会', ...cells });
const initials = () => 'lf';

test('dates in the forms communities type them', () => {
  assert.equal(parseDate('2026-05-01'), '2026-05-01');
  assert.equal(parseDate('2026/5/1'), '2026-05-01');
  assert.equal(parseDate('2026.5.1'), '2026-05-01');
  assert.equal(parseDate('2026年5月1日'), '2026-05-01');
  assert.equal(parseDate('20260501'), '2026-05-01');
  assert.equal(parseDate('2026-02-30'), null);
  assert.equal(parseDate('1899-12-31'), null);
  assert.equal(parseDate('五月一日'), null);
});

test('yes/no cells with a default for blanks', () => {
  assert.equal(parseYesNo('', true), true);
  assert.equal(parseYesNo('否', true), false);
  assert.equal(parseYesNo('是', false), true);
  assert.equal(parseYesNo('也许', true), null);
});

test('headers are found by name in any order, required ones reported missing', () => {
  const { columns, missing } = mapHeader(['', '公民身份号码*', '姓名', ' 居住社区 ', '备注']);
  assert.deepEqual([...columns.entries()], [[1, 'citizenId'], [2, 'name'], [3, 'community']]);
  assert.deepEqual(missing, ['户籍性质']);
});

test('a valid row is normalised: codes by name, sex and birth date from the ID, status from the registration', () => {
  const result = validateRow(row({ ethnicity: '汉', education: '本科', registration: '失业', registeredOn: '2026/10/9', unemploymentReason: '本人辞职' }), lookups, initials);
  assert.ok(result.ok);
  assert.equal(result.person.sex, 2);
  assert.equal(result.person.birthDate, '1990-03-15');
  assert.equal(result.person.ethnicity, '01');
  assert.equal(result.person.education, '21');
  assert.equal(result.person.regionCode, '360203001002');
  assert.equal(result.person.labourStatus, 'unemployed');
  assert.deepEqual(result.person.unemployment, { registeredOn: '2026-10-09', reason: 'resigned', countsInRate: true });
});

test('every problem of a row is reported, each under its column', () => {
  const result = validateRow(row({ name: '刘', hukouType: '城里', community: '不存在社区', phone: 'abc', registration: '就业', employmentKind: '单位就业' }), lookups, initials);
  assert.ok(!result.ok);
  assert.deepEqual(
    result.problems.map((p) => p.column),
    ['name', 'hukouType', 'community', 'phone', 'employerName', 'startedOn'],
  );
});

test('registration rules apply: a woman of 50 may not register as unemployed; rural unemployment is outside the rate', () => {
  const older = withCheck('36020319760101002');
  const refused = validateRow(row({ citizenId: older, registration: '失业', registeredOn: '2026-10-01', unemploymentReason: '本人辞职' }), lookups, initials);
  assert.ok(!refused.ok);
  assert.deepEqual(refused.problems, [{ column: 'citizenId', message: '不在法定劳动年龄内，不能办理失业登记' }]);
  const rural = validateRow(row({ hukouType: '本地农村', registration: '失业', registeredOn: '2026-10-01', unemploymentReason: 'rural_transfer' }), lookups, initials);
  assert.ok(rural.ok);
  assert.equal(rural.person.unemployment?.countsInRate, false);
});

test('duplicates: the registry first, then the first row of the file stands', () => {
  assert.equal(duplicateProblem('x', 3, 3, undefined), null);
  assert.deepEqual(duplicateProblem('x', 3, 7, undefined), { column: 'citizenId', message: '与第 3 行身份证号重复' });
  assert.deepEqual(duplicateProblem('x', 3, 3, { name: '张三', regionName: '风景路社区居委会', visible: false }), { column: 'citizenId', message: '该身份证号已在其他地区登记' });
});
