import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../server/platform/db/database.js';
import type { AppDeps } from '../server/platform/context.js';
import { chinaDate } from '../server/platform/clock.js';
import { previousPeriod, resolvePeriod } from '../server/modules/stats/period.js';
import { tallySide } from '../server/modules/stats/supply-demand-repository.js';
import { scenario, type QueryRecorder, type Scenario, type ScenarioContext } from './scenario.js';
import { timeEach, type Stat } from './stats.js';

/**
 * Statistics at scale (issue 6): the full quarterly supply-demand analysis for the whole city and for
 * one district, drill-down pages (the postings behind a cell, the people behind an indicator), and
 * the dashboard's first-paint data — each through the HTTP stack beside the SQL it ran, replayed. The
 * dashboard's first paint is served from its materialised copy (made by one warm-up call); its
 * computation (refresh=true, what the scheduled job pays per unit) is timed on its own, a few times.
 * The analysis of the last finished quarter is the realistic request (the current one is partial).
 */
export interface StatsBenchResult {
  data: Record<string, number | string>;
  scenarios: Scenario[];
  /**
   * The main aggregate of the analysis (one side's GROUPING SETS over the records valid in the
   * quarter, sd tallySide) run live on the raw connection: what a request costs when its period is
   * not kept (the current quarter, a custom span, a street) and what the snapshot saves.
   */
  liveAggregate: Stat[];
}

async function session(app: FastifyInstance, username: string): Promise<Record<string, string>> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'Demo@2026' } });
  if (login.statusCode !== 200) throw new Error(`login ${username} → ${login.statusCode}`);
  return { cookie: `jy_session=${login.cookies.find((k) => k.name === 'jy_session')?.value}` };
}

/** One GET through the HTTP stack that must answer 200. */
async function fetchOk(app: FastifyInstance, url: string, headers: Record<string, string>): Promise<void> {
  const res = await app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
}

/**
 * A request timed without a target of its own (its cost reported beside the targets): seconds each
 * at scale, so a few timed calls, no warm-up rounds and no SQL replay.
 */
async function measuredOnly(c: ScenarioContext, name: string, url: string, headers: Record<string, string>): Promise<Scenario> {
  const http = await timeEach(`http ${name}`, Math.min(c.iterations, 3), () => fetchOk(c.app, url, headers), 0);
  return { name, target: {}, http, sql: null, sqlSequential: null, sqlSlowest: null, statementsPerRequest: null, pass: true };
}

export async function benchStats(app: FastifyInstance, deps: AppDeps, raw: Db, recorder: QueryRecorder, opts: { iterations: number }): Promise<StatsBenchResult> {
  const city = deps.config.demoCity;
  const today = chinaDate(deps.clock.now());
  const current = resolvePeriod({ period: 'quarter' }, today);
  const quarter = previousPeriod(current);
  const [year, q] = [Number(quarter.from.slice(0, 4)), Math.ceil(Number(quarter.from.slice(5, 7)) / 3)];
  const district = (await sql<{ org_code: string }>`SELECT org_code FROM app_user WHERE username = 'district_rev'`.execute(raw)).rows[0].org_code;
  const data = (
    await sql<Record<string, number>>`
      SELECT (SELECT count(*) FROM job_posting)::int AS postings,
             (SELECT count(*) FROM job_posting WHERE published_at IS NOT NULL AND valid_from <= ${quarter.to}::date AND valid_to >= ${quarter.from}::date)::int AS "postingsValidInQuarter",
             (SELECT count(*) FROM job_seeker)::int AS seekers,
             (SELECT count(*) FROM job_seeker WHERE valid_from <= ${quarter.to}::date AND valid_to >= ${quarter.from}::date)::int AS "seekersValidInQuarter",
             (SELECT count(*) FROM person)::int AS people,
             (SELECT count(*) FROM employment_registration)::int AS "employmentRegistrations",
             (SELECT count(*) FROM unemployment_registration)::int AS "unemploymentRegistrations"`.execute(raw)
  ).rows[0];
  const c: ScenarioContext = { app, deps, raw, recorder, iterations: opts.iterations };
  const cityUser = await session(app, 'city_rev');
  const districtUser = await session(app, 'district_rev');
  const period = `period=quarter&year=${year}&quarter=${q}`;
  const repeat = (url: string) => [url];
  const occupationGroups = ['1', '2', '3', '4', '5', '6'];
  const drills = occupationGroups.map((g, i) => `/api/stats/supply-demand/records?${period}&regionCode=${district}&table=occupation&row=${g}&side=${i % 2 === 0 ? 'demand' : 'supply'}&page=${1 + (i % 3)}&pageSize=20`);
  const indicatorDrills = ['newTotal', 'unemployed', 'reemployed'].map((indicator) => `/api/stats/indicators/records?${period}&regionCode=${district}&indicator=${indicator}&pageSize=20`);
  const scenarios: Scenario[] = [
    await scenario(c, `GET /api/stats/supply-demand (city ${city}, ${quarter.label})`, 1000, repeat(`/api/stats/supply-demand?${period}&regionCode=${city}`), cityUser),
    await scenario(c, `GET /api/stats/supply-demand (district ${district}, ${quarter.label})`, 300, repeat(`/api/stats/supply-demand?${period}&regionCode=${district}`), districtUser),
    await scenario(c, 'GET /api/stats/supply-demand/records (postings or seekers behind a cell, page 1–3)', 200, drills, districtUser),
    await scenario(c, 'GET /api/stats/indicators/records (people behind an indicator)', 200, indicatorDrills, districtUser),
  ];
  // The first paint as served: the materialised copy, made fresh by one warm-up call (refresh=true).
  for (const [region, user] of [[city, cityUser], [district, districtUser]] as const) {
    await fetchOk(app, `/api/stats/dashboard?regionCode=${region}&refresh=true`, user);
    scenarios.push(await scenario(c, `GET /api/stats/dashboard (${region === city ? 'city' : 'district'} ${region}, first paint, materialised)`, 300, repeat(`/api/stats/dashboard?regionCode=${region}`), user));
  }
  // Its computation on request: the scheduled job's cost per unit and the Refresh button's wait (not a first-paint target).
  scenarios.push(
    await measuredOnly(c, `GET /api/stats/dashboard (city ${city}, computed, refresh=true)`, `/api/stats/dashboard?regionCode=${city}&refresh=true`, cityUser),
    await measuredOnly(c, `GET /api/stats/dashboard (district ${district}, computed, refresh=true)`, `/api/stats/dashboard?regionCode=${district}&refresh=true`, districtUser),
    // The current quarter: its own tallies counted live, the comparison periods kept.
    await measuredOnly(c, `GET /api/stats/supply-demand (city ${city}, ${current.label}, current)`, `/api/stats/supply-demand?regionCode=${city}`, cityUser),
    await measuredOnly(c, `GET /api/stats/supply-demand (district ${district}, ${current.label}, current)`, `/api/stats/supply-demand?regionCode=${district}`, districtUser),
  );
  const live = (label: string, region: string) =>
    timeEach(`sql  live main aggregate, both sides (${label} ${region}, ${quarter.label})`, Math.min(opts.iterations, 3), () => Promise.all((['demand', 'supply'] as const).map((side) => tallySide(raw, side, region, quarter.from, quarter.to))), 1);
  const liveAggregate = [await live('city', city), await live('district', district)];
  return { data: { ...data, quarter: quarter.label }, scenarios, liveAggregate };
}
