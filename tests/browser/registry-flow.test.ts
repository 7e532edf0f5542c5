import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chinaDate } from '../../server/platform/clock.js';
import { citizenId } from '../../server/seed/identity.js';
import { createRandom } from '../../server/seed/random.js';
import { loginThroughForm, SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';

describe('browser: a community assistant registers a resident’s unemployment and issues the card', () => {
  let env: BrowserEnv;
  before(async () => {
    env = await startBrowserEnv();
  });
  after(() => env.close());

  test('register the person and their unemployment, issue and print the card', async () => {
    const id = citizenId(createRandom(`browser-${Date.now()}`), { regionCode6: '360203', birthDate: '1989-06-15', sex: 2 });
    const page = await env.newPage();
    await loginThroughForm(page, env.baseUrl, 'community_op');
    await page.getByTestId('menu-people').click();
    await page.getByTestId('person-create').click();
    await page.getByTestId('person-citizen-id').fill(id);
    await page.getByTestId('person-name').fill('周晓梅');
    await page.getByTestId('person-hukou').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '本地城镇' }).click();
    await page.getByTestId('person-save').click();
    await page.getByTestId('person-header-name').waitFor();
    assert.equal(await page.getByTestId('person-header-name').innerText(), '周晓梅');

    await page.getByTestId('register-unemployment').click();
    await page.getByTestId('unemployment-reason').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '被单位解除劳动合同' }).click();
    await page.getByTestId('unemployment-save').click();
    await page.getByTestId('person-status').filter({ hasText: '登记失业' }).waitFor();

    await page.getByTestId('issue-card').click();
    await page.getByTestId('issue-card-confirm').click();
    await page.getByTestId('person-card-number').filter({ hasText: /\d{16}/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${SCREENSHOTS}/person-record.png`, fullPage: true });

    const person = await env.database.db.selectFrom('person').select(['id', 'labour_status', 'sex', 'birth_date']).where('citizen_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual({ status: person.labour_status, sex: person.sex, birth: person.birth_date }, { status: 'unemployed', sex: 2, birth: '1989-06-15' });
    const card = await env.database.db.selectFrom('employment_card').select('card_number').where('person_id', '=', person.id).executeTakeFirstOrThrow();
    assert.match(card.card_number, new RegExp(`^360203${chinaDate(new Date()).slice(0, 4)}\\d{6}$`));

    await page.getByTestId('print-card').click();
    await page.getByTestId('card-number').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3500); // let the success toasts fade before the screenshot
    await page.screenshot({ path: `${SCREENSHOTS}/employment-card-print.png`, fullPage: true });
    assert.equal((await page.getByTestId('card-number').innerText()).trim(), card.card_number);
    assert.equal((await page.getByTestId('card-name').innerText()).trim(), '周晓梅');
    assert.equal(await page.getByTestId('card-page-2').count(), 1);

    const unemployment = await env.database.db.selectFrom('unemployment_registration').select(['reason', 'cancelled_on', 'counts_in_rate']).where('person_id', '=', person.id).executeTakeFirstOrThrow();
    assert.deepEqual(unemployment, { reason: 'dismissed', cancelled_on: null, counts_in_rate: true });
    const audit = await env.database.db.selectFrom('audit_log').select('event_type').where('actor_name', '=', 'community_op').orderBy('id').execute();
    const events = audit.map((a) => a.event_type);
    for (const e of ['person.created', 'unemployment.registered', 'card.issued']) assert.ok(events.includes(e), e);
  });
});
