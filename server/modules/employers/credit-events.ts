import { sql } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import { writeAudit } from '../../platform/audit.js';
import { pageWindow, sortColumn } from '../../platform/http/schemas.js';
import { CREDIT_KIND_NAMES, occurredOnProblem, type CreditKind } from './credit-rules.js';
import { loadVisible, today } from './service.js';
import type { CreditEventInput, CreditEventQuery, CreditEventView } from './credit-schema.js';

const who = (ctx: RequestContext) => ({ actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip });
const SORTS = { occurredOn: 'c.occurred_on', kind: 'c.kind', createdAt: 'c.created_at' } as const;

function eventsOf(db: Db, employerId: number) {
  return db
    .selectFrom('employer_credit_event as c')
    .leftJoin('job_posting as j', 'j.id', 'c.posting_id')
    .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
    .where('c.employer_id', '=', employerId);
}

function selectEvents(q: ReturnType<typeof eventsOf>) {
  return q.select(['c.id', 'c.employer_id', 'c.kind', 'c.occurred_on', 'c.summary', 'c.posting_id', 'j.title as posting_title', 'u.display_name as recorded_by', 'c.created_at']);
}

function present(r: Awaited<ReturnType<ReturnType<typeof selectEvents>['executeTakeFirstOrThrow']>>): CreditEventView {
  return {
    id: r.id,
    employerId: r.employer_id,
    kind: r.kind,
    kindName: CREDIT_KIND_NAMES[r.kind as CreditKind] ?? r.kind,
    occurredOn: r.occurred_on,
    summary: r.summary,
    postingId: r.posting_id,
    postingTitle: r.posting_title,
    recordedBy: r.recorded_by,
    createdAt: r.created_at.toISOString(),
  };
}

/** The credit record of one employer the actor may see (employer.view, in scope), newest first. */
export async function listCreditEvents(deps: AppDeps, ctx: RequestContext, employerId: number, f: CreditEventQuery) {
  await loadVisible(deps, ctx, employerId);
  const { page, pageSize, offset } = pageWindow(f);
  let q = eventsOf(deps.db, employerId);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await selectEvents(q)
    .orderBy(sortColumn(f.sort, SORTS, 'c.occurred_on'), f.order ?? 'desc')
    .orderBy('c.id', 'desc')
    .limit(pageSize)
    .offset(offset)
    .execute();
  return { items: rows.map(present), total: total.n, page, pageSize };
}

/** Records a credit event (insert-only: a correction is a new entry). */
export async function recordCreditEvent(deps: AppDeps, ctx: RequestContext, employerId: number, input: CreditEventInput) {
  const employer = await loadVisible(deps, ctx, employerId);
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const problem = occurredOnProblem(input.occurredOn, today(deps));
  if (problem) throw fieldError('occurredOn', problem);
  const summary = input.summary.trim();
  if (summary.length < 2) throw fieldError('summary', '请填写事项说明');
  if (input.postingId !== undefined) {
    const posting = await deps.db.selectFrom('job_posting').select('employer_id').where('id', '=', input.postingId).executeTakeFirst();
    if (!posting || posting.employer_id !== employerId) throw fieldError('postingId', '该岗位不属于此用人单位');
  }
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('employer_credit_event')
      .values({
        employer_id: employerId,
        region_code: employer.region_code,
        kind: input.kind,
        occurred_on: input.occurredOn,
        summary,
        posting_id: input.postingId ?? null,
        recorded_by: ctx.actor.id,
        created_at: deps.clock.now(),
        updated_at: deps.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, deps.clock, who(ctx), {
      event: 'employer.credit_recorded',
      entityType: 'employer',
      entityId: employerId,
      regionCode: employer.region_code,
      after: { id: row.id, ...input, summary },
    });
    return row.id;
  });
  return present(await selectEvents(eventsOf(deps.db, employerId)).where('c.id', '=', id).executeTakeFirstOrThrow());
}
