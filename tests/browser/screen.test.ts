import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { chinaDate } from '../../server/platform/clock.js';
import { loginThroughForm, SCREENSHOTS, startBrowserEnv, type BrowserEnv } from './browser-support.js';

/**
 * Issue 4 part 8 and information publishing: the market-hall LED screen cycles through the demo
 * city's valid postings and keeps its last page when the API fails; the touch-screen kiosk filters
 * by an occupation major group, opens a posting with the 记下联系方式 panel and returns to the start
 * when nobody touches it; staff write, preview and publish a portal page that the public API serves.
 */
describe('browser: market-hall screen, touch-screen kiosk and information publishing', () => {
  let env: BrowserEnv;
  const pages: Page[] = [];

  before(async () => {
    env = await startBrowserEnv();
  });
  after(() => env.close());

  async function open(width: number, height: number): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    pages.push(page);
    return page;
  }

  /** Runs a step; when it fails, every open page is kept as a screenshot to see why. */
  function step(name: string, body: () => Promise<void>) {
    test(name, async () => {
      try {
        await body();
      } catch (error) {
        const at = name.split('.')[0];
        for (const [i, page] of pages.entries()) await page.screenshot({ path: `${SCREENSHOTS}/screen-failed-${at}-${i}.png` }).catch(() => undefined);
        throw error;
      }
    });
  }

  /** Titles of the postings valid today (what the public search may show). */
  async function validTitles(): Promise<Set<string>> {
    const today = chinaDate(new Date());
    const rows = await env.database.db
      .selectFrom('job_posting')
      .select('title')
      .where('status', '=', 'published')
      .where('valid_from', '<=', today)
      .where('valid_to', '>=', today)
      .execute();
    return new Set(rows.map((r) => r.title));
  }

  step('1. the LED screen shows valid postings of the demo city in large type and turns the page; an API failure keeps the page and shows 离线', async () => {
    const page = await open(1920, 1080);
    await page.goto(`${env.baseUrl}/screen?interval=3&rows=6&refresh=5`);
    await page.getByTestId('screen-row').first().waitFor();
    await page.getByTestId('screen-title').filter({ hasText: '人力资源市场' }).waitFor();
    const indicator = page.getByTestId('screen-page-indicator');
    assert.match((await indicator.textContent()) ?? '', /^第 1 \/ \d+ 页$/);
    const totalPages = Number(/\/ (\d+)/.exec((await indicator.textContent()) ?? '')?.[1]);
    assert.ok(totalPages >= 2, `the demo city has more than one page of postings (${totalPages})`);

    const rows = page.getByTestId('screen-row');
    assert.equal(await rows.count(), 6);
    const valid = await validTitles();
    const firstTitles = await page.locator('[data-testid=screen-row] .hall-job').allTextContents();
    assert.ok(firstTitles.every((t) => valid.has(t)), `only valid postings: ${firstTitles.join('，')}`);
    // Readable from afar: posting rows in type of at least 36 px on a 1080p screen.
    const fontSize = await rows.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontSize >= 36, `row type ${fontSize}px`);
    const bg = await page.getByTestId('screen-root').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, 'rgb(4, 7, 15)', 'dark background');
    await page.screenshot({ path: `${SCREENSHOTS}/screen-led-page1.png` });

    await page.getByTestId('screen-page-indicator').filter({ hasText: /^第 2 \// }).waitFor({ timeout: 8_000 });
    const secondTitles = await page.locator('[data-testid=screen-row] .hall-job').allTextContents();
    const firstEmployers = firstTitles.join('|');
    assert.notEqual(secondTitles.join('|'), firstEmployers, 'the second page shows other postings');
    await page.screenshot({ path: `${SCREENSHOTS}/screen-led-page2.png` });

    // The API goes away: the next reload fails, the screen keeps its rows and marks itself offline.
    await page.route('**/api/public/postings**', (route) => route.abort());
    await page.getByTestId('screen-offline').waitFor({ timeout: 12_000 });
    assert.ok((await rows.count()) > 0, 'the last data stays on screen');
    await page.screenshot({ path: `${SCREENSHOTS}/screen-led-offline.png` });
    await page.unroute('**/api/public/postings**');
    await page.getByTestId('screen-offline').waitFor({ state: 'detached', timeout: 12_000 });
  });

  step('2. the touch screen filters by an occupation major group, opens a posting with the 记下联系方式 panel, and returns to the start when idle', async () => {
    const page = await open(1080, 1920);
    await page.goto(`${env.baseUrl}/screen/touch?idle=12`);
    const group = page.getByTestId('touch-group-6');
    await group.waitFor();
    await page.getByTestId('touch-district-360203').waitFor();
    await group.filter({ hasText: /\d+ 个岗位/ }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/screen-touch-start-portrait.png` });

    await group.click();
    const cards = page.getByTestId('touch-card');
    await cards.first().waitFor();
    await page.getByTestId('touch-chip-occupation').filter({ hasText: '生产制造' }).waitFor();
    const codes = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-occupation') ?? ''));
    assert.ok(codes.length > 0 && codes.every((c) => c.startsWith('6')), `major group 6 only: ${codes.join(',')}`);
    await page.screenshot({ path: `${SCREENSHOTS}/screen-touch-results.png` });

    const title = (await cards.first().locator('.kiosk-card-title').textContent()) ?? '';
    await cards.first().click();
    await page.getByTestId('touch-detail').waitFor();
    assert.equal(await page.getByTestId('touch-detail-title').textContent(), title);
    const note = page.getByTestId('touch-note');
    await note.getByText('岗位编号', { exact: true }).waitFor();
    await note.getByText('联系电话', { exact: true }).waitFor();
    assert.match((await note.textContent()) ?? '', /\*{4}/, 'the phone number is masked on a public kiosk');
    await page.screenshot({ path: `${SCREENSHOTS}/screen-touch-detail.png` });

    // Nobody touches it: back to the start page after the idle time.
    await page.getByTestId('touch-group-6').waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId('touch-detail').count(), 0);
  });

  step('3. the touch screen searches by keyword in landscape (1366×768)', async () => {
    const page = await open(1366, 768);
    await page.goto(`${env.baseUrl}/screen/touch`);
    await page.getByTestId('touch-group-2').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/screen-touch-start-landscape.png` });
    // A two-character word of a valid posting's title (电工 when the demo data has one).
    const valid = [...(await validTitles())];
    const word = ['电工', '会计', '厨师', '司机'].find((w) => valid.some((t) => t.includes(w))) ?? valid[0].slice(0, 2);
    await page.getByTestId('touch-keyword').fill(word);
    await page.getByTestId('touch-search').click();
    await page.getByTestId('touch-chip-q').filter({ hasText: word }).waitFor();
    await page.getByTestId('touch-card').first().waitFor();
    const titles = await page.locator('[data-testid=touch-card] .kiosk-card-title').allTextContents();
    assert.ok(titles.some((t) => t.includes(word)), `${word}: ${titles.join('，')}`);
    await page.screenshot({ path: `${SCREENSHOTS}/screen-touch-keyword.png` });
  });

  step('4. staff write a notice with HTML in it, preview it, publish it; the portal API serves it as written', async () => {
    const page = await open(1400, 900);
    await loginThroughForm(page, env.baseUrl, 'district_op');
    await page.getByTestId('menu-articles').click();
    await page.getByTestId('articles-table').locator('.ant-table-row').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/articles-list.png` });
    await page.getByTestId('article-create').click();
    const title = `招聘会通知${Date.now().toString(36).slice(-4)}`;
    await page.getByTestId('article-title').fill(title);
    await page.getByTestId('article-body').fill('本周三上午举办现场招聘会。\n\n<b>请携带身份证</b>，<script>alert(1)</script>免费入场。');
    await page.getByTestId('article-preview-tab').click();
    const preview = page.getByTestId('article-preview');
    await preview.getByText('<b>请携带身份证</b>', { exact: false }).waitFor();
    assert.equal(await preview.locator('b, script').count(), 0, 'HTML is shown as text, never rendered');
    await page.screenshot({ path: `${SCREENSHOTS}/articles-preview.png` });
    await page.getByTestId('article-save-publish').click();
    await page.getByTestId('articles-table').getByText(title).waitFor();
    const row = page.getByTestId('articles-table').locator('.ant-table-row').filter({ hasText: title });
    await row.getByTestId('article-status').filter({ hasText: '已发布' }).waitFor();

    const list = await (await fetch(`${env.baseUrl}/api/public/articles?region=360203`)).json() as { items: { id: number; title: string }[] };
    const card = list.items.find((a) => a.title === title);
    assert.ok(card, 'published on the portal');
    const full = await (await fetch(`${env.baseUrl}/api/public/articles/${card.id}`)).json() as { body: string };
    assert.match(full.body, /<script>alert\(1\)<\/script>/);
  });
});
