import type { Db } from '../platform/db/database.js';
import type { DemoPlace } from './demo-accounts.js';

/** The org units the demo accounts sit in, picked deterministically from the loaded city. */
export type Places = Record<DemoPlace, { code: string; name: string }>;

async function firstChild(db: Db, parent: string, skip = 0) {
  const row = await db
    .selectFrom('org_unit')
    .select(['code', 'name'])
    .where('parent_code', '=', parent)
    .where((eb) => eb.exists(eb.selectFrom('org_unit as c').select('c.code').whereRef('c.parent_code', '=', 'org_unit.code')))
    .orderBy('code')
    .offset(skip)
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new Error(`no child units under ${parent}`);
  return row;
}

/** Resolves the demo places of a city: its first district with streets, that district's first street… */
export async function resolvePlaces(db: Db, cityCode: string): Promise<Places> {
  const province = await db.selectFrom('org_unit').select(['code', 'name']).where('code', '=', cityCode.slice(0, 2)).executeTakeFirstOrThrow();
  const city = await db.selectFrom('org_unit').select(['code', 'name']).where('code', '=', cityCode).executeTakeFirstOrThrow();
  // 景德镇: 360202 昌江区, 360203 珠山区; prefer 珠山区 (the city centre) when present.
  const preferred = await db.selectFrom('org_unit').select(['code', 'name']).where('code', '=', `${cityCode}03`).executeTakeFirst();
  const district = preferred ?? (await firstChild(db, cityCode));
  const others = await db.selectFrom('org_unit').select(['code', 'name']).where('parent_code', '=', cityCode).where('code', '!=', district.code).orderBy('code').executeTakeFirstOrThrow();
  const street = await firstChild(db, district.code);
  const community = await db.selectFrom('org_unit').select(['code', 'name']).where('parent_code', '=', street.code).orderBy('code').limit(1).executeTakeFirstOrThrow();
  return { province, city, district, other_district: others, street, community };
}
