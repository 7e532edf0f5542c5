import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StepDefinition } from './definition.js';
import { actingUnitCode, applicableSteps, mayDecide, reasonRequired, transitionFor, type ActorView, type ItemState } from './rules.js';

const STEPS: StepDefinition[] = [
  { key: 'accept', name: '社区受理', level: 5, roles: ['operator'], deadline: { workingDays: 2 } },
  { key: 'street', name: '街道初审', level: 4, roles: ['reviewer'], deadline: { workingDays: 5 } },
  { key: 'district', name: '区县终审', level: 3, roles: ['reviewer'], deadline: { workingDays: 5 } },
];
const COMMUNITY = '360203001002';
const item: ItemState = { status: 'pending', stepIndex: 1, regionCode: COMMUNITY, submitterId: 1 };
const NONE = { submitted: false, approved: false };
const streetReviewer: ActorView = { id: 7, kind: 'staff', orgCode: '360203001', orgLevel: 4, roles: ['reviewer'] };

test('steps below the item’s own level do not apply', () => {
  assert.deepEqual(applicableSteps(STEPS, COMMUNITY), [0, 1, 2]);
  assert.deepEqual(applicableSteps(STEPS, '360203001'), [1, 2]);
  assert.deepEqual(applicableSteps(STEPS, '360203'), [2]);
});

test('the acting unit is the region’s ancestor at the step’s level', () => {
  assert.equal(actingUnitCode(STEPS[1], COMMUNITY), '360203001');
  assert.equal(actingUnitCode(STEPS[2], COMMUNITY), '360203');
});

test('who may decide', () => {
  assert.deepEqual(mayDecide(STEPS[1], item, streetReviewer, NONE), { ok: true });
  assert.equal(mayDecide(STEPS[1], item, { ...streetReviewer, orgCode: '360203002' }, NONE).ok, false, 'another street');
  assert.deepEqual(mayDecide(STEPS[1], item, { ...streetReviewer, roles: ['operator'] }, NONE), { ok: false, reason: 'role' });
  assert.deepEqual(mayDecide(STEPS[1], item, { ...streetReviewer, id: 1 }, NONE), { ok: false, reason: 'self_review' });
  assert.deepEqual(mayDecide(STEPS[1], item, streetReviewer, { submitted: true, approved: false }), { ok: false, reason: 'self_review' }, 'resubmitted it');
  assert.deepEqual(mayDecide(STEPS[1], item, streetReviewer, { submitted: false, approved: true }), { ok: false, reason: 'second_step' });
  assert.deepEqual(mayDecide(STEPS[1], { ...item, status: 'approved' }, streetReviewer, NONE), { ok: false, reason: 'not_pending' });
  assert.deepEqual(mayDecide(STEPS[1], item, { ...streetReviewer, kind: 'external' }, NONE), { ok: false, reason: 'not_acting_unit' });
});

test('transitions: approve advances then closes; reject closes; return returns', () => {
  assert.deepEqual(transitionFor('approve', STEPS, COMMUNITY, 0), { kind: 'advance', nextStepIndex: 1 });
  assert.deepEqual(transitionFor('approve', STEPS, COMMUNITY, 1), { kind: 'advance', nextStepIndex: 2 });
  assert.deepEqual(transitionFor('approve', STEPS, COMMUNITY, 2), { kind: 'close', status: 'approved' });
  assert.deepEqual(transitionFor('reject', STEPS, COMMUNITY, 0), { kind: 'close', status: 'rejected' });
  assert.deepEqual(transitionFor('return', STEPS, COMMUNITY, 1), { kind: 'return' });
  assert.equal(reasonRequired('approve'), false);
  assert.equal(reasonRequired('reject'), true);
  assert.equal(reasonRequired('return'), true);
});
