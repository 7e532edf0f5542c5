import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, creditSummary, creditWindowStart, endedMembership, isMember, membershipProblem, occurredOnProblem } from './credit-rules.js';

test('the 12-month credit window ends today and starts the day after the same date a year earlier', () => {
  assert.equal(creditWindowStart('2026-11-20'), '2025-11-21');
  assert.equal(creditWindowStart('2028-02-29'), '2027-03-02');
  assert.equal(creditWindowStart('2026-01-01'), '2025-01-02');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
});

test('the summary lists every kind', () => {
  assert.deepEqual(creditSummary({ warning: 2, commendation: 1 }), { warning: 2, false_posting: 0, complaint: 0, violation: 0, commendation: 1 });
  assert.deepEqual(creditSummary(null), { warning: 0, false_posting: 0, complaint: 0, violation: 0, commendation: 0 });
});

test('membership covers its window, both ends included; open-ended until further notice', () => {
  assert.equal(isMember('2026-01-01', '2026-12-31', '2026-11-20'), true);
  assert.equal(isMember('2026-11-20', '2026-11-20', '2026-11-20'), true);
  assert.equal(isMember('2026-11-21', '2027-11-20', '2026-11-20'), false);
  assert.equal(isMember('2025-01-01', '2026-11-19', '2026-11-20'), false);
  assert.equal(isMember('2025-01-01', null, '2026-11-20'), true);
  assert.equal(isMember(null, null, '2026-11-20'), false);
});

test('a membership window must be sane', () => {
  const today = '2026-11-20';
  assert.equal(membershipProblem('2026-11-20', '2027-11-19', today), null);
  assert.equal(membershipProblem('2026-12-01', '2026-11-30', today)?.field, 'memberUntil');
  assert.equal(membershipProblem('2026-01-01', '2026-11-19', today)?.field, 'memberUntil', 'already over');
  assert.equal(membershipProblem('2020-01-01', '2027-01-01', today)?.field, 'memberSince');
  assert.equal(membershipProblem('2028-01-01', '2028-12-31', today)?.field, 'memberSince');
  assert.equal(membershipProblem('2026-11-20', '2031-11-20', today), null, 'five years is the most');
  assert.equal(membershipProblem('2026-11-20', '2031-11-21', today)?.field, 'memberUntil');
});

test('ending a membership closes it yesterday, or removes a window not yet begun', () => {
  const today = '2026-11-20';
  assert.deepEqual(endedMembership('2026-01-01', '2026-12-31', today), { since: '2026-01-01', until: '2026-11-19' });
  assert.deepEqual(endedMembership('2026-01-01', null, today), { since: '2026-01-01', until: '2026-11-19' });
  assert.deepEqual(endedMembership('2026-11-20', '2027-11-19', today), { since: null, until: null });
  assert.deepEqual(endedMembership('2026-12-01', '2027-11-19', today), { since: null, until: null });
  assert.deepEqual(endedMembership('2025-01-01', '2025-12-31', today), { since: '2025-01-01', until: '2025-12-31' }, 'an ended window stays as it was');
});

test('a credit event happened on a past day', () => {
  assert.equal(occurredOnProblem('2026-11-20', '2026-11-20'), null);
  assert.match(occurredOnProblem('2026-11-21', '2026-11-20') ?? '', /晚于今天/);
  assert.ok(occurredOnProblem('1999-12-31', '2026-11-20'));
});
