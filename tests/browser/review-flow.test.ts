import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loginThroughForm, SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';

describe('browser: log in and review an employer through the workflow', () => {
  let env: BrowserEnv;
  before(async () => {
    env = await startBrowserEnv();
  });
  after(() => env.close());

  test('a wrong password shows the server’s message; the right one opens the shell', async () => {
    const page = await env.newPage();
    await page.goto(`${env.baseUrl}/login`);
    await page.getByTestId('login-username').fill('street_rev');
    await page.getByTestId('login-password').fill('Wrong#2026');
    await page.getByTestId('login-submit').click();
    await page.getByText('用户名或密码错误').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/login-error.png` });
    await page.getByTestId('login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('logout').waitFor();
    await page.getByText('石狮埠街道').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${SCREENSHOTS}/home-street-reviewer.png` });
  });

  test('the street reviewer approves the first step, the district reviewer the final one', async () => {
    const street = await env.newPage();
    await loginThroughForm(street, env.baseUrl, 'street_rev');
    await street.getByTestId('menu-tasks').click();
    const row = street.locator('[data-testid^="task-row-"]').first();
    await row.waitFor();
    const itemId = Number((await row.getAttribute('data-testid'))?.replace('task-row-', ''));
    assert.ok(itemId > 0);
    await row.click();
    await street.getByTestId('decide-approve').click();
    await street.getByTestId('decide-reason').fill('材料齐全，同意');
    await street.getByTestId('decide-confirm').click();
    await street.getByText('区县终审').first().waitFor();
    await street.waitForLoadState('networkidle');
    await street.screenshot({ path: `${SCREENSHOTS}/workflow-street-approved.png` });

    const afterStreet = await env.database.db.selectFrom('workflow_item').select(['status', 'step_index']).where('id', '=', itemId).executeTakeFirstOrThrow();
    assert.deepEqual(afterStreet, { status: 'pending', step_index: 1 });

    const district = await env.newPage();
    await loginThroughForm(district, env.baseUrl, 'district_rev');
    await district.goto(`${env.baseUrl}/workflow/items/${itemId}`);
    await district.getByTestId('decide-approve').click();
    await district.getByTestId('decide-confirm').click();
    await district.waitForLoadState('networkidle');
    await district.screenshot({ path: `${SCREENSHOTS}/workflow-district-approved.png` });

    const final = await env.database.db.selectFrom('workflow_item').select(['status', 'subject_id']).where('id', '=', itemId).executeTakeFirstOrThrow();
    assert.equal(final.status, 'approved');
    const employer = await env.database.db.selectFrom('employer').select('status').where('id', '=', Number(final.subject_id)).executeTakeFirstOrThrow();
    assert.equal(employer.status, 'verified');
    const audit = await env.database.db.selectFrom('audit_log').select(['event_type', 'actor_name']).where('entity_type', '=', 'workflow_item').where('entity_id', '=', String(itemId)).orderBy('id').execute();
    assert.deepEqual(audit.slice(-2), [
      { event_type: 'workflow.approved', actor_name: 'street_rev' },
      { event_type: 'workflow.approved', actor_name: 'district_rev' },
    ]);
  });
});
