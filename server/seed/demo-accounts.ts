import type { Role } from '../platform/roles.js';

/** Where a demo account sits: resolved against the loaded city at seed time. */
export type DemoPlace = 'province' | 'city' | 'district' | 'other_district' | 'street' | 'community';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  roles: Role[];
  place: DemoPlace;
  kind: 'staff' | 'external';
  /** Shown in README and printed at start. */
  note: string;
}

export const ADMIN_DEMO_PASSWORD = 'Admin@2026';
export const DEMO_PASSWORD = 'Demo@2026';

/**
 * The named demo accounts (README lists the same). "district" is 珠山区 in the default city, the
 * "street" its first street and "community" that street's first community; "other_district" is
 * a second district, for trying scope.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', password: ADMIN_DEMO_PASSWORD, displayName: '系统管理员', roles: ['sys_admin'], place: 'province', kind: 'staff', note: '系统管理员：组织机构、代码表、工作日历' },
  { username: 'secadmin', password: DEMO_PASSWORD, displayName: '安全管理员', roles: ['sec_admin'], place: 'province', kind: 'staff', note: '安全管理员：账号与角色' },
  { username: 'auditor', password: DEMO_PASSWORD, displayName: '审计管理员', roles: ['audit_admin'], place: 'province', kind: 'staff', note: '审计管理员：审计日志' },
  { username: 'city_op', password: DEMO_PASSWORD, displayName: '市局经办员', roles: ['operator'], place: 'city', kind: 'staff', note: '市就业局 经办' },
  { username: 'city_rev', password: DEMO_PASSWORD, displayName: '市局审核员', roles: ['reviewer'], place: 'city', kind: 'staff', note: '市就业局 审核' },
  { username: 'city_leader', password: DEMO_PASSWORD, displayName: '市局领导', roles: ['leader'], place: 'city', kind: 'staff', note: '市就业局 领导（只读）' },
  { username: 'district_op', password: DEMO_PASSWORD, displayName: '区局经办员', roles: ['operator'], place: 'district', kind: 'staff', note: '区就业局 经办' },
  { username: 'district_rev', password: DEMO_PASSWORD, displayName: '区局审核员', roles: ['reviewer'], place: 'district', kind: 'staff', note: '区就业局 审核（终审）' },
  { username: 'other_rev', password: DEMO_PASSWORD, displayName: '外区审核员', roles: ['reviewer'], place: 'other_district', kind: 'staff', note: '另一区就业局 审核（看不到本区数据）' },
  { username: 'street_op', password: DEMO_PASSWORD, displayName: '街道经办员', roles: ['operator'], place: 'street', kind: 'staff', note: '街道劳动保障事务所 经办' },
  { username: 'street_rev', password: DEMO_PASSWORD, displayName: '街道审核员', roles: ['reviewer'], place: 'street', kind: 'staff', note: '街道劳动保障事务所 审核（初审）' },
  { username: 'community_op', password: DEMO_PASSWORD, displayName: '社区协理员', roles: ['operator'], place: 'community', kind: 'staff', note: '社区劳动保障协理员' },
  { username: 'employer_demo', password: DEMO_PASSWORD, displayName: '示例用人单位', roles: ['employer'], place: 'community', kind: 'external', note: '用人单位（已审核）' },
  { username: 'seeker_demo', password: DEMO_PASSWORD, displayName: '示例求职者', roles: ['job_seeker'], place: 'community', kind: 'external', note: '求职者' },
];
