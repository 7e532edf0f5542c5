import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCitizenId } from '../platform/validators/citizen-id.js';
import { createRandom } from './random.js';
import { demoPerson } from './person.js';

test('demo residents are consistent: ID region, birth date, sex and working age agree', () => {
  const rng = createRandom('people');
  const today = new Date('2026-11-20T02:00:00Z');
  for (let i = 0; i < 2000; i += 1) {
    const p = demoPerson(rng, { regionCode: '360203001002', today: '2026-11-20' });
    const id = validateCitizenId(p.citizenId, today);
    assert.ok(id.ok, p.citizenId);
    if (!id.ok) continue;
    assert.equal(id.regionCode, '360203');
    assert.equal(id.birthDate, p.birthDate);
    assert.equal(id.sex, p.sex);
    const age = 2026 - Number(p.birthDate.slice(0, 4)) - (p.birthDate.slice(5) > '11-20' ? 1 : 0);
    assert.ok(age >= 16 && age <= 64, `age ${age}`);
    assert.match(p.name, /^[\u4e00-\u9fa5]{2,4}$/);
  }
});

test('migrants carry the ID region of their birthplace; the same seed gives the same people', () => {
  const a = demoPerson(createRandom(7), { regionCode: '360203001002', today: '2026-11-20', bornIn: '362330' });
  const b = demoPerson(createRandom(7), { regionCode: '360203001002', today: '2026-11-20', bornIn: '362330' });
  assert.deepEqual(a, b);
  assert.equal(a.citizenId.slice(0, 6), '362330');
});
