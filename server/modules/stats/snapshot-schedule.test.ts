import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refreshMonthsProblem } from './snapshot-schedule.js';

test('refreshMonthsProblem: finished months the snapshot keeps only', () => {
  const today = '2026-11-20';
  assert.equal(refreshMonthsProblem(['2026-10', '2023-11', '2025-02'], today), null);
  assert.equal(refreshMonthsProblem([], today), null);
  assert.equal(refreshMonthsProblem(['2026-11'], today), '只能刷新已结束的月份（最近为2026-10）');
  assert.equal(refreshMonthsProblem(['2026-10', '2027-01'], today), '只能刷新已结束的月份（最近为2026-10）');
  assert.match(refreshMonthsProblem(['2023-10'], today) ?? '', /只保留最近36个已结束月份的快照（2023-11起）/);
  assert.match(refreshMonthsProblem(['0000-01'], today) ?? '', /月份“0000-01”无效/);
  assert.match(refreshMonthsProblem(['2026-1'], today) ?? '', /无效/);
  // On the first of a month the month before has just finished.
  assert.equal(refreshMonthsProblem(['2026-10'], '2026-11-01'), null);
  assert.equal(refreshMonthsProblem(['2026-12'], '2027-01-01'), null);
  assert.equal(refreshMonthsProblem(['2026-12'], '2026-12-31'), '只能刷新已结束的月份（最近为2026-11）');
});
