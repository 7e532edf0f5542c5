import { generateAssistance } from './assistance.js';
import { generatePostings } from './postings.js';
import { marketPlan } from './market-scale.js';
import { generateSeekers, linkSeekerDemo } from './seekers.js';
import { generateReferrals } from './referrals.js';
import { generateArticles } from './articles.js';
import { generateFairs } from './fairs.js';
import { sql } from 'kysely';
import type { AppDeps } from '../platform/context.js';
import type { Db } from '../platform/db/database.js';
import { writeAudit } from '../platform/audit.js';
import { hashPassword } from '../modules/auth/password.js';
import { createRandom, type Random } from './random.js';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts.js';
import { resolvePlaces, type Places } from './places.js';
import { generateStaff } from './staff.js';
import { generateEmployers } from './employers.js';
import { generateRegistry } from './registry.js';

export interface SeedOptions {
  seed: string;
  /** 1 = the demo city as shipped; benchmarks use larger values. */
  scale: number;
}

/** What every generator gets: the transaction, a deterministic random stream, and the demo places. */
export interface SeedContext {
  db: Db;
  rng: Random;
  now: Date;
  scale: number;
  cityCode: string;
  cityName: string;
  places: Places;
  staff: Map<string, number>;
}

/** A module's demo-data generator. Later modules append theirs to SEED_GENERATORS. */
export interface SeedGenerator {
  name: string;
  run(ctx: SeedContext): Promise<Record<string, number>>;
}

export const SEED_GENERATORS: SeedGenerator[] = [
  {
    name: 'employers',
    async run(ctx) {
      const communities = (
        await ctx.db.selectFrom('org_unit').select('code').where('code', 'like', `${ctx.cityCode}%`).where('level', '=', 5).orderBy('code').execute()
      ).map((r) => r.code);
      // The demo community gets a verified employer (for employer_demo) and items waiting at the
      // street and at the district, so the review flow can be tried straight away.
      const pinned = await generateEmployers({
        db: ctx.db,
        rng: ctx.rng.fork('employers'),
        now: ctx.now,
        cityName: ctx.cityName,
        communities,
        staff: ctx.staff,
        count: marketPlan(ctx.scale).employers,
        pinned: { community: ctx.places.community.code, outcomes: ['verified', 'street', 'street', 'street', 'district', 'district', 'returned', 'draft'] },
      });
      await ctx.db.updateTable('app_user').set({ employer_id: pinned[0] }).where('username', '=', 'employer_demo').execute();
      return { employers: marketPlan(ctx.scale).employers };
    },
  },
  { name: 'registry', run: (ctx) => generateRegistry(ctx) },
  { name: 'assistance', run: (ctx) => generateAssistance(ctx) },
  {
    name: 'postings',
    run: (ctx) => generatePostings({ db: ctx.db, rng: ctx.rng, now: ctx.now, cityCode: ctx.cityCode, staff: ctx.staff, plan: marketPlan(ctx.scale), scale: ctx.scale }),
  },
  { name: 'seekers', run: async (ctx) => generateSeekers(ctx, marketPlan(ctx.scale), new Set([await linkSeekerDemo(ctx)].filter((id): id is number => id !== null))) },
  { name: 'referrals', run: (ctx) => generateReferrals(ctx, marketPlan(ctx.scale)) },
  { name: 'articles', run: (ctx) => generateArticles(ctx) },
  { name: 'fairs', run: (ctx) => generateFairs(ctx) },
];

async function insertNamedAccounts(db: Db, accounts: DemoAccount[], places: Places, hashes: Map<string, string>, now: Date) {
  const staff = new Map<string, number>();
  for (const a of accounts) {
    const existing = await db.selectFrom('app_user').select('id').where('username', '=', a.username).executeTakeFirst();
    if (existing) {
      staff.set(a.username, existing.id);
      continue;
    }
    const user = await db
      .insertInto('app_user')
      .values({
        username: a.username,
        display_name: a.displayName,
        password_hash: hashes.get(a.password) as string,
        org_code: places[a.place].code,
        kind: a.kind,
        password_changed_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('user_role').values(a.roles.map((role) => ({ user_id: user.id, role, created_at: now }))).execute();
    staff.set(a.username, user.id);
  }
  return staff;
}

/**
 * Loads demo data for the configured city, deterministically from the seed: the named demo
 * accounts, staff for every district, street and community, and each module's generator.
 * One transaction: all or nothing.
 */
export async function seedDemo(deps: AppDeps, options: SeedOptions): Promise<Record<string, number>> {
  const cityCode = deps.config.demoCity;
  const rng = createRandom(`${options.seed}:${options.scale}`);
  const now = deps.clock.now();
  const hashes = new Map<string, string>();
  for (const password of new Set(DEMO_ACCOUNTS.map((a) => a.password))) hashes.set(password, await hashPassword(password));
  const counts = await deps.db.transaction().execute(async (trx) => {
    const places = await resolvePlaces(trx, cityCode);
    const named = await insertNamedAccounts(trx, DEMO_ACCOUNTS, places, hashes, now);
    const generated = await generateStaff(trx, rng.fork('staff'), cityCode, hashes.get(DEMO_ACCOUNTS[1].password) as string, now);
    const staff = new Map([...generated, ...named]);
    const ctx: SeedContext = { db: trx, rng, now, scale: options.scale, cityCode, cityName: places.city.name, places, staff };
    const counts: Record<string, number> = { accounts: staff.size };
    for (const generator of SEED_GENERATORS) Object.assign(counts, await generator.run({ ...ctx, rng: rng.fork(generator.name) }));
    await writeAudit(trx, deps.clock, { actorId: null, actorName: 'system', ip: null }, { event: 'seed.loaded', detail: { ...options, counts } });
    return counts;
  });
  // Fresh planner statistics and visibility maps: PGlite has no autovacuum, and a server's may not
  // have run yet — without the visibility map the covering indexes' index-only scans read the heap.
  await sql`VACUUM (ANALYZE)`.execute(deps.db);
  return counts;
}
