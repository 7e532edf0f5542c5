import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Selectable } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import type { PostingSearchTable } from '../../platform/db/schema.js';
import { postingSearchVector } from './text-search.js';
import { publicSearchCache } from './search-cache.js';
import { clusterSearchTable, pruneSearchTable } from './search-index.js';
import { startSearchUpkeep } from './search-upkeep.js';

const COMMUNITY = '360203001002'; // 珠山区 石狮埠街道 风景路社区
const OTHER_DISTRICT = '360202001001'; // 昌江区 西郊街道 森林居委会
const TODAY = '2026-11-20'; // the test clock's China date

/** A row of posting_search as the tests read it (tsvector and dates as text). */
type Row = Omit<Selectable<PostingSearchTable>, 'published_at'> & { published_at: string | null };

/**
 * posting_search (migration posting_search_table) is kept by a trigger, not by the application, so
 * these tests check it against job_posting itself after writes of every kind: the review, pause and
 * resume, edits of the text and of the filtered columns, fill, a direct insert, delete, the seed's
 * fill, and the prune of expired postings.
 */
describe('market: the posting search table follows job_posting', () => {
  let t: TestApp;
  let anon: Client;

  /** What the table should hold: every published posting with a vector, computed from job_posting. */
  const expected = async (fromDay = '0001-01-01') =>
    (
      await sql<Row>`
        SELECT id, (search_vector || posting_search_terms(region_code, occupation_code, valid_from, valid_to))::text AS terms, region_code, occupation_code,
               industry_code, employer_id, wage_max, education, work_type, valid_from::text, valid_to::text, published_at::text
        FROM job_posting WHERE status = 'published' AND search_vector IS NOT NULL AND valid_to >= ${fromDay}::date ORDER BY id`.execute(t.db)
    ).rows;
  const actual = async () =>
    (
      await sql<Row>`
        SELECT id, terms::text, region_code, occupation_code, industry_code, employer_id, wage_max, education, work_type, valid_from::text, valid_to::text,
               published_at::text
        FROM posting_search ORDER BY id`.execute(t.db)
    ).rows;
  /**
   * The table against job_posting: every row equals its posting's expected row, and every published
   * posting valid on `today` has one. Expired postings may stay until the prune (the seed writes
   * only the valid ones; the trigger writes whatever it is given).
   */
  const assertInStep = async (today = TODAY) => {
    const rows = await actual();
    const all = new Map((await expected()).map((r) => [r.id, r]));
    for (const r of rows) assert.deepEqual(r, all.get(r.id), `row ${r.id}`);
    const present = new Set(rows.map((r) => r.id));
    const missing = (await expected(today)).filter((r) => !present.has(r.id));
    assert.deepEqual(missing, [], 'every valid published posting is searchable');
    return rows;
  };
  const found = async (q: string): Promise<number[]> => {
    publicSearchCache(t.deps).clear();
    const res = await anon.get(`/api/public/postings?${q}`);
    assert.equal(res.statusCode, 200, res.body);
    return (res.json() as { items: { id: number }[] }).items.map((c) => c.id);
  };
  const insertPublished = async (text: { title: string; description: string }, employerId: number, validTo: string) =>
    (
      await t.db
        .insertInto('job_posting')
        .values({
          ...text, employer_id: employerId, region_code: COMMUNITY, occupation_code: '6-09', industry_code: '30', vacancies: 1, wage_min: 3000, wage_max: 4500,
          education: null, requirements: null, search_vector: postingSearchVector(text), contact_name: '李经理', contact_phone: '13812341234',
          valid_from: '2026-10-10', valid_to: validTo, status: 'published', prereview_findings: '[]', published_at: new Date('2026-10-10T02:00:00Z'),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  before(async () => {
    t = await createTestApp();
    anon = t.anonymous();
  });
  after(() => t.close());

  test('after the seed it holds exactly the valid published postings', async () => {
    const rows = await assertInStep();
    assert.ok(rows.length > 0);
    assert.equal(rows.length, (await expected(TODAY)).length, 'the seed writes no expired posting to it');
  });

  test('review, pause, resume, edits, fill and delete are all reflected, and the search sees them', async () => {
    const employer = await t.login('employer_demo');
    const created = await employer.post('/api/market/postings', {
      title: '匣钵装窑工', occupationCode: '6-09', vacancies: 2, wageMin: 4000, wageMax: 5600, regionCode: '360203001',
      description: '负责匣钵装窑与出窑，按工艺要求码放坯件。', contactName: '王经理', contactPhone: '0798-8221234',
    });
    assert.equal(created.statusCode, 200, created.body);
    const id = created.json().id as number;
    const inTable = async () => (await t.db.selectFrom('posting_search').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    assert.equal(await inTable(), false, 'a draft is not searchable');
    const submitted = (await employer.post(`/api/market/postings/${id}/submit`)).json();
    assert.equal(await inTable(), false, 'nor one under review');
    const reviewer = await t.login('district_rev');
    assert.equal((await reviewer.post(`/api/workflow/items/${submitted.workflowItemId}/decide`, { action: 'approve' })).statusCode, 200);
    assert.equal(await inTable(), true);
    assert.deepEqual(await found(`q=${encodeURIComponent('匣钵')}`), [id]);

    assert.equal((await employer.post(`/api/market/postings/${id}/pause`)).statusCode, 200);
    assert.equal(await inTable(), false);
    assert.equal((await employer.post(`/api/market/postings/${id}/resume`)).statusCode, 200);
    assert.equal(await inTable(), true);

    // Text, region, occupation and wage changed in one write: the old word and region no longer find it.
    const edit = { title: '窑炉看火工', description: '负责隧道窑看火与温度曲线记录。' };
    await t.db
      .updateTable('job_posting')
      .set({ ...edit, search_vector: postingSearchVector(edit), region_code: OTHER_DISTRICT, occupation_code: '6-31', wage_max: 7000 })
      .where('id', '=', id)
      .execute();
    assert.deepEqual(await found(`q=${encodeURIComponent('匣钵')}`), []);
    assert.deepEqual(await found(`q=${encodeURIComponent('看火')}&region=${OTHER_DISTRICT.slice(0, 6)}&occupation=6&wageMin=6500`), [id]);
    assert.deepEqual(await found(`q=${encodeURIComponent('看火')}&region=360203`), []);
    await assertInStep();

    assert.equal((await employer.post(`/api/market/postings/${id}/fill`)).statusCode, 200);
    assert.equal(await inTable(), false, 'a filled posting leaves the search');
    assert.deepEqual(await found(`q=${encodeURIComponent('看火')}`), []);

    // Inserted as published in one statement (as imports do), then deleted: the row follows both.
    const direct = await insertPublished({ title: '陶瓷修坯工', description: '负责修坯与补水，保证坯体尺寸。' }, created.json().employerId as number, '2026-12-10');
    assert.deepEqual(await found(`q=${encodeURIComponent('修坯')}&region=${COMMUNITY}`), [direct]);
    await t.db.deleteFrom('job_posting').where('id', '=', direct).execute();
    assert.equal((await actual()).some((r) => r.id === direct), false);
    await assertInStep();
  });

  test('the prune deletes only postings whose validity ended; a renewed one comes back', async () => {
    const employer = await t.db.selectFrom('employer').select('id').where('status', '=', 'verified').orderBy('id').executeTakeFirstOrThrow();
    const ended = await insertPublished({ title: '注浆成型工', description: '负责注浆成型。' }, employer.id, '2026-11-19');
    const lastDay = await insertPublished({ title: '注浆成型工', description: '负责注浆成型。' }, employer.id, TODAY);
    const endedBefore = (await actual()).filter((r) => r.valid_to < TODAY).map((r) => r.id);
    assert.ok(endedBefore.includes(ended) && !endedBefore.includes(lastDay));
    // The server's upkeep prunes at start-up (by the application's clock).
    const logged: string[] = [];
    const upkeep = startSearchUpkeep(t.deps, (message, error) => logged.push(error ? `${message}: ${String(error)}` : message));
    await upkeep.ready;
    upkeep.stop();
    assert.deepEqual(logged, [`posting search: ${endedBefore.length} expired postings pruned`]);
    const rows = await assertInStep();
    assert.ok(rows.every((r) => r.valid_to >= TODAY), 'nothing expired is left');
    assert.ok(rows.some((r) => r.id === lastDay), 'a posting on its last day stays');
    assert.equal(await pruneSearchTable(t.db, TODAY), 0);

    // Renewing the expired posting (as the renew action does) writes its row again.
    await t.db.updateTable('job_posting').set({ valid_to: '2026-12-31' }).where('id', '=', ended).execute();
    assert.ok((await assertInStep()).some((r) => r.id === ended));
  });

  test('the nightly rewrite puts the rows in occupation order and changes nothing else', async () => {
    const physical = async () => (await sql<{ id: number; occupation_code: string }>`SELECT id, occupation_code FROM posting_search ORDER BY ctid`.execute(t.db)).rows;
    const ordered = (rows: { id: number; occupation_code: string }[]) =>
      [...rows].sort((a, b) => (a.occupation_code < b.occupation_code ? -1 : a.occupation_code > b.occupation_code ? 1 : a.id - b.id));
    const before = await physical();
    assert.notDeepEqual(before, ordered(before), 'the writes of the tests above broke the order');
    const words = `q=${encodeURIComponent('陶瓷')}&limit=50`;
    const found = await anon.get(`/api/public/postings?${words}`);
    await clusterSearchTable(t.db);
    const after = await physical();
    assert.deepEqual(after, ordered(before));
    await assertInStep();
    publicSearchCache(t.deps).clear();
    assert.deepEqual((await anon.get(`/api/public/postings?${words}`)).json(), found.json());
  });
});
