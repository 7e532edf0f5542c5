import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bornOnOrBefore, childCodeLength, commitmentDueTable, idMismatch, monthsBefore, reasonText, regionalValues, valueFor, type IssueFacts } from './quality-rules.js';
import { ageOn } from './rules.js';

test('a summary breaks a unit into the next level; a community shows itself', () => {
  assert.deepEqual(['36', '3602', '360203', '360203001', '360203001002'].map(childCodeLength), [4, 6, 9, 12, 12]);
  assert.throws(() => childCodeLength('36020'), RangeError);
});

test('months back on the calendar, the day clamped to the shorter month', () => {
  assert.equal(monthsBefore('2026-11-20', 6), '2026-05-20');
  assert.equal(monthsBefore('2026-08-31', 6), '2026-02-28');
  assert.equal(monthsBefore('2026-03-31', 1), '2026-02-28');
  assert.equal(monthsBefore('2028-03-31', 1), '2028-02-29');
  assert.equal(monthsBefore('2026-01-15', 1), '2025-12-15');
  assert.equal(monthsBefore('2026-02-10', 26), '2023-12-10');
});

test('born on or before the cut-off is exactly "at least N years old" (ageOn)', () => {
  const today = '2028-02-29';
  const cutoff = bornOnOrBefore(today, 61);
  assert.equal(cutoff, '1967-02-28');
  for (const birth of ['1967-02-27', '1967-02-28', '1967-03-01', '1966-12-31']) {
    assert.equal(birth <= cutoff, ageOn(birth, today) >= 61, birth);
  }
  assert.equal(bornOnOrBefore('2026-11-20', 60), '1966-11-20');
  assert.equal(ageOn('1966-11-20', '2026-11-20'), 60);
  assert.equal(ageOn('1966-11-21', '2026-11-20'), 59);
});

test('rule values across a subtree: regions with their own versions first, the unit last', () => {
  const versions = [
    { regionCode: '', effectiveFrom: '2020-01-01', value: 60 },
    { regionCode: '360203', effectiveFrom: '2026-01-01', value: 63 },
    { regionCode: '360203001', effectiveFrom: '2027-01-01', value: 65 },
    { regionCode: '360202', effectiveFrom: '2020-01-01', value: 61 },
  ];
  const values = regionalValues('retirement_age.male', versions, '3602', '2026-11-20');
  assert.deepEqual(values, [
    { prefix: '360203001', value: 63 },
    { prefix: '360203', value: 63 },
    { prefix: '360202', value: 61 },
    { prefix: '3602', value: 60 },
  ]);
  assert.equal(valueFor(values, '360203001002'), 63, 'the 2027 version is not in force yet');
  assert.equal(valueFor(values, '360202005001'), 61);
  assert.equal(valueFor(values, '360222001001'), 60);
  assert.deepEqual(regionalValues('retirement_age.male', [], '360203', '2026-11-20'), [{ prefix: '360203', value: 60 }], 'the default');
});

test('the commitment calendar: 10 working days on the official calendar from each start date', () => {
  const table = commitmentDueTable('2026-11-19', '2026-11-21', 10);
  assert.deepEqual(table, [
    { startedOn: '2026-11-19', dueOn: '2026-12-03' },
    { startedOn: '2026-11-20', dueOn: '2026-12-04' },
    { startedOn: '2026-11-21', dueOn: '2026-12-04' },
  ]);
  assert.deepEqual(commitmentDueTable('2026-11-21', '2026-11-20', 10), []);
});

test('what the ID number says against the record', () => {
  const id = '11010519491231002X'; // born 1949-12-31, digit 17 = 2: female
  assert.deepEqual(idMismatch({ citizenId: id, sex: 2, birthDate: '1949-12-31' }), {});
  assert.deepEqual(idMismatch({ citizenId: id, sex: 1, birthDate: '1949-12-31' }), { sex: 2 });
  assert.deepEqual(idMismatch({ citizenId: id, sex: 2, birthDate: '1950-01-01' }), { birthDate: '1949-12-31' });
  assert.deepEqual(idMismatch({ citizenId: 'not a number', sex: 1, birthDate: '1950-01-01' }), {});
});

test('each failed check reads as a Chinese reason', () => {
  const base: IssueFacts = { check: 'duplicate', citizenId: '11010519491231002X', sex: 2, birthDate: '1949-12-31', labourStatus: 'unemployed', age: 76, date: null, detail: null };
  assert.equal(
    reasonText({ ...base, others: [{ name: '张三', citizenId: '360203199001010011', regionName: '新村社区' }] }),
    '与张三（360203********0011，新村社区）姓名、出生日期相同而身份证号不同，疑似同一人重复登记',
  );
  assert.equal(reasonText({ ...base, check: 'labour_status', detail: 'employed' }), '就业状态登记为「登记失业」，按在办的就业失业登记应为「单位就业」');
  assert.equal(reasonText({ ...base, check: 'over_retirement', age: 52, detail: '50' }), '已满 52 周岁，达到女性退休年龄（50 岁），仍处于登记失业状态');
  assert.equal(reasonText({ ...base, check: 'id_mismatch', sex: 1, birthDate: '1950-01-01' }), '性别登记为男，身份证号显示为女；出生日期登记为 1950-01-01，身份证号显示为 1949-12-31');
  assert.equal(reasonText({ ...base, check: 'household_region', detail: '新村社区' }), '居住社区与所属家庭户（新村社区）不一致');
  assert.match(reasonText({ ...base, check: 'difficulty_employed', date: '2026-09-01', detail: '景德镇陶瓷厂' }), /自 2026-09-01 起已全职就业（景德镇陶瓷厂）超过 30 天/);
  assert.match(reasonText({ ...base, check: 'not_contacted', detail: 'both', date: '2026-04-01', months: 6 }), /^登记失业、就业困难人员，最近联系 2026-04-01，已超过 6 个月未联系/);
  assert.match(reasonText({ ...base, check: 'not_contacted', detail: 'unemployed', months: 6 }), /^登记失业人员，从未联系/);
  assert.equal(reasonText({ ...base, check: 'commitment', detail: '2026-11-20', date: '2026-12-04', workingDays: 10 }), '认定于 2026-11-20，应于 2026-12-04 前（10 个工作日内）推荐岗位，未按期推荐');
  assert.equal(reasonText({ ...base, check: 'zero_family', detail: 'second', date: '2026-12-20' }), '零就业家庭第二名成员安置期限 2026-12-20 已过，尚未就业');
  assert.equal(reasonText({ ...base, check: 'follow_up', detail: null, date: '2026-12-20' }), '安置后的跟踪回访应于 2026-12-20 完成，尚未回访');
});
