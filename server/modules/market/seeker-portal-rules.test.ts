import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIdentity, identityFieldProblems, mobileOf, mobileOnRecord } from './seeker-portal-rules.js';

test('mobileOf: an 11-digit mobile, spaces, dashes and +86 tolerated; junk, landlines and short numbers refused', () => {
  assert.equal(mobileOf('13907981234'), '13907981234');
  assert.equal(mobileOf(' 139 0798 1234 '), '13907981234');
  assert.equal(mobileOf('+86 139-0798-1234'), '13907981234');
  for (const bad of ['-----', '     ', '+++++', '0798-8200000', '8200000', '1390798123', '12907981234', '139079812345']) assert.equal(mobileOf(bad), null, bad);
});

test('mobileOnRecord: however staff typed it; none for empty or a landline', () => {
  assert.equal(mobileOnRecord('139-0798-1234'), '13907981234');
  assert.equal(mobileOnRecord('8613907981234'), '13907981234');
  assert.equal(mobileOnRecord(null), null);
  assert.equal(mobileOnRecord(''), null);
  assert.equal(mobileOnRecord('0798-8200000'), null);
});

test('identityFieldProblems: trimmed name of 2–30 characters and a mobile number', () => {
  assert.deepEqual(identityFieldProblems({ name: '陈新民', phone: '13907981234' }), []);
  assert.deepEqual(
    identityFieldProblems({ name: '     ', phone: '-----' }).map((p) => p.field),
    ['name', 'phone'],
  );
  assert.equal(identityFieldProblems({ name: ' 陈 ', phone: '13907981234' })[0].field, 'name');
  assert.equal(identityFieldProblems({ name: '陈'.repeat(31), phone: '13907981234' })[0].field, 'name');
  assert.deepEqual(identityFieldProblems({ name: '阿卜杜·热合曼', phone: '13907981234' }), []);
  assert.match(identityFieldProblems({ name: '陈新民', phone: '0798-8200000' })[0].message, /手机号/);
});

test('checkIdentity: name and the mobile on record must both match; a wrong name never reveals a missing phone', () => {
  const record = { name: '王建国', phone: '139 0798 1234' };
  assert.equal(checkIdentity(record, { name: ' 王建国 ', mobile: '13907981234' }), 'verified');
  assert.equal(checkIdentity(record, { name: '王建国', mobile: '13907985678' }), 'mismatch');
  assert.equal(checkIdentity(record, { name: '王不对', mobile: '13907981234' }), 'mismatch');
  assert.equal(checkIdentity({ name: '王建国', phone: null }, { name: '王建国', mobile: '13907981234' }), 'no_phone_on_record');
  assert.equal(checkIdentity({ name: '王建国', phone: '0798-8200000' }, { name: '王建国', mobile: '13907981234' }), 'no_phone_on_record');
  assert.equal(checkIdentity({ name: '王建国', phone: null }, { name: '王不对', mobile: '13907981234' }), 'mismatch');
});
