/**
 * Roles and what they allow. Staff roles act at the level of the user's org unit; the three
 * administrators are separated (三员分立): none holds another's permissions, and an account that
 * holds an administrator role holds no other role.
 */
export const ADMIN_ROLES = ['sys_admin', 'sec_admin', 'audit_admin'] as const;
export const STAFF_ROLES = ['operator', 'reviewer', 'leader'] as const;
export const EXTERNAL_ROLES = ['employer', 'job_seeker', 'training_institution', 'agency'] as const;
export const ROLES = [...ADMIN_ROLES, ...STAFF_ROLES, ...EXTERNAL_ROLES] as const;

export type AdminRole = (typeof ADMIN_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type ExternalRole = (typeof EXTERNAL_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  sys_admin: '系统管理员',
  sec_admin: '安全管理员',
  audit_admin: '审计管理员',
  operator: '经办',
  reviewer: '审核',
  leader: '领导（只读）',
  employer: '用人单位',
  job_seeker: '求职者',
  training_institution: '培训机构',
  agency: '职业中介机构',
};

export const PERMISSIONS = [
  'org.view', // browse the org tree within scope
  'org.manage', // load a city's divisions, rename units
  'code.view', // browse code tables
  'code.manage', // load code table editions, edit business rules
  'user.view', // list accounts within scope
  'user.manage', // create accounts, assign roles, reset passwords, unlock
  'audit.view', // read and export the audit log
  'workflow.view', // see review items within scope
  'employer.view', // see employers within scope
  'employer.manage', // register employers and submit them for verification
  'calendar.view', // working-day calendar and deadlines
  'person.view', // the labour registry: people, households, registrations, ledgers
  'person.manage', // register people, employment and unemployment, issue cards
  'posting.view', // job postings: staff within scope, an employer its own
  'posting.manage', // draft, submit, pause, renew job postings (staff for employers in scope, an employer for itself)
  'seeker.view', // job seekers (求职登记): staff within scope, a citizen their own
  'seeker.manage', // register and update job seekers (staff in scope, a citizen their own registration)
  'referral.view', // referrals and applications: staff within scope, an employer those to its postings, a seeker their own
  'referral.manage', // staff refer seekers to postings and record outcomes on the employer's behalf
  'referral.answer', // an employer answers referrals and applications to its postings
  'application.manage', // a citizen applies to postings on the portal and withdraws applications
  'article.manage', // write and publish policy, service-guide and notice pages on the public portal
  'fair.view', // recruitment fairs and campaigns within scope: schedule, participants, check-ins, numbers
  'fair.manage', // plan fairs and campaigns, approve booths, check seekers in, record intentions and hires
  'fair.apply', // an employer applies for a booth with its reviewed postings and offers online interview slots
  'fair.book', // a citizen books interview slots at online fairs
  'stats.view', // statistics and decision support within scope: supply-demand analysis, indicators, drill-down, dashboard, reports
  'report.manage', // generate and submit the unit's weekly forecast and monthly market report
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_COMMON: Permission[] = [
  'org.view',
  'code.view',
  'workflow.view',
  'employer.view',
  'calendar.view',
  'person.view',
  'posting.view',
  'seeker.view',
  'referral.view',
  'fair.view',
  'stats.view',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  sys_admin: ['org.view', 'org.manage', 'code.view', 'code.manage', 'calendar.view'],
  sec_admin: ['org.view', 'user.view', 'user.manage'],
  audit_admin: ['org.view', 'audit.view'],
  operator: [...STAFF_COMMON, 'employer.manage', 'person.manage', 'posting.manage', 'seeker.manage', 'referral.manage', 'article.manage', 'fair.manage', 'report.manage'],
  reviewer: STAFF_COMMON,
  leader: STAFF_COMMON,
  employer: ['code.view', 'posting.view', 'posting.manage', 'referral.view', 'referral.answer', 'fair.apply'],
  job_seeker: ['code.view', 'seeker.view', 'seeker.manage', 'referral.view', 'application.manage', 'fair.book'],
  training_institution: ['code.view'],
  agency: ['code.view'],
};

/** Whether any of the roles grants the permission. */
export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => GRANTS[role].includes(permission));
}

/** Every permission the roles grant (sent to the UI to build its menu). */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((p) => rolesAllow(roles, p));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Checks a role set against the separation rules; returns a Chinese message for the first
 * violation, or null. Kind says whether the account is staff or external.
 */
export function roleSetProblem(roles: readonly Role[], kind: 'staff' | 'external'): string | null {
  if (roles.length === 0) return '至少需要一个角色';
  const admin = roles.filter((r) => (ADMIN_ROLES as readonly string[]).includes(r));
  if (admin.length > 0 && roles.length > 1) return '三员分立：管理员角色不能与其他角色兼任';
  const external = roles.filter((r) => (EXTERNAL_ROLES as readonly string[]).includes(r));
  if (kind === 'staff' && external.length > 0) return '工作人员账号不能拥有外部角色';
  if (kind === 'external' && external.length !== roles.length) return '外部账号只能拥有外部角色';
  return null;
}
