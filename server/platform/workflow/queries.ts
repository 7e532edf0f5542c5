import { sql, type SelectQueryBuilder } from 'kysely';
import type { AppDeps, RequestContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../errors.js';
import { inScope, scopeCondition } from '../scope.js';
import { chinaDate } from '../clock.js';
import { pageWindow, sortColumn, type PageQuery, type PageResult } from '../http/schemas.js';
import { allWorkflows, getWorkflow } from './definition.js';
import { actingUnitCode, applicableSteps, mayDecide } from './rules.js';
import { roundHistory, stateOf } from './service.js';
import { LEVEL_NAMES } from '../../modules/org/repository.js';
import { containsPattern } from '../db/like.js';

export interface ItemFilter extends PageQuery {
  status?: 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
  type?: string;
  overdue?: boolean;
  regionCode?: string;
  q?: string;
}

type ItemQuery = SelectQueryBuilder<DB, 'workflow_item' | 'app_user' | 'org_unit', object>;

function baseQuery(deps: AppDeps) {
  return deps.db
    .selectFrom('workflow_item')
    .innerJoin('app_user', 'app_user.id', 'workflow_item.submitter_id')
    .innerJoin('org_unit', 'org_unit.code', 'workflow_item.region_code');
}

const SORTS = { createdAt: 'workflow_item.created_at', dueAt: 'workflow_item.step_due_at', updatedAt: 'workflow_item.updated_at' } as const;

async function page(deps: AppDeps, query: ItemQuery, q: PageQuery): Promise<PageResult<ReturnType<typeof present>>> {
  const { page: p, pageSize, offset } = pageWindow(q);
  const today = chinaDate(deps.clock.now());
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'workflow_item.id',
      'workflow_item.workflow_type',
      'workflow_item.subject_type',
      'workflow_item.subject_id',
      'workflow_item.subject_label',
      'workflow_item.region_code',
      'org_unit.name as region_name',
      'workflow_item.status',
      'workflow_item.step_index',
      'workflow_item.round',
      'workflow_item.version',
      'workflow_item.step_due_at',
      'workflow_item.created_at',
      'workflow_item.updated_at',
      'app_user.display_name as submitter_name',
    ])
    .orderBy(sortColumn(q.sort, SORTS, 'workflow_item.created_at'), q.order ?? 'desc')
    .orderBy('workflow_item.id', 'desc')
    .limit(pageSize)
    .offset(offset)
    .execute();
  return { items: rows.map((r) => present(r, today)), total: total.n, page: p, pageSize };
}

function present(
  r: {
    id: number;
    workflow_type: string;
    subject_type: string;
    subject_id: string;
    subject_label: string;
    region_code: string;
    region_name: string;
    status: string;
    step_index: number;
    round: number;
    version: number;
    step_due_at: string | null;
    created_at: Date;
    updated_at: Date;
    submitter_name: string;
  },
  today: string,
) {
  const def = getWorkflow(r.workflow_type);
  return {
    id: r.id,
    workflowType: r.workflow_type,
    typeName: def.name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    subjectLabel: r.subject_label,
    regionCode: r.region_code,
    regionName: r.region_name,
    status: r.status,
    stepIndex: r.step_index,
    stepName: def.steps[r.step_index].name,
    round: r.round,
    version: r.version,
    submittedBy: r.submitter_name,
    submittedAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    dueAt: r.step_due_at,
    overdue: r.status === 'pending' && r.step_due_at !== null && r.step_due_at < today,
  };
}

/** Items waiting for this actor's decision (my tasks), earliest due first by default. */
export async function listMyTasks(deps: AppDeps, ctx: RequestContext, q: PageQuery & { regionCode?: string; overdue?: boolean }) {
  const { actor } = ctx;
  const pairs = allWorkflows().flatMap((def) =>
    def.steps
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.level === actor.orgLevel && s.roles.some((r) => actor.roles.includes(r)))
      .map(({ i }) => ({ type: def.type, step: i })),
  );
  if (actor.kind !== 'staff' || pairs.length === 0) return { items: [], total: 0, page: 1, pageSize: q.pageSize ?? 20 };
  let query = baseQuery(deps)
    .where('workflow_item.status', '=', 'pending')
    .where(scopeCondition('workflow_item.region_code', actor))
    .where('workflow_item.submitter_id', '!=', actor.id)
    .where((eb) => eb.or(pairs.map((p) => eb.and([eb('workflow_item.workflow_type', '=', p.type), eb('workflow_item.step_index', '=', p.step)]))))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('workflow_decision as d')
            .select('d.id')
            .whereRef('d.item_id', '=', 'workflow_item.id')
            .whereRef('d.round', '=', 'workflow_item.round')
            .where('d.actor_id', '=', actor.id)
            .where('d.action', 'in', ['approve', 'submit', 'resubmit']),
        ),
      ),
    );
  if (q.regionCode) query = query.where('workflow_item.region_code', 'like', `${q.regionCode}%`);
  if (q.overdue) query = query.where('workflow_item.step_due_at', '<', chinaDate(deps.clock.now()));
  return page(deps, query, { ...q, sort: q.sort ?? 'dueAt', order: q.order ?? 'asc' });
}

/** Every item in the actor's scope, filtered. */
export async function listItems(deps: AppDeps, ctx: RequestContext, f: ItemFilter) {
  const today = chinaDate(deps.clock.now());
  let query = baseQuery(deps).where(scopeCondition('workflow_item.region_code', ctx.actor));
  if (f.regionCode) query = query.where('workflow_item.region_code', 'like', `${f.regionCode.replace(/\D/g, '')}%`);
  if (f.status) query = query.where('workflow_item.status', '=', f.status);
  if (f.type) query = query.where('workflow_item.workflow_type', '=', f.type);
  if (f.overdue) query = query.where('workflow_item.status', '=', 'pending').where('workflow_item.step_due_at', '<', today);
  if (f.q) query = query.where('workflow_item.subject_label', 'like', containsPattern(f.q));
  return page(deps, query, f);
}

/** One item with its steps, decision history and what this actor may do now. */
export async function getItemDetail(deps: AppDeps, ctx: RequestContext, id: number) {
  const item = await deps.db
    .selectFrom('workflow_item')
    .innerJoin('app_user', 'app_user.id', 'workflow_item.submitter_id')
    .innerJoin('org_unit', 'org_unit.code', 'workflow_item.region_code')
    .selectAll('workflow_item')
    .select(['app_user.display_name as submitter_name', 'org_unit.name as region_name'])
    .where('workflow_item.id', '=', id)
    .executeTakeFirst();
  if (!item || !inScope(ctx.actor, item.region_code)) throw notFound('审核事项');
  const def = getWorkflow(item.workflow_type);
  const decisions = await deps.db
    .selectFrom('workflow_decision as d')
    .innerJoin('app_user as u', 'u.id', 'd.actor_id')
    .innerJoin('org_unit as o', 'o.code', 'd.actor_org')
    .select(['d.id', 'd.round', 'd.step_index', 'd.step_key', 'd.action', 'd.reason', 'd.decided_at', 'u.display_name', 'o.name as org_name'])
    .where('d.item_id', '=', id)
    .orderBy('d.id')
    .execute();
  const step = def.steps[item.step_index];
  const can = mayDecide(step, stateOf(item), ctx.actor, await roundHistory(deps.db, item, ctx.actor.id));
  const applicable = applicableSteps(def.steps, item.region_code);
  const unitCodes = applicable.map((i) => actingUnitCode(def.steps[i], item.region_code));
  const units = new Map((await deps.db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', unitCodes).execute()).map((u) => [u.code, u.name]));
  const today = chinaDate(deps.clock.now());
  return {
    id: item.id,
    workflowType: item.workflow_type,
    typeName: def.name,
    subjectType: item.subject_type,
    subjectId: item.subject_id,
    subjectLabel: item.subject_label,
    regionCode: item.region_code,
    regionName: item.region_name,
    status: item.status,
    stepIndex: item.step_index,
    stepName: step.name,
    submittedBy: item.submitter_name,
    submittedAt: item.created_at.toISOString(),
    round: item.round,
    version: item.version,
    dueAt: item.step_due_at,
    overdue: item.status === 'pending' && item.step_due_at !== null && item.step_due_at < today,
    submitterId: item.submitter_id,
    steps: applicable.map((i) => ({
      index: i,
      key: def.steps[i].key,
      name: def.steps[i].name,
      levelName: LEVEL_NAMES[def.steps[i].level],
      actingUnit: units.get(actingUnitCode(def.steps[i], item.region_code)) ?? '',
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      round: d.round,
      stepKey: d.step_key,
      stepName: def.steps[d.step_index]?.name ?? d.step_key,
      action: d.action,
      reason: d.reason,
      actorName: d.display_name,
      actorOrg: d.org_name,
      decidedAt: d.decided_at.toISOString(),
    })),
    allowedActions: can.ok ? (['approve', 'return', 'reject'] as const).slice() : [],
    canWithdraw: item.submitter_id === ctx.actor.id && (item.status === 'pending' || item.status === 'returned'),
  };
}

/** Workflow types with their steps, for filters and the UI legend. */
export function workflowTypes() {
  return allWorkflows().map((d) => ({
    type: d.type,
    name: d.name,
    steps: d.steps.map((s) => ({ key: s.key, name: s.name, levelName: LEVEL_NAMES[s.level] })),
  }));
}
