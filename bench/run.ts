import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase, type DatabaseTarget } from '../server/platform/db/database.js';
import { migrateToLatest } from '../server/platform/db/migrate.js';
import { systemClock } from '../server/platform/clock.js';
import { bootstrap } from '../server/seed/bootstrap.js';
import { seedDemo } from '../server/seed/demo.js';
import { benchImport, type ImportBenchResult } from './import-bench.js';
import { timeEach, type Stat } from './stats.js';
import { benchMarket, type MarketBenchResult } from './market-bench.js';
import { QueryRecorder } from './scenario.js';
import { benchStats, type StatsBenchResult } from './stats-bench.js';

/**
 * `npm run bench [-- --scale 5 --iterations 200 --import-rows 100000 --only embedded|postgres]`: seeds a fresh database at the given scale on the
 * embedded database and (with BENCH_DATABASE_URL) on PostgreSQL, then times the platform's hot
 * paths through the full HTTP stack (in-process inject) beside the raw SQL of the same query.
 * Writes bench/results/platform-<kind>.json.
 *
 * The HR market (bench/market-bench.ts): `--market` adds its scenarios and the throughput run of
 * the public search (`--port 3107 --concurrency 20 --seconds 15`); `--only-market` runs only
 * those and merges them into the existing results file; `--reuse` keeps a database that already
 * holds a seed (e.g. the 1M-people PostgreSQL database) instead of seeding again (and skips the
 * import, which would change it);
 * Statistics (bench/stats-bench.ts, issue 6): `--stats` adds the supply-demand analysis, drill-down and
 * dashboard scenarios; `--only-stats` runs only those and merges them into the existing results file.
 * `--embedded-dir <dir>` keeps the embedded database in that directory (reusable) instead of a
 * temporary one.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '5' },
    iterations: { type: 'string', default: '200' },
    'import-rows': { type: 'string', default: '100000' },
    only: { type: 'string' },
    market: { type: 'boolean', default: false },
    'only-market': { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    'only-stats': { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'embedded-dir': { type: 'string' },
    port: { type: 'string', default: '3107' },
    concurrency: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '15' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench -- [--scale 5] [--iterations 200] [--import-rows 100000] [--only embedded|postgres]
    [--market] [--only-market] [--stats] [--only-stats] [--reuse] [--embedded-dir DIR] [--port 3107] [--concurrency 20] [--seconds 15]
  PostgreSQL runs when BENCH_DATABASE_URL is set. Results: bench/results/platform-<kind>.json.`);
  process.exit(0);
}
const scale = Number(values.scale);
const iterations = Number(values.iterations);
const importRows = Number(values['import-rows']);
const onlyStats = values['only-stats'];
const onlyMarket = values['only-market'];
const withMarket = values.market || onlyMarket;
const withStats = values.stats || onlyStats;
/** Only some scenario groups: the others' results already in the file are kept. */
const partial = onlyMarket || onlyStats;

const time = (name: string, fn: () => Promise<unknown>): Promise<Stat> => timeEach(name, iterations, fn);

async function benchOne(target: DatabaseTarget): Promise<void> {
  const config = { ...loadConfig({}), database: target, loginRateLimit: 1_000_000 };
  const database = await openDatabase(target);
  await migrateToLatest(database.db);
  const deps = { db: database.db, dbKind: database.kind, clock: systemClock, config };
  await bootstrap(deps);
  const seeded = values.reuse ? await database.db.selectFrom('audit_log').select('detail').where('event_type', '=', 'seed.loaded').executeTakeFirst() : undefined;
  const seedStart = performance.now();
  const counts = seeded ? null : await seedDemo(deps, { seed: 'bench', scale });
  const seedSeconds = seeded ? null : (performance.now() - seedStart) / 1000;
  if (seeded) console.log(`${database.kind}: reusing the seeded database (${JSON.stringify(seeded.detail)})`);
  // The app's queries go through a recorder, so the market scenarios can replay the exact SQL.
  const recorder = new QueryRecorder();
  const appDeps = { ...deps, db: database.db.withPlugin(recorder) };
  const app = await buildApp(appDeps, { serveWeb: false });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_rev', password: 'Demo@2026' } });
  const cookie = `jy_session=${login.cookies.find((c) => c.name === 'jy_session')?.value}`;
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const anyEmployer = await database.db.selectFrom('employer').select('id').where('region_code', 'like', '360203%').executeTakeFirstOrThrow();

  const results: Stat[] = [];
  const platform = async () => {
  results.push(
    await time('http GET /api/health', () => app.inject({ method: 'GET', url: '/api/health' })),
    await time('http GET /api/auth/me (session lookup)', () => get('/api/auth/me')),
    await time('http GET /api/employers (district scope, page 1)', () => get('/api/employers?pageSize=20')),
    await time('sql  employers page 1 (same scope, raw)', () =>
      sql`SELECT e.*, o.name FROM employer e JOIN org_unit o ON o.code = e.region_code WHERE e.region_code LIKE '360203%' ORDER BY e.created_at DESC, e.id DESC LIMIT 20`.execute(database.db),
    ),
    await time('http GET /api/employers/:id', () => get(`/api/employers/${anyEmployer.id}`)),
    await time('sql  employer by id (raw)', () => sql`SELECT * FROM employer WHERE id = ${anyEmployer.id}`.execute(database.db)),
    await time('http GET /api/workflow/tasks', () => get('/api/workflow/tasks')),
    await time('http GET /api/codes/entries?type=occupation&q=工', () => get('/api/codes/entries?type=occupation&q=%E5%B7%A5')),
    await time('http GET /api/org/units/360203/children', () => get('/api/org/units/360203/children')),
  );
  // A resident of the benchmark user's district, so the lookups find someone.
  const sample = await database.db.selectFrom('person').select(['citizen_id', 'name', 'region_code']).where('region_code', 'like', '360203%').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (sample) {
    const busiest = await database.db
      .selectFrom('person')
      .select(['region_code', sql<number>`count(*)::int`.as('n')])
      .where('region_code', 'like', '360203%')
      .groupBy('region_code')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const opLogin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `op_${busiest.region_code}`, password: 'Demo@2026' } });
    const opCookie = `jy_session=${opLogin.cookies.find((c) => c.name === 'jy_session')?.value}`;
    const asOp = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: opCookie } });
    results.push(
      await time('http GET /api/registry/people?q=<ID number> (district scope)', () => get(`/api/registry/people?q=${sample.citizen_id}`)),
      await time('sql  person by ID number (raw)', () => sql`SELECT * FROM person WHERE citizen_id = ${sample.citizen_id}`.execute(database.db)),
      await time('http GET /api/registry/people?q=<surname+1> (name start)', () => get(`/api/registry/people?q=${encodeURIComponent(sample.name.slice(0, 2))}`)),
      await time('sql  name start, page 1 (same scope, raw)', () =>
        sql`SELECT p.*, o.name, c.card_number FROM person p JOIN org_unit o ON o.code = p.region_code LEFT JOIN employment_card c ON c.person_id = p.id
            WHERE p.region_code LIKE '360203%' AND p.name LIKE ${sample.name.slice(0, 2) + '%'} ORDER BY p.created_at DESC, p.id DESC LIMIT 20`.execute(database.db),
      ),
      await time(`http GET /api/registry/ledgers/residents (community, ${busiest.n} people)`, () => asOp(`/api/registry/ledgers/residents?pageSize=50`)),
      await time('sql  community ledger page 1 + count (raw)', async () => {
        await sql`SELECT count(*) FROM person p WHERE p.region_code LIKE ${busiest.region_code + '%'}`.execute(database.db);
        await sql`SELECT p.id, p.name, o.name, e.kind, e.employer_name FROM person p JOIN org_unit o ON o.code = p.region_code
                  LEFT JOIN employment_registration e ON e.person_id = p.id AND e.ended_on IS NULL AND e.full_time
                  WHERE p.region_code LIKE ${busiest.region_code + '%'} ORDER BY p.region_code, p.id LIMIT 50`.execute(database.db);
      }),
    );
  }
  };
  if (!partial) await platform();
  // Before the import, which adds people (and is not undone on a reused database).
  const market: MarketBenchResult | null = withMarket
    ? await benchMarket(app, appDeps, database.db, recorder, { iterations, port: Number(values.port), concurrency: Number(values.concurrency), seconds: Number(values.seconds) })
    : null;
  const stats: StatsBenchResult | null = withStats ? await benchStats(app, appDeps, database.db, recorder, { iterations }) : null;
  // Last: the import adds ~95,000 people, which would change the figures above.
  let importResult: ImportBenchResult | null = null;
  if (importRows > 0 && !partial && !seeded) {
    const op = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'district_op', password: 'Demo@2026' } });
    const opSession = `jy_session=${op.cookies.find((c) => c.name === 'jy_session')?.value}`;
    importResult = await benchImport(app, database.db, opSession, (op.json() as { csrfToken: string }).csrfToken, '360203', importRows);
  }
  const file = `bench/results/platform-${database.kind}.json`;
  const previous = partial && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const seedInfo = seeded ? { reused: seeded.detail } : { counts, seedSeconds: Number((seedSeconds ?? 0).toFixed(2)) };
  const base = partial ? previous : { kind: database.kind, scale, ...seedInfo, results, import: importResult };
  const out = { ...base, kind: database.kind, node: process.version, at: new Date().toISOString(), ...(market && { market: { scale: seeded ? seeded.detail : scale, ...(!seeded && seedInfo), ...market } }), ...(stats && { stats: { scale: seeded ? seeded.detail : scale, ...stats } }) };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\n${database.kind} (${seeded ? `reused database seeded at ${JSON.stringify(seeded.detail)}` : `scale ${scale}, seeded in ${seedInfo.seedSeconds} s: ${JSON.stringify(counts)}`})`);
  const line = (r: Stat) => `  ${r.name.padEnd(64)} p50 ${String(r.p50_ms).padStart(8)} ms   p95 ${String(r.p95_ms).padStart(8)} ms   p99 ${String(r.p99_ms).padStart(8)} ms`;
  for (const r of results) console.log(line(r));
  if (importResult) console.log(`  import ${importResult.rows} rows: ${JSON.stringify(importResult)}`);
  if (market) {
    console.log(`  market data: ${JSON.stringify(market.data)}`);
    for (const s of market.scenarios) {
      console.log(`${line(s.http)}   target p95 ≤ ${s.target.p95_ms} ms: ${s.pass ? 'PASS' : 'FAIL'}`);
      if (s.sql) console.log(line(s.sql));
    }
    if (market.throughput) console.log(`  throughput: ${JSON.stringify(market.throughput)}`);
  }
  if (stats) {
    console.log(`  stats data: ${JSON.stringify(stats.data)}`);
    for (const s of stats.scenarios) {
      console.log(`${line(s.http)}   ${s.target.p95_ms === undefined ? 'no target of its own' : `target p95 ≤ ${s.target.p95_ms} ms: ${s.pass ? 'PASS' : 'FAIL'}`}`);
      if (s.sqlSlowest) console.log(line(s.sqlSlowest));
    }
    for (const a of stats.liveAggregate) console.log(line(a));
  }
  await app.close();
  await database.close();
}

if (values.only !== 'postgres') {
  const kept = values['embedded-dir'];
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'jy-bench-'));
  try {
    await benchOne({ kind: 'embedded', dataDir: dir });
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}
if (values.only === 'embedded') {
  // PostgreSQL skipped on request.
} else if (process.env.BENCH_DATABASE_URL) {
  await benchOne({ kind: 'postgres', url: process.env.BENCH_DATABASE_URL });
} else {
  console.log('\nBENCH_DATABASE_URL not set: PostgreSQL not benchmarked (use a database that may be dropped and recreated).');
}
