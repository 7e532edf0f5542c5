import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ruleValue } from './service.js';

describe('business rules', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('defaults apply until a dated version is set; versions are audited and scoped', async () => {
    const admin = await t.login('admin', 'Admin@2026');
    const list = (await admin.get('/api/rules')).json();
    assert.equal(list.find((r: { key: string }) => r.key === 'posting.validity_days').value, 30);

    const set = await admin.put('/api/rules', { key: 'posting.validity_days', regionCode: '3602', effectiveFrom: '2026-12-01', value: 45 });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(await ruleValue(t.deps, 'posting.validity_days', '360203001', '2026-11-30'), 30, 'not yet in force');
    assert.equal(await ruleValue(t.deps, 'posting.validity_days', '360203001', '2026-12-01'), 45);
    assert.equal(await ruleValue(t.deps, 'posting.validity_days', '360102', '2026-12-01'), 30, 'another city keeps the default');

    const audit = await t.db.selectFrom('audit_log').select(['event_type', 'entity_id']).where('event_type', '=', 'rule.changed').execute();
    assert.deepEqual(audit, [{ event_type: 'rule.changed', entity_id: 'posting.validity_days' }]);

    const versions = (await admin.get('/api/rules')).json().find((r: { key: string }) => r.key === 'posting.validity_days').versions;
    assert.deepEqual(
      versions.map((v: { regionName: string; value: number; note: string | null }) => [v.regionName, v.value, v.note]),
      [['景德镇市', 45, null]],
    );
    const missing = await admin.delete('/api/rules?key=posting.validity_days&regionCode=3602&effectiveFrom=2026-12-02');
    assert.equal(missing.statusCode, 404, 'no such version');
    const backdated = await admin.put('/api/rules', { key: 'min_wage.monthly_yuan', regionCode: '36', effectiveFrom: '2026-01-01', value: 1850 });
    assert.equal(backdated.json().details[0].field, 'effectiveFrom', 'versions in force are history');
    await t.db.insertInto('business_rule').values({ key: 'min_wage.monthly_yuan', region_code: '36', effective_from: '2026-01-01', value: '1850' }).execute();
    const past = await admin.delete('/api/rules?key=min_wage.monthly_yuan&regionCode=36&effectiveFrom=2026-01-01');
    assert.equal(past.json().details[0].field, 'effectiveFrom', 'a version in force is history');
    assert.equal((await admin.delete('/api/rules?key=posting.validity_days&regionCode=3602&effectiveFrom=2026-12-01')).statusCode, 200);
    assert.equal(await ruleValue(t.deps, 'posting.validity_days', '360203001', '2026-12-01'), 30, 'back to the default');

    const unknown = await admin.put('/api/rules', { key: 'no.such_rule', regionCode: '3602', effectiveFrom: '2026-12-01', value: 1 });
    assert.equal(unknown.json().details[0].field, 'key');
    const operator = await t.login('city_op');
    assert.equal((await operator.put('/api/rules', { key: 'posting.validity_days', regionCode: '3602', effectiveFrom: '2026-12-01', value: 1 })).statusCode, 403);
  });
});
