/**
 * 人员类别 (job-seeker category) — a system-defined table, not a national standard.
 *
 * The first block mirrors the 求职人员类别 rows of the public employment service supply
 * and demand statistics (人力资源市场供求状况统计): 新成长失业青年 (其中：应届高校毕业生),
 * 就业转失业人员, 其他失业人员, 在业人员, 下岗职工, 退休人员, 在学人员, 本市农村人员,
 * 外埠人员. The second block holds supplementary group labels used for targeted services;
 * they overlap with the first block (a job seeker may carry several labels), so they are
 * separate top-level entries, not children.
 *
 * Codes are lowercase snake_case and stable; array order is the display order.
 * effectiveFrom is 2008-01-01, the date 《就业服务与就业管理规定》(劳动和社会保障部令第28号)
 * took effect (basis of job-seeker registration).
 */
import type { CodeTableSeed } from './types.js';

export const PERSON_CATEGORY_V1: CodeTableSeed = {
  type: 'person_category',
  edition: 'system-v1',
  standard: '系统自定义（参照人力资源市场供求状况统计求职人员类别）',
  name: '人员类别',
  nameEn: 'Job-seeker category',
  effectiveFrom: '2008-01-01',
  entries: [
    // Statistical categories (求职人员类别)
    { code: 'new_youth', name: '新成长失业青年', nameEn: 'New labour-force entrant (youth)', level: 1 },
    { code: 'new_graduate', name: '应届高校毕业生', nameEn: 'New college graduate', parentCode: 'new_youth', level: 2 },
    { code: 'job_loser', name: '就业转失业人员', nameEn: 'Unemployed after employment', level: 1 },
    { code: 'other_unemployed', name: '其他失业人员', nameEn: 'Other unemployed', level: 1 },
    { code: 'employed', name: '在业人员', nameEn: 'Currently employed', level: 1 },
    { code: 'laid_off', name: '下岗职工', nameEn: 'Laid-off worker', level: 1 },
    { code: 'retired', name: '退休人员', nameEn: 'Retiree', level: 1 },
    { code: 'student', name: '在学人员', nameEn: 'Student', level: 1 },
    { code: 'local_rural', name: '本市农村人员', nameEn: 'Local rural resident', level: 1 },
    { code: 'non_local', name: '外埠人员', nameEn: 'Non-local resident', level: 1 },
    // Supplementary group labels
    { code: 'age_4050', name: '4050人员', nameEn: 'Older worker (women 40+, men 50+)', level: 1 },
    { code: 'veteran', name: '退役军人', nameEn: 'Veteran', level: 1 },
    { code: 'disabled', name: '残疾人', nameEn: 'Person with disability', level: 1 },
    { code: 'migrant_worker', name: '农民工', nameEn: 'Rural migrant worker', level: 1 },
  ],
};
