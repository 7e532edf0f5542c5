import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { chinaDate } from '../../server/platform/clock.js';
import { citizenIdCheckChar, maskCitizenId, validateCitizenId } from '../../server/platform/validators/citizen-id.js';
import { addCalendarDays } from '../../server/modules/calendar/workdays.js';
import { SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';
import { userFlow } from './flow.js';

/**
 * Issue 3, "done when": a community assistant registers a resident's unemployment, gets the card
 * printed, has a difficulty identification approved at street and district, places them through
 * assistance, sees the zero-employment deadline close, and a district user sees the result —
 * all through the staff UI, each user in their own browser context.
 */

const COMMUNITY = { code: '360203001002', name: '风景路社区居委会' };

/** A valid GB 11643 number of someone born in 珠山区 on `birth` (sex from the sequence digit's parity). */
async function newCitizenId(env: BrowserEnv, birth: string, sex: 1 | 2): Promise<string> {
  for (;;) {
    const seq = Math.floor(Math.random() * 500) * 2 + (sex === 1 ? 1 : 0);
    const first17 = `360203${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    const id = first17 + citizenIdCheckChar(first17);
    assert.ok(validateCitizenId(id).ok, id);
    const taken = await env.database.db.selectFrom('person').select('id').where('citizen_id', '=', id).executeTakeFirst();
    if (!taken) return id;
  }
}

/**
 * A form item, found by the label the user reads. Scoped to the item rather than through the
 * label's `for`: the person page keeps its dialogs rendered, and fields of the same name in two
 * dialogs share an id (see the report), so `getByLabel` can point into another dialog.
 */
function formItem(dialog: Locator, label: string): Locator {
  return dialog.locator('.ant-form-item').filter({ has: dialog.page().locator('label').getByText(label, { exact: true }) });
}

function formField(dialog: Locator, label: string, role: 'combobox' | 'textbox' | 'spinbutton' = 'textbox'): Locator {
  return formItem(dialog, label).getByRole(role);
}

/**
 * Waits until no dialog, drop-down or pop-over is in its opening or closing animation: on a busy
 * machine a click aimed at an option still sliding in lands beside it and is lost.
 */
async function motionDone(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const moving = ['appear', 'enter', 'leave'].map((m) => `:is(.ant-modal, .ant-select-dropdown, .ant-popover)[class*="-${m}"]`).join(', ');
    return !document.querySelector(moving);
  });
}

/** A dialog by its title, once it has finished opening. */
async function dialogNamed(page: Page, name: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await motionDone(page);
  return dialog;
}

/** Clicks the option of the open drop-down that reads `text`, once the drop-down stands still. */
async function pickOption(page: Page, text: string): Promise<void> {
  const option = page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first();
  await option.waitFor();
  await motionDone(page);
  await option.click();
}

/** Opens an antd select (a form item or the select itself), picks the option a user reads, and checks the select shows it. */
async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await motionDone(page);
  await field.getByRole('combobox').click();
  await pickOption(page, option);
  await field.getByTitle(option, { exact: true }).waitFor();
}

/** Waits until the POST to a path (matched by its end) has answered, and checks it succeeded. */
function posted(page: Page, pathEnd: RegExp) {
  return page.waitForResponse((r) => r.request().method() === 'POST' && pathEnd.test(new URL(r.url()).pathname)).then((r) => {
    assert.ok(r.ok(), `${r.url()} → ${r.status()}`);
    return r;
  });
}

/** Waits for the success toasts to go, so a screenshot shows the page itself. */
async function toastsGone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 10_000 }).catch(() => undefined);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await toastsGone(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** A table row (of the visible tables) holding all the given texts. */
function row(scope: Page | Locator, ...texts: string[]): Locator {
  let rows = scope.getByRole('row');
  for (const text of texts) rows = rows.filter({ hasText: text });
  return rows;
}

interface Resident {
  name: string;
  birth: string;
  sex: 1 | 2;
  /** Citizen ID number, made valid before the run. */
  id: string;
  /** Record id, read from the page's address once registered. */
  personId: number;
}

describe('browser: issue 3 done-when — register, card, difficulty, zero-employment family, placement, ledger', () => {
  let env: BrowserEnv;
  const { signIn, step } = userFlow(() => env, 'done-when-failed', 15_000);
  let community: Page;
  let street: Page;
  let district: Page;
  const today = chinaDate(new Date());
  // Rare names so lists filtered by the community do not hold namesakes from the demo data.
  const wife: Resident = { name: '喻秀芬', birth: '1982-04-16', sex: 2, id: '', personId: 0 };
  const husband: Resident = { name: '喻建平', birth: '1980-09-03', sex: 1, id: '', personId: 0 };
  let householdNo = '';
  let cardNumber = '';
  const employerName = '景德镇市瓷都陶瓷文化创意有限公司';

  before(async () => {
    env = await startBrowserEnv();
    wife.id = await newCitizenId(env, wife.birth, wife.sex);
    husband.id = await newCitizenId(env, husband.birth, husband.sex);
    community = await signIn('community_op');
  });
  after(() => env.close());

  /** Registers a person through 人员查询 → 登记人员 and returns to their record page. */
  async function registerPerson(p: Resident): Promise<void> {
    await community.getByRole('menuitem', { name: '人员查询' }).click();
    await community.getByRole('button', { name: '登记人员' }).click();
    const dialog = await dialogNamed(community, '登记人员');
    await formField(dialog, '公民身份号码').fill(p.id);
    await formField(dialog, '姓名').fill(p.name);
    await choose(community, formItem(dialog, '户籍类型'), '本地城镇');
    // The community assistant's own community is preset.
    await dialog.getByText(COMMUNITY.name).waitFor();
    await formField(dialog, '联系电话').fill('13907981234');
    const created = posted(community, /^\/api\/registry\/people$/);
    await community.getByTestId('person-save').click();
    await created;
    await community.waitForURL(/\/people\/\d+$/);
    await community.getByTestId('person-header-name').filter({ hasText: p.name }).waitFor();
    p.personId = Number(new URL(community.url()).pathname.split('/').pop());
    assert.ok(p.personId > 0);
  }

  /** Puts the person into a household (a new one, or the given number) with their relation to the head. */
  async function joinHousehold(p: Resident, relation: string, existing?: string): Promise<void> {
    await community.getByRole('tab', { name: '家庭' }).click();
    await community.getByRole('button', { name: '加入/新建家庭户' }).click();
    const dialog = await dialogNamed(community, `加入或新建家庭户：${p.name}`);
    if (existing) {
      await dialog.getByText('加入已有家庭户').click();
      await formField(dialog, '家庭户编号', 'spinbutton').fill(existing);
    } else {
      await dialog.getByText(`在本人居住社区（${COMMUNITY.name}）新建家庭户`).waitFor();
      // A resident of the town: an urban household (the form's default for 本地城镇).
      await dialog.getByText('城镇家庭').waitFor();
    }
    await formField(dialog, '与户主关系').fill(relation);
    await community.getByTestId('household-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await community.getByTestId('household-id').waitFor();
  }

  async function registerUnemployment(p: Resident): Promise<void> {
    await community.getByRole('button', { name: /失业登记$/ }).click();
    const dialog = await dialogNamed(community, `失业登记：${p.name}`);
    await choose(community, formItem(dialog, '失业原因'), '被单位解除劳动合同');
    const done = posted(community, /\/unemployment$/);
    await community.getByTestId('unemployment-save').click();
    await done;
    await community.getByTestId('person-status').filter({ hasText: '登记失业' }).waitFor();
  }

  /** The reviewer finds the item in 我的待办 and approves it at their step. */
  async function approveFromTasks(page: Page, subject: RegExp | string, stepName: string, finalStep: boolean): Promise<void> {
    await page.getByRole('menuitem', { name: '我的待办' }).click();
    const task = page.getByRole('row').filter({ hasText: subject });
    await task.first().waitFor();
    assert.equal(await task.count(), 1, `one task for ${subject}`);
    await task.click();
    await page.getByTestId('wf-subject').filter({ hasText: subject }).waitFor();
    // 当前环节 names the step this reviewer acts at.
    await page.getByRole('cell', { name: new RegExp(`当前环节.*${stepName}`) }).waitFor();
    await page.getByRole('button', { name: '审核通过' }).click();
    const dialog = await dialogNamed(page, /^审核通过：/);
    await formField(dialog, '审核意见').fill(finalStep ? '材料齐全，同意认定' : '经核实情况属实，同意');
    const decided = posted(page, /\/api\/workflow\/items\/\d+\/decide$/);
    await dialog.getByRole('button', { name: '审核通过' }).click();
    await decided;
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('wf-status').filter({ hasText: finalStep ? '已通过' : '审核中' }).waitFor();
    // Nothing left for this reviewer to do on the item.
    await page.getByRole('button', { name: '审核通过' }).waitFor({ state: 'detached' });
  }

  step('1. the community assistant registers a household of two, their unemployment, and issues and prints the card', async () => {
    await registerPerson(wife);
    await joinHousehold(wife, '户主');
    householdNo = (await community.getByTestId('household-id').innerText()).trim();
    assert.match(householdNo, /^\d+$/);
    await registerUnemployment(wife);

    await community.getByRole('button', { name: '发放就业创业证' }).click();
    await community.getByText(`确认为 ${wife.name} 发放就业创业证？证号由系统生成。`).waitFor();
    await motionDone(community);
    const issued = posted(community, /\/card$/);
    await community.getByTestId('issue-card-confirm').click();
    await issued;
    const cardCell = community.getByTestId('person-card-number').filter({ hasText: /\d{16}/ });
    await cardCell.waitFor();
    cardNumber = (await cardCell.innerText()).match(/\d{16}/)?.[0] ?? '';
    assert.match(cardNumber, new RegExp(`^360203${today.slice(0, 4)}\\d{6}$`));
    await shot(community, 'done-when-1-person-record');

    await community.getByRole('button', { name: '打印就业创业证' }).click();
    await community.waitForURL(/\/people\/\d+\/card$/);
    await community.getByRole('heading', { name: '就业创业证' }).waitFor();
    await community.getByRole('row', { name: /证\s*号/ }).filter({ hasText: cardNumber }).waitFor();
    assert.equal((await community.getByTestId('card-number').innerText()).trim(), cardNumber);
    assert.equal((await community.getByTestId('card-name').innerText()).trim(), wife.name);
    await community.getByTestId('card-records').getByText('被单位解除劳动合同').waitFor();
    await shot(community, 'done-when-1-card-print');
    await community.getByTestId('print-back').click();
    await community.getByTestId('person-header-name').filter({ hasText: wife.name }).waitFor();

    await registerPerson(husband);
    await joinHousehold(husband, '配偶', householdNo);
    await registerUnemployment(husband);
    // Both members, registered unemployed, in the one household.
    await community.getByRole('tab', { name: '家庭' }).click();
    const members = community.getByTestId('household-members');
    await row(members, wife.name, '登记失业').waitFor();
    await row(members, husband.name, '登记失业', '本人').waitFor();
  });

  step('2. difficulty identification: community applies, street and district approve, the record shows it in force', async () => {
    await community.goto(`${env.baseUrl}/people/${wife.personId}`);
    await community.getByRole('tab', { name: /^就业困难人员/ }).click();
    await community.getByRole('button', { name: '申请认定' }).click();
    const dialog = await dialogNamed(community, `就业困难人员认定申请：${wife.name}`);
    await choose(community, formItem(dialog, '困难人员类别'), '4050人员');
    await formField(dialog, '申请说明').fill('女，44岁，原单位解除劳动合同后失业，家庭无人就业。');
    const applied = posted(community, /\/difficulty$/);
    await community.getByTestId('difficulty-save').click();
    await applied;
    await row(community.getByTestId('difficulty-table'), '4050人员', '审核中').waitFor();
    await community.getByText('街道、区县审核中').waitFor();

    street = await signIn('street_rev');
    await approveFromTasks(street, `${wife.name}（就业困难人员认定）`, '街道初审', false);
    await shot(street, 'done-when-2-difficulty-street-approved');

    district = await signIn('district_rev');
    await approveFromTasks(district, `${wife.name}（就业困难人员认定）`, '区县终审', true);
    await district.getByTestId('wf-history').getByText('石狮埠街道').waitFor();

    await community.reload();
    await community.getByTestId('person-difficulty').filter({ hasText: '就业困难人员：4050人员' }).waitFor();
    await community.getByRole('tab', { name: /^就业困难人员/ }).click();
    await row(community.getByTestId('difficulty-table'), '4050人员', '认定有效', today).waitFor();
    await community.getByRole('tabpanel').getByRole('button', { name: /退出$/ }).waitFor();
    await shot(community, 'done-when-2-difficulty-active');
  });

  step('3. zero-employment family: community applies, street and district approve, the family is assisted with its deadline', async () => {
    await community.goto(`${env.baseUrl}/people/${wife.personId}?tab=household`);
    await community.getByRole('button', { name: '申请零就业家庭认定' }).click();
    const dialog = await dialogNamed(community, `申请零就业家庭认定（家庭户 ${householdNo}）`);
    const applied = posted(community, /\/zero-employment$/);
    await community.getByTestId('zero-family-save').click();
    await applied;
    await dialog.waitFor({ state: 'hidden' });
    await community.getByText('零就业家庭认定申请已提交').waitFor();

    // The item is labelled with the first member the server finds: either spouse.
    const subject = new RegExp(`(${wife.name}|${husband.name})家（零就业家庭认定）`);
    await approveFromTasks(street, subject, '街道初审', false);
    await approveFromTasks(district, subject, '区县终审', true);

    await community.getByRole('menuitem', { name: '援助台账' }).click();
    await community.getByRole('tab', { name: '零就业家庭' }).click();
    const family = row(community.getByTestId('zero-families-table'), wife.name, husband.name);
    await family.waitFor();
    const due = addCalendarDays(today, 20);
    for (const text of [COMMUNITY.name, '援助中', `期限 ${due}`, today]) await family.getByText(text).first().waitFor();
    assert.equal(await family.getByText('已就业').count(), 0);
    await shot(community, 'done-when-3-zero-family-active');

    // The difficulty identification in force starts the 10-working-day recommendation commitment.
    await community.getByRole('tab', { name: '推荐承诺' }).click();
    await row(community.getByTestId('commitments-table'), wife.name, '期限内').waitFor();
  });

  step('4. placement through assistance: a job recommendation, then employment; the family is cleared and a visit scheduled', async () => {
    await community.goto(`${env.baseUrl}/people/${wife.personId}`);
    await community.getByRole('tab', { name: /^就业服务/ }).click();
    await community.getByRole('button', { name: '记录服务' }).click();
    const serviceDialog = await dialogNamed(community, `记录就业服务：${wife.name}`);
    await choose(community, formItem(serviceDialog, '服务类型'), '职业介绍（岗位推荐）');
    await formField(serviceDialog, '服务内容').fill(`推荐${employerName}包装工岗位，月薪3200元，本人同意面试。`);
    const served = posted(community, /\/services$/);
    await community.getByTestId('service-save').click();
    await served;
    await row(community.getByTestId('services-table'), today, '职业介绍（岗位推荐）', '包装工').waitFor();

    await community.getByRole('button', { name: /就业登记$/ }).click();
    const dialog = await dialogNamed(community, `就业登记：${wife.name}`);
    await dialog.getByText('办理就业登记后，失业登记将自动注销').waitFor();
    await dialog.getByText('单位就业').waitFor(); // the form's default 就业形式
    // An employer not registered in the system: typed in, and taken as typed.
    const employer = formItem(dialog, '用人单位');
    await employer.getByRole('combobox').fill(employerName);
    await pickOption(community, `使用“${employerName}”（未在系统登记的单位）`);
    await employer.getByText(employerName, { exact: true }).waitFor();
    assert.equal(await formField(dialog, '就业日期').inputValue(), today);
    const employed = posted(community, /\/employment$/);
    await community.getByTestId('employment-save').click();
    await employed;
    await dialog.waitFor({ state: 'hidden' });
    await community.getByTestId('person-status').filter({ hasText: '单位就业' }).waitFor();
    await row(community.getByTestId('employment-table'), employerName, today, '有效').waitFor();

    await community.getByRole('tab', { name: /^失业登记/ }).click();
    await row(community.getByTestId('unemployment-table'), '已注销', '被用人单位录用').waitFor();

    await community.getByRole('tab', { name: /^就业服务/ }).click();
    const visit = row(community.getByTestId('follow-ups-table'), addCalendarDays(today, 30), '待回访');
    await visit.waitFor();
    await shot(community, 'done-when-4-placed-follow-up');

    // The zero-employment family's clock closed: the first member works, the family is cleared.
    await community.getByRole('menuitem', { name: '援助台账' }).click();
    await community.getByRole('tab', { name: '零就业家庭' }).click();
    const family = row(community.getByTestId('zero-families-table'), wife.name, husband.name);
    await family.getByText('已消除').waitFor();
    await family.getByText(`已就业 ${today}`).waitFor();
    assert.equal(await family.getByText('援助中').count(), 0);
    await shot(community, 'done-when-4-zero-family-cleared');

    await community.getByRole('tab', { name: '推荐承诺' }).click();
    await row(community.getByTestId('commitments-table'), wife.name, '已兑现', today).waitFor();
    await community.getByRole('tab', { name: '跟踪回访' }).click();
    await row(community.getByTestId('follow-ups-ledger'), wife.name, employerName, addCalendarDays(today, 30), '待回访').waitFor();
  });

  step('5. a district user narrows to the community and sees the placement in 人员查询 and in the ledgers (台账); the unemployed no longer hold her', async () => {
    const op = await signIn('district_op');
    await op.getByTestId('scope-picker').click();
    await op.getByTestId('scope-picker').locator('input').fill('风景路');
    const hit = op.getByTitle(new RegExp(`石狮埠街道 / ${COMMUNITY.name}$`));
    await hit.waitFor();
    await motionDone(op);
    await hit.click();
    await op.getByRole('menuitem', { name: '人员查询' }).click();
    await op.getByText(new RegExp(`当前范围.*${COMMUNITY.name}`)).waitFor(); // the list's scope tag

    const search = op.getByPlaceholder('身份证号、姓名或拼音首字母（如 zs）');
    /** Types into the search box, presses Enter, and waits for the list to answer that search. */
    const searchFor = async (text: string, labourStatus?: string) => {
      await search.fill(text);
      const listed = op.waitForResponse((r) => {
        const url = new URL(r.url());
        return url.pathname === '/api/registry/people' && url.searchParams.get('q') === text && (!labourStatus || url.searchParams.get('labourStatus') === labourStatus);
      });
      await search.press('Enter');
      assert.ok((await listed).ok());
    };
    await searchFor(wife.id);
    // Above the community, the list shows the ID number masked.
    await row(op, wife.name, maskCitizenId(wife.id), '单位就业', cardNumber).waitFor();
    await shot(op, 'done-when-5-district-people');

    // The registered unemployed of the community: the husband still, she no longer.
    await choose(op, op.getByTestId('person-status-filter'), '登记失业');
    await searchFor(husband.name, 'unemployed');
    await row(op, husband.name, '登记失业').waitFor();
    await searchFor(wife.name, 'unemployed');
    await op.getByRole('img', { name: '暂无数据' }).waitFor();
    assert.equal(await row(op, wife.name).count(), 0);
    await shot(op, 'done-when-5-district-unemployed');

    // The community ledgers (台账). Back at the district's own scope first: the page starts from the
    // header's 数据范围, and the user narrows it to the community on the page itself.
    await op.getByTestId('scope-picker').click();
    const district = op.locator('.ant-select-dropdown:visible').getByTitle('珠山区', { exact: true });
    await district.waitFor();
    await motionDone(op);
    await district.click();
    await op.getByText(new RegExp(`当前范围.*${COMMUNITY.name}`)).waitFor({ state: 'detached' });
    await op.getByRole('menuitem', { name: /(^|\s)台账$/ }).click(); // not 援助台账
    const unitPicker = op.getByTestId('ledger-unit');
    await unitPicker.getByTitle('珠山区', { exact: true }).waitFor();
    await unitPicker.click();
    await unitPicker.locator('input').fill('风景路');
    const ledgerHit = op.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`石狮埠街道 / ${COMMUNITY.name}$`));
    await ledgerHit.waitFor();
    await motionDone(op);
    /** Waits for a ledger's page (or export) of the community, filtered as given. */
    const ledgerAnswer = (path: string, labourStatus?: string) =>
      op.waitForResponse((r) => {
        const url = new URL(r.url());
        return url.pathname === path && url.searchParams.get('regionCode') === COMMUNITY.code && url.searchParams.get('labourStatus') === (labourStatus ?? null);
      });
    let listed = ledgerAnswer('/api/registry/ledgers/residents');
    await ledgerHit.click();
    assert.ok((await listed).ok());
    await op.waitForURL((url) => url.searchParams.get('unit') === COMMUNITY.code);

    // 居民就业台账, the employed only: she is there, placed with the employer today, her ID masked.
    listed = ledgerAnswer('/api/registry/ledgers/residents', 'employed');
    await choose(op, op.getByTestId('ledger-status-filter'), '单位就业');
    assert.ok((await listed).ok());
    const residents = op.getByTestId('residents-ledger');
    const placed = row(residents, COMMUNITY.name, wife.name, '女', maskCitizenId(wife.id), '单位就业', employerName, today);
    await placed.waitFor();
    assert.equal(await placed.getByRole('link', { name: wife.name }).getAttribute('href'), `/people/${wife.personId}`);
    // The export takes the same filters as the list.
    const exported = ledgerAnswer('/api/registry/ledgers/residents/export', 'employed');
    await op.getByRole('tabpanel').getByTestId('export-excel').click();
    assert.ok((await exported).ok());
    await shot(op, 'done-when-5-ledger-residents');

    // 失业人员台账: the husband is still followed up, she no longer.
    listed = ledgerAnswer('/api/registry/ledgers/unemployed');
    await op.getByRole('tab', { name: '失业人员台账' }).click();
    assert.ok((await listed).ok());
    await op.waitForURL((url) => url.searchParams.get('tab') === 'unemployed');
    const unemployed = op.getByTestId('unemployed-ledger');
    await row(unemployed, husband.name, '男', today, '被单位解除劳动合同').waitFor();
    assert.equal(await row(unemployed, wife.name).count(), 0);
    // The address holds the tab and the unit: reopened, it shows the same ledger.
    listed = ledgerAnswer('/api/registry/ledgers/unemployed');
    await op.reload();
    assert.ok((await listed).ok());
    await row(op.getByTestId('unemployed-ledger'), husband.name, '被单位解除劳动合同').waitFor();
    await op.getByTestId('ledger-unit').getByTitle(COMMUNITY.name, { exact: true }).waitFor();
    await shot(op, 'done-when-5-ledger-unemployed');
  });
});
