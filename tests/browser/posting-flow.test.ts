import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { chinaDate } from '../../server/platform/clock.js';
import { addCalendarDays } from '../../server/modules/calendar/workdays.js';
import { SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { userFlow } from './flow.js';

/**
 * Issue 4 (job postings): an employer drafts a posting with discriminatory wording, sees the
 * automatic pre-review block it with the phrase marked, is refused on submit with the reason on the
 * field, fixes the text and submits; the district reviewer sees the remaining flagged phrase on the
 * review page and approves from 我的待办; the employer sees the posting published.
 */

/** Waits until no drawer, dialog or drop-down is in its opening or closing animation. */
async function motionDone(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const moving = ['appear', 'enter', 'leave'].map((m) => `:is(.ant-modal, .ant-drawer-content-wrapper, .ant-select-dropdown, .ant-popover)[class*="-${m}"]`).join(', ');
    return !document.querySelector(moving);
  });
}

/** A form item, found by the label the user reads. */
function formItem(scope: Locator, label: string): Locator {
  return scope.locator('.ant-form-item').filter({ has: scope.page().locator('label').getByText(label, { exact: true }) });
}

/** Waits for the answer to a request (method and path end) and returns its status. */
function answered(page: Page, method: string, pathEnd: RegExp): Promise<number> {
  return page.waitForResponse((r) => r.request().method() === method && pathEnd.test(new URL(r.url()).pathname)).then((r) => r.status());
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 10_000 }).catch(() => undefined);
  await motionDone(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('browser: a job posting is pre-reviewed, refused with the phrase, fixed, reviewed and published', () => {
  let env: BrowserEnv;
  const { opened, signIn, step } = userFlow(() => env, 'posting-failed', 15_000);
  const today = chinaDate(new Date());
  // Unique per run, so 我的待办 and the lists hold exactly this posting.
  const title = `前台接待员${Date.now().toString(36).slice(-4).toUpperCase()}`;
  let postingId = 0;

  before(async () => {
    env = await startBrowserEnv();
  });
  after(() => env.close());

  const statusOf = async (id: number) => (await env.database.db.selectFrom('job_posting').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  step('1. the employer drafts a posting with 限男性, sees it blocked with the phrase, is refused on submit, fixes it and submits', async () => {
    const employer = await signIn('employer_demo');
    // The employer's menu holds its postings and no staff pages; its home page counts them by status.
    await employer.getByTestId('menu-postings').waitFor();
    assert.equal(await employer.getByTestId('menu-tasks').count(), 0);
    const home = employer.getByTestId('home-postings');
    await home.getByText('已发布').waitFor();
    await shot(employer, 'posting-0-employer-home');
    await home.getByRole('button', { name: '登记岗位' }).click();
    await employer.waitForURL((url) => url.pathname === '/postings' && !url.searchParams.has('create'));
    const form = employer.locator('form#posting');
    await form.waitFor();
    await motionDone(employer);

    await employer.getByTestId('posting-title').fill(title);
    const occupation = formItem(form, '职业');
    await occupation.getByRole('combobox').click();
    await occupation.getByRole('combobox').fill('4-01');
    const option = employer.locator('.ant-select-item-option:visible').filter({ hasText: '4-01 批发与零售服务人员' }).first();
    await option.waitFor();
    await motionDone(employer);
    await option.click();
    await occupation.getByTitle('4-01 批发与零售服务人员').waitFor();
    await employer.getByTestId('posting-vacancies').fill('2');
    await employer.getByTestId('posting-wage-min').fill('3000');
    await employer.getByTestId('posting-wage-max').fill('4500');
    await employer.getByTestId('posting-description').fill('负责公司前台接待、来访登记、电话转接和会议室安排等日常工作。');
    await employer.getByTestId('posting-requirements').fill('有前台接待经验，限男性，普通话标准');
    await employer.getByTestId('posting-contact-name').fill('刘女士');
    await employer.getByTestId('posting-contact-phone').fill('0798-8221234');
    // The employer's own community is the preset work location.
    const own = await env.database.db
      .selectFrom('app_user as u')
      .innerJoin('org_unit as o', 'o.code', 'u.org_code')
      .select('o.name')
      .where('u.username', '=', 'employer_demo')
      .executeTakeFirstOrThrow();
    await formItem(form, '工作地点').getByTitle(own.name, { exact: true }).waitFor();

    let created: Promise<number> = answered(employer, 'POST', /^\/api\/market\/postings$/);
    await employer.getByTestId('posting-save').click();
    assert.equal(await created, 200);
    const alert = employer.getByTestId('prereview-alert');
    await alert.and(employer.locator('[data-outcome="blocked"]')).waitFor();
    await alert.getByTestId('prereview-phrase').filter({ hasText: /^限男性$/ }).waitFor();
    await alert.getByTestId('prereview-finding-requirements').getByText('任职要求').waitFor();
    const row = await env.database.db.selectFrom('job_posting').select(['id', 'status', 'prereview_outcome', 'valid_from', 'valid_to']).where('title', '=', title).executeTakeFirstOrThrow();
    postingId = row.id;
    // Left empty, the validity runs from today for the city's 30 days.
    assert.deepEqual([row.status, row.prereview_outcome, row.valid_from, row.valid_to], ['draft', 'blocked', today, addCalendarDays(today, 30)]);
    await shot(employer, 'posting-1-blocked');

    // 提交审核 is refused: the reason lands on the field, the draft stays a draft.
    const refused = answered(employer, 'POST', /\/api\/market\/postings\/\d+\/submit$/);
    await employer.getByTestId('posting-form-submit').click();
    assert.equal(await refused, 400);
    await formItem(form, '任职要求').locator('.ant-form-item-explain-error').filter({ hasText: /「限男性」涉嫌.*请删除/ }).waitFor();
    assert.equal(await statusOf(postingId), 'draft');
    await shot(employer, 'posting-2-submit-refused');

    // Fixed: the sex condition goes; an age limit stays, which only sends it to closer review.
    await employer.getByTestId('posting-requirements').fill('有前台接待经验，普通话标准，35岁以下');
    created = answered(employer, 'PATCH', /\/api\/market\/postings\/\d+$/);
    const submitted = answered(employer, 'POST', /\/api\/market\/postings\/\d+\/submit$/);
    await employer.getByTestId('posting-form-submit').click();
    assert.equal(await created, 200);
    assert.equal(await submitted, 200);
    await form.waitFor({ state: 'hidden' });
    await employer.getByTestId('posting-status').filter({ hasText: '审核中' }).waitFor();
    // The detail opens (the closed form stays rendered but hidden): the age limit is flagged for the reviewer.
    const detail = employer.getByTestId('prereview-alert').filter({ visible: true });
    await detail.and(employer.locator('[data-outcome="review"]')).getByTestId('prereview-phrase').filter({ hasText: '35岁以下' }).waitFor();
    assert.equal(await statusOf(postingId), 'pending');
    await shot(employer, 'posting-3-submitted');
  });

  step('2. the district reviewer opens it from 我的待办, sees the flagged phrase, and approves', async () => {
    const reviewer = await signIn('district_rev');
    await reviewer.getByRole('menuitem', { name: '我的待办' }).click();
    const task = reviewer.getByRole('row').filter({ hasText: title });
    await task.first().waitFor();
    assert.equal(await task.count(), 1);
    await task.click();
    await reviewer.getByTestId('wf-subject').filter({ hasText: title }).waitFor();
    assert.equal(await reviewer.getByTestId('wf-subject-link').getAttribute('href'), `/postings?open=${postingId}`);
    const card = reviewer.getByTestId('posting-review-card');
    await card.getByTestId('prereview-alert').getByTestId('prereview-phrase').filter({ hasText: '35岁以下' }).waitFor();
    await card.getByTestId('posting-requirements-text').filter({ hasText: '有前台接待经验，普通话标准，35岁以下' }).waitFor();
    await shot(reviewer, 'posting-4-review');

    await reviewer.getByTestId('decide-approve').click();
    await motionDone(reviewer);
    await reviewer.getByTestId('decide-reason').fill('岗位信息真实，年龄要求已与单位核实，同意发布');
    const decided = answered(reviewer, 'POST', /\/api\/workflow\/items\/\d+\/decide$/);
    await reviewer.getByTestId('decide-confirm').click();
    assert.equal(await decided, 200);
    await reviewer.getByTestId('wf-status').filter({ hasText: '已通过' }).waitFor();
    await card.getByTestId('posting-status').filter({ hasText: '已发布' }).waitFor();
    assert.equal(await statusOf(postingId), 'published');
  });

  step('3. the employer sees the posting published, with pause, renew and fill offered', async () => {
    const employer = opened.get('employer_demo');
    assert.ok(employer);
    await employer.goto(`${env.baseUrl}/postings`);
    const line = employer.getByTestId('postings-table').getByRole('row').filter({ hasText: title });
    await line.getByText('已发布').waitFor();
    await line.getByTitle(`${today} ~ ${addCalendarDays(today, 30)}`).getByText(`至 ${addCalendarDays(today, 30)}`).waitFor();
    await line.getByTestId(`posting-outcome-${postingId}`).filter({ hasText: '重点审核' }).waitFor();
    await shot(employer, 'posting-5-list');
    await employer.getByTestId(`posting-open-${postingId}`).click();
    await employer.getByTestId('posting-status').filter({ hasText: '已发布' }).waitFor();
    for (const action of ['posting-pause', 'posting-renew', 'posting-fill']) await employer.getByTestId(action).waitFor();
    assert.equal(await employer.getByTestId('posting-submit').count(), 0);
    await shot(employer, 'posting-6-published');
  });
});
