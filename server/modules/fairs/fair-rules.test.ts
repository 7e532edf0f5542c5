import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, compareBooths, fairActions, fairFieldErrors, isMonday, mondayOf, normaliseBooth, recurrenceDates, recurrenceErrors } from './fair-rules.js';

const fields = {
  name: '街道双周招聘会',
  kind: 'street_fortnightly',
  targetGroups: ['unemployed', 'age_4050'],
  venue: '便民服务中心',
  heldOn: '2026-11-25',
  startsAt: '09:00',
  endsAt: '11:30',
  boothCapacity: 20,
};

test('a weekly series repeats every 7 days up to and including the end date', () => {
  assert.deepEqual(recurrenceDates('2026-11-21', 'week', '2026-12-12'), ['2026-11-21', '2026-11-28', '2026-12-05', '2026-12-12']);
  assert.deepEqual(recurrenceDates('2026-11-21', 'week', '2026-12-11'), ['2026-11-21', '2026-11-28', '2026-12-05']);
});

test('a fortnightly series repeats every 14 days across the year end', () => {
  assert.deepEqual(recurrenceDates('2026-12-16', 'two_weeks', '2027-01-31'), ['2026-12-16', '2026-12-30', '2027-01-13', '2027-01-27']);
});

test('a monthly series keeps the day of the month, or the last day of a shorter month', () => {
  assert.deepEqual(recurrenceDates('2026-11-30', 'month', '2027-03-31'), ['2026-11-30', '2026-12-30', '2027-01-30', '2027-02-28', '2027-03-30']);
  assert.equal(addMonths('2027-01-31', 1), '2027-02-28');
  assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
  assert.equal(addMonths('2026-11-15', 12), '2027-11-15');
});

test('recurrence limits: end after the first fair, within a year, at most 60 fairs', () => {
  assert.deepEqual(recurrenceErrors('2026-11-25', 'week', '2026-11-25'), [{ field: 'recurrence.until', message: '重复截止日期须晚于第一场招聘会的日期' }]);
  assert.deepEqual(recurrenceErrors('2026-11-25', 'month', '2027-11-26'), [{ field: 'recurrence.until', message: '重复截止日期不能超过第一场之后一年' }]);
  assert.deepEqual(recurrenceErrors('2026-11-25', 'week', '2027-11-25'), []);
  assert.equal(recurrenceDates('2026-11-25', 'week', '2027-11-25').length, 53);
  assert.deepEqual(recurrenceErrors('2026-11-25', 'month', '2027-11-25'), []);
});

test('fair fields: every problem at once, in Chinese, by field', () => {
  assert.deepEqual(fairFieldErrors(fields, '2026-11-20'), []);
  const errors = fairFieldErrors({ ...fields, kind: 'party', targetGroups: ['veteran', 'aliens'], heldOn: '2026-11-19', endsAt: '09:00', boothCapacity: 0 }, '2026-11-20');
  assert.deepEqual(errors, [
    { field: 'kind', message: '招聘会类型不在代码表中' },
    { field: 'targetGroups', message: '服务对象代码不正确：aliens' },
    { field: 'heldOn', message: '举办日期 2026-11-19 已过去，不能安排在今天（2026-11-20）之前' },
    { field: 'endsAt', message: '结束时间须晚于开始时间' },
    { field: 'boothCapacity', message: '展位数须在 1 至 2000 之间' },
  ]);
  assert.deepEqual(fairFieldErrors({ ...fields, boothCapacity: 2001 }, '2026-11-20').map((e) => e.field), ['boothCapacity']);
  assert.deepEqual(fairFieldErrors({ ...fields, heldOn: '2026-11-20' }, '2026-11-20'), [], 'today is not the past');
});

test('an edited fair may keep its date after the day passed, but not move to another past date', () => {
  assert.deepEqual(fairFieldErrors({ ...fields, heldOn: '2026-11-18' }, '2026-11-20', '2026-11-18'), []);
  assert.deepEqual(fairFieldErrors({ ...fields, heldOn: '2026-11-17' }, '2026-11-20', '2026-11-18').map((e) => e.field), ['heldOn']);
});

test('what a manager may do follows the status and the day', () => {
  assert.deepEqual(fairActions('planned', '2026-11-25', '2026-11-20', true), { edit: true, publish: true, close: false, cancel: true, manage: true });
  assert.deepEqual(fairActions('published', '2026-11-25', '2026-11-20', true), { edit: true, publish: false, close: false, cancel: true, manage: true });
  assert.deepEqual(fairActions('published', '2026-11-20', '2026-11-20', true), { edit: true, publish: false, close: true, cancel: true, manage: true });
  assert.deepEqual(fairActions('closed', '2026-11-20', '2026-11-21', true), { edit: false, publish: false, close: false, cancel: false, manage: false });
  assert.deepEqual(fairActions('cancelled', '2026-11-25', '2026-11-20', true), { edit: false, publish: false, close: false, cancel: false, manage: false });
  assert.deepEqual(fairActions('planned', '2026-11-25', '2026-11-20', false), { edit: false, publish: false, close: false, cancel: false, manage: false });
});

test('booth numbers sort naturally and are stored trimmed in upper case', () => {
  assert.deepEqual(['A10', 'B1', 'A2', 'A01'].sort(compareBooths), ['A01', 'A2', 'A10', 'B1']);
  assert.equal(normaliseBooth(' a01 '), 'A01');
});

test('weeks start on Monday', () => {
  assert.equal(mondayOf('2026-11-20'), '2026-11-16');
  assert.equal(mondayOf('2026-11-22'), '2026-11-16', 'Sunday belongs to the week before');
  assert.equal(mondayOf('2026-11-23'), '2026-11-23');
  assert.equal(isMonday('2026-11-23'), true);
  assert.equal(isMonday('2026-11-24'), false);
});
