import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkinGroups, checkinRefusal, chinaTime, is4050, isUnemployed, parseSeekerCode } from './checkin-rules.js';

const base = { sex: 1 as const, birthDate: '1990-05-01', heldOn: '2026-11-20', labourStatus: 'none', categories: [] as string[], difficulty: false };

describe('fairs: the check-in snapshot', () => {
  test('a person of no group is in no group and not unemployed', () => {
    assert.deepEqual(checkinGroups(base), { unemployed: false, groups: [] });
  });

  test('unemployed: registered unemployed in the registry, or laid off / job loser / other unemployed by the seeker categories', () => {
    assert.equal(isUnemployed({ labourStatus: 'unemployed', categories: [] }), true);
    for (const c of ['laid_off', 'job_loser', 'other_unemployed']) assert.equal(isUnemployed({ labourStatus: 'employed', categories: [c] }), true, c);
    assert.equal(isUnemployed({ labourStatus: 'flexible', categories: ['new_youth', 'employed'] }), false);
    assert.deepEqual(checkinGroups({ ...base, categories: ['laid_off'] }), { unemployed: true, groups: ['unemployed'] });
  });

  test('4050: women from 40, men from 50, counted on the fair day (not today)', () => {
    assert.equal(is4050(2, '1986-11-20', '2026-11-20'), true, 'woman 40 on the day');
    assert.equal(is4050(2, '1986-11-21', '2026-11-20'), false, 'woman 40 the day after');
    assert.equal(is4050(1, '1976-11-20', '2026-11-20'), true, 'man 50 on the day');
    assert.equal(is4050(1, '1977-01-01', '2026-11-20'), false, 'man 49');
    assert.equal(is4050(1, '1986-01-01', '2026-11-20'), false, 'man 40');
    assert.deepEqual(checkinGroups({ ...base, sex: 2, birthDate: '1980-01-01' }).groups, ['age_4050']);
  });

  test('every group at once, in the codes order', () => {
    const all = checkinGroups({ ...base, sex: 2, birthDate: '1970-03-03', labourStatus: 'unemployed', categories: ['disabled', 'migrant_worker', 'veteran', 'new_graduate'], difficulty: true });
    assert.deepEqual(all, { unemployed: true, groups: ['unemployed', 'difficulty', 'age_4050', 'graduate', 'veteran', 'migrant_worker', 'disabled'] });
  });

  test('difficulty comes from the active identification, not from a category', () => {
    assert.deepEqual(checkinGroups({ ...base, difficulty: true }).groups, ['difficulty']);
    assert.deepEqual(checkinGroups({ ...base, categories: ['age_4050'] }).groups, [], 'the 4050 label alone does not make a 35-year-old one');
  });
});

describe('fairs: check-in inputs and window', () => {
  test('the QR code of a seeker registration', () => {
    assert.equal(parseSeekerCode('S123'), 123);
    assert.equal(parseSeekerCode(' s42 '), 42);
    for (const bad of ['', 'S', '123', 'S-1', 'S0', 'X12', 'S12a']) assert.equal(parseSeekerCode(bad), null, bad);
  });

  test('check-in only at a published fair on its day', () => {
    assert.equal(checkinRefusal({ status: 'published', heldOn: '2026-11-20' }, '2026-11-20'), null);
    assert.match(checkinRefusal({ status: 'published', heldOn: '2026-11-21' }, '2026-11-20') ?? '', /当天（2026-11-21）/);
    assert.match(checkinRefusal({ status: 'published', heldOn: '2026-11-19' }, '2026-11-20') ?? '', /当天/);
    assert.match(checkinRefusal({ status: 'planned', heldOn: '2026-11-20' }, '2026-11-20') ?? '', /尚未发布/);
    assert.match(checkinRefusal({ status: 'closed', heldOn: '2026-11-20' }, '2026-11-20') ?? '', /已结束/);
    assert.match(checkinRefusal({ status: 'cancelled', heldOn: '2026-11-20' }, '2026-11-20') ?? '', /已取消/);
  });

  test('check-in times are shown in China time', () => {
    assert.equal(chinaTime(new Date('2026-11-20T02:05:00Z')), '10:05');
    assert.equal(chinaTime(new Date('2026-11-19T16:30:00Z')), '00:30');
  });
});
