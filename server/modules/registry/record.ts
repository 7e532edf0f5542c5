import type { AppDeps, RequestContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/clock.js';
import { CANCEL_GROUNDS, SERVICE_KINDS, DIFFICULTY_EXIT_REASONS, DIFFICULTY_STATUS, EMPLOYMENT_END_REASONS, EMPLOYMENT_KINDS, UNEMPLOYMENT_REASONS } from './codes.js';
import { presentPerson, viewPerson } from './people-service.js';
import { difficultyOfPerson } from './difficulty-service.js';

const label = (table: Record<string, string>, code: string | null) => (code ? (table[code] ?? code) : null);
/** A timeline detail with the late-registration note (逾期登记) when the deadline was missed. */
const withLate = (detail: string | null, lateDays: number | null) => (lateDays ? [detail, `逾期 ${lateDays} 天登记`].filter(Boolean).join('；') : detail);

/**
 * A person's whole record: details, every employment and unemployment spell, the card, and the
 * timeline of all of them, newest first. Opening it is audited as a view of a person's record.
 */
export async function personRecord(deps: AppDeps, ctx: RequestContext, id: number) {
  const row = await viewPerson(deps, ctx, id);
  const today = chinaDate(deps.clock.now());
  const employment = await deps.db.selectFrom('employment_registration').selectAll().where('person_id', '=', id).orderBy('started_on', 'desc').execute();
  const unemployment = await deps.db.selectFrom('unemployment_registration').selectAll().where('person_id', '=', id).orderBy('registered_on', 'desc').execute();
  const card = await deps.db
    .selectFrom('employment_card as c')
    .innerJoin('org_unit as o', 'o.code', 'c.issuer_code')
    .select(['c.id', 'c.card_number', 'c.issued_on', 'c.created_at', 'o.name'])
    .where('c.person_id', '=', id)
    .executeTakeFirst();

  const difficulty = await difficultyOfPerson(deps.db, id);
  const services = await deps.db.selectFrom('service_record').selectAll().where('person_id', '=', id).orderBy('served_on', 'desc').orderBy('id', 'desc').execute();
  const followUps = await deps.db.selectFrom('follow_up_visit').selectAll().where('person_id', '=', id).orderBy('due_on', 'desc').execute();

  const timeline = [
    ...services.map((s) => ({ date: s.served_on, at: s.created_at, type: 'service', title: `${SERVICE_KINDS[s.kind]}${s.refused ? '（本人拒绝）' : ''}`, detail: s.content, recordId: s.id })),
    ...followUps
      .filter((v) => v.done_on)
      .map((v) => ({ date: v.done_on as string, at: v.updated_at, type: 'follow_up', title: '跟踪回访', detail: v.note, recordId: v.id })),
    ...difficulty.flatMap((d) => [
      { date: d.applied_on, at: d.created_at, type: 'difficulty_applied', title: `申请就业困难人员认定：${d.category_name ?? d.category}`, detail: DIFFICULTY_STATUS[d.status], recordId: d.id },
      ...(d.started_on ? [{ date: d.started_on, at: d.updated_at, type: 'difficulty_started', title: '认定为就业困难人员', detail: d.category_name, recordId: d.id }] : []),
      ...(d.exited_on ? [{ date: d.exited_on, at: d.updated_at, type: 'difficulty_exited', title: '退出就业困难人员', detail: label(DIFFICULTY_EXIT_REASONS, d.exit_reason), recordId: d.id }] : []),
    ]),
    ...employment.flatMap((e) => [
      { date: e.started_on, at: e.created_at, type: 'employment_started', title: `就业登记：${label(EMPLOYMENT_KINDS, e.kind)}`, detail: withLate(e.employer_name, e.late_days), recordId: e.id },
      ...(e.ended_on ? [{ date: e.ended_on, at: e.updated_at, type: 'employment_ended', title: '就业终止登记', detail: withLate(label(EMPLOYMENT_END_REASONS, e.end_reason), e.end_late_days), recordId: e.id }] : []),
    ]),
    ...unemployment.flatMap((u) => [
      { date: u.registered_on, at: u.created_at, type: 'unemployment_registered', title: '失业登记', detail: label(UNEMPLOYMENT_REASONS, u.reason), recordId: u.id },
      ...(u.cancelled_on ? [{ date: u.cancelled_on, at: u.updated_at, type: 'unemployment_cancelled', title: '注销失业登记', detail: label(CANCEL_GROUNDS, u.cancel_ground), recordId: u.id }] : []),
    ]),
    ...(card ? [{ date: card.issued_on, at: card.created_at, type: 'card_issued', title: '发放就业创业证', detail: card.card_number, recordId: card.id }] : []),
  ]
    // Newest first; events of one day in the order they were recorded.
    .sort((a, b) => b.date.localeCompare(a.date) || b.at.getTime() - a.at.getTime())
    .map(({ at: _at, ...event }) => event);

  return {
    person: presentPerson(ctx, row, today, true),
    employment: employment.map((e) => ({
      id: e.id,
      kind: e.kind,
      kindName: EMPLOYMENT_KINDS[e.kind],
      employerId: e.employer_id,
      employerName: e.employer_name,
      fullTime: e.full_time,
      startedOn: e.started_on,
      registeredOn: e.registered_on,
      lateDays: e.late_days,
      endedOn: e.ended_on,
      endReason: e.end_reason,
      endRegisteredOn: e.end_registered_on,
      endLateDays: e.end_late_days,
    })),
    unemployment: unemployment.map((u) => ({
      id: u.id,
      registeredOn: u.registered_on,
      reason: u.reason,
      reasonName: label(UNEMPLOYMENT_REASONS, u.reason) ?? u.reason,
      countsInRate: u.counts_in_rate,
      cancelledOn: u.cancelled_on,
      cancelGround: u.cancel_ground,
      cancelGroundName: label(CANCEL_GROUNDS, u.cancel_ground),
    })),
    card: card ? { cardNumber: card.card_number, issuedOn: card.issued_on, issuerName: card.name } : null,
    services: services.map((s) => ({ id: s.id, kind: s.kind, kindName: SERVICE_KINDS[s.kind], servedOn: s.served_on, content: s.content, refused: s.refused })),
    followUps: followUps.map((v) => ({ id: v.id, dueOn: v.due_on, doneOn: v.done_on, note: v.note })),
    difficulty: difficulty.map((d) => ({
      id: d.id,
      category: d.category,
      categoryName: d.category_name ?? d.category,
      status: d.status,
      statusName: DIFFICULTY_STATUS[d.status],
      appliedOn: d.applied_on,
      startedOn: d.started_on,
      exitedOn: d.exited_on,
      exitReason: d.exit_reason,
      exitReasonName: label(DIFFICULTY_EXIT_REASONS, d.exit_reason),
    })),
    timeline,
  };
}
