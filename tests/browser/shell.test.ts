import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginThroughForm, SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';

describe('browser: the shell shows each user their own subtree and permissions', () => {
  let env: BrowserEnv;
  before(async () => {
    env = await startBrowserEnv();
  });
  after(() => env.close());

  test('a reviewer of another district sees only that district’s employers', async () => {
    const page = await env.newPage();
    await loginThroughForm(page, env.baseUrl, 'other_rev');
    await page.getByTestId('menu-employers').click();
    await page.locator('.ant-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    const regions = await page.locator('.ant-table-row').allInnerTexts();
    assert.ok(regions.length > 0);
    const own = await env.database.db.selectFrom('org_unit').select('name').where('parent_code', 'like', '360202%').execute();
    const zhushan = await env.database.db.selectFrom('employer').select('name').where('region_code', 'like', '360203%').execute();
    const shown = regions.join('\n');
    assert.ok(!zhushan.some((e) => shown.includes(e.name)), 'no 珠山区 employer on the page');
    assert.ok(own.length > 0);
    assert.equal(await page.getByTestId('employer-create').count(), 0, 'a reviewer cannot register employers');
    await page.screenshot({ path: `${SCREENSHOTS}/employers-other-district.png` });
    assert.equal(await page.getByTestId('menu-users').count(), 0, 'no account administration for staff');
  });

  test('the system administrator browses code tables and validates an ID number', async () => {
    const page = await env.newPage();
    await loginThroughForm(page, env.baseUrl, 'admin', 'Admin@2026');
    await page.getByTestId('menu-codes').click();
    await page.getByText('国民经济行业分类').first().waitFor();
    await page.getByTestId('validator-input').first().fill('11010519491231002X');
    await page.getByTestId('validator-check').first().click();
    await page.getByTestId('validator-result').first().waitFor();
    assert.match(await page.getByTestId('validator-result').first().innerText(), /有效|1949/);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${SCREENSHOTS}/code-tables.png`, fullPage: true });
    assert.equal(await page.getByTestId('menu-audit').count(), 0, 'the system administrator does not read the audit log');
  });

  test('the audit administrator sees logins in the audit log', async () => {
    const page = await env.newPage();
    await loginThroughForm(page, env.baseUrl, 'auditor');
    await page.getByTestId('menu-audit').click();
    await page.locator('.ant-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.match(await page.locator('.ant-table-tbody').innerText(), /登录成功/);
    await page.screenshot({ path: `${SCREENSHOTS}/audit-log.png` });
  });
});
