import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page, Response } from 'playwright-core';
import { citizenId } from '../../server/seed/identity.js';
import { createRandom } from '../../server/seed/random.js';
import { maskCitizenId } from '../../server/platform/validators/citizen-id.js';
import { importWorkbook, type ImportCells } from '../support/import-workbook.js';
import { loginThroughForm, SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { downloadBy, workbookOf } from './ui.js';

/**
 * Bulk import (批量导入), as the community assistant: download the template, upload a hand-in with three
 * good rows and three broken ones, read the report (nothing written yet), download the error report,
 * confirm, find an imported person in 人员查询, see the batch in the history, and have a file with the
 * wrong headers refused with nothing written.
 */

const COMMUNITY = '360203001002';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


/** A valid GB 11643 number of someone born in 珠山区 on `birthDate` that the registry does not hold yet. */
async function freshCitizenId(env: BrowserEnv, rng: ReturnType<typeof createRandom>, birthDate: string, sex: 1 | 2, avoid: readonly string[]): Promise<string> {
  for (;;) {
    const id = citizenId(rng, { regionCode6: '360203', birthDate, sex });
    if (avoid.includes(id)) continue;
    const taken = await env.database.db.selectFrom('person').select('id').where('citizen_id', '=', id).executeTakeFirst();
    if (!taken) return id;
  }
}

/** The upload POST (/api/registry/imports), whatever its status. */
function uploadResponse(page: Page): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/registry/imports', { timeout: 30_000 });
}

/** Waits for the toasts to go, so a screenshot shows the page itself. */
async function toastsGone(page: Page): Promise<void> {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await toastsGone(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** A table row holding all the given texts. */
function row(scope: Page | Locator, ...texts: string[]): Locator {
  let rows = scope.getByRole('row');
  for (const text of texts) rows = rows.filter({ hasText: text });
  return rows;
}

describe('browser: a community assistant bulk-imports people from Excel', () => {
  let env: BrowserEnv;
  let page: Page;
  let files: string;
  const rng = createRandom(`browser-import-${Date.now()}`);
  // Unusual birth dates (leap days, the last day of a century year) and rare names, so no demo resident is a namesake.
  const people = [
    { name: '欧阳闰生', birth: '1972-02-29', sex: 1 as const, id: '' },
    { name: '司马千禧', birth: '2000-02-29', sex: 2 as const, id: '' },
    { name: '诸葛除夕', birth: '1999-12-31', sex: 1 as const, id: '' },
  ];
  let badChecksum = '';
  let martian = '';
  let wrongHeaderId = '';
  let batchId = 0;

  const peopleWith = async (ids: string[]) => (await env.database.db.selectFrom('person').select('citizen_id').where('citizen_id', 'in', ids).execute()).length;
  const batchCount = async () => (await env.database.db.selectFrom('import_batch').select('id').execute()).length;
  const base = (citizen: string, name: string): ImportCells => ({ name, citizenId: citizen, hukouType: '本地城镇', community: COMMUNITY });

  before(async () => {
    env = await startBrowserEnv();
    files = mkdtempSync(join(tmpdir(), 'import-flow-'));
    const taken: string[] = [];
    for (const p of people) {
      p.id = await freshCitizenId(env, rng, p.birth, p.sex, taken);
      taken.push(p.id);
    }
    const other = await freshCitizenId(env, rng, '1984-02-29', 2, taken);
    badChecksum = `${other.slice(0, 17)}${other[17] === '0' ? '1' : '0'}`;
    martian = await freshCitizenId(env, rng, '1968-10-31', 1, [...taken, other]);
    wrongHeaderId = await freshCitizenId(env, rng, '1990-01-01', 2, [...taken, other, martian]);
    page = await env.newPage();
    await loginThroughForm(page, env.baseUrl, 'community_op');
  });
  after(async () => {
    await env.close();
    rmSync(files, { recursive: true, force: true });
  });

  const allIds = () => [...people.map((p) => p.id), badChecksum, martian];

  test('1. 批量导入 from the menu; the template downloads', async () => {
    await page.getByTestId('menu-imports').click();
    await page.waitForURL(/\/imports$/);
    await page.getByText('批量导入人员和登记').waitFor();
    const template = await downloadBy(page, page.getByTestId('import-template'));
    assert.match(template.suggestedFilename(), /导入模板.*\.xlsx$/);
    const book = await workbookOf(template);
    const header = (book.worksheets[0].getRow(1).values as unknown[]).filter(Boolean);
    assert.deepEqual(header.slice(0, 2), ['姓名*', '公民身份号码*']);
  });

  test('2. the hand-in is validated row by row and nothing is written yet', async () => {
    const rows: ImportCells[] = [
      { ...base(people[0].id, people[0].name), ethnicity: '汉族', phone: '13900001111' }, // row 2
      { ...base(people[1].id, people[1].name), ethnicity: '01', education: '大学本科' }, // row 3
      base(people[2].id, people[2].name), // row 4
      base(badChecksum, '钱错号'), // row 5
      { ...base(martian, '孙火星'), ethnicity: '火星族' }, // row 6
      base(people[0].id, '欧阳重号'), // row 7: repeats row 2
    ];
    const path = join(files, '风景路社区-导入.xlsx');
    writeFileSync(path, await importWorkbook(rows));

    const uploaded = uploadResponse(page);
    await page.locator('input[type="file"]').setInputFiles(path);
    const res = await uploaded;
    assert.equal(res.status(), 200);
    assert.equal(res.request().headers()['content-type'], XLSX);
    // The open batch is in the URL (?batch=); the page's answer body is not kept by the browser, so read the row.
    await page.waitForURL(/\/imports\?batch=\d+$/);
    batchId = Number(new URL(page.url()).searchParams.get('batch'));
    const batch = await env.database.db.selectFrom('import_batch').select(['status', 'total_rows', 'valid_rows', 'rejected_rows', 'file_name']).where('id', '=', batchId).executeTakeFirstOrThrow();
    assert.deepEqual(batch, { status: 'validated', total_rows: 6, valid_rows: 3, rejected_rows: 3, file_name: '风景路社区-导入.xlsx' });

    const report = page.getByTestId('import-report');
    await report.getByText('校验结果：风景路社区-导入.xlsx').waitFor();
    // Each Statistic reads "<title> <value><suffix>", e.g. 读取 6行.
    const stat = async (testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, '');
    assert.equal(await stat('import-total'), '读取6行');
    assert.equal(await stat('import-valid'), '有效3行');
    assert.equal(await stat('import-rejected'), '拒绝3行');
    await page.getByTestId('import-not-written').filter({ hasText: '尚未写入任何数据' }).waitFor();

    const errors = page.getByTestId('import-errors-table');
    await row(errors, '5', '公民身份号码', badChecksum, '身份证号码校验位错误').waitFor();
    await row(errors, '6', '民族', '火星族', '民族不在代码表').waitFor();
    await row(errors, '7', '公民身份号码', '与第 2 行身份证号重复').waitFor();
    const cells = await Promise.all((await errors.locator('tbody tr.ant-table-row').all()).map((r) => r.locator('td').allInnerTexts()));
    assert.deepEqual(
      cells.map((c) => c.map((text) => text.trim())),
      [
        ['5', '公民身份号码', badChecksum, '身份证号码校验位错误'],
        ['6', '民族', '火星族', '民族不在代码表（GB 3304）中'],
        ['7', '公民身份号码', people[0].id, '与第 2 行身份证号重复'],
      ],
      'one problem per rejected row, with its row number, column, cell and reason',
    );
    await page.getByText('3 行，3 处问题').waitFor();

    assert.equal(await peopleWith(allIds()), 0, 'validation writes nothing to the registry');
    await shot(page, 'import-1-report');
  });

  test('3. the error report downloads', async () => {
    const report = await downloadBy(page, page.getByTestId('import-error-report'));
    assert.match(report.suggestedFilename(), new RegExp(`导入校验报告-${batchId}.*\\.xlsx$`));
    const sheet = (await workbookOf(report)).worksheets[0];
    assert.equal(sheet.rowCount, 4, 'a header and the three problems');
    const reasons = [2, 3, 4].map((r) => String(sheet.getRow(r).getCell(4).value));
    assert.ok(reasons.some((r) => r.includes('身份证号码校验位错误')), reasons.join(' | '));
    assert.ok(reasons.some((r) => r.includes('民族不在代码表')), reasons.join(' | '));
    assert.ok(reasons.some((r) => r.includes('与第 2 行身份证号重复')), reasons.join(' | '));
    await page.getByText('错误报告已下载').waitFor();
  });

  test('4. confirming loads the three people; one is found in 人员查询', async () => {
    const confirmButton = page.getByTestId('import-confirm');
    assert.match((await confirmButton.innerText()).replace(/\s+/g, ''), /^确认导入3条有效记录$/);
    await confirmButton.click();
    const popconfirm = page.locator('.ant-popconfirm:visible');
    await popconfirm.getByText('确认导入 3 条有效记录？').waitFor();
    const confirmed = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/registry/imports/${batchId}/confirm`);
    await popconfirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    assert.equal((await confirmed).status(), 200);

    const done = page.getByTestId('import-done');
    await done.getByText('导入完成：已载入 3 人').waitFor();
    await done.getByText('另有 3 行被拒绝，未导入。').waitFor();
    const loaded = await env.database.db.selectFrom('person').select(['citizen_id', 'name', 'birth_date', 'sex', 'region_code']).where('citizen_id', 'in', allIds()).orderBy('birth_date').execute();
    assert.deepEqual(
      loaded.map((p) => ({ id: p.citizen_id, name: p.name, birth: p.birth_date, sex: p.sex, region: p.region_code })),
      [...people].sort((a, b) => a.birth.localeCompare(b.birth)).map((p) => ({ id: p.id, name: p.name, birth: p.birth, sex: p.sex, region: COMMUNITY })),
    );
    await shot(page, 'import-2-done');

    await page.getByTestId('import-go-people').click();
    await page.waitForURL(/\/people$/);
    const chosen = people[1];
    const search = page.getByTestId('person-search');
    await search.fill(chosen.id);
    await search.press('Enter');
    // The list masks the number (360203********1234); the search itself takes the full one.
    const hit = row(page, chosen.name, maskCitizenId(chosen.id));
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/people\/\d+$/);
    await page.getByTestId('person-header-name').filter({ hasText: chosen.name }).waitFor();
    assert.equal((await page.getByTestId('person-header-name').innerText()).trim(), chosen.name);
  });

  test('5. the history lists the batch as 已导入', async () => {
    await page.getByTestId('menu-imports').click();
    await page.waitForURL(/\/imports$/);
    const history = page.getByTestId('import-history');
    await row(history, '风景路社区-导入.xlsx', '已导入', '社区协理员').waitFor();
    assert.equal((await page.getByTestId(`import-status-${batchId}`).innerText()).trim(), '已导入');
    const counts = (await row(history, '风景路社区-导入.xlsx').first().innerText()).replace(/\s+/g, ' ');
    assert.match(counts, /6 \/ 3 \/ 3/);
  });

  test('6. a file with the wrong headers is refused and nothing is written', async () => {
    const batchesBefore = await batchCount();
    const path = join(files, '旧表格.xlsx');
    writeFileSync(path, await importWorkbook([base(wrongHeaderId, '冯表头')], { headers: ['姓名', '公民身份号码', '民族'] }));
    const uploaded = uploadResponse(page);
    await page.locator('input[type="file"]').setInputFiles(path);
    const res = await uploaded;
    assert.equal(res.status(), 400);
    const problem = page.getByTestId('import-upload-error');
    await problem.filter({ hasText: '缺少必填列：户籍性质、居住社区' }).waitFor();
    assert.match(await problem.innerText(), /缺少必填列：户籍性质、居住社区/);
    await page.locator('.ant-upload-drag').waitFor(); // still on the upload step
    assert.doesNotMatch(page.url(), /batch=/);
    assert.equal(await batchCount(), batchesBefore, 'a refused file leaves no batch behind');
    assert.equal(await peopleWith([wrongHeaderId]), 0);
    assert.equal(await row(page.getByTestId('import-history'), '旧表格.xlsx').count(), 0);
  });
});
