import { test } from 'node:test';
import assert from 'node:assert/strict';
import { customPeriod, monthPeriod, quarterPeriod, yearPeriod } from './period.js';
import { keepsPeriod, keepsUnit, keptPeriods } from './sd-snapshot-rules.js';

test('only finished standard periods of the province, city and districts are kept', () => {
  assert.equal(keepsUnit('36'), true);
  assert.equal(keepsUnit('360203'), true);
  assert.equal(keepsUnit('360203001'), false);
  assert.equal(keepsPeriod(quarterPeriod(2026, 3), '2026-11-21'), true);
  assert.equal(keepsPeriod(quarterPeriod(2026, 4), '2026-11-21'), false, 'the current quarter is live');
  assert.equal(keepsPeriod(monthPeriod(2026, 10), '2026-10-31'), false, 'a month ends at its last day, counted until then');
  assert.equal(keepsPeriod(monthPeriod(2026, 10), '2026-11-01'), true);
  assert.equal(keepsPeriod(customPeriod('2026-01-01', '2026-03-31'), '2026-11-21'), false, 'custom spans are live');
});

test('the refresh job keeps 36 finished months and the quarters and years wholly inside them', () => {
  const kept = keptPeriods('2026-11-21');
  const months = kept.filter((p) => p.kind === 'month');
  assert.equal(months.length, 36);
  assert.equal(months[0].from, '2023-11-01');
  assert.equal(months[35].from, '2026-10-01');
  const quarters = kept.filter((p) => p.kind === 'quarter').map((p) => p.from);
  assert.equal(quarters[0], '2024-01-01', 'Q4 2023 starts before the first kept month');
  assert.equal(quarters.at(-1), '2026-07-01', 'Q4 2026 is not finished');
  assert.equal(quarters.length, 11);
  assert.deepEqual(
    kept.filter((p) => p.kind === 'year').map((p) => p.from),
    [yearPeriod(2024).from, yearPeriod(2025).from],
  );
  assert.ok(kept.every((p) => keepsPeriod(p, '2026-11-21')));
});
