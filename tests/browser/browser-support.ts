import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { systemClock } from '../../server/platform/clock.js';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import { clonePostgresTemplate, copyEmbeddedTemplate, testConfig } from '../support/template.js';
import type { Config } from '../../server/config.js';

export const SCREENSHOTS = 'test-results/screenshots';

export interface BrowserEnv {
  baseUrl: string;
  browser: Browser;
  database: Database;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Which database the browser flows run on: PostgreSQL when TEST_DB=postgres (the done-when flows run on both). */
export const BROWSER_DB = process.env.TEST_DB === 'postgres' ? 'postgres' : 'embedded';

/** A private copy of the seeded test template: a PGlite directory, or a PostgreSQL database cloned from the template. */
async function templateCopy(): Promise<{ config: Config; cleanup(): Promise<void> | void }> {
  if (BROWSER_DB === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    const template = process.env.TEST_PG_TEMPLATE;
    if (!base || !template) throw new Error('TEST_DATABASE_URL and TEST_PG_TEMPLATE must be set for TEST_DB=postgres');
    const clone = await clonePostgresTemplate(base, template);
    return { config: testConfig({ kind: 'postgres', url: clone.url }), cleanup: clone.cleanup };
  }
  const template = process.env.TEST_TEMPLATE_DIR;
  if (!template) throw new Error('TEST_TEMPLATE_DIR must be set: run through npm test');
  const copy = copyEmbeddedTemplate(template);
  return { config: testConfig({ kind: 'embedded', dataDir: copy.dataDir }), cleanup: copy.cleanup };
}

/** Serves the built UI and the API on a random port over a copy of the test template, and opens Chromium. */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  const copy = await templateCopy();
  const config = copy.config;
  const database = await openDatabase(config.database);
  // The real clock: the browser's date pickers default to the real today, and the server must agree.
  const app: FastifyInstance = await buildApp({ db: database.db, dbKind: database.kind, clock: systemClock, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Playwright gives each launch a fresh profile directory of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    database,
    newPage: async () => (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage(),
    async close() {
      await browser.close();
      await app.close();
      await database.close();
      await copy.cleanup();
    },
  };
}

/** Logs in through the login form and waits for the staff shell. */
export async function loginThroughForm(page: Page, baseUrl: string, username: string, password = 'Demo@2026'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor({ timeout: 15_000 });
}
