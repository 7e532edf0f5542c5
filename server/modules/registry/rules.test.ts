import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageOn, employmentRefusals, isWorkingAge, labourStatusOf, registrationDaysLate, unemploymentRefusals } from './rules.js';
import { difficultyRefusals, exitProposal } from './difficulty-rules.js';
import { defaultCardNumber } from './card-number.js';

const rules = { minAge: 16, retirementAge: { 1: 60, 2: 50 } as { 1: number; 2: number } };

test('age and working age', () => {
  assert.equal(ageOn('1990-11-21', '2026-11-20'), 35);
  assert.equal(ageOn('1990-11-20', '2026-11-20'), 36);
  assert.equal(isWorkingAge({ birthDate: '2010-11-21', sex: 1 }, '2026-11-20', rules), false, '15 the day before the birthday');
  assert.equal(isWorkingAge({ birthDate: '1976-11-20', sex: 2 }, '2026-11-20', rules), false, 'a woman turns 50');
  assert.equal(isWorkingAge({ birthDate: '1976-11-20', sex: 1 }, '2026-11-20', rules), true);
});

test('unemployment eligibility names each problem', () => {
  const base = {
    person: { birthDate: '1990-01-01', sex: 1 as const, hukouType: 'urban' as const, ableToWork: true, wantsWork: true },
    registeredOn: '2026-11-20',
    today: '2026-11-20',
    openEmployment: [],
    alreadyRegistered: false,
    rules: { ...rules, nonLocalMonths: 6 },
  };
  assert.deepEqual(unemploymentRefusals(base), []);
  assert.deepEqual(unemploymentRefusals({ ...base, registeredOn: '2026-11-21' }).map((r) => r.field), ['registeredOn']);
  assert.deepEqual(unemploymentRefusals({ ...base, person: { ...base.person, wantsWork: false } }).map((r) => r.field), ['wantsWork']);
  assert.deepEqual(unemploymentRefusals({ ...base, person: { ...base.person, hukouType: 'non_local' }, localWorkMonths: 5 }).map((r) => r.field), ['localWorkMonths']);
  assert.match(unemploymentRefusals({ ...base, openEmployment: [{ kind: 'employer', fullTime: true, employerName: '某公司' }] })[0].message, /某公司/);
});

test('two full-time jobs conflict, a part-time one does not', () => {
  const open = [{ kind: 'employer' as const, fullTime: true, employerName: 'A' }];
  const input = { kind: 'employer' as const, fullTime: true, startedOn: '2026-11-01', today: '2026-11-20', person: { birthDate: '1990-01-01', sex: 1 as const }, openEmployment: open, rules };
  assert.equal(employmentRefusals(input)[0].field, 'fullTime');
  assert.deepEqual(employmentRefusals({ ...input, kind: 'flexible', fullTime: false }), []);
  assert.equal(labourStatusOf([{ kind: 'flexible', fullTime: false, employerName: null }, ...open], true), 'employed');
  assert.equal(labourStatusOf([], true), 'unemployed');
  assert.equal(labourStatusOf([], false), 'none');
});

test('difficulty categories are checked against the registry facts', () => {
  const base = {
    category: 'age_4050',
    today: '2026-11-20',
    person: { birthDate: '1980-01-01', sex: 2 as const, labourStatus: 'unemployed' },
    unemployedSince: '2026-01-01',
    zeroEmploymentHousehold: false,
    hasOpenIdentification: false,
    knownCategories: ['age_4050', 'near_retirement', 'long_term_unemployed', 'zero_employment_family', 'disabled'],
    rules,
  };
  assert.deepEqual(difficultyRefusals(base), []);
  assert.equal(difficultyRefusals({ ...base, person: { ...base.person, sex: 1 } })[0].field, 'category', 'a man of 46 is not a “50”');
  assert.equal(difficultyRefusals({ ...base, category: 'near_retirement', person: { ...base.person, birthDate: '1990-01-01' } }).length, 1);
  assert.equal(difficultyRefusals({ ...base, category: 'long_term_unemployed', unemployedSince: '2026-01-01' }).length, 1);
  assert.deepEqual(difficultyRefusals({ ...base, category: 'long_term_unemployed', unemployedSince: '2025-11-20' }), []);
  assert.equal(difficultyRefusals({ ...base, category: 'zero_employment_family' })[0].message, '该人员所在家庭不是零就业家庭');
  assert.deepEqual(difficultyRefusals({ ...base, category: 'disabled' }), []);
  assert.equal(exitProposal({ birthDate: '1980-01-01', sex: 2, labourStatus: 'flexible' }, '2026-11-20', rules), 'employed');
  assert.equal(exitProposal({ birthDate: '1976-01-01', sex: 2, labourStatus: 'unemployed' }, '2026-11-20', rules), 'retired');
  assert.equal(exitProposal({ birthDate: '1980-01-01', sex: 2, labourStatus: 'unemployed' }, '2026-11-20', rules), null);
  assert.equal(exitProposal({ birthDate: '1980-01-01', sex: 2, labourStatus: 'unemployed' }, '2026-11-20', rules, 3), 'refused_services');
});

test('the default card number is county + year + six-digit sequence', () => {
  assert.equal(defaultCardNumber({ issuerCode: '360203001002', issuedOn: '2026-11-20', sequence: 42 }), '3602032026000042');
});

test('late registration: days past the deadline for employers only', () => {
  assert.equal(registrationDaysLate('employer', '2026-09-01', '2026-10-01', 30), null, 'day 30 is on time');
  assert.equal(registrationDaysLate('employer', '2026-09-01', '2026-10-02', 30), 1);
  assert.equal(registrationDaysLate('employer', '2026-02-20', '2026-03-10', 15), 3, 'across the end of February');
  assert.equal(registrationDaysLate('self_employed', '2025-01-01', '2026-10-02', 30), null);
});
