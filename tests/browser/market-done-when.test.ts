import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { chinaDate } from '../../server/platform/clock.js';
import { citizenId, creditCode } from '../../server/seed/identity.js';
import { createRandom } from '../../server/seed/random.js';
import { startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { userFlow } from './flow.js';
import { answered, apiSession, approveFromTasks, cascade, choose, dialogNamed, formItem, motionDone, row, shot, typeAndPick } from './ui.js';

/**
 * Issue 4, "done when": an employer registers on the portal and is verified by street and district;
 * it posts a job that passes review, while a discriminatory one is stopped with the phrase shown; a
 * citizen finds the job on the portal by a two-character keyword; the community refers a seeker with
 * employment difficulty to it; the employer records the hire; the registry shows the new employment
 * and the recommendation commitment met. Each user works in their own browser context.
 */

const PLACE = { district: '360203', street: '360203001', community: '360203001002' };

describe('browser: issue 4 done-when — portal employer, reviewed posting, keyword search, referral of a difficulty seeker, hire in the registry', () => {
  let env: BrowserEnv;
  const { opened, signIn, visitor, step } = userFlow(() => env, 'market-dw-failed', 20_000);
  const today = chinaDate(new Date());
  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const rng = createRandom(`market-done-when-${suffix}`);
  const employerName = `景德镇瓷都配电工程有限公司${suffix}`;
  const employerUser = `emp_dw_${suffix.toLowerCase()}`;
  const password = 'Market@2026';
  const jobTitle = `配电室值班电工${suffix}`;
  const seeker = { name: '程建国', citizenId: '', personId: 0 };
  let names: Record<string, string> = {};

  before(async () => {
    env = await startBrowserEnv();
    const units = await env.database.db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', Object.values(PLACE)).execute();
    names = Object.fromEntries(units.map((u) => [u.code, u.name]));
    // Preparation the registry flow shows in the browser: an unemployed man of 54 in the community,
    // identified as a person with employment difficulty (4050) by street and district today.
    for (;;) {
      seeker.citizenId = citizenId(rng, { regionCode6: PLACE.district, birthDate: '1972-03-14', sex: 1 });
      const taken = await env.database.db.selectFrom('person').select('id').where('citizen_id', '=', seeker.citizenId).executeTakeFirst();
      if (!taken) break;
    }
    const community = await apiSession(env.baseUrl, 'community_op');
    const person = await community.post<{ id: number }>('/api/registry/people', { citizenId: seeker.citizenId, name: seeker.name, hukouType: 'urban', regionCode: PLACE.community });
    seeker.personId = person.id;
    await community.post(`/api/registry/people/${person.id}/unemployment`, { registeredOn: today, reason: 'dismissed' });
    await community.post(`/api/registry/people/${person.id}/difficulty`, { category: 'age_4050' });
    const identification = await env.database.db.selectFrom('difficulty_identification').select('id').where('person_id', '=', person.id).executeTakeFirstOrThrow();
    const item = await env.database.db
      .selectFrom('workflow_item')
      .select('id')
      .where('subject_type', '=', 'difficulty_identification')
      .where('subject_id', '=', String(identification.id))
      .executeTakeFirstOrThrow();
    for (const reviewer of ['street_rev', 'district_rev']) await (await apiSession(env.baseUrl, reviewer)).post(`/api/workflow/items/${item.id}/decide`, { action: 'approve', reason: '材料齐全，同意认定' });
  });
  after(() => env.close());

  const employerRow = () => env.database.db.selectFrom('employer').select(['id', 'status', 'source']).where('name', '=', employerName).executeTakeFirst();

  step('1. the employer registers on the public portal and is told its registration waits for the street and the district', async () => {
    const page = await visitor('employer-visitor');
    await page.goto(`${env.baseUrl}/portal`);
    await page.getByTestId('home-register-employer').click();
    const form = page.getByTestId('employer-form');
    await form.waitFor();
    await formItem(form, '单位名称').getByRole('textbox').fill(employerName);
    await formItem(form, '统一社会信用代码').getByRole('textbox').fill(creditCode(rng, { divisionCode6: PLACE.district }));
    await choose(page, formItem(form, '单位类型'), '企业');
    await typeAndPick(page, formItem(form, '经济类型'), '有限责任公司', '有限责任公司');
    await typeAndPick(page, formItem(form, '所属行业'), '电力', /电力、热力生产和供应业/);
    await choose(page, formItem(form, '单位规模'), '小型（20–299人）');
    await cascade(page, formItem(form, '单位所在街道 / 社区'), [names[PLACE.district], names[PLACE.street], names[PLACE.community]]);
    await formItem(form, '详细地址').getByRole('textbox').fill('珠山区风景路 126 号');
    await formItem(form, '单位简介').getByRole('textbox').fill('承接工业园区和居民小区的配电设施运行维护。');
    await formItem(form, '联系人').getByRole('textbox').fill('周经理');
    await formItem(form, '联系电话').getByRole('textbox').fill('0798-8561234');
    await formItem(form, '用户名').getByRole('textbox').fill(employerUser);
    await formItem(form, '密码').locator('input').fill(password);
    await formItem(form, '确认密码').locator('input').fill(password);
    const registered = answered(page, 'POST', /\/api\/public\/employers\/register$/);
    await page.getByTestId('employer-submit').click();
    assert.equal(await registered, 200);
    await page.getByTestId('register-pending').filter({ hasText: '待审核' }).waitFor();
    assert.deepEqual(await employerRow().then((e) => [e?.status, e?.source]), ['pending', 'portal']);
    await shot(page, 'market-dw-1-employer-registered');
  });

  step('2. the street reviewer and the district reviewer approve the employer from 我的待办', async () => {
    await approveFromTasks(await signIn('street_rev'), employerName, '街道初审', false, '营业执照与信用代码核实无误');
    const district = await signIn('district_rev');
    await approveFromTasks(district, employerName, '区县终审', true, '同意');
    assert.equal((await employerRow())?.status, 'verified');
    await shot(district, 'market-dw-2-employer-verified');
  });

  /** Fills the posting form the employer opens from 岗位管理. */
  async function fillPosting(page: Page, title: string, requirements: string): Promise<void> {
    await page.getByTestId('posting-create').click();
    const form = page.locator('form#posting');
    await form.waitFor();
    await motionDone(page);
    await page.getByTestId('posting-title').fill(title);
    await choose(page, formItem(form, '职业'), '6-31 生产辅助人员', '6-31');
    await page.getByTestId('posting-vacancies').fill('2');
    await page.getByTestId('posting-wage-min').fill('4800');
    await page.getByTestId('posting-wage-max').fill('6500');
    await page.getByTestId('posting-description').fill('负责园区配电室的值班巡检、倒闸操作和设备维护保养，做好运行记录。');
    await page.getByTestId('posting-requirements').fill(requirements);
    await page.getByTestId('posting-contact-name').fill('周经理');
    await page.getByTestId('posting-contact-phone').fill('0798-8561234');
  }

  step('3. the employer signs in: a posting with 限男性 is stopped with the phrase shown; a clean one goes to review', async () => {
    const employer = await signIn(employerUser, password);
    await employer.getByTestId('menu-postings').click();
    await fillPosting(employer, `配电运维学徒${suffix}`, '持低压电工作业证，限男性');
    const saved = answered(employer, 'POST', /^\/api\/market\/postings$/);
    await employer.getByTestId('posting-save').click();
    assert.equal(await saved, 200);
    const alert = employer.getByTestId('prereview-alert').filter({ visible: true });
    await alert.and(employer.locator('[data-outcome="blocked"]')).getByTestId('prereview-phrase').filter({ hasText: /^限男性$/ }).waitFor();
    const refused = answered(employer, 'POST', /\/api\/market\/postings\/\d+\/submit$/);
    await employer.getByTestId('posting-form-submit').click();
    assert.equal(await refused, 400);
    await formItem(employer.locator('form#posting'), '任职要求').locator('.ant-form-item-explain-error').filter({ hasText: /「限男性」/ }).waitFor();
    await shot(employer, 'market-dw-3-discriminatory-stopped');
    await employer.keyboard.press('Escape');
    await employer.locator('form#posting').waitFor({ state: 'hidden' });

    await fillPosting(employer, jobTitle, '持低压电工作业证，能适应倒班。');
    const created = answered(employer, 'POST', /^\/api\/market\/postings$/);
    const submitted = answered(employer, 'POST', /\/api\/market\/postings\/\d+\/submit$/);
    await employer.getByTestId('posting-form-submit').click();
    assert.equal(await created, 200);
    assert.equal(await submitted, 200);
    await employer.getByTestId('posting-status').filter({ hasText: '审核中' }).first().waitFor();
    const statuses = await env.database.db.selectFrom('job_posting as j').innerJoin('employer as e', 'e.id', 'j.employer_id').select(['j.title', 'j.status', 'j.prereview_outcome']).where('e.name', '=', employerName).orderBy('j.id').execute();
    assert.deepEqual(
      statuses.map((s) => [s.title, s.status, s.prereview_outcome]),
      [
        [`配电运维学徒${suffix}`, 'draft', 'blocked'],
        [jobTitle, 'pending', 'pass'],
      ],
    );
  });

  step('4. the district reviewer approves the posting; it is published', async () => {
    const district = opened.get('district_rev');
    assert.ok(district);
    await approveFromTasks(district, jobTitle, '区县人力资源市场审核', true, '岗位信息真实，同意发布');
    const posting = await env.database.db.selectFrom('job_posting').select('status').where('title', '=', jobTitle).executeTakeFirstOrThrow();
    assert.equal(posting.status, 'published');
  });

  step('5. a citizen without an account searches 电工 on the portal, sorts by newest and opens the job', async () => {
    const citizen = await visitor('citizen');
    await citizen.goto(`${env.baseUrl}/portal`);
    const input = citizen.getByTestId('portal-search-input').locator('input');
    await input.fill('电工');
    await input.press('Enter');
    await citizen.waitForURL(/\/portal\/jobs\?q=%E7%94%B5%E5%B7%A5/);
    await citizen.getByTestId('job-results').getByTestId('job-title').first().waitFor();
    await citizen.getByTestId('sort').getByText('最新发布').click();
    const card = citizen.getByTestId('job-results').getByTestId('job-title').filter({ hasText: jobTitle });
    await card.waitFor();
    await shot(citizen, 'market-dw-5-portal-search');
    await card.click();
    await citizen.getByTestId('job-detail-title').filter({ hasText: jobTitle }).waitFor();
    await citizen.getByTestId('detail-employer-link').filter({ hasText: employerName }).waitFor();
    assert.match((await citizen.getByTestId('job-contact').textContent()) ?? '', /\*\*\*\*/);
    await shot(citizen, 'market-dw-5-portal-detail');
  });

  step('6. the community registers the difficulty person as a job seeker and refers him to the job from 推荐岗位', async () => {
    const community = await signIn('community_op');
    await community.getByRole('menuitem', { name: '求职登记' }).click();
    await community.getByTestId('seeker-create').click();
    const dialog = await dialogNamed(community, '求职登记');
    await community.getByTestId('seeker-citizen-id').fill(seeker.citizenId);
    await community.getByTestId('seeker-citizen-id').blur();
    await community.getByTestId('seeker-person-found').filter({ hasText: seeker.name }).waitFor();
    await typeAndPick(community, formItem(dialog, '期望职业'), '生产辅助', /^(6-31 )?生产辅助人员$/);
    await community.keyboard.press('Escape');
    await community.getByTestId('seeker-wage').fill('5000');
    const saved = answered(community, 'POST', /^\/api\/market\/seekers$/);
    await community.getByTestId('seeker-form-ok').click();
    assert.equal(await saved, 200);
    await dialog.waitFor({ state: 'hidden' });
    await row(community.getByTestId('seekers-table'), seeker.name).first().getByRole('link').first().click();
    const recommendations = community.getByTestId('seeker-recommendations');
    const line = row(recommendations, jobTitle);
    await line.waitFor();
    await shot(community, 'market-dw-6-recommendations');
    await line.getByRole('button', { name: '推荐' }).click();
    const confirm = await dialogNamed(community, '推荐求职者应聘岗位');
    const referred = answered(community, 'POST', /^\/api\/market\/referrals$/);
    await confirm.getByTestId('refer-confirm').click();
    assert.equal(await referred, 200);
    await confirm.getByTestId('refer-print-letter').waitFor();
    await shot(community, 'market-dw-6-referred');
  });

  step('7. the employer sees the referral on its posting and records the hire', async () => {
    const employer = opened.get(employerUser);
    assert.ok(employer);
    await employer.goto(`${env.baseUrl}/postings`);
    const posting = await env.database.db.selectFrom('job_posting').select('id').where('title', '=', jobTitle).executeTakeFirstOrThrow();
    await row(employer.getByTestId('postings-table'), jobTitle).getByText('已发布').waitFor();
    await employer.getByTestId(`posting-open-${posting.id}`).click();
    const card = employer.getByTestId('posting-referrals');
    const referral = row(card, seeker.name);
    await referral.waitFor();
    await referral.getByRole('button', { name: '反馈结果' }).click();
    const dialog = await dialogNamed(employer, new RegExp(seeker.name));
    await dialog.getByTestId('referral-answer-status').getByText('已录用').click();
    await dialog.getByTestId('referral-answer-hired-on').waitFor();
    const hired = answered(employer, 'POST', /\/api\/market\/referrals\/\d+\/answer$/);
    await employer.getByTestId('referral-answer-save').click();
    assert.equal(await hired, 200);
    await referral.getByText('已录用').waitFor();
    await shot(employer, 'market-dw-7-hired');
  });

  step('8. the registry shows the new employment with the employer and the recommendation commitment met', async () => {
    const community = opened.get('community_op');
    assert.ok(community);
    await community.goto(`${env.baseUrl}/people/${seeker.personId}`);
    await community.getByTestId('person-status').filter({ hasText: '单位就业' }).waitFor();
    await community.getByText(employerName).first().waitFor();
    await shot(community, 'market-dw-8-person');
    await community.getByRole('menuitem', { name: '援助台账' }).click();
    await community.getByRole('tab', { name: '推荐承诺' }).click();
    await row(community.getByTestId('commitments-table'), seeker.name, '已兑现', today).waitFor();
    await shot(community, 'market-dw-8-commitment-met');
    const employment = await env.database.db
      .selectFrom('employment_registration as r')
      .innerJoin('employer as e', 'e.id', 'r.employer_id')
      .select(['r.kind', 'r.started_on', 'e.name'])
      .where('r.person_id', '=', seeker.personId)
      .execute();
    assert.deepEqual(employment, [{ kind: 'employer', started_on: today, name: employerName }]);
  });
});
