import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { seekerPool, seekerPools } from './match-repository.js';
import { freeResidents, freshCitizenId } from './seeker-test-support.js';

const COMMUNITY = '360203001002';
const STREET = '360203001';

interface Ranked {
  score: number;
  reasons: { factor: string; points: number; max: number; text: string }[];
}
type Rec = Ranked & { posting: { id: number } };
type Cand = Ranked & { seeker: { id: number; difficulty?: boolean } & Record<string, unknown>; priority: boolean };

/** What an employer must never get about a candidate (DOMAIN.md §3): protected attributes and registry links. */
const STAFF_ONLY = ['personId', 'sex', 'age', 'categories', 'citizenIdMasked', 'difficulty', 'regionCode'];

const matchless = (r: Ranked) => r.reasons.reduce((sum, x) => sum + x.points, 0);

describe('market: person-job matching (人岗匹配)', () => {
  let t: TestApp;
  let staff: Client;
  let district: Client;
  const posting: Record<'near' | 'far' | 'sibling' | 'expired' | 'paused', number> = { near: 0, far: 0, sibling: 0, expired: 0, paused: 0 };
  const seeker: Record<'plain' | 'priority' | 'private' | 'lowPriority', number> = { plain: 0, priority: 0, private: 0, lowPriority: 0 };

  before(async () => {
    t = await createTestApp();
    staff = await t.login('community_op');
    district = await t.login('district_op');
    const employer = await t.db.selectFrom('app_user').select('employer_id').where('username', '=', 'employer_demo').executeTakeFirstOrThrow();
    const otherStreet = await t.db.selectFrom('org_unit').select('code').where('code', 'like', '360202%').where('level', '=', 4).orderBy('code').executeTakeFirstOrThrow();
    const add = async (occupation: string, region: string, extra: { status?: 'published' | 'paused'; validTo?: string; wageMax?: number } = {}) => {
      const row = await t.db
        .insertInto('job_posting')
        .values({
          employer_id: employer.employer_id as number,
          region_code: region,
          title: '陶瓷文创设计师',
          occupation_code: occupation,
          vacancies: 2,
          wage_min: 5000,
          wage_max: extra.wageMax ?? 7000,
          description: '负责陶瓷文创产品的造型与彩绘设计，参与新品开发。',
          requirements: '熟悉陶瓷彩绘工艺。',
          contact_name: '李女士',
          contact_phone: '0798-8220000',
          valid_from: '2026-11-01',
          valid_to: extra.validTo ?? '2026-12-31',
          status: extra.status ?? 'published',
          prereview_outcome: 'pass',
          prereview_findings: '[]',
          published_at: new Date('2026-11-01T02:00:00Z'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    };
    posting.near = await add('2-09', COMMUNITY);
    posting.far = await add('2-09', otherStreet.code);
    posting.sibling = await add('2-10', STREET);
    posting.expired = await add('2-09', COMMUNITY, { validTo: '2026-11-19' });
    posting.paused = await add('2-09', COMMUNITY, { status: 'paused' });

    const people = await freeResidents(t, COMMUNITY, 4);
    const register = async (citizenId: string, consentShare: boolean, extra: Record<string, unknown> = {}) => {
      const res = await staff.post('/api/market/seekers', { citizenId, desiredOccupations: ['2-09'], wageExpected: 5000, skills: '陶瓷彩绘', consentShare, ...extra });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().id as number;
    };
    // Health and household type (残疾人, 农民工) are protected: staff see them, an employer never does.
    seeker.plain = await register(people[0].citizen_id, true, { categories: ['disabled', 'migrant_worker'] });
    seeker.priority = await register(people[1].citizen_id, true);
    seeker.private = await register(people[2].citizen_id, false);
    // Matches, but asks far more than the posting pays and names no skill: ranked below the others.
    seeker.lowPriority = await register(people[3].citizen_id, true, { wageExpected: 20000, skills: null });
    for (const person of [people[1], people[3]]) {
      await t.db
        .insertInto('difficulty_identification')
        .values({ person_id: person.id, region_code: COMMUNITY, category: 'long_unemployed', status: 'active', applied_on: '2026-10-01', started_on: '2026-10-20' })
        .execute();
    }
  });
  after(() => t.close());

  test('recommendations: valid postings only, ranked by the explained score (occupation, then distance)', async () => {
    const res = await staff.get(`/api/market/seekers/${seeker.plain}/recommendations?limit=20`);
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as Rec[];
    const scores = items.map((i) => i.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'best first');
    const mine = items.map((i) => i.posting.id).filter((id) => Object.values(posting).includes(id));
    assert.deepEqual(mine, [posting.near, posting.far, posting.sibling], 'same occupation nearby, same occupation in another district, same major group');
    const near = items.find((i) => i.posting.id === posting.near) as Rec;
    assert.deepEqual(near.reasons.map((r) => r.factor), ['occupation', 'region', 'wage', 'education', 'skills', 'validity']);
    assert.equal(near.score, near.reasons.reduce((s, r) => s + r.points, 0));
    assert.match(near.reasons[1].text, /所在社区/);
    assert.match(near.reasons[4].text, /彩绘/);
    assert.match((items.find((i) => i.posting.id === posting.sibling) as Rec).reasons[0].text, /同一大类/);

    const other = await t.login('other_rev');
    assert.equal((await other.get(`/api/market/seekers/${seeker.plain}/recommendations`)).statusCode, 404);
  });

  test('candidates: priority (employment difficulty) listed first for staff with the same score as an identical seeker', async () => {
    const res = await district.get(`/api/market/postings/${posting.near}/candidates?limit=50`);
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as Cand[];
    const plain = items.find((i) => i.seeker.id === seeker.plain) as Cand;
    const priority = items.find((i) => i.seeker.id === seeker.priority) as Cand;
    assert.ok(plain && priority && items.some((i) => i.seeker.id === seeker.private), 'staff see every seeker in scope');
    assert.equal(priority.priority, true);
    assert.equal(plain.priority, false);
    assert.equal(priority.score, plain.score, 'the difficulty flag never changes the score');
    assert.deepEqual(priority.reasons, plain.reasons);
    const firstPlain = items.findIndex((i) => !i.priority);
    assert.ok(items.slice(0, firstPlain === -1 ? items.length : firstPlain).every((i) => i.priority) && items.slice(firstPlain).every((i) => !i.priority), 'priority ones first');
    const rest = items.filter((i) => !i.priority).map((i) => i.score);
    assert.deepEqual(rest, [...rest].sort((a, b) => b - a));

    assert.deepEqual((await district.get(`/api/market/postings/${posting.expired}/candidates`)).json().items, [], 'an expired posting has no candidates');
    assert.equal((await (await t.login('other_rev')).get(`/api/market/postings/${posting.near}/candidates`)).statusCode, 404);
  });

  test('the employer sees, for its own posting, only seekers who consented, without the difficulty flag', async () => {
    const employer = await t.login('employer_demo');
    const items = (await employer.get(`/api/market/postings/${posting.near}/candidates`)).json().items as Cand[];
    const ids = items.map((i) => i.seeker.id);
    assert.ok(ids.includes(seeker.plain) && ids.includes(seeker.priority));
    assert.ok(!ids.includes(seeker.private), 'no consent, not shown');
    assert.ok(items.every((i) => !i.priority && !i.seeker.difficulty));
    const scores = items.map((i) => i.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  test('a priority seeker ranked beyond the limit is still listed first for staff; the employer gets the plain ranking', async () => {
    const all = (await district.get(`/api/market/postings/${posting.near}/candidates?limit=100`)).json().items as Cand[];
    const low = all.find((i) => i.seeker.id === seeker.lowPriority) as Cand;
    assert.ok(low?.priority, 'flagged for staff');
    assert.equal(low.score, matchless(low), 'the score is the sum of its factors, nothing added for priority');
    const priorityBefore = all.filter((i) => i.priority && i.seeker.id !== low.seeker.id && i.score >= low.score).length;
    const limit = priorityBefore + 1;
    const outscoredBy = all.filter((i) => !i.priority && i.score > low.score).length;
    assert.ok(outscoredBy >= limit, `by score alone it ranks beyond ${limit} (${outscoredBy} others score higher)`);

    const items = (await district.get(`/api/market/postings/${posting.near}/candidates?limit=${limit}`)).json().items as Cand[];
    const lead = items.slice(0, items.findIndex((i) => !i.priority));
    assert.ok(lead.some((i) => i.seeker.id === seeker.lowPriority), 'listed in the priority block at the top');
    assert.ok(lead.length <= limit && items.length - lead.length <= limit, 'up to limit priority ones, then up to limit others');
    assert.equal(items.find((i) => i.seeker.id === seeker.lowPriority)?.score, low.score, 'same score when listed first');

    const employer = await t.login('employer_demo');
    const mine = (await employer.get(`/api/market/postings/${posting.near}/candidates?limit=${limit}`)).json().items as Cand[];
    assert.equal(mine.length, limit);
    assert.ok(!mine.some((i) => i.seeker.id === seeker.lowPriority), 'not moved up for the employer');
    assert.ok(mine.every((i) => !i.priority));
    const everyone = (await employer.get(`/api/market/postings/${posting.near}/candidates?limit=100`)).json().items as Cand[];
    const scores = everyone.map((i) => i.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'score order only');
    assert.equal(everyone.find((i) => i.seeker.id === seeker.lowPriority)?.priority, false);
  });

  test('the pools: priority seekers are fetched apart, so the general pool cannot crowd them out', async () => {
    const p = await t.db.selectFrom('job_posting').select(['occupation_code', 'region_code', 'wage_min', 'wage_max']).where('id', '=', posting.near).executeTakeFirstOrThrow();
    const side = { occupationCode: p.occupation_code, regionCode: p.region_code, wageMin: p.wage_min, wageMax: p.wage_max };
    const scope = { regionPrefix: '360203', consentOnly: false };
    const everyone = await seekerPool(t.db, side, '2026-11-20', scope);
    const priority = await seekerPool(t.db, side, '2026-11-20', { ...scope, difficulty: true });
    const others = await seekerPool(t.db, side, '2026-11-20', { ...scope, difficulty: false });
    assert.ok(everyone.indexOf(seeker.lowPriority) > everyone.indexOf(seeker.plain), 'ranked low in one pool');
    assert.ok(priority.includes(seeker.lowPriority) && priority.includes(seeker.priority) && !priority.includes(seeker.plain));
    assert.ok(!others.includes(seeker.lowPriority) && others.includes(seeker.plain));
    assert.deepEqual([...priority, ...others].sort((a, b) => a - b), [...everyone].sort((a, b) => a - b), 'the two pools partition the candidates');
    assert.deepEqual(await seekerPools(t.db, side, '2026-11-20', scope), { priority, others }, 'one statement gives both pools, each in its order');
    const small = await seekerPools(t.db, side, '2026-11-20', scope, 1);
    assert.deepEqual(small, { priority: priority.slice(0, 1), others: others.slice(0, 1) }, 'the size bounds each pool');
    const top = await seekerPool(t.db, side, '2026-11-20', scope, everyone.indexOf(seeker.lowPriority));
    assert.ok(!top.includes(seeker.lowPriority), 'a single pool of that size would have dropped it');
  });

  test('protected attributes: staff get sex, age, categories and the person id; the employer none of them', async () => {
    const staffCard = ((await district.get(`/api/market/postings/${posting.near}/candidates?limit=100`)).json().items as Cand[]).find((i) => i.seeker.id === seeker.plain)?.seeker;
    assert.ok(staffCard);
    for (const key of ['personId', 'sex', 'age', 'categories', 'citizenIdMasked']) assert.ok(key in staffCard, `staff see ${key}`);
    assert.deepEqual(staffCard.categories, ['disabled', 'migrant_worker']);

    const employer = await t.login('employer_demo');
    const res = await employer.get(`/api/market/postings/${posting.near}/candidates?limit=100`);
    assert.equal(res.statusCode, 200, res.body);
    assert.doesNotMatch(res.body, /disabled|migrant_worker|personId|"sex"|"age"/, 'nowhere in the response');
    const items = res.json().items as Cand[];
    const card = items.find((i) => i.seeker.id === seeker.plain)?.seeker;
    assert.ok(card, 'the consenting seeker is listed');
    for (const key of STAFF_ONLY) assert.ok(items.every((i) => !(key in i.seeker)), `no ${key} for the employer`);
    assert.deepEqual(Object.keys(card).sort(), ['certificates', 'desiredOccupations', 'education', 'experienceYears', 'id', 'name', 'regionName', 'skills', 'validTo', 'wageExpected']);
    assert.deepEqual(card.desiredOccupations, staffCard.desiredOccupations);
    assert.equal(card.skills, '陶瓷彩绘');
  });

  test('a citizen registered on the portal gets recommendations for their own registration', async () => {
    const res = await t.anonymous().post('/api/public/seekers/register', { username: 'citizen_match', password: 'Qiuzhi@2026', citizenId: freshCitizenId(555), name: '周文创', phone: '13907980000', regionCode: COMMUNITY, hukouType: 'urban', desiredOccupations: ['2-09'] });
    assert.equal(res.statusCode, 200, res.body);
    const citizen = await t.login('citizen_match', 'Qiuzhi@2026');
    const items = (await citizen.get('/api/market/my/recommendations')).json().items as Rec[];
    assert.equal(items[0].posting.id, posting.near);
    assert.equal((await citizen.get(`/api/market/postings/${posting.near}/candidates`)).statusCode, 403);
  });
});
