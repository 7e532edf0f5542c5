import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { POOL, postingPool, type SeekerSide } from './match-repository.js';

const COMMUNITY = '360203001002';
const TODAY = '2026-11-20'; // the test clock's China date

/**
 * The posting pool reads the tiers of the other medium groups of a desired major group only when
 * they could reach it (match-repository.ts postingPool). These tests compare it with the pool read
 * in full, once with the gate open and once closed, and check which of the two happened.
 */
describe('market: the posting pool skips the other medium groups only when they cannot rank', () => {
  let t: TestApp;
  let employerId: number;
  const side: SeekerSide = { desiredOccupations: ['2-09'], desiredRegions: [], homeRegion: COMMUNITY, wageExpected: 5000 };

  /** Postings in the seeker's community, by default paying above the wish and valid for 40 days: every SQL point but the occupation's. */
  const add = async (occupation: string, n: number, weak = false) => {
    const rows = await t.db
      .insertInto('job_posting')
      .values(
        Array.from({ length: n }, () => ({
          employer_id: employerId, region_code: COMMUNITY, title: '陶瓷文创设计师', occupation_code: occupation, vacancies: 1, wage_min: weak ? 2000 : 6000, wage_max: weak ? 3000 : 8000,
          description: '负责陶瓷文创产品的造型设计。', contact_name: '李女士', contact_phone: '0798-8220000', valid_from: '2026-11-01', valid_to: weak ? '2026-11-23' : '2026-12-31',
          status: 'published' as const, prereview_outcome: 'pass' as const, prereview_findings: '[]', published_at: new Date('2026-11-01T02:00:00Z'),
        })),
      )
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  };

  before(async () => {
    t = await createTestApp();
    const employer = await t.db.selectFrom('app_user').select('employer_id').where('username', '=', 'employer_demo').executeTakeFirstOrThrow();
    employerId = employer.employer_id as number;
  });
  after(() => t.close());

  test('few postings of the wished group: the other groups are read and a strong one enters the pool', async () => {
    const [sibling] = await add('2-10', 1);
    const [family] = await add('2-09', 1);
    const gated = await postingPool(t.db, side, TODAY);
    assert.deepEqual(gated, await postingPool(t.db, side, TODAY, [], { readSiblings: 'always' }));
    assert.equal(gated[0], family, 'the wished group first (80 points)');
    assert.ok(gated.includes(sibling), 'another medium group of the major group (60 points) is considered');
  });

  test(`${POOL} postings of the wished group above 60 points: the others are skipped, and the pool is the same`, async () => {
    await add('2-09', POOL);
    const gated = await postingPool(t.db, side, TODAY);
    assert.deepEqual(gated, await postingPool(t.db, side, TODAY, [], { readSiblings: 'always' }));
    assert.equal(gated.length, POOL);
    const occupations = await t.db.selectFrom('job_posting').select('occupation_code').distinct().where('id', 'in', gated).execute();
    assert.deepEqual(occupations.map((o) => o.occupation_code), ['2-09']);
  });

  test(`${POOL} postings of the wished group at 60 points or fewer: the others are still read and can rank first`, async () => {
    // Paying far below the wish and ending in 3 days: 35 + 20 + 0 + 3 = 58 points each.
    const weakSide: SeekerSide = { ...side, desiredOccupations: ['4-07'] };
    const weak = await add('4-07', POOL, true);
    const [sibling] = await add('4-08', 1);
    const gated = await postingPool(t.db, weakSide, TODAY);
    assert.deepEqual(gated, await postingPool(t.db, weakSide, TODAY, [], { readSiblings: 'always' }));
    assert.ok(gated.includes(sibling), 'another medium group is considered');
    const firstWeak = Math.min(...weak.map((id) => gated.indexOf(id)).filter((i) => i >= 0));
    assert.ok(gated.indexOf(sibling) < firstWeak, 'at 60 points it ranks above the wished group at 58');
  });
});
