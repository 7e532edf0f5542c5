import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReferralStatus } from '../../platform/db/schema.js';
import { answerRefusals, answerableStatuses, canWithdraw, crossDistrictRefusal, employerSeesPhone, isOpen, letterNumber, postingRefusal, seekerRefusal, type AnswerStatus } from './referral-rules.js';

const base = { referredOn: '2026-11-10', today: '2026-11-20' };
const ok = (current: ReferralStatus, status: AnswerStatus, extra: { reasonCode?: string; hiredOn?: string } = {}) => answerRefusals({ current, status, ...base, ...extra });

describe('referral rules', () => {
  test('transitions: referred → any answer; interviewed → a final answer; final answers and withdrawn stay', () => {
    assert.deepEqual(answerableStatuses('referred'), ['interviewed', 'hired', 'not_hired', 'no_show']);
    assert.deepEqual(answerableStatuses('interviewed'), ['hired', 'not_hired', 'no_show']);
    for (const s of ['hired', 'not_hired', 'no_show', 'withdrawn'] as const) {
      assert.deepEqual(answerableStatuses(s), []);
      assert.equal(isOpen(s), false);
      assert.equal(ok(s, 'interviewed')[0].field, 'status');
    }
    assert.deepEqual(ok('referred', 'interviewed'), []);
    assert.deepEqual(ok('interviewed', 'no_show'), []);
    assert.equal(ok('interviewed', 'interviewed')[0].field, 'status');
    assert.match(ok('hired', 'not_hired', { reasonCode: 'other' })[0].message, /已录用.*不能再更改/);
    assert.match(ok('withdrawn', 'hired', { hiredOn: '2026-11-20' })[0].message, /撤回/);
  });

  test('not hired needs a reason from the coded list; other answers take none', () => {
    assert.equal(ok('referred', 'not_hired')[0].field, 'reasonCode');
    assert.match(ok('referred', 'not_hired', { reasonCode: 'too_old' })[0].message, /代码表/);
    assert.deepEqual(ok('referred', 'not_hired', { reasonCode: 'skills_mismatch' }), []);
    assert.equal(ok('referred', 'no_show', { reasonCode: 'other' })[0].field, 'reasonCode');
  });

  test('a hire needs a start date between the referral and today', () => {
    assert.equal(ok('referred', 'hired')[0].field, 'hiredOn');
    assert.match(ok('referred', 'hired', { hiredOn: '2026-11-09' })[0].message, /早于推荐日期/);
    assert.match(ok('referred', 'hired', { hiredOn: '2026-11-21' })[0].message, /晚于今天/);
    assert.deepEqual(ok('interviewed', 'hired', { hiredOn: '2026-11-10' }), []);
    assert.equal(ok('referred', 'interviewed', { hiredOn: '2026-11-12' })[0].field, 'hiredOn');
  });

  test('withdrawal only before any answer', () => {
    assert.equal(canWithdraw('referred'), true);
    for (const s of ['interviewed', 'hired', 'not_hired', 'no_show', 'withdrawn'] as const) assert.equal(canWithdraw(s), false);
  });

  test('cross-district referral only to a shared posting (异地帮扶)', () => {
    assert.equal(crossDistrictRefusal('360203001002', '360203002001', false), null, 'same district');
    assert.equal(crossDistrictRefusal('360203001002', '360202500507', true), null, 'shared');
    assert.match(crossDistrictRefusal('360203001002', '360202500507', false) ?? '', /异地帮扶/);
  });

  test('the employer sees the phone for a staff referral, an own application or consent, never after withdrawal', () => {
    assert.equal(employerSeesPhone({ channel: 'staff', status: 'referred', consentShare: false }), true);
    assert.equal(employerSeesPhone({ channel: 'portal', status: 'interviewed', consentShare: false }), true);
    assert.equal(employerSeesPhone({ channel: 'fair', status: 'referred', consentShare: false }), false);
    assert.equal(employerSeesPhone({ channel: 'fair', status: 'referred', consentShare: true }), true);
    assert.equal(employerSeesPhone({ channel: 'staff', status: 'withdrawn', consentShare: true }), false);
  });

  test('seeker and posting validity; the letter number', () => {
    const today = '2026-11-20';
    assert.equal(seekerRefusal({ status: 'active', validFrom: '2026-11-01', validTo: '2026-11-20' }, today), null);
    assert.match(seekerRefusal({ status: 'closed', validFrom: '2026-11-01', validTo: '2027-01-01' }, today) ?? '', /关闭/);
    assert.match(seekerRefusal({ status: 'active', validFrom: '2026-10-01', validTo: '2026-11-19' }, today) ?? '', /有效期/);
    assert.equal(postingRefusal({ status: 'published', validFrom: '2026-11-20', validTo: '2026-12-20' }, today), null);
    assert.match(postingRefusal({ status: 'paused', validFrom: '2026-11-01', validTo: '2026-12-20' }, today) ?? '', /未发布/);
    assert.match(postingRefusal({ status: 'published', validFrom: '2026-10-01', validTo: '2026-11-19' }, today) ?? '', /有效期/);
    assert.equal(letterNumber(123, '2026-11-20'), 'ZJ2026000123');
  });
});
