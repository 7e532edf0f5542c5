import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { loadVisibleFair } from './fair-access.js';
import { compareBooths } from './fair-rules.js';
import { fairSummary } from './fair-repository.js';
import { postingsOf } from './participation-repository.js';
import type { Programme } from './participation-schema.js';

/**
 * The fair programme and booth plan (招聘会会刊、展位图): the approved employers by booth number
 * (A2 before A10) with the postings they bring, and the totals. No access check: callers (the staff
 * route below, the public portal) decide who may see which fair.
 */
export async function fairProgramme(db: Db, fairId: number): Promise<Programme> {
  const fair = await fairSummary(db, fairId);
  if (!fair) throw notFound('招聘会');
  const rows = await db
    .selectFrom('fair_participation as p')
    .innerJoin('employer as e', 'e.id', 'p.employer_id')
    .select(['p.id', 'p.booth_no', 'p.employer_id', 'e.name as employer_name'])
    .select(sql<string | null>`(SELECT c.name FROM code_entry c WHERE c.type = 'industry' AND c.code = e.industry_code ORDER BY c.edition DESC LIMIT 1)`.as('industry_name'))
    .where('p.fair_id', '=', fairId)
    .where('p.status', '=', 'approved')
    .execute();
  const postings = await postingsOf(db, rows.map((r) => r.id));
  const booths = rows
    .map((r) => ({
      boothNo: r.booth_no ?? '',
      employerId: r.employer_id,
      employerName: r.employer_name,
      industryName: r.industry_name,
      postings: (postings.get(r.id) ?? []).map((p) => ({ postingId: p.posting_id, title: p.title, positions: p.positions, wageMin: p.wage_min, wageMax: p.wage_max, educationName: p.education_name })),
    }))
    .sort((a, b) => compareBooths(a.boothNo, b.boothNo));
  const positions = booths.reduce((sum, b) => sum + b.postings.reduce((s, p) => s + p.positions, 0), 0);
  return { fair, booths, totals: { employers: booths.length, positions } };
}

/** The programme for staff who see the fair. */
export async function getProgramme(deps: AppDeps, ctx: RequestContext, fairId: number): Promise<Programme> {
  if (ctx.actor.kind !== 'staff') throw notFound('招聘会');
  await loadVisibleFair(deps.db, ctx.actor, fairId);
  return fairProgramme(deps.db, fairId);
}
