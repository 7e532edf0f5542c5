import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addRows, buildTables, change, emptyTally, postingsCell, ratio, share, type Tallies } from './sd-figures.js';
import { changeText, summaryParagraph } from './sd-summary.js';

function tallies(): Tallies {
  const t = () => ({ demand: emptyTally(), supply: emptyTally() });
  const all: Tallies = { current: t(), previous: t(), lastYear: t() };
  // Current: 2 postings (10 + 5 vacancies), 3 seekers; previous: 1 posting (6), 2 seekers; last year: nothing.
  addRows(all.current.demand, { overall: ['total'], occupation: ['6'] }, 10, 1);
  addRows(all.current.demand, { overall: ['total'], occupation: ['none'] }, 5, 1);
  all.current.demand.records = 2;
  for (const cats of [['new_youth', 'new_graduate'], ['new_youth'], ['job_loser']]) addRows(all.current.supply, { overall: ['total'], occupation: ['6'], category: cats }, 1, 1);
  all.current.supply.records = 3;
  addRows(all.previous.demand, { overall: ['total'], occupation: ['6'] }, 6, 1);
  all.previous.demand.records = 1;
  addRows(all.previous.supply, { overall: ['total'], occupation: ['6'] }, 2, 2);
  all.previous.supply.records = 2;
  return all;
}

describe('supply-demand figures', () => {
  test('share, change and ratio', () => {
    assert.equal(share(1, 3), 0.3333);
    assert.equal(share(1, 0), null);
    assert.deepEqual(change(15, 6), { previous: 6, diff: 9, rate: 1.5 });
    assert.deepEqual(change(3, 0), { previous: 0, diff: 3, rate: null });
    assert.equal(ratio(15, 3), 5);
    assert.equal(ratio(2, 3), 0.67);
    assert.equal(ratio(5, 0), null);
  });

  test('tables: cells, shares of the table total, changes, ratios; 其中 rows not in the total', () => {
    const tables = buildTables(tallies());
    const overall = tables.find((t) => t.key === 'overall');
    assert.equal(overall?.total.demand?.count, 15);
    assert.deepEqual(overall?.total.demand?.vsPrevious, { previous: 6, diff: 9, rate: 1.5 });
    assert.deepEqual(overall?.total.demand?.vsLastYear, { previous: 0, diff: 15, rate: null });
    assert.deepEqual(overall?.total.ratio, { value: 5, previous: 3, lastYear: null });
    const occ = tables.find((t) => t.key === 'occupation');
    const six = occ?.rows.find((r) => r.key === '6');
    assert.equal(six?.demand?.share, 0.6667);
    assert.equal(six?.supply?.share, 1);
    assert.equal(six?.ratio?.value, 3.33);
    assert.equal(occ?.rows.find((r) => r.key === 'none')?.ratio?.value, null);
    const cat = tables.find((t) => t.key === 'category');
    assert.equal(cat?.total.supply?.count, 3);
    assert.equal(cat?.rows.find((r) => r.key === 'new_graduate')?.supply?.count, 1);
    assert.equal(cat?.rows.find((r) => r.key === 'new_graduate')?.supply?.share, 0.3333);
    assert.equal(cat?.rows.find((r) => r.key === 'new_youth')?.supply?.count, 2);
    assert.equal(cat?.total.ratio, undefined);
    assert.equal(tables.find((t) => t.key === 'sector')?.total.demand?.count, 0);
    assert.deepEqual(postingsCell(tallies()), { count: 2, share: null, vsPrevious: { previous: 1, diff: 1, rate: 1 }, vsLastYear: { previous: 0, diff: 2, rate: null } });
  });

  test('the summary names the top occupation groups and the ratio trend', () => {
    const all = tallies();
    const tables = buildTables(all);
    const overall = tables.find((t) => t.key === 'overall')?.total;
    assert.ok(overall?.demand && overall.supply && overall.ratio);
    const text = summaryParagraph({
      periodLabel: '2026年第4季度',
      regionName: '景德镇市',
      previousName: '上季度',
      postings: postingsCell(all),
      demand: overall.demand,
      supply: overall.supply,
      ratio: overall.ratio,
      occupation: tables.find((t) => t.key === 'occupation'),
    });
    assert.match(text, /^2026年第4季度，景德镇市公共就业服务机构登记有效招聘岗位2个、需求人数15人，登记求职3人，求人倍率为5\.00，岗位需求大于求职人数。/);
    assert.match(text, /需求人数比上季度增加9人（增长150\.0%），去年同期为0/);
    assert.match(text, /需求人数最多的是生产制造及有关人员（10人，占66\.7%）/);
    assert.doesNotMatch(text, /无要求（/);
    assert.match(text, /求人倍率比上季度上升2\.00，去年同期无可比数据。$/);
  });

  test('change wording: nothing before, no change, a fall', () => {
    const cell = (count: number, previous: number) => ({ count, share: null, vsPrevious: change(count, previous), vsLastYear: change(count, previous) });
    assert.equal(changeText(cell(5, 0), 'vsPrevious', '上月', '人'), '上月为0');
    assert.equal(changeText(cell(0, 0), 'vsPrevious', '上月', '人'), '上月同为0');
    assert.equal(changeText(cell(7, 7), 'vsLastYear', '去年同期', '人'), '与去年同期持平');
    assert.equal(changeText(cell(6, 8), 'vsPrevious', '上季度', '人'), '比上季度减少2人（下降25.0%）');
  });

  test('without seekers the summary states that no ratio can be computed', () => {
    const t = () => ({ demand: emptyTally(), supply: emptyTally() });
    const all: Tallies = { current: t(), previous: t(), lastYear: t() };
    addRows(all.current.demand, { overall: ['total'], occupation: ['2'] }, 3, 1);
    all.current.demand.records = 1;
    const overall = buildTables(all).find((x) => x.key === 'overall')?.total;
    assert.ok(overall?.demand && overall.supply && overall.ratio);
    assert.equal(overall.ratio.value, null);
    const text = summaryParagraph({ periodLabel: '2026年11月', regionName: '珠山区', previousName: '上月', postings: postingsCell(all), demand: overall.demand, supply: overall.supply, ratio: overall.ratio, occupation: undefined });
    assert.match(text, /^2026年11月，珠山区公共就业服务机构登记有效招聘岗位1个、需求人数3人，登记求职0人。/);
    assert.doesNotMatch(text, /求人倍率/);
  });
});
