/**
 * 单位类型 (employer / organisation type) — a system-defined table, not a national standard.
 *
 * Codes follow the decade convention common in MOHRSS business systems (10 企业 … 90 其他),
 * leaving room for sub-types (e.g. 51 under 50) without renumbering. effectiveFrom is
 * 2008-01-01, the date 《就业服务与就业管理规定》(劳动和社会保障部令第28号) took effect;
 * it is the regulatory basis for employer registration in the public employment service.
 */
import type { CodeTableSeed } from './types.js';

export const UNIT_TYPE_V1: CodeTableSeed = {
  type: 'unit_type',
  edition: 'system-v1',
  standard: '系统自定义（参照人力资源社会保障业务常用单位类型划分）',
  name: '单位类型',
  nameEn: 'Unit type',
  effectiveFrom: '2008-01-01',
  entries: [
    { code: '10', name: '企业', nameEn: 'Enterprise', level: 1 },
    { code: '20', name: '机关', nameEn: 'Government or Party organ', level: 1 },
    { code: '30', name: '事业单位', nameEn: 'Public institution', level: 1 },
    { code: '40', name: '社会团体', nameEn: 'Social organization', level: 1 },
    { code: '50', name: '民办非企业单位', nameEn: 'Private non-enterprise unit', level: 1 },
    { code: '60', name: '个体工商户', nameEn: 'Individual business', level: 1 },
    { code: '90', name: '其他', nameEn: 'Other', level: 1 },
  ],
};
