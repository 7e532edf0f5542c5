import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Period } from './period.js';
import type { Side } from './sd-classify.js';
import { dimensionOf } from './sd-dimensions.js';
import { windowOf } from './supply-demand-repository.js';

/**
 * The dashboard's supply-demand figures in one scan per side: supplyDemandTotals of many periods of
 * the unit and of one period of each lower unit, and the analysis' occupation table over one period.
 * The same valid records as H1 (published postings, any registration; valid_from <= to AND valid_to
 * >= from; H1's window bound on valid_from), counted with a FILTER per period and lower unit and
 * grouped by the raw occupation value, which H1's classifier folds into the table's rows. H1's
 * sources join the employer and the person for other dimensions; both foreign keys are NOT NULL, so
 * the join keeps every record. (A query per period and unit re-read the tables some forty times.)
 */

/** A period's demand and supply counts before the ratio (supplyDemandTotals' figures). */
export interface Counted {
  postings: number;
  vacancies: number;
  seekers: number;
}

export interface MarketFigures {
  periods: Counted[];
  lower: Map<string, Counted>;
  /** The occupation table over the occupation period: row key → vacancies (demand) or registrations (supply). */
  occupation: Record<Side, Map<string, number>>;
}

const OCCUPATION: Record<Side, string> = { demand: "coalesce(occupation_code, '')", supply: "coalesce(desired_occupations[1], '')" };

type Row = Record<string, number | string | null>;

export async function marketFigures(db: Db, region: string, periods: readonly Period[], lower: { codes: readonly string[]; period: Period }, occupationPeriod: Period): Promise<MarketFigures> {
  const all = [...periods, lower.period, occupationPeriod];
  const from = all.reduce((a, p) => (p.from < a ? p.from : a), all[0].from);
  const to = all.reduce((a, p) => (p.to > a ? p.to : a), all[0].to);
  const [dw, sw] = await Promise.all([windowOf(db, 'demand', from, to), windowOf(db, 'supply', from, to)]);
  const valid = (p: Period) => sql`valid_from <= ${p.to} AND valid_to >= ${p.from}`;
  // Cells: each period of the unit, each lower unit over its period, then the occupation period.
  const cells = [...periods.map((p) => valid(p)), ...lower.codes.map((c) => sql`${valid(lower.period)} AND region_code LIKE ${`${c}%`}`), valid(occupationPeriod)];
  const demandCols = sql.join(cells.map((c, i) => sql`count(*) FILTER (WHERE ${c}) AS ${sql.ref(`n${i}`)}, sum(vacancies) FILTER (WHERE ${c}) AS ${sql.ref(`v${i}`)}`));
  const supplyCols = sql.join(cells.map((c, i) => sql`count(*) FILTER (WHERE ${c}) AS ${sql.ref(`n${i}`)}`));
  const like = `${region}%`;
  const [d, s] = await Promise.all([
    sql<Row>`SELECT ${sql.raw(OCCUPATION.demand)} AS occ, ${demandCols} FROM job_posting
      WHERE published_at IS NOT NULL AND valid_from <= ${to} AND valid_from >= ${dw.earliest} AND valid_to >= ${from} AND region_code LIKE ${like} GROUP BY 1`.execute(db),
    sql<Row>`SELECT ${sql.raw(OCCUPATION.supply)} AS occ, ${supplyCols} FROM job_seeker
      WHERE valid_from <= ${to} AND valid_from >= ${sw.earliest} AND valid_to >= ${from} AND region_code LIKE ${like} GROUP BY 1`.execute(db),
  ]);
  const total = (rows: Row[], col: string) => rows.reduce((n, r) => n + Number(r[col] ?? 0), 0);
  const at = (i: number): Counted => ({ postings: total(d.rows, `n${i}`), vacancies: total(d.rows, `v${i}`), seekers: total(s.rows, `n${i}`) });
  const occ = cells.length - 1;
  const table = (side: Side, rows: Row[], col: string) => {
    const out = new Map<string, number>();
    const found = dimensionOf(side, 'occupation');
    if (!found) return out;
    for (const r of rows) for (const row of found.rows(String(r.occ))) out.set(row, (out.get(row) ?? 0) + Number(r[col] ?? 0));
    return out;
  };
  return {
    periods: periods.map((_, i) => at(i)),
    lower: new Map(lower.codes.map((c, j) => [c, at(periods.length + j)])),
    occupation: { demand: table('demand', d.rows, `v${occ}`), supply: table('supply', s.rows, `n${occ}`) },
  };
}
