import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.js';

interface Deadline {
  from: string;
  due: string;
  beyondOfficialCalendar: boolean;
}

interface Day {
  date: string;
  isWorkday: boolean;
  name: string | null;
  weekday: number;
  overridden: boolean;
}

describe('working-day calendar and deadlines', () => {
  let t: TestApp;
  let c: Client;
  before(async () => {
    t = await createTestApp();
    c = await t.login('city_op');
  });
  after(() => t.close());

  const deadline = async (client: Client, query: string): Promise<Deadline> => {
    const res = await client.get(`/api/calendar/deadline?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Deadline;
  };

  test('10 working days across National Day count the make-up Saturday', async () => {
    // From Mon 2026-09-28 (the start day is not counted):
    //   09-29 Tue (1), 09-30 Wed (2), 10-01..10-07 国庆节 holiday (skipped),
    //   10-08 Thu (3), 10-09 Fri (4), 10-10 Sat make-up working day (5), 10-11 Sun (skipped),
    //   10-12 Mon (6), 10-13 (7), 10-14 (8), 10-15 (9), 10-16 Fri (10).
    // Without the make-up day the answer would be 10-19; counting the holiday it would be 10-12.
    assert.deepEqual(await deadline(c, 'from=2026-09-28&workingDays=10'), { from: '2026-09-28', due: '2026-10-16', beyondOfficialCalendar: false });
  });

  test('3 working days across the Spring Festival count the make-up Saturday 02-14', async () => {
    // From Fri 2026-02-13: 02-14 Sat make-up working day (1), 02-15..02-23 春节 holiday (skipped),
    //   02-24 Tue (2), 02-25 Wed (3). Without the make-up day it would be 02-26.
    assert.equal((await deadline(c, 'from=2026-02-13&workingDays=3')).due, '2026-02-25');
  });

  test('calendar days ignore holidays and weekends', async () => {
    assert.equal((await deadline(c, 'from=2026-11-20&calendarDays=20')).due, '2026-12-10');
    // 09-28 + 10 calendar days runs straight through the National Day holiday.
    assert.equal((await deadline(c, 'from=2026-09-28&calendarDays=10')).due, '2026-10-08');
  });

  test('without `from` the count starts today in China time', async () => {
    assert.deepEqual(await deadline(c, 'calendarDays=0'), { from: '2026-11-20', due: '2026-11-20', beyondOfficialCalendar: false });
    const saved = t.clock.now();
    try {
      t.clock.set('2026-11-20T17:00:00.000Z'); // 01:00 on 11-21 in China
      const late = await t.login('city_op');
      assert.equal((await deadline(late, 'calendarDays=0')).from, '2026-11-21');
    } finally {
      t.clock.set(saved);
    }
  });

  test('both or neither of workingDays and calendarDays is a validation error', async () => {
    for (const query of ['from=2026-11-20&workingDays=3&calendarDays=3', 'from=2026-11-20']) {
      const res = await c.get(`/api/calendar/deadline?${query}`);
      assert.equal(res.statusCode, 400, query);
      const body = res.json();
      assert.equal(body.code, 'validation_failed');
      assert.equal(body.details[0].field, 'workingDays');
    }
    const badDate = await c.get('/api/calendar/deadline?from=2026-13-45x&workingDays=1');
    assert.equal(badDate.statusCode, 400);
    assert.equal(badDate.json().code, 'validation_failed');
  });

  test('impossible dates and months are validation errors, not 500s', async () => {
    for (const url of [
      '/api/calendar/month?month=2026-13',
      '/api/calendar/month?month=2026-00',
      '/api/calendar/deadline?from=2026-13-01&workingDays=1',
      '/api/calendar/deadline?from=2026-02-30&workingDays=1',
    ]) {
      const res = await c.get(url);
      assert.equal(res.statusCode, 400, `${url} answered ${res.statusCode} ${res.body}`);
      assert.equal(res.json().code, 'validation_failed', url);
    }
    const admin = await t.login('admin', 'Admin@2026');
    for (const date of ['2027-13-01', '2027-02-30']) {
      const res = await admin.put(`/api/calendar/overrides/${date}`, { isWorkday: false });
      assert.equal(res.statusCode, 400, `${date} answered ${res.statusCode} ${res.body}`);
      assert.deepEqual(res.json().details, [{ field: 'date', message: '日期不正确' }]);
    }
    assert.deepEqual((await c.get('/api/calendar/overrides')).json(), []);
  });

  test('the month view marks holidays and make-up days', async () => {
    const res = await c.get('/api/calendar/month?month=2026-10');
    assert.equal(res.statusCode, 200);
    const body = res.json() as { month: string; coveredThroughYear: number; days: Day[] };
    assert.equal(body.month, '2026-10');
    assert.equal(body.days.length, 31);
    const day = (date: string) => {
      const found = body.days.find((d) => d.date === date);
      assert.ok(found, date);
      return found;
    };
    assert.deepEqual(day('2026-10-01'), { date: '2026-10-01', isWorkday: false, name: '国庆节', weekday: 4, overridden: false });
    for (let d = 1; d <= 7; d += 1) assert.equal(day(`2026-10-0${d}`).isWorkday, false);
    assert.equal(day('2026-10-08').isWorkday, true);
    assert.equal(day('2026-10-10').isWorkday, true, 'make-up Saturday');
    assert.equal(day('2026-10-10').weekday, 6);
    assert.equal(day('2026-10-11').isWorkday, false, 'ordinary Sunday');
    assert.equal(day('2026-10-17').isWorkday, false, 'ordinary Saturday');
  });

  test('a sys_admin override changes deadlines that cross it, and is audited', async () => {
    // Before: 2027 is beyond the package, so 2027-01-01 (a Friday) counts as a working day.
    assert.deepEqual(await deadline(c, 'from=2026-12-31&workingDays=1'), { from: '2026-12-31', due: '2027-01-01', beyondOfficialCalendar: true });

    const admin = await t.login('admin', 'Admin@2026');
    const res = await admin.put('/api/calendar/overrides/2027-01-01', { isWorkday: false, name: '元旦' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { date: '2027-01-01', isWorkday: false, name: '元旦' });

    // After: 01-01 is a holiday and 01-02/01-03 a weekend, so the next working day is Mon 01-04.
    assert.equal((await deadline(c, 'from=2026-12-31&workingDays=1')).due, '2027-01-04');
    const month = (await c.get('/api/calendar/month?month=2027-01')).json() as { days: Day[] };
    assert.deepEqual(month.days[0], { date: '2027-01-01', isWorkday: false, name: '元旦', weekday: 5, overridden: true });
    assert.deepEqual((await c.get('/api/calendar/overrides')).json(), [{ date: '2027-01-01', isWorkday: false, name: '元旦' }]);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('event_type', '=', 'calendar.changed').orderBy('id').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0].actor_name, 'admin');
    assert.equal(audit[0].actor_id, admin.userId);
    assert.equal(audit[0].entity_type, 'calendar_override');
    assert.equal(audit[0].entity_id, '2027-01-01');
    assert.equal(audit[0].before, null);
    assert.deepEqual(audit[0].after, { isWorkday: false, name: '元旦' });

    // Removing the override restores the old deadline and is audited too.
    assert.equal((await admin.delete('/api/calendar/overrides/2027-01-01')).statusCode, 200);
    assert.equal((await deadline(c, 'from=2026-12-31&workingDays=1')).due, '2027-01-01');
    const removed = await t.db.selectFrom('audit_log').selectAll().where('event_type', '=', 'calendar.changed').orderBy('id').execute();
    assert.equal(removed.length, 2);
    assert.deepEqual(removed[1].before, { isWorkday: false, name: '元旦' });
  });

  test('operators and the security administrator cannot change the calendar', async () => {
    for (const username of ['city_op', 'secadmin']) {
      const client = await t.login(username);
      const res = await client.put('/api/calendar/overrides/2027-02-01', { isWorkday: false, name: '测试' });
      assert.equal(res.statusCode, 403, username);
      assert.equal(res.json().code, 'forbidden');
    }
    assert.equal(await t.db.selectFrom('calendar_override').select('date').where('date', '=', '2027-02-01').executeTakeFirst(), undefined);
    assert.equal((await t.anonymous().get('/api/calendar/deadline?from=2026-11-20&workingDays=1')).statusCode, 401);
  });
});
