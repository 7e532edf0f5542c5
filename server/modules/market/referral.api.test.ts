import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import { publishedPosting } from './seeker-test-support.js';

/** The test clock's China date. */
const TODAY = '2026-11-20';
/** employer_demo's employer (景德镇市金泰商贸有限公司, 珠山区). */
const DEMO_EMPLOYER = 1;

describe('market: referrals (职业介绍), applications and the employer answers', () => {
  let t: TestApp;
  let staff: Client; // district_op, 珠山区 360203
  let employer: Client; // employer_demo
  const usedPeople: number[] = [-1];

  /** An unemployed working-age person of the district not used by another test (with no difficulty identification). */
  const person = async (opts: { district?: string; employed?: boolean } = {}) => {
    const district = opts.district ?? '360203';
    let q = t.db
      .selectFrom('person as p')
      .select(['p.id', 'p.region_code', 'p.name'])
      .where('p.region_code', 'like', `${district}%`)
      .where('p.birth_date', '>=', '1976-01-01')
      .where('p.birth_date', '<=', '2000-01-01')
      .where('p.id', 'not in', usedPeople)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('difficulty_identification as d').select('d.id').whereRef('d.person_id', '=', 'p.id'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('job_seeker as s').select('s.id').whereRef('s.person_id', '=', 'p.id'))))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('app_user as u').select('u.id').whereRef('u.person_id', '=', 'p.id'))));
    q = opts.employed
      ? q.where((eb) => eb.exists(eb.selectFrom('employment_registration as e').select('e.id').whereRef('e.person_id', '=', 'p.id').where('e.ended_on', 'is', null).where('e.full_time', '=', true)))
      : q
          .where('p.labour_status', '=', 'unemployed')
          .where((eb) => eb.not(eb.exists(eb.selectFrom('employment_registration as e').select('e.id').whereRef('e.person_id', '=', 'p.id').where('e.ended_on', 'is', null))));
    const p = await q.orderBy('p.id').executeTakeFirstOrThrow();
    usedPeople.push(p.id);
    return p;
  };

  /** A job seeker registration inserted directly (the seekers API is built in parallel). */
  const seeker = async (p: { id: number; region_code: string }, consentShare = false) => {
    const row = await t.db
      .insertInto('job_seeker')
      .values({ person_id: p.id, region_code: p.region_code, valid_from: '2026-11-01', valid_to: '2027-01-31', consent_share: consentShare, created_at: new Date(), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  /** A published, valid posting. */
  const posting = (employerId: number, regionCode: string, shared = true, title = '仓库理货员') => publishedPosting(t, { employerId, regionCode, title, shared });

  const otherEmployer = async (district: string) => {
    const e = await t.db.selectFrom('employer').select(['id', 'region_code']).where('region_code', 'like', `${district}%`).where('status', '=', 'verified').where('id', '!=', DEMO_EMPLOYER).orderBy('id').executeTakeFirstOrThrow();
    return e;
  };

  const refer = async (seekerId: number, postingId: number, note?: string) => {
    const res = await staff.post('/api/market/referrals', { seekerId, postingId, ...(note ? { note } : {}) });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  before(async () => {
    t = await createTestApp();
    staff = await t.login('district_op');
    employer = await t.login('employer_demo');
  });
  after(() => t.close());

  test('a staff referral of a person with employment difficulty records the job recommendation and meets the 10-working-day commitment', async () => {
    const p = await person();
    await t.db
      .insertInto('difficulty_identification')
      .values({ person_id: p.id, region_code: p.region_code, category: 'long_term_unemployed', statement: '测试认定', status: 'active', applied_on: '2026-11-10', started_on: '2026-11-16', created_at: new Date(), updated_at: new Date() })
      .execute();
    const commitment = async () => {
      const page = (await staff.get(`/api/registry/commitments?regionCode=${p.region_code}&pageSize=200`)).json();
      return page.items.find((c: { personId: number }) => c.personId === p.id);
    };
    assert.equal((await commitment()).met, false, 'not met before the referral');

    const s = await seeker(p);
    const postingId = await posting(DEMO_EMPLOYER, '360203001002');
    const r = await refer(s, postingId, '本人有仓储经验');
    assert.deepEqual([r.channel, r.status, r.referredOn, r.employerId, r.personId], ['staff', 'referred', TODAY, DEMO_EMPLOYER, p.id]);
    assert.match(r.number, /^ZJ2026\d{6}$/);
    assert.match(r.citizenIdMasked, /\*/);
    assert.ok(r.serviceRecordId);
    assert.deepEqual(r.can, { answer: true, hire: true, withdraw: true, letter: true });

    const service = await t.db.selectFrom('service_record').selectAll().where('id', '=', r.serviceRecordId).executeTakeFirstOrThrow();
    assert.deepEqual([service.kind, service.served_on, service.person_id], ['job_recommendation', TODAY, p.id]);
    assert.match(service.content, /金泰商贸/);
    assert.match(service.content, /仓库理货员/);
    const c = await commitment();
    assert.deepEqual([c.met, c.firstRecommendationOn, c.overdue], [true, TODAY, false], JSON.stringify(c));
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'referral').where('entity_id', '=', String(r.id)).execute();
    assert.deepEqual(audit.map((a) => a.event_type), ['referral.created']);

    const dup = await staff.post('/api/market/referrals', { seekerId: s, postingId });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'duplicate');
    assert.match(dup.json().message, /不能重复推荐/);

    const letter = await staff.get(`/api/market/referrals/${r.id}/letter`);
    assert.equal(letter.statusCode, 200, letter.body);
    const l = letter.json();
    assert.deepEqual([l.number, l.personName, l.employerName, l.postingTitle, l.contactName, l.referredOn], [r.number, p.name, '景德镇市金泰商贸有限公司', '仓库理货员', '李经理', TODAY]);
    assert.match(l.citizenIdMasked, /\*/);
    assert.equal(l.referringUnit, '珠山区');
    assert.match(l.workAddress, /珠山区/);
  });

  test('refusals: a seeker out of the actor scope, a posting in another district unless shared, a closed or invalid registration', async () => {
    const outside = await person({ district: '360202' });
    const sOut = await seeker(outside);
    const own = await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（范围测试）');
    const res = await staff.post('/api/market/referrals', { seekerId: sOut, postingId: own });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().details[0].field, 'seekerId');
    assert.match(res.json().message, /管辖范围/);

    const p = await person();
    const s = await seeker(p);
    const elsewhere = await otherEmployer('360202');
    const closedToOthers = await posting(elsewhere.id, elsewhere.region_code, false, '异地岗位（不共享）');
    const refused = await staff.post('/api/market/referrals', { seekerId: s, postingId: closedToOthers });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().details[0].field, 'postingId');
    assert.match(refused.json().message, /异地帮扶/);
    assert.equal(await t.db.selectFrom('referral').select('id').where('seeker_id', '=', s).executeTakeFirst(), undefined, 'nothing written');

    const shared = await posting(elsewhere.id, elsewhere.region_code, true, '异地岗位（共享）');
    const cross = await refer(s, shared);
    assert.equal(cross.postingRegionCode, elsewhere.region_code);
    const otherDistrict = await t.login('other_rev');
    const seen = (await otherDistrict.get(`/api/market/referrals?pageSize=100&q=${encodeURIComponent('异地岗位')}`)).json();
    assert.ok(seen.items.some((x: { id: number }) => x.id === cross.id), "the posting's district sees the cross-district referral");
    assert.ok(!seen.items.some((x: { regionCode: string; postingRegionCode: string }) => !x.regionCode.startsWith('360202') && !x.postingRegionCode.startsWith('360202')));
    assert.equal((await otherDistrict.post('/api/market/referrals', { seekerId: s, postingId: own })).statusCode, 403, 'a reviewer does not refer');

    await t.db.updateTable('job_seeker').set({ valid_to: '2026-11-19' }).where('id', '=', s).execute();
    const expired = await staff.post('/api/market/referrals', { seekerId: s, postingId: own });
    assert.equal(expired.statusCode, 400);
    assert.match(expired.json().message, /有效期/);
  });

  test('a citizen applies with their own registration on the portal, sees and withdraws the application', async () => {
    const citizen = await t.login('seeker_demo');
    await t.db.updateTable('app_user').set({ person_id: null }).where('username', '=', 'seeker_demo').execute();
    const unlinked = await citizen.post('/api/market/my/applications', { postingId: 1 });
    assert.equal(unlinked.statusCode, 403, 'an account not linked to a registry person');
    const p = await person();
    await t.db.updateTable('app_user').set({ person_id: p.id }).where('username', '=', 'seeker_demo').execute();
    const postingId = await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（应聘）');
    const noSeeker = await citizen.post('/api/market/my/applications', { postingId });
    assert.equal(noSeeker.statusCode, 409);
    assert.match(noSeeker.json().message, /求职登记/);

    await seeker(p);
    const applied = await citizen.post('/api/market/my/applications', { postingId });
    assert.equal(applied.statusCode, 200, applied.body);
    const a = applied.json();
    assert.deepEqual([a.channel, a.status, a.serviceRecordId, a.can.withdraw, a.can.answer], ['portal', 'referred', null, true, false]);
    assert.equal((await citizen.post('/api/market/my/applications', { postingId })).statusCode, 409, 'no second application');
    const mine = (await citizen.get('/api/market/my/applications')).json();
    assert.deepEqual(mine.items.map((x: { id: number }) => x.id), [a.id]);
    assert.equal((await citizen.get('/api/market/referrals')).statusCode, 403, 'citizens do not see the staff list');
    assert.equal((await citizen.post(`/api/market/referrals/${a.id}/answer`, { status: 'hired', hiredOn: TODAY })).statusCode, 403);

    const ofPosting = (await employer.get(`/api/market/postings/${postingId}/referrals`)).json();
    const phone = (await t.db.selectFrom('person').select('phone').where('id', '=', p.id).executeTakeFirstOrThrow()).phone;
    assert.equal(ofPosting.items[0].phone, phone, 'an own application: the employer may call back');

    const withdrawn = await citizen.post(`/api/market/my/applications/${a.id}/withdraw`);
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json().status, 'withdrawn');
    assert.equal((await citizen.post(`/api/market/my/applications/${a.id}/withdraw`)).statusCode, 409);
    const after = (await employer.get(`/api/market/postings/${postingId}/referrals`)).json();
    assert.deepEqual([after.items[0].status, after.items[0].phone, after.items[0].can.answer], ['withdrawn', null, false], 'a withdrawn application: no phone, no answer');
    const answer = await employer.post(`/api/market/referrals/${a.id}/answer`, { status: 'interviewed' });
    assert.equal(answer.statusCode, 409);
    assert.match(answer.json().message, /撤回/);
  });

  test('the employer sees and answers referrals to its own postings only; not hired needs a coded reason; answers are final', async () => {
    const p = await person();
    const s = await seeker(p);
    const own = await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（反馈）');
    const other = await otherEmployer('360203');
    const theirs = await posting(other.id, other.region_code, true, '别家的岗位');
    const r1 = await refer(s, own);
    const r2 = await refer(s, theirs);

    assert.equal((await employer.get(`/api/market/postings/${theirs}/referrals`)).statusCode, 404);
    assert.equal((await employer.get(`/api/market/referrals/${r2.id}`)).statusCode, 404);
    assert.equal((await employer.post(`/api/market/referrals/${r2.id}/answer`, { status: 'interviewed' })).statusCode, 404);
    assert.equal((await employer.get(`/api/market/referrals/${r1.id}/letter`)).statusCode, 404, 'the letter is printed by staff');
    assert.equal((await employer.get('/api/market/referrals')).statusCode, 403);

    const list = (await employer.get(`/api/market/postings/${own}/referrals`)).json();
    assert.equal(list.items.length, 1);
    const item = list.items[0];
    assert.match(item.citizenIdMasked, /\*/);
    const phone = (await t.db.selectFrom('person').select('phone').where('id', '=', p.id).executeTakeFirstOrThrow()).phone;
    assert.equal(item.phone, phone, 'a staff referral: the employer may call the seeker');
    assert.deepEqual(item.can, { answer: true, hire: true, withdraw: false, letter: false });
    const staffView = (await staff.get(`/api/market/referrals/${r1.id}`)).json();
    assert.ok(phone === null || staffView.phone !== phone, 'staff lists mask the phone');

    const noReason = await employer.post(`/api/market/referrals/${r1.id}/answer`, { status: 'not_hired' });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().details[0].field, 'reasonCode');
    const badReason = await employer.post(`/api/market/referrals/${r1.id}/answer`, { status: 'not_hired', reasonCode: 'too_old' });
    assert.equal(badReason.statusCode, 400);
    const hiredWithoutDate = await employer.post(`/api/market/referrals/${r1.id}/answer`, { status: 'hired' });
    assert.equal(hiredWithoutDate.json().details[0].field, 'hiredOn');

    const interviewed = await employer.post(`/api/market/referrals/${r1.id}/answer`, { status: 'interviewed', note: '11月22日复试' });
    assert.equal(interviewed.json().status, 'interviewed');
    assert.equal((await staff.post(`/api/market/referrals/${r1.id}/withdraw`)).statusCode, 409, 'no withdrawal after an answer');
    const notHired = await employer.post(`/api/market/referrals/${r1.id}/answer`, { status: 'not_hired', reasonCode: 'wage_disagreement' });
    assert.equal(notHired.statusCode, 200, notHired.body);
    assert.deepEqual([notHired.json().status, notHired.json().reasonName, notHired.json().answeredByName !== null], ['not_hired', '薪酬待遇未达成一致', true]);
    const again = await employer.post(`/api/market/referrals/${r1.id}/answer`, { status: 'hired', hiredOn: TODAY });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().message, /不能再更改/);

    const onBehalf = await staff.post(`/api/market/referrals/${r2.id}/answer`, { status: 'no_show' });
    assert.equal(onBehalf.statusCode, 200, onBehalf.body);
    assert.equal(onBehalf.json().status, 'no_show');
    const reasons = (await employer.get('/api/market/referral-reasons')).json();
    assert.ok(reasons.some((x: { code: string }) => x.code === 'skills_mismatch'));
  });

  test('a seeker who declines the job has refused the recommendation; other reasons are no refusal', async () => {
    const p = await person();
    const s = await seeker(p);
    const declined = await refer(s, await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（放弃）'));
    const mismatch = await refer(s, await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（技能）'));
    assert.equal((await employer.post(`/api/market/referrals/${declined.id}/answer`, { status: 'not_hired', reasonCode: 'seeker_declined' })).statusCode, 200);
    assert.equal((await employer.post(`/api/market/referrals/${mismatch.id}/answer`, { status: 'not_hired', reasonCode: 'skills_mismatch' })).statusCode, 200);
    const refused = await t.db
      .selectFrom('referral as r')
      .innerJoin('service_record as s', 's.id', 'r.service_record_id')
      .select(['r.id', 's.refused'])
      .where('r.id', 'in', [declined.id, mismatch.id])
      .orderBy('r.id')
      .execute();
    assert.deepEqual(refused, [{ id: declined.id, refused: true }, { id: mismatch.id, refused: false }]);
  });

  test('a hire registers the employment in the registry (unemployment closed, follow-up scheduled) and closes the seeker registration', async () => {
    const p = await person();
    const openSpell = await t.db.selectFrom('unemployment_registration').select('id').where('person_id', '=', p.id).where('cancelled_on', 'is', null).executeTakeFirst();
    const s = await seeker(p);
    const postingId = await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（录用）');
    const r = await refer(s, postingId);
    const hired = await employer.post(`/api/market/referrals/${r.id}/answer`, { status: 'hired', hiredOn: TODAY });
    assert.equal(hired.statusCode, 200, hired.body);
    const h = hired.json();
    assert.deepEqual([h.status, h.hiredOn], ['hired', TODAY]);
    assert.ok(h.employmentRegistrationId);

    const job = await t.db.selectFrom('employment_registration').selectAll().where('id', '=', h.employmentRegistrationId).executeTakeFirstOrThrow();
    assert.deepEqual([job.person_id, job.kind, job.employer_id, job.employer_name, job.started_on, job.full_time], [p.id, 'employer', DEMO_EMPLOYER, '景德镇市金泰商贸有限公司', TODAY, true]);
    const personNow = await t.db.selectFrom('person').select('labour_status').where('id', '=', p.id).executeTakeFirstOrThrow();
    assert.equal(personNow.labour_status, 'employed');
    assert.ok(openSpell, 'the person was registered unemployed');
    {
      const spell = await t.db.selectFrom('unemployment_registration').select(['cancelled_on', 'cancel_ground']).where('id', '=', openSpell.id).executeTakeFirstOrThrow();
      assert.deepEqual([spell.cancelled_on, spell.cancel_ground], [TODAY, 'employed']);
    }
    const visit = await t.db.selectFrom('follow_up_visit').select('due_on').where('employment_registration_id', '=', h.employmentRegistrationId).executeTakeFirst();
    assert.ok(visit, 'a follow-up visit is scheduled');
    const reg = await t.db.selectFrom('job_seeker').select('status').where('id', '=', s).executeTakeFirstOrThrow();
    assert.equal(reg.status, 'closed');
    const events = await sql<{ event_type: string }>`SELECT event_type FROM audit_log WHERE (entity_type = 'referral' AND entity_id = ${String(r.id)}) OR (entity_type = 'employment_registration' AND entity_id = ${String(h.employmentRegistrationId)}) ORDER BY id`.execute(t.db);
    assert.deepEqual(events.rows.map((e) => e.event_type), ['referral.created', 'employment.registered', 'referral.answered']);
    const record = (await staff.get(`/api/registry/people/${p.id}`)).json();
    assert.equal(record.person.labourStatus, 'employed', 'the person record shows the new employment');
    assert.ok(record.employment.some((e: { id: number }) => e.id === h.employmentRegistrationId));
  });

  test('if the registry refuses the hire (already employed full time), the answer fails with its message and nothing is written', async () => {
    const p = await person({ employed: true });
    const s = await seeker(p);
    const postingId = await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（拒绝）');
    const r = await refer(s, postingId);
    const jobsBefore = await t.db.selectFrom('employment_registration').select(sql<number>`count(*)::int`.as('n')).where('person_id', '=', p.id).executeTakeFirstOrThrow();
    const refused = await employer.post(`/api/market/referrals/${r.id}/answer`, { status: 'hired', hiredOn: TODAY });
    assert.equal(refused.statusCode, 409, refused.body);
    assert.match(refused.json().message, /全职/);
    const row = await t.db.selectFrom('referral').select(['status', 'hired_on', 'employment_registration_id']).where('id', '=', r.id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'referred', hired_on: null, employment_registration_id: null });
    const jobsAfter = await t.db.selectFrom('employment_registration').select(sql<number>`count(*)::int`.as('n')).where('person_id', '=', p.id).executeTakeFirstOrThrow();
    assert.equal(jobsAfter.n, jobsBefore.n);
    assert.equal((await t.db.selectFrom('job_seeker').select('status').where('id', '=', s).executeTakeFirstOrThrow()).status, 'active');
    const answered = await t.db.selectFrom('audit_log').select('id').where('event_type', '=', 'referral.answered').where('entity_id', '=', String(r.id)).executeTakeFirst();
    assert.equal(answered, undefined);
  });

  test('a seeker registered through the seekers API is referred like any other', async () => {
    const p = await person();
    const { citizen_id: citizenId } = await t.db.selectFrom('person').select('citizen_id').where('id', '=', p.id).executeTakeFirstOrThrow();
    const registered = await staff.post('/api/market/seekers', { citizenId });
    assert.equal(registered.statusCode, 200, registered.body);
    const postingId = await posting(DEMO_EMPLOYER, '360203001002', true, '理货员（求职登记接口）');
    const r = await refer(registered.json().id, postingId);
    assert.deepEqual([r.personId, r.status], [p.id, 'referred']);
  });

  test('the staff list filters, sorts, pages and exports; staff withdraw an unanswered referral', async () => {
    const page = await staff.get('/api/market/referrals?channel=staff&status=referred&sort=personName&order=asc&pageSize=2');
    assert.equal(page.statusCode, 200, page.body);
    const body = page.json();
    assert.ok(body.total >= 2);
    assert.ok(body.items.length <= 2);
    assert.ok(body.items.every((x: { channel: string; status: string }) => x.channel === 'staff' && x.status === 'referred'));
    const hired = (await staff.get(`/api/market/referrals?status=hired&employerId=${DEMO_EMPLOYER}&from=${TODAY}&to=${TODAY}`)).json();
    assert.ok(hired.total >= 1);
    assert.ok(hired.items.every((x: { status: string; employerId: number; referredOn: string }) => x.status === 'hired' && x.employerId === DEMO_EMPLOYER && x.referredOn === TODAY));
    const later = (await staff.get('/api/market/referrals?from=2026-11-21')).json();
    assert.ok(later.items.every((x: { referredOn: string }) => x.referredOn >= '2026-11-21'));
    const exported = await staff.get('/api/market/referrals/export?status=referred');
    assert.equal(exported.statusCode, 200);
    assert.match(String(exported.headers['content-type']), /spreadsheetml/);

    const first = body.items[0];
    const w = await staff.post(`/api/market/referrals/${first.id}/withdraw`);
    assert.equal(w.statusCode, 200, w.body);
    assert.equal(w.json().status, 'withdrawn');
  });
});
