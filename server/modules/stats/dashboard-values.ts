import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Period } from './period.js';
import { isFinishedMonth, snapshotServes, unemploymentRate } from './indicators-rules.js';
import { NEW_KIND, type Metric } from './indicators-metrics.js';
import { liveCounts } from './indicators-queries.js';
import { readSnapshots } from './snapshot-store.js';
import { spanOf } from './indicators-service.js';

/**
 * The indicators the dashboard shows (new employment, the unemployed and the rate, overdue
 * zero-employment families), month by month, through H2's indicator machinery: finished months from
 * the monthly snapshot in one read, the rest counted live with only these metrics (the re-employment
 * figures, the costly ones, are not on the dashboard). The same figures as indicatorValues.
 */

const NEW = Object.keys(NEW_KIND) as (keyof typeof NEW_KIND)[];
const METRICS: readonly Metric[] = [...NEW, 'unemployed', 'employed', 'zeroOverdue'];

export interface DashValues {
  newTotal: number;
  unemployed: number;
  employed: number;
  unemploymentRate: number | null;
  zeroOverdue: number;
}

function valuesOf(c: Partial<Record<Metric, number>>): DashValues {
  const unemployed = c.unemployed ?? 0;
  const employed = c.employed ?? 0;
  return { newTotal: NEW.reduce((n, k) => n + (c[k] ?? 0), 0), unemployed, employed, unemploymentRate: unemploymentRate(unemployed, employed), zeroOverdue: c.zeroOverdue ?? 0 };
}

/** The values of each month (whole calendar months; stocks at the month's end, or today for this month). */
export async function monthValues(db: Kysely<DB>, region: string, months: readonly Period[], today: string): Promise<DashValues[]> {
  const finished = snapshotServes(region) ? months.filter((m) => isFinishedMonth(m, today)).map((m) => m.from) : [];
  const snap = await readSnapshots(db, region, finished);
  return Promise.all(
    months.map(async (m) => {
      const s = snap.get(m.from);
      return valuesOf(s ?? (await liveCounts(db, region, spanOf(m, today), METRICS)));
    }),
  );
}

/** Year-to-date values from the year's months: new employment added up, stocks those of the last month (today's). */
export function yearToDate(months: readonly Period[], values: readonly DashValues[], year: string): DashValues {
  const picked = values.filter((_, i) => months[i].from.startsWith(year));
  const last = picked[picked.length - 1] ?? valuesOf({});
  return { ...last, newTotal: picked.reduce((n, v) => n + v.newTotal, 0) };
}

/**
 * 1 January to today of one unit in one live count over the span (new employment over the span,
 * stocks today): one query per lower unit, where reading its months from the snapshot costs a
 * staleness check per unit.
 */
export async function ytdValues(db: Kysely<DB>, region: string, ytd: Period, today: string): Promise<DashValues> {
  return valuesOf(await liveCounts(db, region, spanOf(ytd, today), METRICS));
}
