import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../server/app.js';
import { SettableClock } from '../../server/platform/clock.js';
import { openDatabase, type Database } from '../../server/platform/db/database.js';
import type { AppDeps } from '../../server/platform/context.js';
import type { Config } from '../../server/config.js';
import { clonePostgresTemplate, copyEmbeddedTemplate, TEST_EPOCH, testConfig } from './template.js';

/** Which database this API test run uses: set by scripts/test.mjs. */
export const TEST_DB = process.env.TEST_DB === 'postgres' ? 'postgres' : 'embedded';

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  clock: SettableClock;
  db: Database['db'];
  /** Logs in and returns a client that sends the session cookie and CSRF header. */
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

export interface Client {
  username: string;
  userId: number;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  raw(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export const DEMO_PASSWORD = 'Demo@2026';

/**
 * A fresh app on a fresh copy of the seeded test template (embedded or PostgreSQL), with a
 * settable clock. Each test file makes its own; nothing is shared between files.
 */
export async function createTestApp(configOverrides: Partial<Config> = {}): Promise<TestApp> {
  let cleanup: () => Promise<void> | void;
  let config: Config;
  if (TEST_DB === 'postgres') {
    const base = process.env.TEST_DATABASE_URL;
    const template = process.env.TEST_PG_TEMPLATE;
    if (!base || !template) throw new Error('TEST_DATABASE_URL and TEST_PG_TEMPLATE must be set for TEST_DB=postgres');
    const clone = await clonePostgresTemplate(base, template);
    cleanup = clone.cleanup;
    config = testConfig({ kind: 'postgres', url: clone.url }, configOverrides);
  } else {
    const template = process.env.TEST_TEMPLATE_DIR;
    if (!template) throw new Error('TEST_TEMPLATE_DIR must be set: run the tests through npm test');
    const copy = copyEmbeddedTemplate(template);
    cleanup = copy.cleanup;
    config = testConfig({ kind: 'embedded', dataDir: copy.dataDir }, configOverrides);
  }
  const database = await openDatabase(config.database);
  const clock = new SettableClock(TEST_EPOCH);
  const deps: AppDeps = { db: database.db, dbKind: database.kind, clock, config };
  const app = await buildApp(deps, { serveWeb: false });
  await app.ready();

  const client = (cookie: string | undefined, csrf: string | undefined, username: string, userId: number): Client => {
    const send = (method: InjectOptions['method'], url: string, body?: unknown) =>
      app.inject({
        method,
        url,
        headers: { ...(cookie && { cookie }), ...(csrf && { 'x-csrf-token': csrf }) },
        ...(body !== undefined && { payload: body as InjectOptions['payload'] }),
      });
    return {
      username,
      userId,
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      delete: (url) => send('DELETE', url),
      raw: (options) => app.inject({ ...options, headers: { ...(cookie && { cookie }), ...(csrf && { 'x-csrf-token': csrf }), ...options.headers } }),
    };
  };

  return {
    app,
    deps,
    clock,
    db: database.db,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const session = res.cookies.find((c) => c.name === 'jy_session');
      const me = res.json() as { csrfToken: string; user: { id: number } };
      return client(`jy_session=${session?.value}`, me.csrfToken, username, me.user.id);
    },
    anonymous: () => client(undefined, undefined, '(anonymous)', 0),
    async close() {
      await app.close();
      await database.close();
      await cleanup();
    },
  };
}
