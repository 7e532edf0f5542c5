import { sql } from 'kysely';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays } from '../modules/calendar/workdays.js';
import { RULE_DEFAULTS } from '../modules/rules/defaults.js';
import { isWorkingAge } from '../modules/registry/rules.js';
import type { Random } from './random.js';
import { SEED_AGE_RULES } from './registry.js';
import type { MarketPlan } from './market-scale.js';
import { targetRatio } from './market-history.js';
import { seekerRow, type Candidate, type SeekerDraft, type SeekerRow } from './seekers.js';

/** Picks of a person that overlap one of the person's registrations are retried this many times. */
const TRIES = 6;

interface Month {
  /** First and last day of the month inside the history window. */
  from: string;
  to: string;
  month: number;
  vacancies: number;
  /** Mean validity (days) of the postings that started in the month. */
  postingDays: number;
}

/** Whether [from, to] overlaps one of the windows. */
function overlaps(windows: readonly (readonly [string, string])[] | undefined, from: string, to: string): boolean {
  return windows !== undefined && windows.some(([f, t]) => f <= to && t >= from);
}

/**
 * Earlier job-seeker registrations, closed now: for every month of the history window (three years
 * back and one validity more, up to the start of today's registrations' window) as many registrations as make that month's
 * 求人倍率 about targetRatio — the vacancies of the postings published that month, scaled by how much
 * longer a registration stays valid than a posting, divided by the ratio. People are drawn from the
 * registry (registered unemployed twice as likely), of working age on the day, and never hold two
 * registrations valid at once (nor one overlapping their registration valid today).
 */
export async function seekerHistory(draft: SeekerDraft, rng: Random, plan: MarketPlan, people: readonly Candidate[], activeFrom: ReadonlyMap<number, string>): Promise<SeekerRow[]> {
  const { db, now, cityCode } = draft.ctx;
  const today = chinaDate(now);
  const validity = RULE_DEFAULTS['seeker.validity_days'].value;
  // From registrations still valid on the first day of the history on.
  const first = addCalendarDays(today, -plan.historyDays - validity);
  const last = addCalendarDays(today, -validity - 1);
  if (people.length === 0 || first > last) return [];
  const months = (
    await sql<Month>`
      SELECT greatest(date_trunc('month', valid_from)::date, ${first}::date)::text AS "from",
             least((date_trunc('month', valid_from) + interval '1 month - 1 day')::date, ${last}::date)::text AS "to",
             extract(month FROM valid_from)::int AS month, sum(vacancies)::int AS vacancies,
             avg(valid_to - valid_from)::float AS "postingDays"
      FROM job_posting
      WHERE published_at IS NOT NULL AND region_code LIKE ${`${cityCode}%`} AND valid_from BETWEEN ${first}::date AND ${last}::date
      GROUP BY 1, 2, 3 ORDER BY 1`.execute(db)
  ).rows;
  // Registered unemployed come twice as often.
  const pool = [...people, ...people.filter((p) => p.labour_status === 'unemployed')];
  const windows = new Map<number, [string, string][]>();
  for (const [id, from] of activeFrom) windows.set(id, [[from, addCalendarDays(from, validity)]]);
  const rows: SeekerRow[] = [];
  for (const m of months) {
    // A period (a month to a quarter) counts what was valid at any time in it: a longer validity
    // counts a registration in more periods.
    const lengthFactor = (60 + m.postingDays) / (60 + validity);
    const n = Math.round((m.vacancies * lengthFactor) / targetRatio(m.month, rng));
    for (let i = 0; i < n; i += 1) {
      const validFrom = rng.date(m.from, m.to);
      const validTo = addCalendarDays(validFrom, validity);
      for (let t = 0; t < TRIES; t += 1) {
        const p = rng.pick(pool);
        if (overlaps(windows.get(p.id), validFrom, validTo) || !isWorkingAge({ birthDate: p.birth_date, sex: p.sex }, validFrom, SEED_AGE_RULES)) continue;
        const list = windows.get(p.id);
        if (list) list.push([validFrom, validTo]);
        else windows.set(p.id, [[validFrom, validTo]]);
        rows.push(seekerRow(draft, rng, p, validFrom, () => validFrom, 'closed'));
        break;
      }
    }
  }
  return rows;
}
