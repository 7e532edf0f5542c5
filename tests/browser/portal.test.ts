import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { citizenIdCheckChar } from '../../server/platform/validators/citizen-id.js';
import { creditCodeCheckChar, organizationCodeCheckChar } from '../../server/platform/validators/credit-code.js';
import { SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { publishPosting } from './ui.js';

/**
 * Issue 4, the public portal (网上人力资源市场): browse without login, search 电工, open a posting
 * and its employer, register as a job seeker (a refusal from the server shown on its field first),
 * sign in, apply, see the application in 我的; register an employer and see it pending review.
 */

const COMMUNITY = '360203001002';

/** Waits until no drop-down, dialog or pop-over is in its opening or closing animation. */
async function motionDone(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const moving = ['appear', 'enter', 'leave'].map((m) => `:is(.ant-modal, .ant-select-dropdown, .ant-cascader-dropdown, .ant-popover)[class*="-${m}"]`).join(', ');
    return !document.querySelector(moving);
  });
}

/** A form item, found by the label the user reads. */
function formItem(scope: Page | Locator, label: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator('.ant-form-item').filter({ has: page.locator('label').getByText(label, { exact: true }) });
}

/** Opens a select of a form item and picks the option that reads `text`. */
async function choose(page: Page, item: Locator, text: string): Promise<void> {
  await motionDone(page);
  await item.getByRole('combobox').click();
  const option = page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first();
  await option.waitFor();
  await motionDone(page);
  await option.click();
}

/** Types into a searchable select of a form item and picks the option that reads `text`. */
async function search(page: Page, item: Locator, typed: string, text: string | RegExp): Promise<void> {
  await motionDone(page);
  await item.getByRole('combobox').fill(typed);
  const option = page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first();
  await option.waitFor();
  await motionDone(page);
  await option.click();
}

/** Opens a cascader of a form item and clicks through the names of the path. */
async function cascade(page: Page, item: Locator, names: string[]): Promise<void> {
  await motionDone(page);
  await item.locator('.ant-select, .ant-cascader').first().click();
  for (const [i, name] of names.entries()) {
    const menu = page.locator('.ant-cascader-menu:visible').nth(i);
    const option = menu.locator('.ant-cascader-menu-item').filter({ hasText: name }).first();
    await option.waitFor();
    await option.click();
  }
  await motionDone(page);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 10_000 }).catch(() => undefined);
  await motionDone(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** Waits for the answer to a request (method and path end) and returns its status. */
function answered(page: Page, method: string, pathEnd: RegExp): Promise<number> {
  return page.waitForResponse((r) => r.request().method() === method && pathEnd.test(new URL(r.url()).pathname)).then((r) => r.status());
}

describe('browser: the public portal — search, posting, employer, seeker registration and application, employer registration', () => {
  let env: BrowserEnv;
  let page: Page;
  const suffix = Date.now().toString(36).slice(-5);
  const username = `seeker_${suffix}`;
  const password = 'Portal@2026';
  let postingTitle = '';
  let path: { district: string; street: string; community: string };

  before(async () => {
    env = await startBrowserEnv();
    page = await env.newPage();
    page.setDefaultTimeout(15_000);
    const names = await env.database.db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', ['360203', '360203001', COMMUNITY]).execute();
    const name = (code: string) => names.find((n) => n.code === code)?.name ?? code;
    path = { district: name('360203'), street: name('360203001'), community: name(COMMUNITY) };
    // The demo data's valid postings are drawn at random: two electricians' postings make sure a
    // search for 电工 has something to find, in two streets so the region facet has a choice.
    for (const [regionCode, title] of [['360203001', `维修电工${suffix}`], ['360203002', `电工${suffix}`]]) {
      await publishPosting(env.baseUrl, {
        title,
        occupationCode: '6-31',
        regionCode,
        description: '负责厂区供配电设备的巡检、维护和故障处理。',
        requirements: '持低压电工作业证，有高压电工证者优先。',
      });
    }
  });
  after(() => env.close());

  function step(name: string, body: () => Promise<void>) {
    test(name, async () => {
      try {
        await body();
      } catch (error) {
        await page.screenshot({ path: `${SCREENSHOTS}/portal-failed-${name.split('.')[0]}.png`, fullPage: true }).catch(() => undefined);
        throw error;
      }
    });
  }

  /** A fresh valid ID number of someone born in 珠山区 in 1990. */
  async function newCitizenId(): Promise<string> {
    for (;;) {
      const first17 = `36020319900${Math.floor(Math.random() * 9) + 1}15${String(Math.floor(Math.random() * 999)).padStart(3, '0')}`;
      const id = first17 + citizenIdCheckChar(first17);
      if (!(await env.database.db.selectFrom('person').select('id').where('citizen_id', '=', id).executeTakeFirst())) return id;
    }
  }

  step('1. without login the portal home shows the city, the latest postings and the way to register', async () => {
    await page.goto(`${env.baseUrl}/portal`);
    await page.getByTestId('portal-site-name').filter({ hasText: '景德镇网上人力资源市场' }).waitFor();
    await page.getByTestId('latest-postings').getByTestId('job-card').first().waitFor();
    await page.getByTestId('home-register-seeker').waitFor();
    await page.getByTestId('home-register-employer').waitFor();
    assert.equal(await page.getByTestId('portal-login').count(), 1);
    await shot(page, 'portal-1-home');
  });

  step('1b. all postings, newest first: 加载更多 appends the next page by cursor', async () => {
    await page.getByTestId('portal-nav-jobs').click();
    const cards = page.getByTestId('job-results').getByTestId('job-card');
    await cards.first().waitFor();
    const first = await cards.count();
    const more = page.getByTestId('load-more');
    if ((await more.count()) > 0) {
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="job-results"] [data-testid="job-card"]').length > n, first);
    }
    await page.goto(`${env.baseUrl}/portal`);
  });

  step('2. searching 电工 lists 电工 postings with facet counts, in a shareable address; a facet filters', async () => {
    const input = page.getByTestId('portal-search-input').locator('input');
    await input.fill('电工');
    await input.press('Enter');
    await page.waitForURL(/\/portal\/jobs\?q=%E7%94%B5%E5%B7%A5$/);
    const titles = page.getByTestId('job-results').getByTestId('job-title');
    await titles.first().waitFor();
    const all = await titles.allTextContents();
    assert.ok(all.length > 0 && all.every((t) => t.includes('电工')), all.join(','));
    assert.match((await page.getByTestId('result-summary').textContent()) ?? '', /共 \d+ 个岗位|超过/);
    const regionFacet = page.getByTestId('facet-region').locator('.facet').first();
    await regionFacet.waitFor();
    await shot(page, 'portal-2-search');
    // A facet filters: its code lands in the address, and the shared address gives the same page.
    const refiltered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/public/postings' && /region=\d+/.test(r.url()));
    await regionFacet.click();
    await page.waitForURL(/region=\d+/);
    await refiltered;
    await page.waitForLoadState('networkidle');
    await page.getByTestId('job-results').getByTestId('job-title').first().waitFor();
    const shared = page.url();
    const filtered = (await page.getByTestId('result-summary').textContent()) ?? '';
    assert.match(filtered, /共 \d+ 个岗位|超过/);
    const filteredTitles = await page.getByTestId('job-results').getByTestId('job-title').allTextContents();
    const other = await env.newPage();
    await other.goto(shared);
    // The shared address gives the same filtered search: the same count and the same postings.
    await other.getByTestId('result-summary').filter({ hasText: filtered }).waitFor();
    await other.getByTestId('job-results').getByTestId('job-title').first().waitFor();
    assert.deepEqual(await other.getByTestId('job-results').getByTestId('job-title').allTextContents(), filteredTitles);
    await other.close();
    await page.getByTestId('filter-reset').click();
    await page.waitForURL(/\/portal\/jobs\?q=%E7%94%B5%E5%B7%A5$/);
  });

  step('3. a posting shows its text, the employer link and a masked phone; 申请该岗位 asks to sign in', async () => {
    const first = page.getByTestId('job-results').getByTestId('job-title').first();
    postingTitle = (await first.textContent()) ?? '';
    await first.click();
    await page.getByTestId('job-detail-title').filter({ hasText: postingTitle }).waitFor();
    assert.ok(((await page.getByTestId('job-description').textContent()) ?? '').length > 5);
    assert.match((await page.getByTestId('job-contact').textContent()) ?? '', /\*\*\*\*/);
    await page.getByTestId('apply').click();
    await page.getByTestId('apply-login-prompt').waitFor();
    await shot(page, 'portal-3-detail-login-prompt');
    await page.keyboard.press('Escape');
    await motionDone(page);
  });

  step('4. the employer page lists its valid postings', async () => {
    const employer = (await page.getByTestId('detail-employer-link').textContent())?.trim() ?? '';
    await page.getByTestId('detail-employer-link').click();
    await page.getByTestId('employer-name').filter({ hasText: employer }).waitFor();
    const titles = await page.getByTestId('employer-postings').getByTestId('job-title').allTextContents();
    assert.ok(titles.includes(postingTitle), `${postingTitle} in ${titles.join(',')}`);
    await shot(page, 'portal-4-employer');
  });

  step('5. a citizen registers as a job seeker: a taken username is refused on its field, then the registration goes through', async () => {
    await page.goto(`${env.baseUrl}/portal/register/seeker`);
    const form = page.getByTestId('seeker-form');
    await formItem(form, '姓名').getByRole('textbox').fill('门户测试');
    await formItem(form, '身份证号').getByRole('textbox').fill(await newCitizenId());
    await formItem(form, '手机号').getByRole('textbox').fill('13907981234');
    await choose(page, formItem(form, '户口性质'), '本地城镇户口');
    await cascade(page, formItem(form, '户籍或居住所在社区'), [path.district, path.street, path.community]);
    await search(page, formItem(form, '意向职业'), '生产辅助', /^生产辅助人员$/);
    await page.keyboard.press('Escape');
    await formItem(form, '期望月薪').getByRole('spinbutton').fill('4500');
    await formItem(form, '用户名').getByRole('textbox').fill('seeker_demo');
    await formItem(form, '密码').locator('input').fill(password);
    await formItem(form, '确认密码').locator('input').fill(password);
    await page.getByTestId('seeker-consent-share').check();
    await page.getByTestId('seeker-agree').check();
    const refused = answered(page, 'POST', /\/api\/public\/seekers\/register$/);
    await page.getByTestId('seeker-submit').click();
    assert.equal(await refused, 400);
    await formItem(form, '用户名').locator('.ant-form-item-explain-error').filter({ hasText: /用户名/ }).waitFor();
    await shot(page, 'portal-5-seeker-field-error');
    await formItem(form, '用户名').getByRole('textbox').fill(username);
    const accepted = answered(page, 'POST', /\/api\/public\/seekers\/register$/);
    await page.getByTestId('seeker-submit').click();
    assert.equal(await accepted, 200);
    await page.getByTestId('register-done').waitFor();
    await shot(page, 'portal-5-seeker-registered');
  });

  step('6. the new seeker signs in and lands in 我的 with the registration', async () => {
    await page.getByTestId('register-login').click();
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/portal\/me$/);
    await page.getByTestId('my-seeker').waitFor();
    assert.match((await page.getByTestId('my-seeker').textContent()) ?? '', /门户测试/);
    assert.match((await page.getByTestId('portal-user').textContent()) ?? '', /门户测试/);
    // The staff pages stay closed to a citizen, though the account holds seeker.view for its own record.
    for (const path of ['/seekers', '/referrals']) {
      await page.goto(`${env.baseUrl}${path}`);
      await page.locator('.ant-result-403').waitFor();
      assert.equal(await page.getByTestId('menu-seekers').count(), 0);
      assert.equal(await page.getByTestId('menu-referrals').count(), 0);
    }
    await page.goto(`${env.baseUrl}/portal/me`);
    await page.getByTestId('my-seeker').waitFor();
  });

  step('7. the seeker applies for the posting and sees it in 我的申请', async () => {
    await page.goto(`${env.baseUrl}/portal/jobs?q=${encodeURIComponent('电工')}`);
    await page.getByTestId('job-results').getByTestId('job-title').filter({ hasText: postingTitle }).first().click();
    await page.getByTestId('job-detail-title').filter({ hasText: postingTitle }).waitFor();
    const applied = answered(page, 'POST', /\/api\/market\/my\/applications$/);
    await page.getByTestId('apply').click();
    assert.equal(await applied, 200);
    await page.getByTestId('apply-result').waitFor();
    await shot(page, 'portal-7-applied');
    await page.getByTestId('apply-result').getByRole('link').click();
    await page.waitForURL(/\/portal\/me$/);
    const row = page.getByTestId('my-applications').getByRole('row').filter({ hasText: postingTitle });
    await row.waitFor();
    await row.getByTestId('application-status').waitFor();
    assert.match((await row.getByTestId('application-status').textContent()) ?? '', /已申请/);
    await shot(page, 'portal-7-my-applications');
    await page.getByRole('tab', { name: '推荐岗位' }).click();
    await page.locator('[data-testid="my-recommendations"], .ant-tabs-tabpane-active .ant-empty').first().waitFor();
    await shot(page, 'portal-7-my-recommendations');
    await page.getByRole('tab', { name: '我的申请' }).click();
    await row.getByTestId('withdraw').click();
    const withdrawn = answered(page, 'POST', /\/api\/market\/my\/applications\/\d+\/withdraw$/);
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
    assert.equal(await withdrawn, 200);
    await row.getByTestId('application-status').filter({ hasText: '撤' }).waitFor();
    await page.getByTestId('portal-logout').click();
    await page.getByTestId('portal-login').waitFor();
  });

  step('8. an employer registers: a wrong credit code is refused on its field, then the registration waits for review', async () => {
    await page.goto(`${env.baseUrl}/portal/register/employer`);
    const form = page.getByTestId('employer-form');
    const org8 = `MA${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const first17 = `91360203${org8}${organizationCodeCheckChar(org8)}`;
    const check = creditCodeCheckChar(first17);
    const wrong = first17 + (check === '0' ? '1' : '0');
    await formItem(form, '单位名称').getByRole('textbox').fill(`景德镇门户测试陶瓷有限公司${suffix}`);
    await formItem(form, '统一社会信用代码').getByRole('textbox').fill(wrong);
    await choose(page, formItem(form, '单位类型'), '企业');
    await search(page, formItem(form, '经济类型'), '有限责任公司', '有限责任公司');
    await search(page, formItem(form, '所属行业'), '非金属矿物', '30 非金属矿物制品业');
    await choose(page, formItem(form, '单位规模'), '小型');
    await cascade(page, formItem(form, '单位所在街道 / 社区'), [path.district, path.street, path.community]);
    await formItem(form, '详细地址').getByRole('textbox').fill('珠山区风景路 88 号');
    await formItem(form, '单位简介').getByRole('textbox').fill('日用陶瓷生产企业。\n欢迎有经验的技术工人加入。');
    await formItem(form, '联系人').getByRole('textbox').fill('李经理');
    await formItem(form, '联系电话').getByRole('textbox').fill('0798-8123456');
    await formItem(form, '用户名').getByRole('textbox').fill(`emp_${suffix}`);
    await formItem(form, '密码').locator('input').fill(password);
    await formItem(form, '确认密码').locator('input').fill(password);
    const refused = answered(page, 'POST', /\/api\/public\/employers\/register$/);
    await page.getByTestId('employer-submit').click();
    assert.equal(await refused, 400);
    await formItem(form, '统一社会信用代码').locator('.ant-form-item-explain-error').waitFor();
    await shot(page, 'portal-8-employer-field-error');
    await formItem(form, '统一社会信用代码').getByRole('textbox').fill(first17 + check);
    const accepted = answered(page, 'POST', /\/api\/public\/employers\/register$/);
    await page.getByTestId('employer-submit').click();
    assert.equal(await accepted, 200);
    await page.getByTestId('register-pending').filter({ hasText: '待审核' }).waitFor();
    assert.match((await page.getByTestId('register-pending').textContent()) ?? '', /街道初审.*区县终审/);
    await shot(page, 'portal-8-employer-pending');
  });

  step('8b. the new employer signs in and sees its registration 待审核 in 我的', async () => {
    await page.goto(`${env.baseUrl}/portal/me`);
    await page.getByRole('link', { name: /登\s*录/ }).last().click();
    await page.getByTestId('login-username').fill(`emp_${suffix}`);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/portal\/me$/);
    await page.getByTestId('my-employer-status').filter({ hasText: '待审核' }).waitFor();
    await page.getByTestId('to-postings').waitFor();
    await shot(page, 'portal-8-employer-me');
    await page.getByTestId('portal-logout').click();
    await page.getByTestId('portal-login').waitFor();
  });

  step('8c. policies and guides: the list and one page as paragraphs of text; the portal in English', async () => {
    await page.goto(`${env.baseUrl}/portal/articles`);
    await page.locator('[data-testid="article-link"], .ant-empty').first().waitFor();
    const links = page.getByTestId('article-link');
    if ((await links.count()) > 0) {
      await links.first().click();
      await page.getByTestId('article-body').locator('p').first().waitFor();
      assert.equal(await page.getByTestId('article-body').locator('script, iframe, img').count(), 0);
      await shot(page, 'portal-8c-article');
    }
    await page.goto(`${env.baseUrl}/portal`);
    await page.locator('.portal-topbar .ant-segmented-item').filter({ hasText: 'EN' }).click();
    await page.getByTestId('portal-site-name').filter({ hasText: 'Online Job Market' }).waitFor();
    await shot(page, 'portal-8c-home-en');
    await page.locator('.portal-topbar .ant-segmented-item').filter({ hasText: '中文' }).click();
    await page.getByTestId('portal-site-name').filter({ hasText: '网上人力资源市场' }).waitFor();
  });

  step('9. on a phone the search keeps its filters behind a button and the cards fit the width', async () => {
    const phone = await (await env.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true })).newPage();
    await phone.goto(`${env.baseUrl}/portal/jobs?q=${encodeURIComponent('电工')}`);
    await phone.getByTestId('job-results').getByTestId('job-card').first().waitFor();
    await phone.getByTestId('open-filters').waitFor();
    assert.equal(await phone.getByTestId('filter-panel').count(), 0);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `page is ${width}px wide`);
    await shot(phone, 'portal-9-phone-search');
    await phone.close();
  });
});
