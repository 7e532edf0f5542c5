import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCalendarDays, addWorkingDays, dueDate, isWorkingDay, monthDays, workingDaysBetween } from './workdays.js';

test('National Day 2026: 10-01..10-07 off, Saturday 10-10 is a make-up working day', () => {
  assert.equal(isWorkingDay('2026-09-30'), true);
  for (let d = 1; d <= 7; d += 1) assert.equal(isWorkingDay(`2026-10-0${d}`), false, `10-0${d}`);
  assert.equal(isWorkingDay('2026-10-10'), true, 'make-up Saturday');
  assert.equal(isWorkingDay('2026-10-11'), false, 'ordinary Sunday');
  // From Mon 09-28: 09-29, 09-30 (2), holiday week, 10-08, 10-09, 10-10 (5), 10-12..10-16 (10).
  assert.equal(addWorkingDays('2026-09-28', 10), '2026-10-16');
  assert.equal(addWorkingDays('2026-09-30', 1), '2026-10-08');
});

test('Spring Festival 2026: 02-15..02-23 off, Saturday 02-14 worked', () => {
  assert.equal(isWorkingDay('2026-02-14'), true);
  assert.equal(isWorkingDay('2026-02-16'), false);
  assert.equal(isWorkingDay('2026-02-23'), false);
  assert.equal(isWorkingDay('2026-02-24'), true);
  // From Fri 02-13: 02-14 (1), holiday, 02-24 (2), 02-25 (3).
  assert.equal(addWorkingDays('2026-02-13', 3), '2026-02-25');
  assert.equal(workingDaysBetween('2026-02-13', '2026-02-25'), 3);
});

test('the 10-working-day commitment and the 20-calendar-day rule', () => {
  assert.equal(dueDate('2026-11-20', { workingDays: 10 }), '2026-12-04');
  assert.equal(dueDate('2026-11-20', { calendarDays: 20 }), '2026-12-10');
  assert.equal(addWorkingDays('2026-11-20', 0), '2026-11-20');
  assert.equal(addCalendarDays('2024-02-28', 1), '2024-02-29');
});

test('overrides win over the package: next year’s schedule entered by staff', () => {
  const overrides = new Map([['2027-01-01', { isWorkday: false, name: '元旦' }]]);
  assert.equal(isWorkingDay('2027-01-01'), true, 'the package does not know 2027');
  assert.equal(isWorkingDay('2027-01-01', overrides), false);
  assert.equal(addWorkingDays('2026-12-31', 1, overrides), '2027-01-04');
});

test('bad input is refused', () => {
  assert.throws(() => addWorkingDays('2026-13-01', 1), RangeError);
  assert.throws(() => addWorkingDays('2026-11-20', -1), RangeError);
  assert.throws(() => monthDays('2026-1'), RangeError);
});

test('a month lists every day with its flags', () => {
  const days = monthDays('2026-10');
  assert.equal(days.length, 31);
  assert.equal(days[0].name, '国庆节');
  // 31 days − 7 holiday days − Sundays/Saturdays 11, 17, 18, 24, 25, 31 (the 10th is worked) = 18.
  assert.equal(days.filter((d) => d.isWorkday).length, 18);
});
