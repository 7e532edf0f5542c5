import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { TEST_DB, createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { publishedPosting } from './seeker-test-support.js';

/** A JSON column as an object (a string on some drivers). */
const json = (x: unknown): unknown => (typeof x === 'string' ? JSON.parse(x) : x);

/** The test clock's China date. */
const TODAY = '2026-11-20';
/** employer_demo's employer (景德镇市金泰商贸有限公司, 珠山区). */
const DEMO_EMPLOYER = 1;

/**
 * Guards of referrals found in review: a withdrawn referral neither blocks a new one nor meets the
 * recommendation commitment; only staff of the seeker's region withdraw or record a hire for them;
 * the employer's views of seekers are audited and paged; a posting paused meanwhile takes none.
 */
describe('market: referral guards (re-apply, commitment, scope of the person, audited views)', () => {
  let t: TestApp;
  let staff: Client; // district_op, 珠山区 360203
  let city: Client; // city_op, 景德镇 3602
  let employer: Client; // employer_demo
  const usedPeople: number[] = [-1];

  /** An unemployed working-age person of the district, not used before, with no identification or seeker registration. */
  const person = async (district = '360203') => {
    const p = await t.db
      .selectFrom('person as p')
      .select(['p.id', 'p.region_code'])
      .where('p.region_code', 'like', `${district}%`)
      .where('p.birth_date', '>=', '1976-01-01')
      .where('p.birth_date', '<=', '2000-01-01')
      .where('p.id', 'not in', usedPeople)
      .where('p.labour_status', '=', 'unemployed')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('difficulty_identification as d').select('d.id').whereRef('d.person_id', '=', 'p.id'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('job_seeker as s').select('s.id').whereRef('s.person_id', '=', 'p.id'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('app_user as u').select('u.id').whereRef('u.person_id', '=', 'p.id'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('employment_registration as e').select('e.id').whereRef('e.person_id', '=', 'p.id').where('e.ended_on', 'is', null))))
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    usedPeople.push(p.id);
    return p;
  };

  const seeker = async (p: { id: number; region_code: string }) => {
    const row = await t.db
      .insertInto('job_seeker')
      .values({ person_id: p.id, region_code: p.region_code, valid_from: '2026-11-01', valid_to: '2027-01-31', consent_share: false, created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  const posting = (title: string) => publishedPosting(t, { employerId: DEMO_EMPLOYER, regionCode: '360203001002', title });

  const refer = async (by: Client, seekerId: number, postingId: number) => {
    const res = await by.post('/api/market/referrals', { seekerId, postingId });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  const audits = (event: string, entityType: string, entityId: number) =>
    t.db.selectFrom('audit_log').select(['actor_name', 'detail', 'after']).where('event_type', '=', event).where('entity_type', '=', entityType).where('entity_id', '=', String(entityId)).orderBy('id').execute();

  before(async () => {
    t = await createTestApp();
    staff = await t.login('district_op');
    city = await t.login('city_op');
    employer = await t.login('employer_demo');
  });
  after(() => t.close());

  test('a citizen applies, withdraws and applies again; a second live application is still refused', async () => {
    const citizen = await t.login('seeker_demo');
    const p = await person();
    await t.db.updateTable('app_user').set({ person_id: p.id }).where('username', '=', 'seeker_demo').execute();
    const s = await seeker(p);
    const postingId = await posting('理货员（再次应聘）');
    const first = await citizen.post('/api/market/my/applications', { postingId });
    assert.equal(first.statusCode, 200, first.body);
    assert.equal((await citizen.post(`/api/market/my/applications/${first.json().id}/withdraw`)).statusCode, 200);
    const again = await citizen.post('/api/market/my/applications', { postingId });
    assert.equal(again.statusCode, 200, again.body);
    assert.notEqual(again.json().id, first.json().id);
    const twice = await citizen.post('/api/market/my/applications', { postingId });
    assert.equal(twice.statusCode, 409, 'two live applications to one posting');
    assert.equal((await staff.post('/api/market/referrals', { seekerId: s, postingId })).statusCode, 409, 'nor a referral beside a live application');
    await assert.rejects(
      t.db
        .insertInto('referral')
        .values({ seeker_id: s, posting_id: postingId, person_id: p.id, employer_id: DEMO_EMPLOYER, region_code: p.region_code, posting_region_code: '360203001002', channel: 'staff', referred_on: TODAY, created_at: new Date(), updated_at: new Date() })
        .execute(),
      /referral_seeker_posting_key|duplicate|unique/i,
      'the database refuses a second live row',
    );
    const mine = (await citizen.get('/api/market/my/applications')).json();
    assert.deepEqual(mine.items.map((x: { status: string }) => x.status), ['referred', 'withdrawn']);
  });

  test('a withdrawn staff referral does not meet the commitment; staff may refer again, and that one meets it', async () => {
    const p = await person();
    await t.db
      .insertInto('difficulty_identification')
      .values({ person_id: p.id, region_code: p.region_code, category: 'long_term_unemployed', statement: '测试认定', status: 'active', applied_on: '2026-11-10', started_on: '2026-11-16', created_at: new Date(), updated_at: new Date() })
      .execute();
    const commitment = async () => {
      const page = (await staff.get(`/api/registry/commitments?regionCode=${p.region_code}&pageSize=200`)).json();
      return page.items.find((c: { personId: number }) => c.personId === p.id);
    };
    const s = await seeker(p);
    const postingId = await posting('理货员（撤回后再推荐）');
    const r = await refer(staff, s, postingId);
    assert.equal((await commitment()).met, true);

    const w = await staff.post(`/api/market/referrals/${r.id}/withdraw`);
    assert.equal(w.statusCode, 200, w.body);
    const c = await commitment();
    assert.deepEqual([c.met, c.firstRecommendationOn], [false, null], 'referring and withdrawing at once does not meet the commitment');
    const service = await t.db.selectFrom('service_record').select(['kind', 'refused']).where('id', '=', r.serviceRecordId).executeTakeFirstOrThrow();
    assert.deepEqual(service, { kind: 'job_recommendation', refused: false }, 'the history keeps the service; a withdrawal is not the person refusing');
    const [withdrawn] = await audits('referral.withdrawn', 'referral', r.id);
    assert.deepEqual(json(withdrawn.after), { status: 'withdrawn', by: 'staff', serviceRecordId: r.serviceRecordId, meetsCommitment: false });

    const again = await refer(staff, s, postingId);
    assert.notEqual(again.id, r.id);
    const met = await commitment();
    assert.deepEqual([met.met, met.firstRecommendationOn], [true, TODAY]);
    assert.equal((await staff.post('/api/market/referrals', { seekerId: s, postingId })).statusCode, 409, 'two live referrals are still refused');
  });

  test("staff of the posting's district see a cross-district referral but neither withdraw it nor record the hire; the employer records it", async () => {
    const p = await person('360202');
    const s = await seeker(p);
    const postingId = await posting('理货员（跨区录用）');
    const r = await refer(city, s, postingId);
    const seen = await staff.get(`/api/market/referrals/${r.id}`);
    assert.equal(seen.statusCode, 200, "the posting's district sees it");
    assert.deepEqual(seen.json().can, { answer: true, hire: false, withdraw: false, letter: true }, 'the answer dialog offers no hire to them');

    const withdraw = await staff.post(`/api/market/referrals/${r.id}/withdraw`);
    assert.equal(withdraw.statusCode, 403);
    assert.match(withdraw.json().message, /管辖范围/);
    const hire = await staff.post(`/api/market/referrals/${r.id}/answer`, { status: 'hired', hiredOn: TODAY });
    assert.equal(hire.statusCode, 403);
    assert.match(hire.json().message, /管辖范围/);
    const jobs = await t.db.selectFrom('employment_registration').select('id').where('person_id', '=', p.id).where('ended_on', 'is', null).execute();
    assert.equal(jobs.length, 0, 'no employment written');

    const interviewed = await staff.post(`/api/market/referrals/${r.id}/answer`, { status: 'interviewed' });
    assert.equal(interviewed.statusCode, 200, 'other answers are recorded on the employer’s behalf');
    const hired = await employer.post(`/api/market/referrals/${r.id}/answer`, { status: 'hired', hiredOn: TODAY });
    assert.equal(hired.statusCode, 200, hired.body);
    assert.ok(hired.json().employmentRegistrationId);
  });

  test("the employer's list of a posting's seekers is paged and each page audited with what it showed; staff details too", async () => {
    const postingId = await posting('理货员（查看留痕）');
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push((await refer(staff, await seeker(await person()), postingId)).id);

    const page1 = await employer.get(`/api/market/postings/${postingId}/referrals?pageSize=2&page=1`);
    assert.equal(page1.statusCode, 200, page1.body);
    const b1 = page1.json();
    assert.deepEqual([b1.total, b1.page, b1.pageSize, b1.items.length], [3, 1, 2, 2]);
    assert.ok(b1.items.every((x: { phone: string | null }) => x.phone === null || !x.phone.includes('*')), 'the employer sees the phones of staff referrals');
    const page2 = (await employer.get(`/api/market/postings/${postingId}/referrals?pageSize=2&page=2`)).json();
    assert.equal(page2.items.length, 1);
    const shown = [...b1.items, ...page2.items].map((x: { id: number }) => x.id).sort((a: number, b: number) => a - b);
    assert.deepEqual(shown, [...ids].sort((a, b) => a - b));
    const sorted = (await employer.get(`/api/market/postings/${postingId}/referrals?sort=referredOn&order=asc`)).json();
    assert.equal(sorted.total, 3);

    const rows = await audits('referral.viewed', 'job_posting', postingId);
    assert.equal(rows.length, 3, 'one row per view');
    assert.ok(rows.every((a) => a.actor_name === 'employer_demo'));
    const detail = (x: unknown) => json(x) as { referralIds: number[]; personIds: number[] };
    assert.deepEqual(detail(rows[0].detail).referralIds, b1.items.map((x: { id: number }) => x.id));
    assert.equal(detail(rows[0].detail).personIds.length, 2);

    assert.equal((await employer.get(`/api/market/referrals/${ids[0]}`)).statusCode, 200);
    assert.equal((await staff.get(`/api/market/referrals/${ids[0]}`)).statusCode, 200);
    const viewed = await audits('referral.viewed', 'referral', ids[0]);
    assert.deepEqual(viewed.map((a) => a.actor_name), ['employer_demo', 'district_op']);

    const staffPage = (await staff.get(`/api/market/postings/${postingId}/referrals?pageSize=2`)).json();
    assert.deepEqual([staffPage.total, staffPage.items.length], [3, 2]);
    assert.equal((await audits('referral.viewed', 'job_posting', postingId)).length, 3, 'staff lists (masked) are not audited');
  });

  test('a posting paused while a referral waits to be written gets none (PostgreSQL: a concurrent transaction)', { skip: TEST_DB !== 'postgres' && 'PGlite has one connection' }, async () => {
    const s = await seeker(await person());
    const postingId = await posting('理货员（暂停竞争）');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let paused!: () => void;
    const isPaused = new Promise<void>((resolve) => (paused = resolve));
    const pause = t.db.transaction().execute(async (trx) => {
      await trx.updateTable('job_posting').set({ status: 'paused' }).where('id', '=', postingId).execute();
      paused();
      await held;
    });
    await isPaused;
    // The checks outside the transaction still read the posting as published (the pause is not committed).
    const request = staff.post('/api/market/referrals', { seekerId: s, postingId });
    await new Promise((resolve) => setTimeout(resolve, 400));
    release();
    await pause;
    const res = await request;
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().details[0].field, 'postingId');
    assert.match(res.json().message, /暂停/);
    const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM referral WHERE posting_id = ${postingId}`.execute(t.db);
    assert.equal(n.rows[0].n, 0);
  });
});
