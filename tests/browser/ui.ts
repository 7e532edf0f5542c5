import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { SCREENSHOTS } from './browser-support.js';

/**
 * What a user does in the staff UI and the portal, written once for the browser flows: wait for
 * antd's animations, pick options, answer dialogs, approve from 我的待办, take screenshots.
 */

/**
 * Waits until no drawer, dialog, drop-down or pop-over is in its opening or closing animation: on a
 * busy machine a click aimed at an option still sliding in lands beside it and is lost.
 */
export async function motionDone(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const moving = ['appear', 'enter', 'leave'].map((m) => `:is(.ant-modal, .ant-drawer-content-wrapper, .ant-select-dropdown, .ant-popover)[class*="-${m}"]`).join(', ');
    return !document.querySelector(moving);
  });
}

/** A dialog by its title, once it has finished opening. */
export async function dialogNamed(page: Page, name: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await motionDone(page);
  return dialog;
}

/** A form item, found by the label the user reads. */
export function formItem(scope: Locator | Page, label: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator('.ant-form-item').filter({ has: page.locator('label').getByText(label, { exact: true }) });
}

/** Clicks the option of the open drop-down that reads `text`, once the drop-down stands still. */
export async function pickOption(page: Page, text: string | RegExp): Promise<void> {
  const option = page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first();
  await option.waitFor();
  await motionDone(page);
  await option.click();
}

/** Opens an antd select (a form item or the select itself), types to filter, picks the option and checks the select shows it. */
export async function choose(page: Page, field: Locator, option: string, typed?: string): Promise<void> {
  await motionDone(page);
  await field.getByRole('combobox').click();
  if (typed !== undefined) await field.getByRole('combobox').fill(typed);
  await pickOption(page, option);
  await field.getByTitle(option, { exact: true }).waitFor();
}

/** Waits for the answer to a request (method and path end) and returns its status. */
export function answered(page: Page, method: string, pathEnd: RegExp): Promise<number> {
  return page.waitForResponse((r) => r.request().method() === method && pathEnd.test(new URL(r.url()).pathname)).then((r) => r.status());
}

/** Waits until the POST to a path (matched by its end) has answered, and checks it succeeded. */
export async function posted(page: Page, pathEnd: RegExp): Promise<void> {
  const response = await page.waitForResponse((r) => r.request().method() === 'POST' && pathEnd.test(new URL(r.url()).pathname));
  assert.ok(response.ok(), `${response.url()} → ${response.status()}: ${await response.text()}`);
}

/** A full-page screenshot once the page is idle, the success toasts have gone and nothing moves. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.ant-message-notice').length === 0, null, { timeout: 10_000 }).catch(() => undefined);
  await motionDone(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** A table row (of the visible tables) holding all the given texts. */
export function row(scope: Page | Locator, ...texts: (string | RegExp)[]): Locator {
  let rows = scope.getByRole('row');
  for (const text of texts) rows = rows.filter({ hasText: text });
  return rows;
}

/** The reviewer finds the item in 我的待办 and approves it at their step. */
export async function approveFromTasks(page: Page, subject: RegExp | string, stepName: string, finalStep: boolean, opinion = '经核实，同意'): Promise<void> {
  await page.getByRole('menuitem', { name: '我的待办' }).click();
  const task = page.getByRole('row').filter({ hasText: subject });
  await task.first().waitFor();
  assert.equal(await task.count(), 1, `one task for ${String(subject)}`);
  await task.click();
  await page.getByTestId('wf-subject').filter({ hasText: subject }).waitFor();
  // 当前环节 names the step this reviewer acts at.
  await page.getByRole('cell', { name: new RegExp(`当前环节.*${stepName}`) }).waitFor();
  await page.getByRole('button', { name: '审核通过' }).click();
  const dialog = await dialogNamed(page, /^审核通过：/);
  await formItem(dialog, '审核意见').locator('textarea').fill(opinion);
  const decided = posted(page, /\/api\/workflow\/items\/\d+\/decide$/);
  await dialog.getByRole('button', { name: '审核通过' }).click();
  await decided;
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('wf-status').filter({ hasText: finalStep ? '已通过' : '审核中' }).waitFor();
  await page.getByRole('button', { name: '审核通过' }).waitFor({ state: 'detached' });
}

/** Types into a searchable select and picks the option that reads `text`. */
export async function typeAndPick(page: Page, item: Locator, typed: string, text: string | RegExp): Promise<void> {
  await motionDone(page);
  await item.getByRole('combobox').fill(typed);
  await pickOption(page, text);
}

/** Opens a cascader of a form item and clicks through the names of the path. */
export async function cascade(page: Page, item: Locator, names: string[]): Promise<void> {
  await motionDone(page);
  await item.locator('.ant-select, .ant-cascader').first().click();
  for (const [i, name] of names.entries()) {
    const option = page.locator('.ant-cascader-menu:visible').nth(i).locator('.ant-cascader-menu-item').filter({ hasText: name }).first();
    await option.waitFor();
    await option.click();
  }
  await motionDone(page);
}

/**
 * A signed-in API session for a flow's preparations that earlier flows already show in the
 * browser (e.g. a difficulty identification): logs in through /api/auth/login and sends the
 * session cookie and CSRF token like the UI does.
 */
export async function apiSession(baseUrl: string, username: string, password = 'Demo@2026') {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  assert.equal(login.status, 200, `login ${username}: ${await login.clone().text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body) };
}

/** Clicks a button that downloads through the API client and returns the browser's download. */
export async function downloadBy(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), button.click()]);
  assert.equal(await download.failure(), null, 'the download completes');
  return download;
}

/** Reads a downloaded .xlsx. */
export async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** What a posting needs beside its defaults (the demo employer's contact, 6 vacancies, a fair wage). */
export interface PostingFields {
  title: string;
  occupationCode: string;
  regionCode: string;
  description: string;
  requirements?: string;
  vacancies?: number;
  wageMin?: number;
  wageMax?: number;
}

/**
 * A posting of the demo employer (employer_demo), published through the API as the portal and the
 * district's review would: drafted, submitted, approved by district_rev. For flows that need a
 * posting of a kind the random demo data may lack (the market flow shows posting and review in the
 * browser). Returns the posting's id.
 */
export async function publishPosting(baseUrl: string, fields: PostingFields): Promise<number> {
  const poster = await apiSession(baseUrl, 'employer_demo');
  const draft = await poster.post<{ id: number }>('/api/market/postings', {
    vacancies: 6,
    wageMin: 3600,
    wageMax: 5200,
    contactName: '王经理',
    contactPhone: '0798-8221234',
    ...fields,
  });
  const submitted = await poster.post<{ workflowItemId: number }>(`/api/market/postings/${draft.id}/submit`);
  await (await apiSession(baseUrl, 'district_rev')).post(`/api/workflow/items/${submitted.workflowItemId}/decide`, { action: 'approve', reason: '岗位信息真实，同意发布' });
  return draft.id;
}
