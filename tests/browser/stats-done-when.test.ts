import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Locator, Page } from 'playwright-core';
import type { Db } from '../../server/platform/db/database.js';
import { chinaDate } from '../../server/platform/clock.js';
import { monthPeriod, previousPeriod, resolvePeriod } from '../../server/modules/stats/period.js';
import { startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { userFlow } from './flow.js';
import { downloadBy, motionDone, shot, workbookOf } from './ui.js';

/**
 * Issue 6, "done when": a city user opens the quarterly supply-demand analysis for the city and for
 * one district, sees every table with shares, changes and ratios, drills from a cell to the postings
 * behind it, exports the Excel file and runs the consistency check (zero differences); a district
 * submits its monthly report, its reviewer passes it to the city, and the city sees it. Every figure
 * the test reads on a page is compared with a count written here over the ledger tables.
 */

const CITY = '3602';
const DISTRICT = { code: '360203', name: '珠山区' };
/** The occupation major group whose demand cell the city user drills into (生产制造及有关人员). */
const GROUP = '6';

interface Counts {
  postings: number;
  demand: number;
  supply: number;
}

/** Valid postings (vacancies) and seeker registrations of a unit's subtree in a period, counted here. */
async function counts(db: Db, region: string, from: string, to: string, occupationGroup?: string): Promise<Counts> {
  const occupation = occupationGroup ? sql`AND occupation_code LIKE ${`${occupationGroup}%`}` : sql``;
  const d = await sql<{ postings: number; demand: number }>`
    SELECT count(*)::int AS postings, coalesce(sum(vacancies), 0)::int AS demand FROM job_posting
    WHERE published_at IS NOT NULL AND valid_from <= ${to}::date AND valid_to >= ${from}::date AND region_code LIKE ${`${region}%`} ${occupation}`.execute(db);
  const s = await sql<{ supply: number }>`
    SELECT count(*)::int AS supply FROM job_seeker
    WHERE valid_from <= ${to}::date AND valid_to >= ${from}::date AND region_code LIKE ${`${region}%`}`.execute(db);
  return { ...d.rows[0], supply: s.rows[0].supply };
}

/** The number antd's Statistic shows (with its thousands separators). */
async function statistic(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content-value').innerText();
  return Number(text.replace(/[,\s]/g, ''));
}

const ratio = (c: Counts) => (c.supply === 0 ? '—' : (c.demand / c.supply).toFixed(2));

/** Chooses a unit in the org-unit tree picker by typing part of its name. */
async function pickUnit(page: Page, picker: Locator, typed: string, name: string): Promise<void> {
  await motionDone(page);
  await picker.getByRole('combobox').fill(typed);
  const node = page.locator('.ant-select-tree-node-content-wrapper:visible').filter({ hasText: name }).first();
  await node.waitFor();
  await motionDone(page);
  await node.click();
}

describe('browser: issue 6 done-when — quarterly supply-demand analysis (city and district), drill-down, Excel, consistency check, a district monthly report the city sees', () => {
  let env: BrowserEnv;
  const { signIn, step } = userFlow(() => env, 'stats-dw-failed', 30_000);
  const today = chinaDate(new Date());
  const quarter = resolvePeriod({ period: 'quarter' }, today);
  const lastMonth = previousPeriod(monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7))));
  let city: Page;
  let cityCounts: Counts;
  let districtCounts: Counts;
  let reportPath = '';

  before(async () => {
    env = await startBrowserEnv();
    const db = env.database.db;
    cityCounts = await counts(db, CITY, quarter.from, quarter.to);
    districtCounts = await counts(db, DISTRICT.code, quarter.from, quarter.to);
    assert.ok(cityCounts.postings > districtCounts.postings && districtCounts.postings > 0, 'the demo has postings in the quarter, more in the city than in the district');
  });
  after(() => env.close());

  step('1. city_rev opens 供求分析: the current quarter for the city, every table with shares, changes and ratios, equal to the ledger', async () => {
    city = await signIn('city_rev');
    await city.goto(`${env.baseUrl}/stats/supply-demand`);
    await city.getByTestId('sd-period-label').filter({ hasText: quarter.label }).waitFor();
    assert.equal(await statistic(city, 'sd-postings'), cityCounts.postings, '有效岗位');
    assert.equal(await statistic(city, 'sd-demand'), cityCounts.demand, '需求人数');
    assert.equal(await statistic(city, 'sd-supply'), cityCounts.supply, '求职人数');
    assert.equal((await city.getByTestId('sd-ratio').innerText()).match(/[\d.]+|—/)?.[0], ratio(cityCounts), '求人倍率');
    const titles = await city.locator('.sd-table-card .ant-card-head-title').allInnerTexts();
    for (const part of ['产业', '行业', '单位性质', '职业', '性别', '年龄', '文化程度', '技术等级', '人员类别']) {
      assert.ok(titles.some((title) => title.includes(part)), `a table by ${part} among ${titles.join(' / ')}`);
    }
    const headers = (await city.locator('.sd-table-card thead').first().innerText()).replace(/\s+/g, '');
    for (const column of ['需求', '求职', '占比', '环比', '同比', '求人倍率']) assert.ok(headers.includes(column), `column ${column} in ${headers}`);
    const group = await counts(env.database.db, CITY, quarter.from, quarter.to, GROUP);
    assert.equal(Number(await city.getByTestId(`sd-cell-occupation-${GROUP}-demand`).innerText()), group.demand, `demand of occupation group ${GROUP}`);
    assert.ok((await city.getByTestId('sd-summary').innerText()).length > 20, 'a written summary');
    await shot(city, 'stats-dw-1-city-analysis');
  });

  step('2. the same analysis for 珠山区, chosen in the unit picker, equals the district ledger', async () => {
    await pickUnit(city, city.getByTestId('sd-unit'), '珠山', DISTRICT.name);
    await city.getByTestId('sd-period-label').filter({ hasText: `${DISTRICT.name} ${quarter.label}` }).waitFor();
    await city.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
    assert.equal(await statistic(city, 'sd-postings'), districtCounts.postings);
    assert.equal(await statistic(city, 'sd-demand'), districtCounts.demand);
    assert.equal(await statistic(city, 'sd-supply'), districtCounts.supply);
    await shot(city, 'stats-dw-2-district-analysis');
  });

  step('3. a cell drills down to the postings behind it: the figure and the number of records equal the ledger', async () => {
    const group = await counts(env.database.db, DISTRICT.code, quarter.from, quarter.to, GROUP);
    assert.ok(group.postings > 0, `the district has postings of group ${GROUP} in the quarter`);
    const cell = city.getByTestId(`sd-cell-occupation-${GROUP}-demand`);
    assert.equal(Number(await cell.innerText()), group.demand);
    await cell.click();
    await city.getByTestId('sd-records-figure').filter({ hasText: String(group.demand) }).waitFor();
    await city.locator('.ant-pagination-total-text').filter({ hasText: new RegExp(`\\b${group.postings}\\b`) }).waitFor();
    const rows = await city.getByTestId('sd-records').locator('tbody tr.ant-table-row').count();
    assert.equal(rows, Math.min(20, group.postings), 'the first page of postings');
    await shot(city, 'stats-dw-3-drill-down');
    await city.goBack();
    await city.getByTestId('sd-period-label').filter({ hasText: DISTRICT.name }).waitFor();
  });

  step('4. 导出Excel: the workbook holds the analysis with the district figures', async () => {
    const book = await workbookOf(await downloadBy(city, city.getByTestId('export-excel')));
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => cells.push(String(c.text)))));
    assert.ok(cells.some((c) => c.includes('供求')), 'a title of the supply-demand analysis');
    assert.ok(cells.some((c) => c.includes(DISTRICT.name)), 'the unit');
    for (const n of [districtCounts.demand, districtCounts.supply]) assert.ok(cells.includes(String(n)), `the figure ${n} in the workbook`);
  });

  step('5. 数据核对 for the district and quarter reports zero differences', async () => {
    await city.goto(`${env.baseUrl}/stats/consistency?regionCode=${DISTRICT.code}`);
    await city.getByTestId('cons-run').click();
    const result = await city.getByTestId('cons-result').innerText();
    const found = result.match(/共核对 (\d+) 项，差异 (\d+) 项/);
    assert.ok(found, result);
    assert.ok(Number(found[1]) > 50, `many figures checked: ${result}`);
    assert.equal(Number(found[2]), 0, result);
    await shot(city, 'stats-dw-5-consistency');
  });

  step('6. district_op generates last month’s report and submits it; district_rev passes it to the city', async () => {
    const op = await signIn('district_op');
    await op.goto(`${env.baseUrl}/stats/reports`);
    await op.getByTestId('report-generate').click();
    const dialog = op.getByRole('dialog', { name: '从数据生成报表草稿' });
    await dialog.waitFor();
    await motionDone(op);
    await dialog.getByRole('button', { name: /生成报表/ }).click();
    await op.waitForURL(/\/stats\/reports\/\d+$/);
    reportPath = new URL(op.url()).pathname;
    await op.getByTestId('report-status').filter({ hasText: '草稿' }).waitFor();
    await op.getByTestId('report-submit').click();
    await op.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await op.getByTestId('report-status').filter({ hasText: '审核中' }).waitFor();

    const reviewer = await signIn('district_rev');
    await reviewer.goto(`${env.baseUrl}${reportPath}`);
    await reviewer.getByTestId('decide-approve').click();
    const decide = reviewer.getByRole('dialog');
    await decide.waitFor();
    await motionDone(reviewer);
    await decide.locator('.ant-modal-footer .ant-btn-primary').click();
    await reviewer.getByTestId('report-status').filter({ hasText: '已报送' }).waitFor();
  });

  step('7. the city sees 珠山区 as 已报送 in the overview and opens the report: its figures equal the ledger for the month', async () => {
    await city.goto(`${env.baseUrl}/stats/reports`);
    await city.getByRole('tab', { name: '报送情况' }).click();
    await city.getByTestId(`overview-status-${DISTRICT.code}`).filter({ hasText: '已报送' }).waitFor();
    await shot(city, 'stats-dw-7-overview');
    await city.goto(`${env.baseUrl}${reportPath}`);
    await city.getByTestId('report-status').filter({ hasText: '已报送' }).waitFor();
    // The city's step receives the report (接收), it does not "approve" it.
    assert.equal((await city.getByTestId('decide-approve').innerText()).replace(/\s/g, ''), '接收');
    const month = await counts(env.database.db, DISTRICT.code, lastMonth.from, lastMonth.to);
    const value = async (key: string) => (await city.getByTestId('report-sd').locator(`tr[data-row-key="${key}"] td`).nth(1).innerText()).replace(/[,\s]/g, '');
    assert.equal(await value('vacancies'), String(month.demand), '需求人数 of the month');
    assert.equal(await value('postings'), String(month.postings), '有效岗位 of the month');
    assert.equal(await value('seekers'), String(month.supply), '求职人数 of the month');
    await shot(city, 'stats-dw-7-report');
  });
});
