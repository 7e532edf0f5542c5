/**
 * Reference data for the system's code tables. Every edition of every table is listed in
 * ALL_CODE_TABLES; (type, edition) is unique across the list.
 */
import type { CodeTableSeed } from './types.js';
import { DIFFICULTY_CATEGORY_V1 } from './difficulty-category.js';
import { EDUCATION_GB_T_4658_2006 } from './education.js';
import { ETHNICITY_GB_3304_1991 } from './ethnicity.js';
import { INDUSTRY_GB_T_4754_2002, INDUSTRY_GB_T_4754_2011, INDUSTRY_GB_T_4754_2017 } from './industry.js';
import { OCCUPATION_2015, OCCUPATION_2022 } from './occupation.js';
import { OWNERSHIP_TYPE_2011 } from './ownership-type.js';
import { PERSON_CATEGORY_V1 } from './person-category.js';
import { PES_OCCUPATION_LB501_2002 } from './pes-occupation.js';
import { SEX_GB_T_2261_1_2003 } from './sex.js';
import { SKILL_LEVEL_V1 } from './skill-level.js';
import { UNIT_TYPE_V1 } from './unit-type.js';

export type { CodeSeed, CodeTableSeed } from './types.js';
export { INDUSTRY_EDITIONS, INDUSTRY_GB_T_4754_2002, INDUSTRY_GB_T_4754_2011, INDUSTRY_GB_T_4754_2017 } from './industry.js';
export { OCCUPATION_2015, OCCUPATION_2022, OCCUPATION_EDITIONS } from './occupation.js';
export { EDUCATION_GB_T_4658_2006 } from './education.js';
export { SEX_GB_T_2261_1_2003 } from './sex.js';
export { ETHNICITY_GB_3304_1991 } from './ethnicity.js';
export { UNIT_TYPE_V1 } from './unit-type.js';
export { OWNERSHIP_TYPE_2011 } from './ownership-type.js';
export { PERSON_CATEGORY_V1 } from './person-category.js';
export { DIFFICULTY_CATEGORY_V1 } from './difficulty-category.js';
export { SKILL_LEVEL_V1 } from './skill-level.js';
export {
  PES_OCCUPATION_LB501_2002,
  dadianToPesOccupationCode,
  isPesOccupationCode,
  pesOccupationAncestors,
  pesOccupationLevel,
  pesOccupationParent,
  pesOccupationSegments,
} from './pes-occupation.js';
export type { PesOccupationSegments } from './pes-occupation.js';

/** Every shipped edition of every code table. */
export const ALL_CODE_TABLES: CodeTableSeed[] = [
  INDUSTRY_GB_T_4754_2017,
  INDUSTRY_GB_T_4754_2011,
  INDUSTRY_GB_T_4754_2002,
  OCCUPATION_2022,
  OCCUPATION_2015,
  PES_OCCUPATION_LB501_2002,
  EDUCATION_GB_T_4658_2006,
  SEX_GB_T_2261_1_2003,
  ETHNICITY_GB_3304_1991,
  UNIT_TYPE_V1,
  OWNERSHIP_TYPE_2011,
  PERSON_CATEGORY_V1,
  DIFFICULTY_CATEGORY_V1,
  SKILL_LEVEL_V1,
];
