import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { AppDeps, RequestContext } from '../../platform/context.js';
import { fieldError, forbidden, notFound } from '../../platform/errors.js';
import { chinaDate } from '../../platform/clock.js';
import { narrowRegion } from '../../platform/scope.js';
import { writeAudit } from '../../platform/audit.js';
import { pageWindow } from '../../platform/http/schemas.js';
import { rolesAllow } from '../../platform/roles.js';
import { maskCitizenId } from '../../platform/validators/citizen-id.js';
import { periodProblem, previousPeriod, resolvePeriod, sameLastYear, type Period, type PeriodQuery } from './period.js';
import { ageAt, hasCell, seekerCategoryRows, TABLE_BY_KEY, TABLES, type Side, type TableKey } from './sd-classify.js';
import { buildTables, cellKey, postingsCell, ratio, type Cell, type Tallies, type Tally } from './sd-figures.js';
import { summaryParagraph } from './sd-summary.js';
import { dimensionOf } from './sd-dimensions.js';
import { postingRecords, rawValuesOf, seekerRecords, windowOf, type RecordFilter } from './supply-demand-repository.js';
import { periodTally } from './sd-snapshot-service.js';
import { keepsPeriod, keepsUnit } from './sd-snapshot-rules.js';
import { recountDemand, recountSupply } from './sd-recount.js';
import { check, type ConsistencyCheck } from './consistency-schema.js';
import type { RecordsQuery, RecordsResult, SupplyDemandReport } from './supply-demand-schema.js';

/**
 * The overall figures of the supply-demand analysis for a region's subtree over [from, to]:
 * valid postings and their vacancies, valid seeker registrations, 求人倍率 (dashboard and monthly
 * report use these; the same definitions as the report).
 */
export async function supplyDemandTotals(db: Kysely<DB>, region: string, from: string, to: string): Promise<{ postings: number; vacancies: number; seekers: number; ratio: number | null }> {
  // The earliest valid_from that can meet the period keeps the scan on the covering index's range.
  const [dw, sw] = await Promise.all([windowOf(db, 'demand', from, to), windowOf(db, 'supply', from, to)]);
  const [d, s] = await Promise.all([
    sql<{ n: number | string; v: number | string | null }>`
    SELECT count(*) AS n, sum(p.vacancies) AS v FROM job_posting p
    WHERE p.published_at IS NOT NULL AND p.valid_from <= ${to} AND p.valid_from >= ${dw.earliest} AND p.valid_to >= ${from} AND p.region_code LIKE ${`${region}%`}`.execute(db),
    sql<{ n: number | string }>`
    SELECT count(*) AS n FROM job_seeker s WHERE s.valid_from <= ${to} AND s.valid_from >= ${sw.earliest} AND s.valid_to >= ${from} AND s.region_code LIKE ${`${region}%`}`.execute(db),
  ]);
  const vacancies = Number(d.rows[0]?.v ?? 0);
  const seekers = Number(s.rows[0]?.n ?? 0);
  return { postings: Number(d.rows[0]?.n ?? 0), vacancies, seekers, ratio: ratio(vacancies, seekers) };
}

interface Scope {
  region: string;
  regionName: string;
  period: Period;
  previous: Period;
  lastYear: Period;
}

const PREVIOUS_NAME: Record<Period['kind'], string> = { quarter: '上季度', month: '上月', year: '上年', custom: '上一期' };

/** The region (the viewer's unit or one under it) and the periods a statistics query asks for. */
async function scopeOf(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<Scope> {
  if (ctx.actor.kind !== 'staff') throw forbidden();
  const problem = periodProblem(q);
  if (problem) throw fieldError(problem.field, problem.message);
  const region = narrowRegion(ctx.actor, q.regionCode);
  if (region === null) throw notFound('单位');
  const unit = await deps.db.selectFrom('org_unit').select('name').where('code', '=', region).executeTakeFirst();
  if (!unit) throw notFound('单位');
  const period = resolvePeriod(q, chinaDate(deps.clock.now()));
  return { region, regionName: unit.name, period, previous: previousPeriod(period), lastYear: sameLastYear(period) };
}

async function talliesOf(region: string, periods: Period[], count: (side: Side, region: string, period: Period) => Promise<Tally>): Promise<Tallies> {
  const [cd, cs, pd, ps, ld, ls] = await Promise.all(periods.flatMap((p) => (['demand', 'supply'] as const).map((side) => count(side, region, p))));
  return { current: { demand: cd, supply: cs }, previous: { demand: pd, supply: ps }, lastYear: { demand: ld, supply: ls } };
}

function reportOf(s: Scope, all: Tallies): SupplyDemandReport {
  const tables = buildTables(all);
  const overall = tables.find((t) => t.key === 'overall')?.total;
  const demand = overall?.demand;
  const supply = overall?.supply;
  const ratioCell = overall?.ratio;
  if (!demand || !supply || !ratioCell) throw new Error('overall table missing');
  const postings = postingsCell(all);
  const summary = summaryParagraph({
    periodLabel: s.period.label,
    regionName: s.regionName,
    previousName: PREVIOUS_NAME[s.period.kind],
    postings,
    demand,
    supply,
    ratio: ratioCell,
    occupation: tables.find((t) => t.key === 'occupation'),
  });
  return { regionCode: s.region, regionName: s.regionName, period: s.period, previous: s.previous, lastYear: s.lastYear, overall: { postings, demand, supply, ratio: ratioCell }, tables, summary };
}

/**
 * 职业供求状况分析 of a unit's subtree for a period: every table of DOMAIN.md §3 with shares, changes
 * against the previous period and the same period last year, ratios and the written summary.
 * Six tallies (two sides × three periods), run side by side on a pool: finished months, quarters
 * and years of the province, city and districts from the supply-demand snapshot (sd-snapshot-*.ts).
 */
export async function supplyDemandReport(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<SupplyDemandReport> {
  const s = await scopeOf(deps, ctx, q);
  return reportOf(s, await talliesOf(s.region, [s.period, s.previous, s.lastYear], (side, region, period) => periodTally(deps, side, region, period)));
}

/**
 * The records behind a cell and their figure, from a tally: a table's total row holds every record
 * (its figure the overall total), another row the records counted in it.
 */
function cellTotals(t: Tally, side: Side, table: TableKey, row: string): { total: number; figure: number } {
  if (row === 'total') return { total: t.records, figure: side === 'demand' ? (t.cells.get(cellKey('overall', 'total')) ?? 0) : t.records };
  const key = cellKey(table, row);
  return { total: t.counts.get(key) ?? 0, figure: t.cells.get(key) ?? 0 };
}

/**
 * The records behind one cell, in the viewer's scope: postings (demand) or seeker registrations
 * (supply), a page of them with their count and the cell's figure (equal to the report's cell).
 * Looking at the people behind a supply cell is audited as a view of personal data.
 */
export async function supplyDemandRecords(deps: AppDeps, ctx: RequestContext, q: RecordsQuery): Promise<RecordsResult> {
  const s = await scopeOf(deps, ctx, q);
  if (q.row !== 'total' && !hasCell(q.table, q.row, q.side)) throw fieldError('row', '统计表中没有该单元格');
  if (!TABLE_BY_KEY.get(q.table)?.sides.includes(q.side)) throw fieldError('side', '该统计表没有这一侧的数字');
  const { page, pageSize, offset } = pageWindow(q);
  const { from, to } = s.period;
  const window = await windowOf(deps.db, q.side, from, to);
  const values = await rawValuesOf(deps.db, q.side, q.table, q.row, s.region, window);
  const found = dimensionOf(q.side, q.table);
  const filter: RecordFilter = {
    side: q.side,
    region: s.region,
    // People are named when they live in the viewer's scope now (not only in the unit viewed).
    scope: ctx.actor.orgCode,
    window,
    // A row no record can fall in (a constant table's other rows) keeps an always-false filter.
    dimension: values === null ? null : { expr: found?.dim.expr ?? "''", values },
    sort: q.sort,
    order: q.order,
    limit: pageSize,
    offset,
  };
  // A kept period's tally (the report's own cells) gives the total and the figure; otherwise the
  // page query counts the records behind the cell as it reads them.
  if (keepsUnit(s.region) && keepsPeriod(s.period, chinaDate(deps.clock.now()))) {
    const tally = await periodTally(deps, q.side, s.region, s.period);
    filter.known = cellTotals(tally, q.side, q.table, q.row);
  }
  const def = TABLE_BY_KEY.get(q.table);
  const rowLabel = q.row === 'total' ? '合计' : (def?.rows.find((r) => r.key === q.row)?.label ?? q.row);
  const head = { side: q.side, table: q.table, row: q.row, label: `${def?.title ?? q.table} · ${rowLabel} · ${q.side === 'demand' ? '需求' : '求职'}`, period: s.period, regionCode: s.region, page, pageSize };
  if (q.side === 'demand') {
    const r = await postingRecords(deps.db, filter);
    const postings = r.rows.map((p) => ({
      id: Number(p.id),
      title: p.title,
      employerName: p.employer_name,
      occupationCode: p.occupation_code,
      occupationName: p.occupation_name,
      vacancies: p.vacancies,
      validFrom: p.valid_from,
      validTo: p.valid_to,
      status: p.status,
      regionCode: p.region_code,
      regionName: p.region_name ?? p.region_code,
    }));
    return { ...head, figure: r.figure, total: r.total, postings, seekers: [] };
  }
  const r = await seekerRecords(deps.db, filter);
  const categories = TABLE_BY_KEY.get('category')?.rows ?? [];
  const showNames = rolesAllow(ctx.actor.roles, 'seeker.view');
  const seekers = r.rows.map((p) => ({
    id: Number(p.id),
    name: showNames ? p.name : `${p.name.slice(0, 1)}**`,
    citizenIdMasked: maskCitizenId(p.citizen_id),
    sex: p.sex,
    age: ageAt(p.birth_date, p.valid_from),
    educationName: p.education_name,
    categoryName: categories.find((c) => c.key === seekerCategoryRows(p.categories)[0])?.label ?? '未分类',
    validFrom: p.valid_from,
    validTo: p.valid_to,
    status: p.status,
    regionCode: p.region_code,
    regionName: p.region_name ?? p.region_code,
  }));
  if (seekers.length > 0) {
    await writeAudit(deps.db, deps.clock, { actorId: ctx.actor.id, actorName: ctx.actor.username, ip: ctx.ip }, {
      event: 'stats.records_viewed',
      entityType: 'job_seeker',
      entityId: `${q.table}.${q.row}`,
      regionCode: s.region,
      detail: { period: s.period, table: q.table, row: q.row, page, seekerIds: seekers.map((x) => x.id) },
    });
  }
  return { ...head, figure: r.figure, total: r.total, postings: [], seekers };
}

/**
 * The consistency check of the analysis: every cell of the report (both sides, three periods) and
 * the ratios, against a recount from the live ledger by another path (raw records classified one by
 * one in sd-recount.ts). Zero differences expected.
 */
export async function supplyDemandChecks(deps: AppDeps, ctx: RequestContext, q: PeriodQuery): Promise<ConsistencyCheck[]> {
  const s = await scopeOf(deps, ctx, q);
  const periods = [s.period, s.previous, s.lastYear];
  // The report as served (kept periods from the snapshot) against a recount of the live ledger.
  const report = reportOf(s, await talliesOf(s.region, periods, (side, region, period) => periodTally(deps, side, region, period)));
  const recount = await talliesOf(s.region, periods, (side, region, p) => (side === 'demand' ? recountDemand(deps.db, region, p.from, p.to) : recountSupply(deps.db, region, p.from, p.to)));
  const out: ConsistencyCheck[] = [];
  const when = [
    { key: 'current', name: '', pick: (c: Cell) => c.count },
    { key: 'previous', name: `（${s.previous.label}）`, pick: (c: Cell) => c.vsPrevious.previous },
    { key: 'lastYear', name: `（${s.lastYear.label}）`, pick: (c: Cell) => c.vsLastYear.previous },
  ] as const;
  const side = (x: Side) => (x === 'demand' ? '需求人数' : '求职人数');
  for (const w of when) {
    const tally = recount[w.key];
    out.push(check(`sd.postings.${w.key}`, `招聘岗位数${w.name}`, w.pick(report.overall.postings), tally.demand.records));
    for (const t of report.tables) {
      const def = TABLES.find((d) => d.key === t.key);
      for (const row of [...t.rows, t.total]) {
        for (const x of t.sides) {
          const cell = row[x];
          if (!cell) continue;
          const expected = row.key === 'total' ? (def?.rows.filter((r) => !r.of).reduce((n, r) => n + (tally[x].cells.get(cellKey(t.key, r.key)) ?? 0), 0) ?? 0) : (tally[x].cells.get(cellKey(t.key, row.key)) ?? 0);
          out.push(check(`sd.${x}.${t.key}.${row.key}.${w.key}`, `${t.title}·${row.label}·${side(x)}${w.name}`, w.pick(cell), expected));
        }
      }
    }
    const r = w.key === 'current' ? report.overall.ratio.value : w.key === 'previous' ? report.overall.ratio.previous : report.overall.ratio.lastYear;
    out.push(check(`sd.ratio.${w.key}`, `求人倍率${w.name}`, r ?? 0, ratio(tally.demand.cells.get(cellKey('overall', 'total')) ?? 0, tally.supply.records) ?? 0));
    // The totals the dashboard and monthly report take must agree as well.
    const p = periods[when.indexOf(w)];
    const totals = await supplyDemandTotals(deps.db, s.region, p.from, p.to);
    out.push(check(`sd.totals.vacancies.${w.key}`, `需求人数（汇总接口）${w.name}`, totals.vacancies, tally.demand.cells.get(cellKey('overall', 'total')) ?? 0));
    out.push(check(`sd.totals.seekers.${w.key}`, `求职人数（汇总接口）${w.name}`, totals.seekers, tally.supply.records));
  }
  return out;
}
