import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { chinaDate } from '../../server/platform/clock.js';
import { citizenId } from '../../server/seed/identity.js';
import { createRandom } from '../../server/seed/random.js';
import { startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { userFlow } from './flow.js';
import { answered, choose, dialogNamed, formItem, motionDone, pickOption, posted, publishPosting, row, shot, typeAndPick } from './ui.js';

/**
 * Issue 5, "done when": a street plans its fortnightly fair; an employer applies on the portal with
 * a reviewed posting and the street gives it a booth; on the day seekers check in by ID number (one
 * new seeker registered on the spot); intentions are recorded and one becomes a registered hire; the
 * district's fair statistics for the quarter equal a direct count over the records.
 */

const STREET = { code: '360203001', name: '' };
const COMMUNITY = { code: '360203001002', name: '' };
const DISTRICT = '360203';

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function quarterOf(day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number);
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  const last = new Date(Date.UTC(y, first + 2, 0)).toISOString().slice(0, 10);
  return { from: `${y}-${String(first).padStart(2, '0')}-01`, to: last };
}

describe('browser: issue 5 done-when — street fortnightly fair, portal booth application, check-in with on-the-spot registration, intention to hire, district statistics', () => {
  let env: BrowserEnv;
  const { opened, signIn, step } = userFlow(() => env, 'fairs-dw-failed', 20_000);
  const today = chinaDate(new Date());
  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const rng = createRandom(`fairs-done-when-${suffix}`);
  const fairName = `石狮埠街道双周招聘会${suffix}`;
  const known = { id: 0, name: '', citizenId: '' };
  const newcomer = { name: '邹春燕', citizenId: '', phone: '13907986543' };
  const employer = { id: 0, name: '', postingId: 0, postingTitle: '' };
  let fairId = 0;

  before(async () => {
    env = await startBrowserEnv();
    const db = env.database.db;
    const units = await db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', [STREET.code, COMMUNITY.code]).execute();
    STREET.name = units.find((u) => u.code === STREET.code)?.name ?? '';
    COMMUNITY.name = units.find((u) => u.code === COMMUNITY.code)?.name ?? '';
    // A registered unemployed resident of the street, without a job.
    const person = await db
      .selectFrom('person as p')
      .select(['p.id', 'p.name', 'p.citizen_id'])
      .where('p.region_code', 'like', `${STREET.code}%`)
      .where('p.labour_status', '=', 'unemployed')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('employment_registration as e').select('e.id').whereRef('e.person_id', '=', 'p.id').where('e.ended_on', 'is', null))))
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    Object.assign(known, { id: person.id, name: person.name, citizenId: person.citizen_id });
    for (;;) {
      newcomer.citizenId = citizenId(rng, { regionCode6: DISTRICT, birthDate: '1979-05-16', sex: 2 });
      if (!(await db.selectFrom('person').select('id').where('citizen_id', '=', newcomer.citizenId).executeTakeFirst())) break;
    }
    // The demo employer account and a reviewed posting of it, published today (the market flow shows
    // posting and review in the browser; here they are preparation through the API).
    const account = await db.selectFrom('app_user as u').innerJoin('employer as e', 'e.id', 'u.employer_id').select(['e.id', 'e.name']).where('u.username', '=', 'employer_demo').executeTakeFirstOrThrow();
    const postingTitle = `陶瓷成品包装工${suffix}`;
    const postingId = await publishPosting(env.baseUrl, {
      title: postingTitle,
      occupationCode: '6-02',
      description: '负责陶瓷成品的检验、包装与装箱，按生产计划完成每日包装任务。',
      requirements: '吃苦耐劳，有包装或仓储经验者优先。',
      regionCode: STREET.code,
    });
    const posting = await db.selectFrom('job_posting').select(['id', 'title', 'status']).where('id', '=', postingId).executeTakeFirstOrThrow();
    assert.equal(posting.status, 'published');
    Object.assign(employer, { id: account.id, name: account.name, postingId: posting.id, postingTitle: posting.title });
  });
  after(() => env.close());

  /** Picks a date in an antd DatePicker of a form item by typing it. */
  async function typeDate(page: Page, item: ReturnType<typeof formItem>, day: string) {
    const input = item.locator('input');
    await input.click();
    await input.fill(day);
    await input.press('Enter');
    await motionDone(page);
  }

  step('1. the street plans its fortnightly fair as a series and publishes today’s', async () => {
    const page = await signIn('street_op');
    await page.getByRole('menuitem', { name: /^(\S+\s)?招聘会$/ }).click();
    await page.getByRole('button', { name: /计划招聘会/ }).click();
    const dialog = await dialogNamed(page, '计划招聘会');
    await formItem(dialog, '招聘会名称').getByRole('textbox').fill(fairName);
    await choose(page, formItem(dialog, '类型'), '街道双周小型招聘会');
    await choose(page, formItem(dialog, '服务对象'), '下岗失业人员');
    await formItem(dialog, '举办地点').getByRole('textbox').fill('石狮埠街道劳动保障事务所一楼大厅');
    await typeDate(page, formItem(dialog, '举办日期'), today);
    await choose(page, formItem(dialog, '重复'), '每两周');
    const until = addDays(today, 56);
    await typeDate(page, formItem(dialog, '重复至'), until);
    const created = answered(page, 'POST', /\/api\/fairs$/);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    assert.equal(await created, 200);
    await dialog.waitFor({ state: 'hidden' });

    const series = await env.database.db.selectFrom('fair').select(['id', 'held_on', 'series_id', 'region_code', 'status']).where('name', '=', fairName).orderBy('held_on').execute();
    assert.deepEqual(
      series.map((f) => f.held_on),
      [0, 14, 28, 42, 56].map((d) => addDays(today, d)),
      'one fair every other week up to the last date',
    );
    assert.equal(new Set(series.map((f) => f.series_id)).size, 1);
    assert.ok(series.every((f) => f.region_code === STREET.code && f.status === 'planned'));
    fairId = series[0].id;

    await page.goto(`${env.baseUrl}/fairs/${fairId}`);
    await page.getByTestId('fair-status').filter({ hasText: '计划中' }).waitFor();
    await page.getByRole('button', { name: /发\s*布/ }).click();
    const publish = posted(page, /\/api\/fairs\/\d+\/publish$/);
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await publish;
    await page.getByTestId('fair-status').filter({ hasText: '已发布' }).waitFor();
    await shot(page, 'fairs-dw-1-planned-and-published');
  });

  step('2. the employer applies on the portal with its reviewed posting; the street approves it with booth A01', async () => {
    const portal = await signIn('employer_demo');
    await portal.goto(`${env.baseUrl}/portal/me`);
    const card = portal.getByTestId('fair-apply');
    await card.waitFor();
    await choose(portal, card.locator('.ant-form-item').filter({ has: portal.getByTestId('fair-apply-fair') }), `${today} ${fairName}（石狮埠街道劳动保障事务所一楼大厅）`, fairName);
    await card.getByRole('checkbox', { name: employer.postingTitle }).check();
    const applied = answered(portal, 'POST', /\/api\/fairs\/\d+\/apply$/);
    await card.getByTestId('fair-apply-submit').click();
    assert.equal(await applied, 200);
    await row(card, fairName, '待审核').waitFor();

    const street = opened.get('street_op');
    assert.ok(street);
    await street.reload();
    await street.getByRole('tab', { name: '参会单位' }).click();
    const booth = row(street.getByTestId('participations-table'), employer.name);
    await booth.waitFor();
    await booth.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = await dialogNamed(street, new RegExp(`批准参会：${employer.name}`));
    await dialog.getByRole('textbox').fill('A01');
    const approved = posted(street, /\/api\/fairs\/participations\/\d+\/approve$/);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await approved;
    await row(street.getByTestId('participations-table'), employer.name, 'A01', '已批准').waitFor();

    await portal.reload();
    await row(portal.getByTestId('fair-apply'), fairName, 'A01').waitFor();
    await shot(portal, 'fairs-dw-2-employer-booth');
  });

  step('3. on the day the street checks seekers in by ID number; an unknown one is registered on the spot', async () => {
    const street = opened.get('street_op');
    assert.ok(street);
    await street.getByRole('tab', { name: '现场签到' }).click();
    const idBox = formItem(street.locator('form').filter({ has: street.getByRole('button', { name: /签\s*到/ }) }), '公民身份号码').getByRole('textbox');
    await idBox.fill(known.citizenId);
    const first = answered(street, 'POST', /\/api\/fairs\/\d+\/checkins$/);
    await street.getByRole('button', { name: /签\s*到/ }).click();
    assert.equal(await first, 200);
    await street.getByTestId('checkin-last').filter({ hasText: known.name }).waitFor();

    await idBox.fill(newcomer.citizenId);
    const unknown = answered(street, 'POST', /\/api\/fairs\/\d+\/checkins$/);
    await street.getByRole('button', { name: /签\s*到/ }).click();
    assert.equal(await unknown, 400, 'an ID number the registry does not hold asks for the on-the-spot registration');
    const dialog = await dialogNamed(street, '现场登记');
    await formItem(dialog, '姓名').getByRole('textbox').fill(newcomer.name);
    await formItem(dialog, '联系电话').getByRole('textbox').fill(newcomer.phone);
    await choose(street, formItem(dialog, '户籍性质'), '本地城镇');
    const picker = formItem(dialog, '居住社区');
    await picker.locator('.ant-select').click();
    await picker.locator('input').fill(COMMUNITY.name.slice(0, 3));
    const hit = street.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`${COMMUNITY.name}$`));
    await hit.waitFor();
    await motionDone(street);
    await hit.click();
    const registered = answered(street, 'POST', /\/api\/fairs\/\d+\/checkins$/);
    await dialog.getByRole('button', { name: /现场登记/ }).click();
    assert.equal(await registered, 200);
    await dialog.waitFor({ state: 'hidden' });
    await row(street.getByTestId('checkins-table'), newcomer.name, '现场登记').waitFor();
    await row(street.getByTestId('checkins-table'), known.name).waitFor();

    const person = await env.database.db.selectFrom('person').select(['id', 'name', 'region_code', 'phone']).where('citizen_id', '=', newcomer.citizenId).executeTakeFirstOrThrow();
    assert.deepEqual([person.name, person.region_code], [newcomer.name, COMMUNITY.code]);
    const seeker = await env.database.db.selectFrom('job_seeker').select(['source', 'status']).where('person_id', '=', person.id).executeTakeFirstOrThrow();
    assert.deepEqual(seeker, { source: 'fair', status: 'active' }, 'registered as a job seeker on the spot');
    await shot(street, 'fairs-dw-3-checked-in');
  });

  step('4. intentions to hire are recorded at the booth, and one is followed up into a registered hire', async () => {
    const street = opened.get('street_op');
    assert.ok(street);
    await street.getByRole('tab', { name: '录用意向' }).click();
    for (const seeker of [known, newcomer]) {
      await street.getByRole('button', { name: /登记意向/ }).click();
      const dialog = await dialogNamed(street, '登记意向');
      await typeAndPick(street, formItem(dialog, '求职者（已签到）'), seeker.name, new RegExp(`^${seeker.name} `));
      await motionDone(street);
      await formItem(dialog, '用人单位').getByRole('combobox').click();
      await pickOption(street, new RegExp(`A01 ${employer.name}`));
      const recorded = answered(street, 'POST', /\/api\/fairs\/\d+\/intentions$/);
      await dialog.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
      assert.equal(await recorded, 200);
      await dialog.waitFor({ state: 'hidden' });
      await row(street.getByTestId('intentions-table'), seeker.name, employer.name).waitFor();
    }

    const intention = row(street.getByTestId('intentions-table'), known.name, employer.name);
    await intention.getByRole('button', { name: '录用', exact: true }).click();
    const dialog = await dialogNamed(street, new RegExp(`录用：${known.name}`));
    const hired = answered(street, 'POST', /\/api\/fairs\/intentions\/\d+\/hire$/);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    assert.equal(await hired, 200);
    await row(street.getByTestId('intentions-table'), known.name, '已录用').waitFor();

    const jobs = await env.database.db.selectFrom('employment_registration').select(['kind', 'employer_id', 'started_on']).where('person_id', '=', known.id).where('ended_on', 'is', null).execute();
    assert.deepEqual(jobs, [{ kind: 'employer', employer_id: employer.id, started_on: today }], 'the hire is the person’s employment registration');
    await street.goto(`${env.baseUrl}/people/${known.id}`);
    await street.getByTestId('person-status').filter({ hasText: '单位就业' }).waitFor();
    await shot(street, 'fairs-dw-4-hire-registered');
  });

  step('5. the district’s fair statistics for the quarter equal a direct count over the records', async () => {
    const page = await signIn('district_op');
    const { from, to } = quarterOf(today);
    const loaded = page.waitForResponse((r) => {
      const url = new URL(r.url());
      return url.pathname === '/api/fairs/stats' && url.searchParams.get('from') === from && url.searchParams.get('to') === to;
    });
    await page.getByRole('menuitem', { name: /招聘会统计/ }).click();
    assert.equal((await loaded).status(), 200);
    const summary = page.getByTestId('fair-stats-table').locator('.ant-table-summary tr').first();
    await summary.getByText('合计').waitFor();
    const cells = (await summary.locator('td').allInnerTexts()).map((c) => c.trim());

    const db = env.database.db;
    const fairs = db.selectFrom('fair as f').where('f.region_code', 'like', `${DISTRICT}%`).where('f.held_on', '>=', from).where('f.held_on', '<=', to).where('f.status', '<>', 'cancelled');
    const count = async (q: Promise<{ n: number | string | null }>) => Number((await q).n ?? 0);
    const direct = {
      fairs: await count(fairs.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()),
      employers: await count(fairs.innerJoin('fair_participation as p', 'p.fair_id', 'f.id').where('p.status', '=', 'approved').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()),
      positions: await count(
        fairs
          .innerJoin('fair_participation as p', 'p.fair_id', 'f.id')
          .innerJoin('fair_posting as fp', 'fp.participation_id', 'p.id')
          .where('p.status', '=', 'approved')
          .select(sql<number>`sum(fp.positions)`.as('n'))
          .executeTakeFirstOrThrow(),
      ),
      seekers: await count(fairs.innerJoin('fair_checkin as c', 'c.fair_id', 'f.id').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()),
      intentions: await count(fairs.innerJoin('fair_intention as i', 'i.fair_id', 'f.id').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()),
      unemployed: await count(
        fairs
          .innerJoin('fair_intention as i', 'i.fair_id', 'f.id')
          .innerJoin('fair_checkin as c', 'c.id', 'i.checkin_id')
          .where('c.unemployed', '=', true)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow(),
      ),
      hires: await count(fairs.innerJoin('fair_intention as i', 'i.fair_id', 'f.id').where('i.status', '=', 'hired').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()),
    };
    assert.ok(direct.fairs >= 1 && direct.intentions >= 2 && direct.hires >= 1, `today's fair is counted: ${JSON.stringify(direct)}`);
    const share = direct.intentions === 0 ? '—' : `${((Math.round((direct.unemployed / direct.intentions) * 1000) / 1000) * 100).toFixed(1)}%`; // shares are sent rounded to 3 decimals
    assert.deepEqual(cells.slice(0, 9), ['合计', ...[direct.fairs, direct.employers, direct.positions, direct.seekers, direct.intentions, direct.unemployed].map(String), share, String(direct.hires)]);
    await shot(page, 'fairs-dw-5-district-quarter');
  });
});
