import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayChange, mayMakeReports } from './report-rules.js';

const op = { kind: 'staff' as const, orgCode: '360203', orgLevel: 3, roles: ['operator' as const] };

test("a district operator makes reports; reviewers, the city and streets do not", () => {
  assert.equal(mayMakeReports(op), true);
  assert.equal(mayMakeReports({ ...op, roles: ['reviewer'] }), false);
  assert.equal(mayMakeReports({ ...op, orgCode: '3602', orgLevel: 2 }), false);
  assert.equal(mayMakeReports({ ...op, orgCode: '360203001', orgLevel: 4 }), false);
  assert.equal(mayMakeReports({ ...op, kind: 'external' }), false);
});

test('only its own district changes a report, and only while it is a draft or returned', () => {
  for (const status of ['draft', 'returned'] as const) assert.equal(mayChange(op, { region_code: '360203', status }), true);
  for (const status of ['reviewing', 'submitted', 'accepted'] as const) assert.equal(mayChange(op, { region_code: '360203', status }), false);
  assert.equal(mayChange({ ...op, orgCode: '360202' }, { region_code: '360203', status: 'draft' }), false);
});
