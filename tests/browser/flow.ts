import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { loginThroughForm, SCREENSHOTS, type BrowserEnv } from './browser-support.js';

/**
 * The users of a browser flow, each in a browser context of their own, and its numbered steps:
 * when a step fails, every user's page is kept as a screenshot (`<prefix>-<step>-<user>.png`).
 * `env` is read when a user signs in (the environment starts in the suite's `before`).
 */
export function userFlow(env: () => BrowserEnv, prefix: string, timeout = 15_000) {
  const opened = new Map<string, Page>();

  /** A visitor without an account: a fresh browser context. */
  async function visitor(name: string): Promise<Page> {
    const page = await env().newPage();
    page.setDefaultTimeout(timeout);
    // A page that crashes shows nothing: say why in the test's output.
    page.on('pageerror', (error) => console.error(`[${name}] page error: ${error.message}`));
    opened.set(name, page);
    return page;
  }

  /** A user of their own, logged in through the form. */
  async function signIn(username: string, password?: string): Promise<Page> {
    const page = await visitor(username);
    await loginThroughForm(page, env().baseUrl, username, password);
    return page;
  }

  /** Runs a step; when it fails, every user's page is kept as a screenshot to see why. */
  function step(name: string, body: () => Promise<void>): void {
    test(name, async () => {
      try {
        await body();
      } catch (error) {
        const at = name.split('.')[0];
        for (const [user, page] of opened) await page.screenshot({ path: `${SCREENSHOTS}/${prefix}-${at}-${user}.png`, fullPage: true }).catch(() => undefined);
        throw error;
      }
    });
  }

  return { opened, visitor, signIn, step };
}
