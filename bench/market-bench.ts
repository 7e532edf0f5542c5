import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../server/platform/db/database.js';
import type { AppDeps } from '../server/platform/context.js';
import { chinaDate } from '../server/platform/clock.js';
import { publicSearchCache } from '../server/modules/market/search-cache.js';
import { createRandom } from '../server/seed/random.js';
import { scenario, type QueryRecorder, type Scenario, type ScenarioContext } from './scenario.js';

/**
 * The HR market's hot paths at scale: public job search (a 2-character word with region and
 * occupation filters; a 4-character phrase), recommendations for a seeker, candidates for a
 * posting — each timed through the full HTTP stack (in-process inject, cache misses only) beside
 * the raw SQL the same requests ran, replayed — and a throughput run of the public search over real
 * HTTP with a separate load-generator process at a fixed concurrency and a realistic query mix.
 */

export interface ThroughputResult {
  name: string;
  target: { rps: number; p99_ms: number };
  concurrency: number;
  seconds: number;
  requests: number;
  errors: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  mean_ms: number;
  distinctQueries: number;
  cacheHitRatio: number;
  pass: boolean;
}

export interface MarketBenchResult {
  data: Record<string, number>;
  scenarios: Scenario[];
  throughput: ThroughputResult | null;
}

/** 2-character words people search for, with the occupation (medium or major group) that fits them. */
const WORDS_2: [string, string][] = [
  ['电工', '6-31'], ['会计', '2-06'], ['客服', '4-01'], ['司机', '4-02'], ['厨师', '4-03'], ['彩绘', '6-09'], ['陶瓷', '6'], ['焊工', '6-18'],
  ['保安', '3-02'], ['保洁', '4-10'], ['仓储', '4-02'], ['质检', '6-31'], ['导购', '4-01'], ['叉车', '6-30'], ['烘焙', '6-02'], ['育婴', '4-10'],
  ['运营', '4-01'], ['设计', '2-09'], ['施工', '2'], ['数控', '6-18'], ['装配', '6-25'], ['前台', '4-03'], ['收银', '4-03'], ['快递', '4-02'],
  ['药品', '4-01'], ['教师', '2-08'], ['维修', '4'], ['开发', '2-02'], ['文员', '3-01'], ['普工', '6-31'], ['出纳', '2-06'], ['护理', '4-10'],
];
/** 4-character phrases (two words each once segmented). */
const PHRASES_4 = ['陶瓷彩绘', '高压电工', '财务软件', '电商运营', '叉车操作', '货物配送', '餐厅服务', '客户服务', '设备保养', '仓储管理', '纳税申报', '前端开发', '食品加工', '老人护理', '机械维修', '施工管理', '质量检验', '药品销售', '销售目标', '库存数据'];

const enc = encodeURIComponent;

/** Runs the market scenarios against a seeded database; `port` for the throughput run (0 = skip it). */
export async function benchMarket(app: FastifyInstance, deps: AppDeps, raw: Db, recorder: QueryRecorder, opts: { iterations: number; port: number; concurrency: number; seconds: number }): Promise<MarketBenchResult> {
  const city = deps.config.demoCity;
  const today = chinaDate(deps.clock.now());
  const rng = createRandom('market-bench');
  const counts = await sql<Record<string, number>>`
    SELECT (SELECT count(*) FROM employer)::int AS employers,
           (SELECT count(*) FROM job_posting)::int AS postings,
           (SELECT count(*) FROM job_posting WHERE status = 'published' AND valid_from <= ${today}::date AND valid_to >= ${today}::date)::int AS "postingsValid",
           (SELECT count(*) FROM job_seeker WHERE status = 'active')::int AS "seekersActive",
           (SELECT count(*) FROM referral)::int AS referrals,
           (SELECT count(*) FROM person)::int AS people`.execute(raw);
  const regions = (await sql<{ code: string }>`SELECT code FROM org_unit WHERE code LIKE ${`${city}%`} AND level IN (3, 4) ORDER BY code`.execute(raw)).rows.map((r) => r.code);
  const c: ScenarioContext = { app, deps, raw, recorder, iterations: opts.iterations };
  const cache = publicSearchCache(deps);
  const n = opts.iterations + 10;

  // Distinct requests, so every one is a cache miss (the cache is also cleared before each).
  const search2 = Array.from({ length: n }, () => {
    const [word, occupation] = rng.pick(WORDS_2);
    return `/api/public/postings?q=${enc(word)}&region=${rng.pick(regions)}&occupation=${occupation}&limit=20`;
  });
  const search4 = Array.from({ length: n }, () => `/api/public/postings?q=${enc(rng.pick(PHRASES_4))}${rng.chance(0.5) ? `&region=${rng.pick(regions)}` : ''}&limit=20`);

  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_op', password: 'Demo@2026' } });
  const cookie = `jy_session=${login.cookies.find((k) => k.name === 'jy_session')?.value}`;
  const district = (await sql<{ org_code: string }>`SELECT org_code FROM app_user WHERE username = 'district_op'`.execute(raw)).rows[0].org_code;
  const seekers = (await sql<{ id: number }>`
    SELECT id FROM job_seeker WHERE status = 'active' AND valid_to >= ${today}::date AND region_code LIKE ${`${district}%`}
    ORDER BY (id * 7919) % 10007, id LIMIT ${n}`.execute(raw)).rows.map((r) => r.id);
  const postings = (await sql<{ id: number }>`
    SELECT id FROM job_posting WHERE status = 'published' AND valid_from <= ${today}::date AND valid_to >= ${today}::date AND region_code LIKE ${`${district}%`}
    ORDER BY (id * 7919) % 10007, id LIMIT ${n}`.execute(raw)).rows.map((r) => r.id);

  const scenarios: Scenario[] = [
    await scenario(c, 'GET /api/public/postings?q=<2 chars>&region=&occupation= (cache miss)', 50, search2, {}, () => cache.clear()),
    await scenario(c, 'GET /api/public/postings?q=<4-char phrase> (cache miss)', 30, search4, {}, () => cache.clear()),
  ];
  if (seekers.length > 0) scenarios.push(await scenario(c, 'GET /api/market/seekers/:id/recommendations?limit=20', 50, seekers.map((id) => `/api/market/seekers/${id}/recommendations?limit=20`), { cookie }));
  if (postings.length > 0) scenarios.push(await scenario(c, 'GET /api/market/postings/:id/candidates?limit=50', 100, postings.map((id) => `/api/market/postings/${id}/candidates?limit=50`), { cookie }));

  let throughput: ThroughputResult | null = null;
  if (opts.port > 0) throughput = await throughputRun(app, regions, opts);
  return { data: counts.rows[0], scenarios, throughput };
}

/**
 * The public search under load: 4,000 distinct searches (word or phrase, often a place, sometimes
 * an occupation or a wage floor, a second page now and then) requested with a Zipf-like popularity,
 * as a portal's visitors would; the route's own cache serves repeats within its TTL.
 */
async function throughputRun(app: FastifyInstance, regions: string[], opts: { port: number; concurrency: number; seconds: number }): Promise<ThroughputResult> {
  const rng = createRandom('market-bench-load');
  const distinct = Array.from({ length: 4000 }, () => {
    const params: string[] = [];
    const kind = rng.next();
    if (kind < 0.7) {
      const [word, occupation] = rng.pick(WORDS_2);
      params.push(`q=${enc(word)}`);
      if (rng.chance(0.3)) params.push(`occupation=${occupation}`);
    } else if (kind < 0.91) params.push(`q=${enc(rng.pick(PHRASES_4))}`);
    if (rng.chance(0.6)) params.push(`region=${rng.pick(regions)}`);
    if (rng.chance(0.15)) params.push(`wageMin=${rng.pick([3000, 4000, 5000, 6000])}`);
    if (rng.chance(0.1)) params.push('sort=date');
    return `/api/public/postings?${params.join('&')}`;
  });
  // Zipf(1) popularity over the distinct searches, sampled deterministically.
  const weights = distinct.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const sequence = Array.from({ length: 200_000 }, () => {
    const r = rng.next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return distinct[lo];
  });
  const dir = mkdtempSync(join(tmpdir(), 'jy-bench-load-'));
  const file = join(dir, 'paths.txt');
  writeFileSync(file, sequence.join('\n'));
  const address = await app.listen({ port: opts.port, host: '127.0.0.1' });
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts', address, String(opts.concurrency), String(opts.seconds), file], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`load generator exited with ${code}`))));
    });
    const r = JSON.parse(out.trim().split('\n').pop() as string) as Omit<ThroughputResult, 'name' | 'target' | 'pass' | 'distinctQueries'>;
    const target = { rps: 1000, p99_ms: 100 };
    return { name: 'GET /api/public/postings under load (real HTTP, Zipf mix)', target, ...r, distinctQueries: new Set(sequence).size, pass: r.rps >= target.rps && r.p99_ms <= target.p99_ms && r.errors === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
