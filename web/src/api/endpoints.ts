import { http, type Query } from './client';
import type {
  AuditEventType,
  BusinessRule,
  CalendarOverride,
  CalendarMonth,
  City,
  CodeTable,
  Deadline,
  DifficultyExitInput,
  DifficultyInput,
  DecideAction,
  Employer,
  FollowUpDoneInput,
  Household,
  ImportBatchView,
  HouseholdInput,
  EmployerInput,
  CreditEvent,
  CreditEventInput,
  EmploymentInput,
  LevelCount,
  LoadCityResult,
  Me,
  OrgUnit,
  Person,
  PersonInput,
  PersonPatch,
  PersonRecord,
  Posting,
  PostingInput,
  PostingPatch,
  QualitySummary,
  RegistryCodes,
  RoleInfo,
  RuleInput,
  ServiceInput,
  UnemploymentInput,
  UserRow,
  ValidationResult,
  WorkflowItemDetail,
  WorkflowType,
} from './types';

/** List endpoints used by the generic server table (GET path → Page<T>, GET path/export → xlsx). */
export const LIST = {
  users: '/api/users',
  codeEntries: '/api/codes/entries',
  audit: '/api/audit',
  tasks: '/api/workflow/tasks',
  workflowItems: '/api/workflow/items',
  employers: '/api/employers',
  people: '/api/registry/people',
  difficulty: '/api/registry/difficulty',
  zeroFamilies: '/api/registry/zero-families',
  commitments: '/api/registry/commitments',
  followUps: '/api/registry/follow-ups',
  residentsLedger: '/api/registry/ledgers/residents',
  unemployedLedger: '/api/registry/ledgers/unemployed',
  qualityIssues: '/api/registry/quality/issues',
  imports: '/api/registry/imports',
  postings: '/api/market/postings',
} as const;

export const authApi = {
  me: () => http.get<Me>('/api/auth/me', undefined, { quiet401: true }),
  login: (username: string, password: string) => http.post<Me>('/api/auth/login', { username, password }, { quiet401: true }),
  logout: () => http.post<{ ok: true }>('/api/auth/logout', undefined, { quiet401: true }),
  changePassword: (currentPassword: string, newPassword: string) => http.post<{ ok: true }>('/api/auth/password', { currentPassword, newPassword }),
};

export const orgApi = {
  unit: (code: string) => http.get<OrgUnit>(`/api/org/units/${encodeURIComponent(code)}`),
  children: (code: string) => http.get<OrgUnit[]>(`/api/org/units/${encodeURIComponent(code)}/children`),
  search: (q: string, root?: string) => http.get<OrgUnit[]>('/api/org/search', { q, root, limit: 30 }),
  /** Units per level under `root` (default: the user's own unit). */
  summary: (root?: string) => http.get<LevelCount[]>('/api/org/summary', { root }),
  cities: () => http.get<City[]>('/api/org/cities'),
  loadCity: (cityCode: string) => http.post<LoadCityResult>('/api/org/load-city', { cityCode }),
};

export interface UserCreateInput {
  username: string;
  displayName: string;
  orgCode: string;
  kind: 'staff' | 'external';
  roles: string[];
  password: string;
  phone?: string;
}

export interface UserPatchInput {
  displayName?: string;
  orgCode?: string;
  roles?: string[];
  status?: 'active' | 'disabled';
  phone?: string;
}

export const usersApi = {
  roles: () => http.get<RoleInfo[]>('/api/roles'),
  create: (input: UserCreateInput) => http.post<UserRow>('/api/users', input),
  update: (id: number, input: UserPatchInput) => http.patch<UserRow>(`/api/users/${id}`, input),
  resetPassword: (id: number, password: string) => http.post<unknown>(`/api/users/${id}/reset-password`, { password }),
  unlock: (id: number) => http.post<unknown>(`/api/users/${id}/unlock`),
};

export const codesApi = {
  tables: () => http.get<CodeTable[]>('/api/codes/tables'),
  validateCitizenId: (value: string) => http.post<ValidationResult>('/api/codes/validate/citizen-id', { value }),
  validateCreditCode: (value: string) => http.post<ValidationResult>('/api/codes/validate/credit-code', { value }),
};

export const auditApi = {
  events: () => http.get<AuditEventType[]>('/api/audit/events'),
};

export const calendarApi = {
  month: (month: string) => http.get<CalendarMonth>('/api/calendar/month', { month }),
  deadline: (q: Query) => http.get<Deadline>('/api/calendar/deadline', q),
  overrides: () => http.get<CalendarOverride[]>('/api/calendar/overrides'),
  setOverride: (date: string, body: { isWorkday: boolean; name?: string }) =>
    http.put<CalendarOverride>(`/api/calendar/overrides/${encodeURIComponent(date)}`, body),
  removeOverride: (date: string) => http.del<{ ok: true }>(`/api/calendar/overrides/${encodeURIComponent(date)}`),
};

export const rulesApi = {
  list: () => http.get<BusinessRule[]>('/api/rules'),
  /** Adds or replaces one dated version; returns every rule afresh. */
  set: (input: RuleInput) => http.put<BusinessRule[]>('/api/rules', input),
  /** Deletes a version that has not taken effect yet; returns every rule afresh. */
  remove: (v: { key: string; regionCode: string; effectiveFrom: string }) =>
    http.del<BusinessRule[]>('/api/rules', { key: v.key, regionCode: v.regionCode || undefined, effectiveFrom: v.effectiveFrom }),
};

export const workflowApi = {
  types: () => http.get<WorkflowType[]>('/api/workflow/types'),
  item: (id: number) => http.get<WorkflowItemDetail>(`/api/workflow/items/${id}`),
  decide: (id: number, body: { action: DecideAction; reason?: string; version: number }) =>
    http.post<WorkflowItemDetail>(`/api/workflow/items/${id}/decide`, body),
  withdraw: (id: number) => http.post<WorkflowItemDetail>(`/api/workflow/items/${id}/withdraw`),
};

export const employersApi = {
  get: (id: number) => http.get<Employer>(`/api/employers/${id}`),
  create: (input: EmployerInput) => http.post<Employer>('/api/employers', input),
  update: (id: number, input: Partial<EmployerInput>) => http.patch<Employer>(`/api/employers/${id}`, input),
  submit: (id: number) => http.post<unknown>(`/api/employers/${id}/submit`),
  setMembership: (id: number, input: { memberSince: string; memberUntil: string }) => http.post<Employer>(`/api/employers/${id}/membership`, input),
  endMembership: (id: number) => http.del<Employer>(`/api/employers/${id}/membership`),
  creditEventsPath: (id: number) => `/api/employers/${id}/credit-events`,
  addCreditEvent: (id: number, input: CreditEventInput) => http.post<CreditEvent>(`/api/employers/${id}/credit-events`, input),
};

export const registryApi = {
  codes: () => http.get<RegistryCodes>('/api/registry/codes'),
  create: (input: PersonInput) => http.post<Person>('/api/registry/people', input),
  record: (id: number) => http.get<PersonRecord>(`/api/registry/people/${id}`),
  update: (id: number, patch: PersonPatch) => http.patch<Person>(`/api/registry/people/${id}`, patch),
  registerEmployment: (id: number, input: EmploymentInput) => http.post<PersonRecord>(`/api/registry/people/${id}/employment`, input),
  endEmployment: (id: number, registrationId: number, input: { endedOn: string; reason: string }) =>
    http.post<PersonRecord>(`/api/registry/people/${id}/employment/${registrationId}/end`, input),
  registerUnemployment: (id: number, input: UnemploymentInput) => http.post<PersonRecord>(`/api/registry/people/${id}/unemployment`, input),
  cancelUnemployment: (id: number, input: { cancelledOn: string; ground: string }) =>
    http.post<PersonRecord>(`/api/registry/people/${id}/unemployment/cancel`, input),
  issueCard: (id: number) => http.post<PersonRecord>(`/api/registry/people/${id}/card`),
  /** 申请就业困难人员认定: accepted by the community, then reviewed by the street and the district. */
  applyDifficulty: (id: number, input: DifficultyInput) => http.post<PersonRecord>(`/api/registry/people/${id}/difficulty`, input),
  /** Corrects an application returned for revision and sends it back into review. */
  resubmitDifficulty: (id: number, input: DifficultyInput) => http.post<PersonRecord>(`/api/registry/people/${id}/difficulty/resubmit`, input),
  exitDifficulty: (id: number, input: DifficultyExitInput) => http.post<PersonRecord>(`/api/registry/people/${id}/difficulty/exit`, input),
  /** 记录就业服务; answers with the refreshed record. */
  recordService: (id: number, input: ServiceInput) => http.post<PersonRecord>(`/api/registry/people/${id}/services`, input),
  completeFollowUp: (followUpId: number, input: FollowUpDoneInput) => http.post<{ ok: true }>(`/api/registry/follow-ups/${followUpId}/done`, input),
  createHousehold: (input: HouseholdInput) => http.post<Household>('/api/registry/households', input),
  household: (householdId: number) => http.get<Household>(`/api/registry/households/${householdId}`),
  /** Moves the person into a household of their community (null: out of it). */
  setHousehold: (id: number, input: { householdId: number | null; relation?: string }) => http.put<PersonRecord>(`/api/registry/people/${id}/household`, input),
  /** 申请零就业家庭认定 (409 with the reason when the household does not qualify). */
  applyZeroFamily: (householdId: number, input: { doubleEmployment?: boolean }) =>
    http.post<{ ok: true }>(`/api/registry/households/${householdId}/zero-employment`, input),
};

/** 数据质量: counts per unit below the chosen one (default: the user's own unit). */
export const qualityApi = {
  summary: (regionCode?: string) => http.get<QualitySummary>('/api/registry/quality/summary', { regionCode }),
};

/** 岗位登记: drafts are pre-reviewed on every save; submit refuses a blocked draft with its field errors. */
export const postingsApi = {
  get: (id: number) => http.get<Posting>(`/api/market/postings/${id}`),
  create: (input: PostingInput) => http.post<Posting>('/api/market/postings', input),
  update: (id: number, patch: PostingPatch) => http.patch<Posting>(`/api/market/postings/${id}`, patch),
  submit: (id: number) => http.post<Posting>(`/api/market/postings/${id}/submit`),
  /** 暂停 / 恢复 / 标记招满. */
  change: (id: number, action: 'pause' | 'resume' | 'fill') => http.post<Posting>(`/api/market/postings/${id}/${action}`),
  renew: (id: number, validTo: string) => http.post<Posting>(`/api/market/postings/${id}/renew`, { validTo }),
};

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 批量导入: upload validates and stages; nothing reaches the registry until confirm. */
export const importsApi = {
  templatePath: '/api/registry/imports/template',
  errorsPath: (id: number) => `/api/registry/imports/${id}/errors`,
  upload: (file: File) => http.postFile<ImportBatchView>('/api/registry/imports', file, XLSX_CONTENT_TYPE, { fileName: file.name }),
  get: (id: number) => http.get<ImportBatchView>(`/api/registry/imports/${id}`),
  /** Loads every valid row in one transaction (409 invalid_state when the registry changed since validation). */
  confirm: (id: number) => http.post<ImportBatchView>(`/api/registry/imports/${id}/confirm`),
  discard: (id: number) => http.post<ImportBatchView>(`/api/registry/imports/${id}/discard`),
};
