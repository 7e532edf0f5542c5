/**
 * 就业困难人员类别 (category of persons with employment difficulty) — a system-defined table.
 *
 * 《就业促进法》 art. 52 leaves the concrete categories to provincial governments; this list
 * covers the categories most provinces recognise. A person may qualify under several.
 * Codes are lowercase snake_case and stable; array order is the display order.
 * effectiveFrom is 2008-01-01, the date the 就业促进法 and 《就业服务与就业管理规定》 took effect.
 */
import type { CodeTableSeed } from './types.js';

export const DIFFICULTY_CATEGORY_V1: CodeTableSeed = {
  type: 'difficulty_category',
  edition: 'system-v1',
  standard: '系统自定义（依据《中华人民共和国就业促进法》第五十二条及各地就业困难人员认定办法）',
  name: '就业困难人员类别',
  nameEn: 'Employment difficulty category',
  effectiveFrom: '2008-01-01',
  entries: [
    { code: 'age_4050', name: '4050人员', nameEn: 'Older worker (women 40+, men 50+)', level: 1 },
    { code: 'disabled', name: '残疾人', nameEn: 'Person with disability', level: 1 },
    { code: 'subsistence_allowance', name: '低保人员', nameEn: 'Minimum living allowance recipient', level: 1 },
    { code: 'long_term_unemployed', name: '连续失业一年以上', nameEn: 'Unemployed for one year or more', level: 1 },
    { code: 'zero_employment_family', name: '零就业家庭成员', nameEn: 'Member of a zero-employment family', level: 1 },
    { code: 'land_lost_farmer', name: '失地农民', nameEn: 'Farmer who lost land', level: 1 },
    { code: 'released_prisoner', name: '刑满释放人员', nameEn: 'Released prisoner', level: 1 },
    { code: 'single_parent_family', name: '单亲家庭', nameEn: 'Single-parent family', level: 1 },
    { code: 'near_retirement', name: '距法定退休年龄不足5年', nameEn: 'Less than 5 years to statutory retirement age', level: 1 },
    { code: 'other', name: '其他', nameEn: 'Other', level: 1 },
  ],
};
