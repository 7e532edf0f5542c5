import { sql, type RawBuilder } from 'kysely';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { chinaDate } from '../../platform/clock.js';
import { notFound } from '../../platform/errors.js';
import { narrowRegion, scopeCondition } from '../../platform/scope.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import type { RuleKey, RuleVersion } from '../rules/defaults.js';
import { loadOverrides } from '../calendar/service.js';
import { issueRows, type CheckParams, type IssueRow } from './quality-checks.js';
import {
  QUALITY_CHECKS,
  QUALITY_KINDS,
  QUALITY_KIND_LIST,
  childCodeLength,
  commitmentDueTable,
  reasonText,
  regionalValues,
  valueFor,
  type QualityCheck,
  type QualityKind,
} from './quality-rules.js';
import { ageOn } from './rules.js';
import type { QualityIssueQuery, QualityIssueRow, QualitySummary } from './quality-schema.js';

/**
 * 数据质量: suspected duplicates, inconsistent records, people not contacted for six months and
 * overdue deadlines, counted per unit below the chosen one and listed with a Chinese reason.
 */

const RULE_KEYS: RuleKey[] = ['retirement_age.male', 'retirement_age.female', 'follow_up.no_contact_months', 'commitment.recommend_working_days'];
const LEVEL_LENGTHS = [2, 4, 6, 9, 12];

/** The chosen unit narrowed to the actor's scope; outside it the unit is "not found". */
async function chosenUnit(db: Db, ctx: RequestContext, regionCode: string | undefined) {
  const code = narrowRegion(ctx.actor, regionCode);
  const unit = code ? await db.selectFrom('org_unit').select(['code', 'name', 'level']).where('code', '=', code).executeTakeFirst() : undefined;
  if (!unit) throw notFound('单位');
  return unit;
}

/** Rule values across the unit's subtree and the commitment calendar the checks compare with. */
async function checkParams(deps: AppDeps, ctx: RequestContext, unit: string, kinds: readonly QualityKind[]): Promise<CheckParams> {
  const today = chinaDate(deps.clock.now());
  const rows = await deps.db.selectFrom('business_rule').select(['key', 'region_code', 'effective_from', 'value']).where('key', 'in', RULE_KEYS).execute();
  const versions = (key: RuleKey): RuleVersion[] => rows.filter((r) => r.key === key).map((r) => ({ regionCode: r.region_code, effectiveFrom: r.effective_from, value: Number(r.value) }));
  const values = (key: RuleKey) => regionalValues(key, versions(key), unit, today);
  const commitmentDays = values('commitment.recommend_working_days');
  let commitmentDue: CheckParams['commitmentDue'] = [];
  if (kinds.includes('overdue')) {
    const first = await deps.db
      .selectFrom('difficulty_identification')
      .select(sql<string | null>`min(started_on)::text`.as('from'))
      .where('region_code', 'like', `${unit}%`)
      .where(scopeCondition('region_code', ctx.actor))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    if (first.from) {
      const overrides = await loadOverrides(deps.db);
      const counts = [...new Set(commitmentDays.map((v) => v.value))];
      commitmentDue = counts.flatMap((workingDays) => commitmentDueTable(first.from as string, today, workingDays, overrides).map((d) => ({ ...d, workingDays })));
    }
  }
  return {
    actor: ctx.actor,
    unit,
    today,
    retirementAge: { male: values('retirement_age.male'), female: values('retirement_age.female') },
    noContactMonths: values('follow_up.no_contact_months'),
    commitmentDays,
    commitmentDue,
  };
}

const zeroCounts = (): Record<QualityKind, number> => ({ duplicate_suspect: 0, inconsistent: 0, not_contacted: 0, overdue: 0 });
const sum = (counts: Record<QualityKind, number>) => QUALITY_KIND_LIST.reduce((n, k) => n + counts[k], 0);

/** The chosen unit's children side by side (a community shows itself), the count per kind and the total. */
export async function qualitySummary(deps: AppDeps, ctx: RequestContext, regionCode?: string): Promise<QualitySummary> {
  const unit = await chosenUnit(deps.db, ctx, regionCode);
  const length = childCodeLength(unit.code);
  const children =
    length === unit.code.length
      ? [unit]
      : await deps.db.selectFrom('org_unit').select(['code', 'name', 'level']).where('parent_code', '=', unit.code).orderBy('code').execute();
  const params = await checkParams(deps, ctx, unit.code, QUALITY_KIND_LIST);
  const groups = await runChecks(
    deps,
    sql<{ code: string; kind: QualityKind; n: number }>`SELECT substr(r.region_code, 1, ${length}::int) AS code, r.kind, count(*)::int AS n
      FROM (${issueRows(params, QUALITY_KIND_LIST)}) r GROUP BY 1, 2`,
  );
  const byCode = new Map(children.map((c) => [c.code, zeroCounts()]));
  // Records filed at the unit itself rather than below it (a region code shorter than a child's).
  const own = zeroCounts();
  for (const g of groups) (byCode.get(g.code) ?? own)[g.kind] += g.n;
  const rows = children.map((c) => {
    const counts = byCode.get(c.code) ?? zeroCounts();
    return { code: c.code, name: c.name, level: c.level, drillable: c.code !== unit.code, counts, total: sum(counts) };
  });
  if (sum(own) > 0) rows.push({ code: unit.code, name: `${unit.name}（本级）`, level: unit.level, drillable: false, counts: own, total: sum(own) });
  const total = zeroCounts();
  for (const r of rows) for (const k of QUALITY_KIND_LIST) total[k] += r.counts[k];
  const pathCodes = LEVEL_LENGTHS.filter((n) => n >= ctx.actor.orgCode.length && n <= unit.code.length).map((n) => unit.code.slice(0, n));
  const names = new Map((await deps.db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', pathCodes).execute()).map((u) => [u.code, u.name]));
  return {
    unit,
    path: pathCodes.filter((c) => names.has(c)).map((code) => ({ code, name: names.get(code) as string, level: LEVEL_LENGTHS.indexOf(code.length) + 1 })),
    kinds: QUALITY_KIND_LIST.map((kind) => ({ kind, name: QUALITY_KINDS[kind] })),
    rows,
    total: { counts: total, total: sum(total) },
  };
}

/**
 * Failed checks of the given kinds under the unit (the actor's own by default), counted per check:
 * the same rows as the issue lists, for alerts elsewhere (the statistics dashboard).
 */
export async function qualityCheckCounts(deps: AppDeps, ctx: RequestContext, regionCode: string | undefined, kinds: readonly QualityKind[]): Promise<Partial<Record<QualityCheck, number>>> {
  const unit = await chosenUnit(deps.db, ctx, regionCode);
  const params = await checkParams(deps, ctx, unit.code, kinds);
  const rows = await runChecks(deps, sql<{ check_code: QualityCheck; n: number }>`SELECT r.check_code, count(*)::int AS n FROM (${issueRows(params, kinds)}) r GROUP BY 1`);
  return Object.fromEntries(rows.map((r) => [r.check_code, r.n]));
}

/**
 * Runs a query over the checks. On PostgreSQL without JIT: the estimates of the big scans trigger
 * JIT compilation that takes longer (seconds, at city scale) than the query itself.
 */
async function runChecks<T>(deps: AppDeps, query: RawBuilder<T>): Promise<T[]> {
  if (deps.dbKind !== 'postgres') return (await query.execute(deps.db)).rows;
  return deps.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL jit = off`.execute(trx);
    return (await query.execute(trx)).rows;
  });
}

/** The people and units of a page of issues, and the other members of its suspected-duplicate groups. */
async function pageDetails(db: Db, ctx: RequestContext, rows: readonly IssueRow[]) {
  const ids = [...new Set(rows.map((r) => r.person_id))];
  const codes = [...new Set(rows.map((r) => r.region_code))];
  const people = ids.length ? await db.selectFrom('person').select(['id', 'name', 'citizen_id', 'sex', 'birth_date', 'labour_status']).where('id', 'in', ids).execute() : [];
  const units = codes.length ? await db.selectFrom('org_unit').select(['code', 'name']).where('code', 'in', codes).execute() : [];
  const names = [...new Set(rows.filter((r) => r.check_code === 'duplicate').map((r) => r.detail as string))];
  const group = names.length
    ? await db
        .selectFrom('person as q')
        .innerJoin('org_unit as o', 'o.code', 'q.region_code')
        .select(['q.id', 'q.name', 'q.birth_date', 'q.citizen_id', 'o.name as region_name'])
        .where('q.name', 'in', names)
        .where(scopeCondition('q.region_code', ctx.actor))
        .orderBy('q.id')
        .execute()
    : [];
  return { people: new Map(people.map((p) => [p.id, p])), units: new Map(units.map((u) => [u.code, u.name])), group };
}

/** One page of failed checks of a kind (all kinds without one), optionally of one check, under the chosen unit. */
export async function qualityIssues(deps: AppDeps, ctx: RequestContext, f: QualityIssueQuery) {
  const { page, pageSize, offset } = pageWindow(f);
  const unit = await chosenUnit(deps.db, ctx, f.regionCode);
  const kinds = f.kind ? [f.kind] : QUALITY_KIND_LIST;
  const params = await checkParams(deps, ctx, unit.code, kinds);
  const all = issueRows(params, kinds);
  // One check only (a dashboard alert's figure): exactly the records that check counts.
  const base = f.check ? sql<IssueRow>`SELECT * FROM (${all}) c WHERE c.check_code = ${f.check}` : all;
  // Suspected duplicates (detail: the name) sit next to each other; other issues by community, oldest date first.
  const order = f.kind === 'duplicate_suspect' ? sql`r.detail, r.on_date, r.person_id` : sql`r.kind, r.region_code, r.on_date NULLS FIRST, r.person_id, r.check_code, r.ref_id`;
  // MATERIALIZED: the checks are planned on their own (a LIMIT over them invites nested loops on
  // misestimated semi-joins); they run once and the total rides along on every row.
  const rows = await runChecks(
    deps,
    sql<IssueRow & { total: number }>`WITH r AS MATERIALIZED (${base})
      SELECT r.*, count(*) OVER ()::int AS total FROM r ORDER BY ${order} LIMIT ${pageSize}::int OFFSET ${offset}::int`,
  );
  const { people, units, group } = await pageDetails(deps.db, ctx, rows);
  const items: QualityIssueRow[] = rows.flatMap((r) => {
    const p = people.get(r.person_id);
    if (!p) return [];
    const check = r.check_code as QualityCheck;
    const others = group.filter((q) => q.name === p.name && q.birth_date === p.birth_date && q.id !== p.id);
    return [
      {
        key: `${check}:${r.ref_id}`,
        kind: r.kind,
        kindName: QUALITY_KINDS[r.kind],
        check,
        checkName: QUALITY_CHECKS[check],
        personId: p.id,
        name: p.name,
        citizenId: maskCitizenId(p.citizen_id),
        regionCode: r.region_code,
        regionName: units.get(r.region_code) ?? r.region_code,
        reason: reasonText({
          check,
          citizenId: p.citizen_id,
          sex: p.sex,
          birthDate: p.birth_date,
          labourStatus: p.labour_status,
          age: ageOn(p.birth_date, params.today),
          date: r.on_date,
          detail: r.detail,
          months: valueFor(params.noContactMonths, r.region_code),
          workingDays: valueFor(params.commitmentDays, r.region_code),
          others: others.map((o) => ({ name: o.name, citizenId: o.citizen_id, regionName: o.region_name })),
        }),
        date: r.on_date,
      },
    ];
  });
  const total = rows[0]?.total ?? (offset === 0 ? 0 : (await runChecks(deps, sql<{ n: number }>`SELECT count(*)::int AS n FROM (${base}) r`))[0].n);
  return { items, total, page, pageSize };
}
