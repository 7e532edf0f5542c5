import { sql } from 'kysely';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inScope } from '../../platform/scope.js';
import { SERVICE_KINDS } from '../registry/codes.js';

/**
 * Where a campaign's services are counted for a viewer: each participating unit (the organiser's
 * subtree when none are named), cut to the viewer's own part — a street sees its share of a city
 * campaign, never another unit's.
 */
export function campaignArea(viewer: Pick<Actor, 'orgCode'>, organiser: string, participants: readonly string[]): string[] {
  const units = participants.length > 0 ? participants : [organiser];
  const area = units.map((u) => (inScope(viewer, u) ? u : viewer.orgCode.startsWith(u) ? viewer.orgCode : null)).filter((u): u is string => u !== null);
  // A unit inside another already counted adds nothing.
  return [...new Set(area)].filter((u, _, all) => !all.some((o) => o !== u && u.startsWith(o)));
}

/** Services (就业服务) recorded in the campaign's units during its period, by kind, in the display order of the code list. */
export async function campaignServices(db: Db, viewer: Pick<Actor, 'orgCode'>, c: { region_code: string; participant_units: readonly string[]; starts_on: string; ends_on: string }) {
  const area = campaignArea(viewer, c.region_code, c.participant_units);
  const counts = new Map<string, number>();
  if (area.length > 0) {
    const inArea = sql.join(area.map((u) => sql`s.region_code LIKE ${`${u}%`}`), sql` OR `);
    const rows = await sql<{ kind: string; n: number }>`
      SELECT s.kind, count(*)::int AS n FROM service_record s
      WHERE s.served_on >= ${c.starts_on} AND s.served_on <= ${c.ends_on} AND (${inArea})
      GROUP BY s.kind`.execute(db);
    for (const r of rows.rows) counts.set(r.kind, Number(r.n));
  }
  return Object.entries(SERVICE_KINDS).map(([kind, name]) => ({ kind, name, count: counts.get(kind) ?? 0 }));
}
