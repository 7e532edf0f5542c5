import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import type { AppDeps } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { chinaDate } from '../../platform/clock.js';
import { notFound } from '../../platform/errors.js';
import { IdParams, responses } from '../../platform/http/schemas.js';
import { FAIR_KINDS, FAIR_STATUSES, FAIR_TARGET_GROUPS, type FairTargetGroup } from '../fairs/codes.js';
import { searchCodes } from '../market/search-codes.js';
import { PublicFairPage, PublicFairQuery, PublicProgramme, type PublicBooth, type PublicFair } from './fairs-public-schema.js';

const tags = ['fairs'];
const PUBLIC_STATUSES = ['published', 'closed'] as const;

/** Published and closed fairs of the loaded city with their organiser, campaign and booth numbers. */
function selectPublicFairs(db: Db, cityCode: string) {
  return db
    .selectFrom('fair as f')
    .innerJoin('org_unit as o', 'o.code', 'f.region_code')
    .leftJoin('fair_campaign as c', 'c.id', 'f.campaign_id')
    .select(['f.id', 'f.name', 'f.kind', 'f.status', 'f.region_code', 'f.held_on', 'f.starts_at', 'f.ends_at', 'f.venue', 'f.booth_capacity', 'f.target_groups', 'f.description'])
    .select(['o.name as region_name', 'c.name as campaign_name'])
    .select(sql<number>`(SELECT count(*)::int FROM fair_participation p WHERE p.fair_id = f.id AND p.status = 'approved')`.as('employers'))
    .select(
      sql<number>`(SELECT coalesce(sum(fp.positions), 0)::int FROM fair_participation p JOIN fair_posting fp ON fp.participation_id = p.id
        WHERE p.fair_id = f.id AND p.status = 'approved')`.as('positions'),
    )
    .where('f.status', 'in', PUBLIC_STATUSES)
    .where('f.region_code', 'like', `${cityCode}%`);
}
type Row = Awaited<ReturnType<ReturnType<typeof selectPublicFairs>['executeTakeFirstOrThrow']>>;

function present(r: Row): PublicFair {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    kindName: FAIR_KINDS[r.kind] ?? r.kind,
    status: r.status,
    statusName: FAIR_STATUSES[r.status] ?? r.status,
    regionCode: r.region_code,
    regionName: r.region_name,
    heldOn: r.held_on,
    startsAt: r.starts_at.slice(0, 5),
    endsAt: r.ends_at.slice(0, 5),
    venue: r.venue,
    boothCapacity: r.booth_capacity,
    targetGroups: r.target_groups,
    targetGroupNames: r.target_groups.map((g) => FAIR_TARGET_GROUPS[g as FairTargetGroup] ?? g),
    campaignName: r.campaign_name,
    employers: Number(r.employers),
    positions: Number(r.positions),
  };
}

/** Sorts booth numbers naturally: A2 before A10. */
const byBooth = (a: { boothNo: string }, b: { boothNo: string }) => a.boothNo.localeCompare(b.boothNo, 'en', { numeric: true });

async function programme(deps: AppDeps, id: number) {
  const row = await selectPublicFairs(deps.db, deps.config.demoCity).where('f.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('招聘会');
  const now = deps.clock.now();
  const today = chinaDate(now);
  const [codes, booths, postings, slots] = await Promise.all([
    searchCodes(deps),
    deps.db
      .selectFrom('fair_participation as p')
      .innerJoin('employer as e', 'e.id', 'p.employer_id')
      .select(['p.id', 'p.booth_no', 'e.id as employer_id', 'e.name as employer_name', 'e.industry_code'])
      .where('p.fair_id', '=', id)
      .where('p.status', '=', 'approved')
      .execute(),
    deps.db
      .selectFrom('fair_posting as fp')
      .innerJoin('fair_participation as p', 'p.id', 'fp.participation_id')
      .innerJoin('job_posting as j', 'j.id', 'fp.posting_id')
      .select(['fp.participation_id', 'fp.positions', 'j.id', 'j.title', 'j.wage_min', 'j.wage_max', 'j.education', 'j.status', 'j.valid_from', 'j.valid_to'])
      .where('p.fair_id', '=', id)
      .where('p.status', '=', 'approved')
      .orderBy('j.id')
      .execute(),
    row.kind === 'online'
      ? deps.db
          .selectFrom('fair_slot')
          .select(['id', 'participation_id', 'starts_at', 'minutes'])
          .where('fair_id', '=', id)
          .where('person_id', 'is', null)
          .where('starts_at', '>', now)
          .orderBy('starts_at')
          .orderBy('id')
          .execute()
      : Promise.resolve([]),
  ]);
  const fair = present(row);
  const result: PublicBooth[] = booths.map((b) => {
    const own = postings.filter((p) => p.participation_id === b.id);
    return {
      boothNo: b.booth_no ?? '',
      employerId: b.employer_id,
      employerName: b.employer_name,
      industryName: b.industry_code ? (codes.industry.get(b.industry_code)?.name ?? null) : null,
      postings: own.map((p) => ({
        postingId: p.id,
        title: p.title,
        positions: p.positions,
        wageMin: p.wage_min,
        wageMax: p.wage_max,
        educationName: p.education ? (codes.education.get(p.education)?.name ?? null) : null,
        open: p.status === 'published' && p.valid_from <= today && today <= p.valid_to,
      })),
      positions: own.reduce((sum, p) => sum + p.positions, 0),
      freeSlots: slots.filter((s) => s.participation_id === b.id).map((s) => ({ id: s.id, startsAt: new Date(s.starts_at).toISOString(), minutes: s.minutes })),
    };
  });
  result.sort(byBooth);
  return {
    fair: { ...fair, description: row.description },
    booths: result,
    totals: { employers: result.length, positions: result.reduce((sum, b) => sum + b.positions, 0) },
  };
}

/**
 * The fairs on the public portal and the market-hall screen (no login): the calendar of published
 * and closed fairs of the loaded city, upcoming ones first, and a fair's programme — its booths,
 * employers and the positions they bring; for an online fair the interview slots still free.
 * Planned and cancelled fairs are not found.
 */
export async function publicFairRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    '/api/portal/fairs',
    { schema: { tags, summary: '门户：招聘会日程（已发布和已结束的，近期的在前，无需登录）', security: [], querystring: PublicFairQuery, response: responses({ 200: PublicFairPage }) } },
    async (req) => {
      const q = req.query;
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const today = chinaDate(deps.clock.now());
      let query = selectPublicFairs(deps.db, deps.config.demoCity);
      if (q.from) query = query.where('f.held_on', '>=', q.from);
      if (q.to) query = query.where('f.held_on', '<=', q.to);
      if (q.kind) query = query.where('f.kind', '=', q.kind as Row['kind']);
      const [rows, total] = await Promise.all([
        query
          .orderBy(sql`f.held_on < ${today}::date`)
          .orderBy(sql`CASE WHEN f.held_on >= ${today}::date THEN f.held_on END`)
          .orderBy('f.held_on', 'desc')
          .orderBy('f.starts_at')
          .orderBy('f.id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        query
          .clearSelect()
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(present), total: Number(total.n), page, pageSize };
    },
  );
  r.get(
    '/api/portal/fairs/:id',
    { schema: { tags, summary: '门户：招聘会节目单（展位、参展单位和岗位；网络招聘会含可预约的面试时段）', security: [], params: IdParams, response: responses({ 200: PublicProgramme }) } },
    (req) => programme(deps, req.params.id),
  );
}
