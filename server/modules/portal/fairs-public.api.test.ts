import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

// Test clock: China date 2026-11-20. The fairs are written straight into the tables so this test
// does not depend on the staff endpoints.
const TODAY = '2026-11-20';

describe('portal: public fair calendar and programme', () => {
  let t: TestApp;
  let pub: Client;
  const ids: Record<string, number> = {};
  let postingId = 0;
  let employers: { id: number; region_code: string }[] = [];

  const fair = async (key: string, values: { status: 'planned' | 'published' | 'closed' | 'cancelled'; heldOn: string; kind?: 'online' | 'district_weekly' }) => {
    const row = await t.db
      .insertInto('fair')
      .values({
        region_code: '360203',
        name: `公开测试招聘会${key}`,
        kind: values.kind ?? 'district_weekly',
        target_groups: ['unemployed', 'graduate'],
        venue: '珠山区人力资源市场',
        held_on: values.heldOn,
        starts_at: '09:00',
        ends_at: '11:30',
        booth_capacity: 40,
        status: values.status,
        cancel_reason: values.status === 'cancelled' ? '场地检修' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
    return row.id;
  };

  const booth = async (fairId: number, employer: { id: number; region_code: string }, boothNo: string | null, status: 'approved' | 'applied' | 'rejected', positions = 3) => {
    const p = await t.db
      .insertInto('fair_participation')
      .values({
        fair_id: fairId,
        employer_id: employer.id,
        region_code: employer.region_code,
        status,
        booth_no: boothNo,
        via: 'staff',
        contact_name: '王联系',
        contact_phone: '13912345678',
        reason: status === 'rejected' ? '岗位不符' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('fair_posting').values({ participation_id: p.id, posting_id: postingId, positions }).execute();
    return p.id;
  };

  before(async () => {
    t = await createTestApp();
    pub = t.anonymous();
    const posting = await t.db
      .selectFrom('job_posting')
      .select(['id', 'employer_id'])
      .where('status', '=', 'published')
      .where('valid_from', '<=', TODAY)
      .where('valid_to', '>=', TODAY)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    postingId = posting.id;
    employers = await t.db.selectFrom('employer').select(['id', 'region_code']).where('status', '=', 'verified').orderBy('id').limit(4).execute();
    await fair('published', { status: 'published', heldOn: '2026-11-25' });
    await fair('soon', { status: 'published', heldOn: '2026-11-21' });
    await fair('closed', { status: 'closed', heldOn: '2026-11-04' });
    await fair('planned', { status: 'planned', heldOn: '2026-11-26' });
    await fair('cancelled', { status: 'cancelled', heldOn: '2026-11-27' });
    await fair('online', { status: 'published', heldOn: '2026-11-28', kind: 'online' });
    await booth(ids.published, employers[0], 'A10', 'approved', 5);
    await booth(ids.published, employers[1], 'A2', 'approved', 2);
    await booth(ids.published, employers[2], null, 'applied');
    await booth(ids.published, employers[3], null, 'rejected');
    await booth(ids.planned, employers[0], 'A01', 'approved');
    const online = await booth(ids.online, employers[0], 'W01', 'approved');
    const person = await t.db.selectFrom('person').select('id').orderBy('id').executeTakeFirstOrThrow();
    await t.db
      .insertInto('fair_slot')
      .values([
        { fair_id: ids.online, participation_id: online, starts_at: new Date('2026-11-28T01:00:00Z') },
        { fair_id: ids.online, participation_id: online, starts_at: new Date('2026-11-28T01:20:00Z'), person_id: person.id, booked_at: new Date('2026-11-19T01:00:00Z') },
        { fair_id: ids.online, participation_id: online, starts_at: new Date('2026-11-19T01:00:00Z') },
      ])
      .execute();
  });
  after(() => t.close());

  test('visitors see published and closed fairs, upcoming first; planned and cancelled ones are not there', async () => {
    const res = await pub.get('/api/portal/fairs?pageSize=100&from=2026-11-01&to=2026-11-30');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { items: { id: number; status: string; heldOn: string; employers: number; positions: number; targetGroupNames: string[] }[]; total: number };
    const mine = body.items.filter((f) => Object.values(ids).includes(f.id)).map((f) => f.id);
    assert.deepEqual(mine, [ids.soon, ids.published, ids.online, ids.closed], 'upcoming by date, then past ones');
    for (const f of body.items) assert.ok(f.status === 'published' || f.status === 'closed', f.status);
    assert.equal(body.total, body.items.length);
    const published = body.items.find((f) => f.id === ids.published);
    assert.deepEqual([published?.employers, published?.positions], [2, 7], 'approved booths and their positions only');
    assert.deepEqual(published?.targetGroupNames, ['下岗失业人员', '高校毕业生']);
    const kinds = (await pub.get('/api/portal/fairs?kind=online&pageSize=100')).json() as { items: { kind: string }[] };
    assert.ok(kinds.items.length >= 1 && kinds.items.every((f) => f.kind === 'online'));
  });

  test('a fair page is the programme: approved booths in natural order with positions, no contact data', async () => {
    const res = await pub.get(`/api/portal/fairs/${ids.published}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { fair: { name: string; venue: string }; booths: { boothNo: string; employerId: number; positions: number; postings: { postingId: number; open: boolean }[] }[]; totals: { employers: number; positions: number } };
    assert.deepEqual(body.booths.map((b) => b.boothNo), ['A2', 'A10']);
    assert.deepEqual(body.booths.map((b) => b.employerId), [employers[1].id, employers[0].id]);
    assert.deepEqual(body.totals, { employers: 2, positions: 7 });
    assert.deepEqual(body.booths[0].postings.map((p) => [p.postingId, p.open]), [[postingId, true]], 'a posting valid today links to its job page');
    assert.ok(!res.body.includes('13912345678') && !res.body.includes('王联系') && !res.body.includes('contact'), 'no contact person or phone leaves the server');
    assert.ok(!res.body.includes('岗位不符'), 'nor review reasons');
  });

  test('planned, cancelled and unknown fairs are not found', async () => {
    for (const id of [ids.planned, ids.cancelled, 999_999]) assert.equal((await pub.get(`/api/portal/fairs/${id}`)).statusCode, 404, String(id));
    assert.equal((await pub.get(`/api/portal/fairs/${ids.closed}`)).statusCode, 200);
  });

  test('an online fair lists each booth’s free future interview slots, not booked or past ones', async () => {
    const body = (await pub.get(`/api/portal/fairs/${ids.online}`)).json() as { booths: { freeSlots: { startsAt: string; minutes: number }[] }[] };
    assert.deepEqual(body.booths[0].freeSlots.map((s) => [s.startsAt, s.minutes]), [['2026-11-28T01:00:00.000Z', 20]]);
    const onsite = (await pub.get(`/api/portal/fairs/${ids.published}`)).json() as { booths: { freeSlots: unknown[] }[] };
    assert.ok(onsite.booths.every((b) => b.freeSlots.length === 0));
  });
});
