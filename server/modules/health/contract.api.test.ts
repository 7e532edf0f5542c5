import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { createTestApp, TEST_DB, type TestApp } from '../../../tests/support/test-app.js';
import { installErrorHandler } from '../../platform/http/error-handler.js';
import { AppError } from '../../platform/errors.js';
import { MODULES } from '../index.js';

interface OpenApiOperation {
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

describe('HTTP contract', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('health answers exactly status, database kind and version, without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.statusCode, 200);
    const body = res.json() as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['database', 'status', 'version']);
    assert.equal(body.status, 'ok');
    assert.equal(body.database, process.env.TEST_DB === 'postgres' ? 'postgres' : 'embedded');
    assert.equal(body.database, TEST_DB);
    assert.equal(typeof body.version, 'string');
    assert.ok((body.version as string).length > 0);
  });

  test('the OpenAPI document is version 3; every operation has one module tag and a 200 schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json() as OpenApiDoc;
    assert.match(doc.openapi, /^3\./);
    assert.equal(doc.info.title, '就业服务信息系统 API');
    const moduleNames = new Set(MODULES.map((m) => m.name));
    const problems: string[] = [];
    let operations = 0;
    const tagsSeen = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!METHODS.has(method)) continue;
        operations += 1;
        const name = `${method.toUpperCase()} ${path}`;
        if (op.tags?.length !== 1) problems.push(`${name}: tags ${JSON.stringify(op.tags)}`);
        else if (!moduleNames.has(op.tags[0])) problems.push(`${name}: tag ${op.tags[0]} is no module`);
        else tagsSeen.add(op.tags[0]);
        if (path.endsWith('/export')) continue;
        const schema = op.responses?.['200']?.content?.['application/json']?.schema;
        if (!schema) problems.push(`${name}: no 200 response schema`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(operations >= 40, `all routes documented (${operations})`);
    assert.deepEqual([...tagsSeen].sort(), [...moduleNames].sort(), 'every module has documented routes');
    for (const path of ['/api/health', '/api/users', '/api/audit', '/api/codes/entries', '/api/calendar/deadline', '/api/employers']) {
      assert.ok(doc.paths[path], `${path} documented`);
    }
  });

  test('the API docs page serves HTML', async () => {
    let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 3; hops += 1) {
      const location = String(res.headers.location);
      res = await t.app.inject({ method: 'GET', url: new URL(location, 'http://localhost/api/docs').pathname });
    }
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html/i);
  });

  test('an unknown /api route is a 404 JSON not_found', async () => {
    for (const [method, url] of [
      ['GET', '/api/no-such-thing'],
      ['POST', '/api/no-such-thing'],
      ['GET', '/api/users/1/nothing'],
    ] as const) {
      const res = await t.app.inject({ method, url });
      assert.equal(res.statusCode, 404, `${method} ${url}`);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(res.json().code, 'not_found');
      assert.equal(typeof res.json().message, 'string');
    }
  });

  test('a malformed JSON body is a 400 without parser details', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), { code: 'bad_request', message: '请求不正确' });
  });

  describe('the error handler', () => {
    const tiny = async () => {
      const app = Fastify({ logger: false });
      installErrorHandler(app);
      app.get('/boom', async () => {
        throw new Error('secret stack detail');
      });
      app.get('/db', async () => {
        throw Object.assign(new Error('relation "secret_table" does not exist'), { code: '42P01', detail: 'secret detail' });
      });
      app.get('/app', async () => {
        throw new AppError('conflict', '记录已被他人修改');
      });
      await app.ready();
      return app;
    };

    test('a 500 never leaks internals', async () => {
      const app = await tiny();
      try {
        for (const url of ['/boom', '/db']) {
          const res = await app.inject({ method: 'GET', url });
          assert.equal(res.statusCode, 500, url);
          assert.deepEqual(res.json(), { code: 'internal', message: '系统内部错误，请稍后重试' });
          assert.ok(!res.body.includes('secret'), url);
          assert.ok(!res.body.includes('stack'), url);
        }
      } finally {
        await app.close();
      }
    });

    test('an AppError keeps its code and maps to its status', async () => {
      const app = await tiny();
      try {
        const res = await app.inject({ method: 'GET', url: '/app' });
        assert.equal(res.statusCode, 409);
        assert.deepEqual(res.json(), { code: 'conflict', message: '记录已被他人修改' });
      } finally {
        await app.close();
      }
    });
  });
});
