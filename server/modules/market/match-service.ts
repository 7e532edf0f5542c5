import type { AppDeps, RequestContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { rolesAllow } from '../../platform/roles.js';
import { inScope } from '../../platform/scope.js';
import { byScore, matchScore, type MatchPosting, type MatchSeeker } from './match-score.js';
import { matchTokens } from './match-tokens.js';
import { postingPool, seekerPool, seekerPools, selectPostingCards, type PostingCardRow } from './match-repository.js';
import { searchCodes } from './search-codes.js';
import { postingCard } from './search-service.js';
import { selectSeekers, type SeekerRow } from './seeker-repository.js';
import { employerCandidateCard, seekerCard, seekerNames } from './seeker-present.js';
import { loadSeeker, ownPersonId, today } from './seeker-service.js';
import type { Candidates, Recommendations } from './match-schema.js';

/**
 * What the score may know of a registration. Only these fields are read: the person's sex,
 * ethnicity, household type, health and age never reach the score.
 */
export function seekerMatchInput(r: Pick<SeekerRow, 'desired_occupations' | 'desired_regions' | 'region_code' | 'wage_expected' | 'education' | 'skills' | 'certificates' | 'valid_to'>): MatchSeeker {
  return {
    desiredOccupations: r.desired_occupations,
    desiredRegions: r.desired_regions,
    homeRegion: r.region_code,
    wageExpected: r.wage_expected,
    education: r.education,
    skillTokens: matchTokens(r.skills, r.certificates),
    validTo: r.valid_to,
  };
}

export function postingMatchInput(p: Pick<PostingCardRow, 'occupation_code' | 'region_code' | 'wage_min' | 'wage_max' | 'education' | 'title' | 'description' | 'requirements' | 'valid_to'>): MatchPosting {
  return {
    occupationCode: p.occupation_code,
    regionCode: p.region_code,
    wageMin: p.wage_min,
    wageMax: p.wage_max,
    education: p.education,
    textTokens: matchTokens(p.title, p.description, p.requirements),
    validTo: p.valid_to,
  };
}

/** Valid postings ranked for a registration (an expired or closed one gets none). */
async function recommend(deps: AppDeps, seeker: SeekerRow, limit: number): Promise<Recommendations> {
  const day = today(deps);
  if (seeker.status !== 'active' || seeker.valid_to < day) return { items: [] };
  const input = seekerMatchInput(seeker);
  const ids = await postingPool(deps.db, { desiredOccupations: input.desiredOccupations, desiredRegions: input.desiredRegions, homeRegion: input.homeRegion, wageExpected: input.wageExpected }, day);
  if (ids.length === 0) return { items: [] };
  const rows = await selectPostingCards(deps.db).where('j.id', 'in', ids).execute();
  const ranked = rows
    .map((p) => ({ p, ...matchScore(input, postingMatchInput(p), day), tie: p.id }))
    .sort(byScore)
    .slice(0, limit);
  const codes = await searchCodes(deps);
  return { items: ranked.map((r) => ({ posting: postingCard(r.p, codes, []), score: r.score, reasons: r.reasons })) };
}

/** Staff: postings for a seeker in their scope. */
export async function seekerRecommendations(deps: AppDeps, ctx: RequestContext, seekerId: number, limit = 20): Promise<Recommendations> {
  return recommend(deps, await loadSeeker(deps.db, ctx, seekerId), limit);
}

/** A citizen: postings for their own active registration. */
export async function myRecommendations(deps: AppDeps, ctx: RequestContext, limit = 20): Promise<Recommendations> {
  const person = await ownPersonId(deps.db, ctx);
  if (person === null) throw forbidden('该账号未关联实名登记人员');
  const seeker = await selectSeekers(deps.db).where('s.person_id', '=', person).where('s.status', '=', 'active').executeTakeFirst();
  return seeker ? recommend(deps, seeker, limit) : { items: [] };
}

/**
 * Seekers ranked for a posting. Staff see every active, valid seeker in their scope; those holding
 * an active employment-difficulty identification are flagged and listed first (priority service):
 * up to `limit` of them, by score, then up to `limit` others, by score. The priority ones come from
 * a pool of their own, so one ranked beyond the limit (or beyond the general pool) is still listed;
 * their score is the same as anyone's. An employer sees, for its own posting, only seekers who
 * consented to share their profile, the best `limit` by score, on the employer card (no protected
 * attributes, no difficulty flag, no priority).
 */
export async function postingCandidates(deps: AppDeps, ctx: RequestContext, postingId: number, limit = 50): Promise<Candidates> {
  const { actor } = ctx;
  const day = today(deps);
  const posting = await selectPostingCards(deps.db).where('j.id', '=', postingId).executeTakeFirst();
  const staff = actor.kind === 'staff' && rolesAllow(actor.roles, 'seeker.view');
  const own = actor.kind === 'external' && actor.employerId !== null && posting?.employer_id === actor.employerId;
  if (!posting || !(staff ? inScope(actor, posting.region_code) : own)) throw notFound('岗位');
  if (posting.status !== 'published' || posting.valid_to < day || posting.valid_from > day) return { items: [] };
  const side = { occupationCode: posting.occupation_code, regionCode: posting.region_code, wageMin: posting.wage_min, wageMax: posting.wage_max };
  const scope = staff ? { regionPrefix: actor.orgCode, consentOnly: false } : { regionPrefix: posting.region_code.slice(0, 4), consentOnly: true };
  // Staff: the pools say who holds an active difficulty identification; the employer is never told.
  const pools = staff ? await seekerPools(deps.db, side, day, scope) : { priority: [], others: await seekerPool(deps.db, side, day, scope) };
  const ids = [...pools.priority, ...pools.others];
  if (ids.length === 0) return { items: [] };
  const priority = new Set(pools.priority);
  const rows = (await selectSeekers(deps.db, true).where('s.id', 'in', ids).execute()).map((s) => ({ ...s, difficulty: priority.has(s.id) }));
  const target = postingMatchInput(posting);
  const ranked = rows.map((s) => ({ s, ...matchScore(seekerMatchInput(s), target, day), tie: s.id })).sort(byScore);
  // Priority service: staff follow up people with employment difficulty first. Filtering the sorted list keeps score order within each group.
  const listed = staff ? [...ranked.filter((r) => r.s.difficulty).slice(0, limit), ...ranked.filter((r) => !r.s.difficulty).slice(0, limit)] : ranked.slice(0, limit);
  const names = await seekerNames(deps.db, listed.map((r) => r.s));
  return {
    items: listed.map((r) => ({
      seeker: staff ? seekerCard(r.s, names, day, true) : employerCandidateCard(r.s, names),
      score: r.score,
      reasons: r.reasons,
      priority: staff && r.s.difficulty,
    })),
  };
}
