import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { RequestContext } from '../../platform/context.js';
import { rolesAllow } from '../../platform/roles.js';
import { maskPhone } from '../../platform/validators/citizen-id.js';
import { notFound } from '../../platform/errors.js';
import { mayManageFair, maySeeFair } from './fair-access.js';
import { isOpenStatus } from './fair-rules.js';
import { PARTICIPATION_STATUSES } from './codes.js';
import type { ParticipationView } from './participation-schema.js';

/** A participation with its employer and its fair (the fair's organiser decides what staff may do). */
export function selectParticipations(db: Db) {
  return db
    .selectFrom('fair_participation as p')
    .innerJoin('employer as e', 'e.id', 'p.employer_id')
    .innerJoin('fair as f', 'f.id', 'p.fair_id')
    .selectAll('p')
    .select(['e.name as employer_name', 'e.credit_code', 'e.industry_code', 'f.name as fair_name', 'f.held_on', 'f.venue', 'f.status as fair_status', 'f.region_code as fair_region_code']);
}

export type ParticipationRow = Awaited<ReturnType<ReturnType<typeof selectParticipations>['executeTakeFirstOrThrow']>>;

const codeName = (type: string, column: string) =>
  sql<string | null>`(SELECT c.name FROM code_entry c WHERE c.type = ${type} AND c.code = ${sql.ref(column)} ORDER BY c.edition DESC LIMIT 1)`;

/** The postings participations bring, with their occupation and education names. */
export function selectBroughtPostings(db: Db) {
  return db
    .selectFrom('fair_posting as fp')
    .innerJoin('job_posting as j', 'j.id', 'fp.posting_id')
    .select(['fp.participation_id', 'fp.posting_id', 'fp.positions', 'j.title', 'j.occupation_code', 'j.wage_min', 'j.wage_max', 'j.education'])
    .select([codeName('occupation', 'j.occupation_code').as('occupation_name'), codeName('education', 'j.education').as('education_name')]);
}

export type BroughtPostingRow = Awaited<ReturnType<ReturnType<typeof selectBroughtPostings>['executeTakeFirstOrThrow']>>;

/** The postings each participation brings, by participation id (in posting order: the same on every database collation). */
export async function postingsOf(db: Db, participationIds: readonly number[]): Promise<Map<number, BroughtPostingRow[]>> {
  const out = new Map<number, BroughtPostingRow[]>();
  if (participationIds.length === 0) return out;
  const rows = await selectBroughtPostings(db).where('fp.participation_id', 'in', [...participationIds]).orderBy('fp.participation_id').orderBy('fp.posting_id').execute();
  for (const r of rows) out.set(r.participation_id, [...(out.get(r.participation_id) ?? []), r]);
  return out;
}

/**
 * Postings brought to a fair that are no longer reviewed and published or not valid on `heldOn`: of
 * one participation, or of every live (applied or approved) participation of a fair.
 */
export async function staleBroughtPostings(db: Db, of: { participationId: number } | { fairId: number }, heldOn: string) {
  let q = db
    .selectFrom('fair_posting as fp')
    .innerJoin('fair_participation as p', 'p.id', 'fp.participation_id')
    .innerJoin('job_posting as j', 'j.id', 'fp.posting_id')
    .select(['j.id', 'j.title'])
    .where((eb) => eb.or([eb('j.status', '<>', 'published'), eb('j.valid_from', '>', heldOn), eb('j.valid_to', '<', heldOn)]));
  q = 'participationId' in of ? q.where('p.id', '=', of.participationId) : q.where('p.fair_id', '=', of.fairId).where('p.status', 'in', ['applied', 'approved']);
  return q.orderBy('j.id').execute();
}

/** The credit code with its middle hidden (91360203****JX2T). */
export const maskCreditCode = (code: string) => (code.length > 8 ? `${code.slice(0, 8)}****${code.slice(-4)}` : code);

/** Whether the actor manages the participation's fair (fair.manage, organiser in the subtree). */
export function managesFair(ctx: RequestContext, r: Pick<ParticipationRow, 'fair_region_code'>): boolean {
  return ctx.actor.kind === 'staff' && rolesAllow(ctx.actor.roles, 'fair.manage') && mayManageFair(ctx.actor, { region_code: r.fair_region_code });
}

/** Whether the actor is the participating employer's account. */
export function ownsParticipation(ctx: RequestContext, r: Pick<ParticipationRow, 'employer_id'>): boolean {
  return ctx.actor.kind === 'external' && ctx.actor.employerId === r.employer_id && rolesAllow(ctx.actor.roles, 'fair.apply');
}

/** What the actor may do with the participation (sent as `can`). */
export function participationActions(ctx: RequestContext, r: ParticipationRow, today: string) {
  const open = isOpenStatus(r.fair_status);
  const manage = open && managesFair(ctx, r);
  return {
    decide: manage && r.status === 'applied',
    changeBooth: manage && r.status === 'approved',
    withdraw: open && (r.status === 'applied' || r.status === 'approved') && (manage || ownsParticipation(ctx, r)),
    markAbsent: manage && r.status === 'approved' && r.held_on <= today,
  };
}

export function presentParticipation(ctx: RequestContext, r: ParticipationRow, postings: readonly BroughtPostingRow[], today: string): ParticipationView {
  return {
    id: r.id,
    fairId: r.fair_id,
    employerId: r.employer_id,
    employerName: r.employer_name,
    creditCodeMasked: maskCreditCode(r.credit_code),
    status: r.status,
    statusName: PARTICIPATION_STATUSES[r.status] ?? r.status,
    boothNo: r.booth_no,
    via: r.via,
    contactName: r.contact_name,
    contactPhoneMasked: r.contact_phone ? maskPhone(r.contact_phone) : null,
    note: r.note,
    reason: r.reason,
    appliedAt: r.created_at.toISOString(),
    decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
    postings: postings.map((p) => ({ postingId: p.posting_id, title: p.title, occupationCode: p.occupation_code, occupationName: p.occupation_name, positions: p.positions, wageMin: p.wage_min, wageMax: p.wage_max, education: p.education })),
    positions: postings.reduce((sum, p) => sum + p.positions, 0),
    can: participationActions(ctx, r, today),
  };
}

/** Presents rows with their postings (one query for all of them). */
export async function presentParticipations(db: Db, ctx: RequestContext, rows: readonly ParticipationRow[], today: string): Promise<ParticipationView[]> {
  const postings = await postingsOf(db, rows.map((r) => r.id));
  return rows.map((r) => presentParticipation(ctx, r, postings.get(r.id) ?? [], today));
}

/** Loads a participation the actor may see: staff who see its fair, or the employer itself; else not found. */
export async function loadParticipation(db: Db, ctx: RequestContext, id: number): Promise<ParticipationRow> {
  const row = await selectParticipations(db).where('p.id', '=', id).executeTakeFirst();
  const visible = row && (ctx.actor.kind === 'staff' ? maySeeFair(ctx.actor, { region_code: row.fair_region_code }) : ctx.actor.employerId === row.employer_id);
  if (!row || !visible) throw notFound('参会报名');
  return row;
}
