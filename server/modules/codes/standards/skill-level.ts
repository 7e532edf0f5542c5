/**
 * 技能等级 (skill level) — the rows of the supply-demand statistics' 按技术等级 table: the five
 * levels of the national vocational qualification (国家职业资格五级…一级, i.e. 初级工 … 高级技师) and
 * the three grades of professional title (初级/中级/高级专业技术职务). A posting's skill level is its
 * requirement ('none' = 无技术等级或职称要求); a seeker's is the highest level held ('none' = 无).
 * A system-defined table (the national statistics list the rows, not codes).
 */
import type { CodeTableSeed } from './types.js';

export const SKILL_LEVEL_V1: CodeTableSeed = {
  type: 'skill_level',
  edition: 'system-v1',
  standard: '系统自定义（参照人力资源市场供求状况统计按技术等级分组）',
  name: '技能等级',
  nameEn: 'Skill level',
  effectiveFrom: '2008-01-01',
  entries: [
    { code: 'q5', name: '职业资格五级（初级工）', nameEn: 'Vocational qualification level 5 (junior worker)', level: 1 },
    { code: 'q4', name: '职业资格四级（中级工）', nameEn: 'Vocational qualification level 4 (intermediate worker)', level: 1 },
    { code: 'q3', name: '职业资格三级（高级工）', nameEn: 'Vocational qualification level 3 (senior worker)', level: 1 },
    { code: 'q2', name: '职业资格二级（技师）', nameEn: 'Vocational qualification level 2 (technician)', level: 1 },
    { code: 'q1', name: '职业资格一级（高级技师）', nameEn: 'Vocational qualification level 1 (senior technician)', level: 1 },
    { code: 't_junior', name: '初级专业技术职务', nameEn: 'Junior professional title', level: 1 },
    { code: 't_middle', name: '中级专业技术职务', nameEn: 'Intermediate professional title', level: 1 },
    { code: 't_senior', name: '高级专业技术职务', nameEn: 'Senior professional title', level: 1 },
    { code: 'none', name: '无技术等级或职称', nameEn: 'No skill level or title', level: 1 },
  ],
};
