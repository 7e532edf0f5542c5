import type { Static } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { selectPostings } from '../market/posting-repository.js';
import { searchCodes } from '../market/search-codes.js';
import { postingCard } from '../market/search-service.js';
import { isMember } from './credit-rules.js';
import { codeName } from './employer-checks.js';
import { today } from './service.js';
import type { PublicEmployerView } from './portal-schema.js';

/** Postings shown on an employer's public page at most. */
const PAGE_POSTINGS = 100;

/** A verified employer's public page with its valid postings; anything else is not found. */
export async function getPublicEmployer(deps: AppDeps, id: number): Promise<Static<typeof PublicEmployerView>> {
  const e = await deps.db
    .selectFrom('employer as e')
    .innerJoin('org_unit as o', 'o.code', 'e.region_code')
    .select(['e.id', 'e.name', 'e.unit_type', 'e.industry_code', 'e.ownership_type', 'e.size_band', 'e.introduction', 'e.address', 'e.region_code', 'o.name as region_name', 'e.member_since', 'e.member_until'])
    .where('e.id', '=', id)
    .where('e.status', '=', 'verified')
    .executeTakeFirst();
  if (!e) throw notFound('用人单位');
  const day = today(deps);
  const codes = await searchCodes(deps);
  const postings = await selectPostings(deps.db)
    .where('j.employer_id', '=', id)
    .where('j.status', '=', 'published')
    .where('j.valid_from', '<=', day)
    .where('j.valid_to', '>=', day)
    .orderBy('j.published_at', 'desc')
    .orderBy('j.id', 'desc')
    .limit(PAGE_POSTINGS)
    .execute();
  return {
    id: e.id,
    name: e.name,
    unitType: e.unit_type,
    unitTypeName: await codeName(deps.db, 'unit_type', e.unit_type),
    industryCode: e.industry_code,
    industryName: await codeName(deps.db, 'industry', e.industry_code),
    ownershipType: e.ownership_type,
    ownershipName: await codeName(deps.db, 'ownership_type', e.ownership_type),
    sizeBand: e.size_band,
    introduction: e.introduction,
    address: e.address,
    regionCode: e.region_code,
    regionName: e.region_name,
    member: isMember(e.member_since, e.member_until, day),
    postings: postings.map((p) => postingCard(p, codes, [])),
  };
}
