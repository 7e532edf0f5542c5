import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type RawBuilder } from 'kysely';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';
import type { FairKind, FairStatus } from '../../platform/db/schema-fairs.js';
import { employersOf, insertBooth, insertFair } from './checkin-test-support.js';

const GROUPS = ['unemployed', 'difficulty', 'age_4050', 'graduate', 'veteran', 'migrant_worker', 'disabled'] as const;
const EXTRA = GROUPS.slice(1);

interface Row {
  key: string;
  fairs: number;
  employers: number;
  positions: number;
  seekers: number;
  intentions: number;
  unemployedIntentions: number;
  unemployedShare: number | null;
  hires: number;
  groups: Record<string, number>;
}

describe('fairs: statistics equal direct counts over the records', () => {
  let t: TestApp;
  let district: Client; // district_op, 360203
  let city: Client; // city_op, 3602
  let street: Client; // street_op, 360203001
  let campaign: number;
  const fair: Record<string, number> = {};
  /** The numbers of the first fair, from how the data was made (not from a query). */
  const made = { seekers: 0, intentions: 0, unemployedIntentions: 0, hires: 0 };

  /** One fair with booths of every status, check-ins with varied groups and intentions of every status. */
  const stage = async (name: string, f: { regionCode: string; heldOn: string; kind: FairKind; status?: FairStatus; campaignId?: number | null }, seekers: number, employers: number[], people: { id: number; region_code: string }[]) => {
    const id = await insertFair(t, { ...f, name });
    fair[name] = id;
    const a = await insertBooth(t, id, employers[0], { positions: [3, 5] });
    const b = await insertBooth(t, id, employers[1], { positions: [2] });
    await insertBooth(t, id, employers[2], { status: 'absent', positions: [4] });
    await insertBooth(t, id, employers[3], { status: 'applied', positions: [6] });
    await insertBooth(t, id, employers[4], { status: 'rejected', positions: [1] });
    const now = new Date();
    for (let i = 0; i < seekers; i++) {
      const p = people[i];
      const unemployed = i % 2 === 0;
      const groups = [...(unemployed ? ['unemployed'] : []), ...EXTRA.filter((_, k) => (i + k) % (k + 2) === 0)];
      const c = await t.db
        .insertInto('fair_checkin')
        .values({ fair_id: id, person_id: p.id, region_code: p.region_code, via: 'id_number', unemployed, groups, checked_in_at: now, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (i % 3 === 2) continue;
      const status = i % 4 === 0 ? 'hired' : i % 4 === 1 ? 'dropped' : 'intended';
      await t.db
        .insertInto('fair_intention')
        .values({ fair_id: id, checkin_id: c.id, participation_id: i % 2 ? a.id : b.id, person_id: p.id, region_code: p.region_code, status, hired_on: status === 'hired' ? f.heldOn : null, drop_reason: status === 'dropped' ? '未到岗' : null, created_at: now, updated_at: now })
        .execute();
      if (name === 'F1') {
        made.intentions += 1;
        if (unemployed) made.unemployedIntentions += 1;
        if (status === 'hired') made.hires += 1;
      }
    }
    if (name === 'F1') made.seekers = seekers;
  };

  /**
   * The expected rows: one plain aggregate per figure over the joined records, grouped in SQL by
   * `key` (an expression over the fair f) — a different query from the one the service runs.
   */
  const expected = async (where: RawBuilder<unknown>, key: RawBuilder<unknown>) => {
    const rows = new Map<string, Row>();
    const row = (k: string) => {
      if (!rows.has(k)) rows.set(k, { key: k, fairs: 0, employers: 0, positions: 0, seekers: 0, intentions: 0, unemployedIntentions: 0, unemployedShare: null, hires: 0, groups: Object.fromEntries(GROUPS.map((g) => [g, 0])) });
      return rows.get(k) as Row;
    };
    const put = async (field: 'fairs' | 'employers' | 'positions' | 'seekers' | 'intentions' | 'unemployedIntentions' | 'hires', query: RawBuilder<{ k: string; n: string | number }>) => {
      for (const r of (await query.execute(t.db)).rows) row(String(r.k))[field] = Number(r.n);
    };
    await put('fairs', sql`SELECT ${key} AS k, count(*) AS n FROM fair f WHERE ${where} GROUP BY 1`);
    await put('employers', sql`SELECT ${key} AS k, count(*) AS n FROM fair_participation p JOIN fair f ON f.id = p.fair_id WHERE ${where} AND p.status = 'approved' GROUP BY 1`);
    await put('positions', sql`SELECT ${key} AS k, sum(x.positions) AS n FROM fair_posting x JOIN fair_participation p ON p.id = x.participation_id JOIN fair f ON f.id = p.fair_id WHERE ${where} AND p.status = 'approved' GROUP BY 1`);
    await put('seekers', sql`SELECT ${key} AS k, count(*) AS n FROM fair_checkin c JOIN fair f ON f.id = c.fair_id WHERE ${where} GROUP BY 1`);
    await put('intentions', sql`SELECT ${key} AS k, count(*) AS n FROM fair_intention i JOIN fair f ON f.id = i.fair_id WHERE ${where} GROUP BY 1`);
    await put('unemployedIntentions', sql`SELECT ${key} AS k, count(*) AS n FROM fair_intention i JOIN fair_checkin c ON c.id = i.checkin_id JOIN fair f ON f.id = i.fair_id WHERE ${where} AND c.unemployed GROUP BY 1`);
    await put('hires', sql`SELECT ${key} AS k, count(*) AS n FROM fair_intention i JOIN fair f ON f.id = i.fair_id WHERE ${where} AND i.status = 'hired' GROUP BY 1`);
    for (const g of GROUPS) {
      const q = sql<{ k: string; n: string }>`SELECT ${key} AS k, count(*) AS n FROM fair_intention i JOIN fair_checkin c ON c.id = i.checkin_id JOIN fair f ON f.id = i.fair_id WHERE ${where} AND ${g} = ANY (c.groups) GROUP BY 1`;
      for (const r of (await q.execute(t.db)).rows) row(String(r.k)).groups[g] = Number(r.n);
    }
    const share = await sql<{ k: string; s: string | null }>`
      SELECT ${key} AS k, round(count(*) FILTER (WHERE c.unemployed)::numeric / count(*), 3) AS s
      FROM fair_intention i JOIN fair_checkin c ON c.id = i.checkin_id JOIN fair f ON f.id = i.fair_id WHERE ${where} GROUP BY 1`.execute(t.db);
    for (const r of share.rows) row(String(r.k)).unemployedShare = r.s === null ? null : Number(r.s);
    return rows;
  };

  const strip = (r: Row & { label?: string }): Row => ({ key: r.key, fairs: r.fairs, employers: r.employers, positions: r.positions, seekers: r.seekers, intentions: r.intentions, unemployedIntentions: r.unemployedIntentions, unemployedShare: r.unemployedShare, hires: r.hires, groups: r.groups });

  /** Asks the API and compares every row and the total with the direct counts. */
  const check = async (client: Client, query: string, where: RawBuilder<unknown>, key: RawBuilder<unknown>) => {
    const res = await client.get(`/api/fairs/stats?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { rows: (Row & { label: string })[]; total: Row };
    const want = await expected(where, key);
    assert.deepEqual(body.rows.map((r) => r.key).sort(), [...want.keys()].sort(), `${query}: the groups`);
    for (const r of body.rows) assert.deepEqual(strip(r), want.get(r.key), `${query}: row ${r.key}`);
    const total = [...(await expected(where, sql`'total'`)).values()][0];
    assert.deepEqual(strip(body.total), total ?? strip({ ...body.total, fairs: 0 }), `${query}: total`);
    assert.ok(body.rows.every((r) => r.label.length > 0));
    return body;
  };

  const q4 = (region: string) => sql`f.status <> 'cancelled' AND f.held_on BETWEEN '2026-10-01' AND '2026-12-31' AND f.region_code LIKE ${region + '%'}`;
  const KEYS = {
    fair: sql`f.id::text`,
    month: sql`to_char(f.held_on, 'YYYY-MM')`,
    quarter: sql`to_char(f.held_on, 'YYYY') || '-Q' || extract(quarter FROM f.held_on)::int`,
    kind: sql`f.kind`,
    unit: sql`CASE WHEN f.region_code = '360203' THEN '360203' ELSE substr(f.region_code, 1, 9) END`,
    campaign: sql`coalesce(f.campaign_id::text, 'none')`,
  };

  before(async () => {
    t = await createTestApp();
    district = await t.login('district_op');
    city = await t.login('city_op');
    street = await t.login('street_op');
    const now = new Date();
    campaign = (await t.db.insertInto('fair_campaign').values({ region_code: '360203', name: '就业援助月（测试）', kind: 'assistance_month', starts_on: '2026-10-01', ends_on: '2026-11-30', goals: '{}', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
    const employers = await employersOf(t, '3602', 5);
    const people = await t.db.selectFrom('person').select(['id', 'region_code']).where('region_code', 'like', '3602%').orderBy('id').limit(12).execute();
    await stage('F1', { regionCode: '360203001', heldOn: '2026-10-10', kind: 'street_fortnightly', status: 'closed', campaignId: campaign }, 9, employers, people);
    await stage('F2', { regionCode: '360203', heldOn: '2026-11-05', kind: 'district_weekly' }, 7, employers, people);
    await stage('F3', { regionCode: '360203002', heldOn: '2026-11-20', kind: 'street_fortnightly', campaignId: campaign }, 11, employers, people);
    await stage('F4', { regionCode: '360203001002', heldOn: '2026-12-01', kind: 'special', status: 'planned' }, 0, employers, people);
    await stage('F5', { regionCode: '360203', heldOn: '2026-11-10', kind: 'district_weekly', status: 'cancelled' }, 5, employers, people);
    await stage('F6', { regionCode: '360202', heldOn: '2026-11-12', kind: 'district_weekly' }, 6, employers, people);
    await stage('F7', { regionCode: '360203', heldOn: '2026-09-15', kind: 'quarterly_large', status: 'closed' }, 8, employers, people);
    await stage('F8', { regionCode: '360203001', heldOn: '2026-10-24', kind: 'saturday_morning', status: 'closed' }, 4, employers, people);
  });
  after(() => t.close());

  test('one fair by hand: absent and applied booths do not count, dropped intentions do', async () => {
    const body = (await district.get('/api/fairs/stats?from=2026-10-01&to=2026-12-31&groupBy=fair')).json();
    const f1 = body.rows.find((r: Row) => r.key === String(fair.F1));
    assert.deepEqual([f1.fairs, f1.employers, f1.positions, f1.seekers, f1.intentions, f1.unemployedIntentions, f1.hires], [1, 2, 10, made.seekers, made.intentions, made.unemployedIntentions, made.hires]);
    assert.deepEqual([made.seekers, made.intentions, made.unemployedIntentions, made.hires], [9, 6, 3, 2]);
    assert.equal(f1.unemployedShare, 0.5);
    assert.equal(f1.groups.unemployed, made.unemployedIntentions);
    assert.match(f1.label, /2026-10-10/);
    const f4 = body.rows.find((r: Row) => r.key === String(fair.F4));
    assert.deepEqual([f4.fairs, f4.seekers, f4.intentions, f4.unemployedShare], [1, 0, 0, null], 'a planned fair counts as a fair with no numbers yet');
    assert.ok(!body.rows.some((r: Row) => [fair.F5, fair.F6, fair.F7].map(String).includes(r.key)), 'cancelled, other district, other quarter');
  });

  for (const by of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
    test(`the district's quarter grouped by ${by} equals the direct counts`, async () => {
      await check(district, `from=2026-10-01&to=2026-12-31&regionCode=360203&groupBy=${by}`, q4('360203'), KEYS[by]);
    });
  }

  test('the city over two quarters by district and by quarter; filters by type and by campaign', async () => {
    const h2 = sql`f.status <> 'cancelled' AND f.held_on BETWEEN '2026-07-01' AND '2026-12-31' AND f.region_code LIKE '3602%'`;
    const byDistrict = await check(city, 'from=2026-07-01&to=2026-12-31&groupBy=unit', h2, sql`substr(f.region_code, 1, 6)`);
    const labels = byDistrict.rows.map((r) => r.label);
    assert.ok(labels.includes('昌江区') && labels.includes('珠山区'), labels.join());
    assert.deepEqual(byDistrict.rows.map((r) => r.key), byDistrict.rows.map((r) => r.key).sort(), 'in code order');
    const byQuarter = await check(city, 'from=2026-07-01&to=2026-12-31&groupBy=quarter', h2, KEYS.quarter);
    assert.deepEqual(byQuarter.rows.map((r) => [r.key, r.label]).slice(-2), [['2026-Q3', '2026年第3季度'], ['2026-Q4', '2026年第4季度']]);
    await check(district, 'from=2026-10-01&to=2026-12-31&kind=street_fortnightly&groupBy=month', sql`${q4('360203')} AND f.kind = 'street_fortnightly'`, KEYS.month);
    const c = await check(district, `from=2026-10-01&to=2026-12-31&campaignId=${campaign}&groupBy=campaign`, sql`${q4('360203')} AND f.campaign_id = ${campaign}`, KEYS.campaign);
    assert.deepEqual(c.rows.map((r) => r.label), ['就业援助月（测试）']);
    const unit = (await district.get('/api/fairs/stats?from=2026-10-01&to=2026-12-31&groupBy=unit')).json();
    const units = unit.rows.map((r: { label: string }) => r.label);
    assert.equal(units[0], '珠山区（本级）');
    assert.ok(units.includes('石狮埠街道') && units.includes('新厂街道'), units.join());
  });

  test('scope: a street counts its own fairs; a region outside the actor scope counts nothing', async () => {
    await check(street, 'from=2026-10-01&to=2026-12-31&groupBy=month', q4('360203001'), KEYS.month);
    const outside = (await district.get('/api/fairs/stats?from=2026-10-01&to=2026-12-31&regionCode=360202')).json();
    assert.deepEqual([outside.rows.length, outside.total.fairs, outside.total.intentions], [0, 0, 0]);
    const seeker = await t.login('seeker_demo');
    assert.equal((await seeker.get('/api/fairs/stats')).statusCode, 403);
    const bad = await district.get('/api/fairs/stats?from=2026-12-31&to=2026-10-01');
    assert.deepEqual([bad.statusCode, bad.json().details[0].field], [400, 'to']);
  });

  test('the Excel export carries the same table and is audited', async () => {
    const res = await district.get('/api/fairs/stats/export?from=2026-10-01&to=2026-12-31&groupBy=quarter');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const total = (await district.get('/api/fairs/stats?from=2026-10-01&to=2026-12-31&groupBy=quarter')).json().total;
    const last = sheet.getRow(sheet.rowCount);
    assert.deepEqual([last.getCell(1).value, last.getCell(2).value, last.getCell(5).value, last.getCell(6).value, last.getCell(7).value], ['合计', total.fairs, total.seekers, total.intentions, total.unemployedIntentions]);
    const audit = await t.db.selectFrom('audit_log').select('event_type').where('entity_type', '=', 'export').where('actor_name', '=', 'district_op').execute();
    assert.deepEqual(audit.map((a) => a.event_type), ['data.exported']);
  });
});
