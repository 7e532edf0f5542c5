/** Response shapes of the backend (mirrors server/modules/<module>/schema.ts). */

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrgRef {
  code: string;
  name: string;
  level: number;
  pathNames: string[];
}

export interface Me {
  user: {
    id: number;
    username: string;
    displayName: string;
    kind: 'staff' | 'external';
    mustChangePassword: boolean;
    employerId: number | null;
  };
  roles: string[];
  permissions: string[];
  orgUnit: OrgRef;
  csrfToken: string;
}

export interface OrgUnit {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  childCount?: number;
  pathNames?: string[];
}

export interface LevelCount {
  level: number;
  count: number;
}

export interface City {
  code: string;
  name: string;
  provinceName: string;
  loaded: boolean;
}

export interface LoadCityResult {
  cityCode: string;
  total: number;
  inserted: number;
}

export interface RoleInfo {
  role: string;
  name: string;
  kind: 'admin' | 'staff' | 'external' | string;
  permissions: string[];
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  kind: 'staff' | 'external' | string;
  status: 'active' | 'disabled' | string;
  orgCode: string;
  orgName: string;
  roles: string[];
  /** Masked by the server. */
  phone: string | null;
  locked: boolean;
  /** ISO time the lock ends (null when not locked). */
  lockedUntil: string | null;
  /** Must change a temporary password at the next login. */
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface CodeTable {
  type: string;
  edition: string;
  name: string;
  nameEn: string;
  standard: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  entryCount: number;
  /** In force today. */
  current: boolean;
}

export interface CodeEntry {
  type: string;
  edition: string;
  code: string;
  name: string;
  nameEn: string | null;
  parentCode: string | null;
  level: number;
  childCount: number;
}

export interface ValidationResult {
  valid: boolean;
  normalized?: string;
  message: string;
  facts?: Record<string, string>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  event: string;
  eventName: string;
  entityType: string | null;
  entityId: string | null;
  regionCode: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
}

export interface AuditEventType {
  event: string;
  name: string;
}

export interface CalendarDay {
  date: string;
  isWorkday: boolean;
  name: string | null;
  weekday: number;
  overridden: boolean;
}

export interface CalendarMonth {
  month: string;
  coveredThroughYear: number;
  days: CalendarDay[];
}

export interface CalendarOverride {
  date: string;
  isWorkday: boolean;
  name: string | null;
}

export interface Deadline {
  from: string;
  due: string;
  beyondOfficialCalendar: boolean;
}

export type WorkflowStatus = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export type DecideAction = 'approve' | 'reject' | 'return';

export interface WorkflowItemSummary {
  id: number;
  workflowType: string;
  typeName: string;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  regionCode: string;
  regionName: string;
  status: string;
  stepIndex: number;
  stepName: string;
  round: number;
  version: number;
  submittedBy: string;
  submittedAt: string;
  updatedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface WorkflowStep {
  index: number;
  key: string;
  name: string;
  levelName: string;
  actingUnit: string;
}

export interface WorkflowDecision {
  id: number;
  round: number;
  stepKey: string;
  stepName: string;
  action: string;
  reason: string | null;
  actorName: string;
  actorOrg: string;
  decidedAt: string;
}

export interface WorkflowItemDetail {
  id: number;
  workflowType: string;
  typeName: string;
  subjectType: string;
  subjectId: string;
  subjectLabel: string;
  regionCode: string;
  regionName: string;
  status: string;
  stepIndex: number;
  stepName: string;
  submittedBy: string;
  submittedAt: string;
  round: number;
  version: number;
  dueAt: string | null;
  overdue: boolean;
  submitterId: number;
  steps: WorkflowStep[];
  decisions: WorkflowDecision[];
  allowedActions: string[];
  canWithdraw: boolean;
}

export interface WorkflowType {
  type: string;
  name: string;
  steps: { key: string; name: string; levelName: string }[];
}

export type EmployerStatus = 'draft' | 'pending' | 'returned' | 'verified' | 'rejected';

export interface Employer {
  id: number;
  creditCode: string;
  name: string;
  regionCode: string;
  regionName: string;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  unitType: string | null;
  industryCode: string | null;
  ownershipType: string | null;
  sizeBand: SizeBand | null;
  introduction: string | null;
  /** staff: registered by staff; portal: the employer registered itself. */
  source: 'staff' | 'portal';
  memberSince: string | null;
  memberUntil: string | null;
  /** 会员单位 today. */
  member: boolean;
  /** Credit events per kind in the last 12 months. */
  credit: CreditSummary;
  lastDecision: { action: string; reason: string | null; decidedAt: string } | null;
  status: string;
  verifiedAt: string | null;
  createdAt: string;
  workflowItemId: number | null;
  can: { update: boolean; submit: boolean };
}

export type SizeBand = 'micro' | 'small' | 'medium' | 'large';
export type CreditKind = 'warning' | 'false_posting' | 'complaint' | 'violation' | 'commendation';
export type CreditSummary = Record<CreditKind, number>;

export interface CreditEvent {
  id: number;
  employerId: number;
  kind: CreditKind;
  kindName: string;
  occurredOn: string;
  summary: string;
  postingId: number | null;
  postingTitle: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface CreditEventInput {
  kind: CreditKind;
  occurredOn: string;
  summary: string;
  postingId?: number;
}

export interface EmployerInput {
  creditCode: string;
  name: string;
  regionCode: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  unitType?: string;
  industryCode?: string;
  ownershipType?: string;
  sizeBand?: SizeBand;
  introduction?: string;
}

export interface RuleVersion {
  /** Empty = every region. */
  regionCode: string;
  /** The unit's name ("全部地区" for an empty region code). */
  regionName: string;
  effectiveFrom: string;
  value: number;
  /** 依据 / 备注 given when the version was set. */
  note: string | null;
  /** ISO time the version was last set. */
  updatedAt: string;
}

export interface BusinessRule {
  key: string;
  name: string;
  defaultValue: number;
  /** In force today for the viewer's unit. */
  value: number;
  versions: RuleVersion[];
}

export interface RuleInput {
  key: string;
  regionCode?: string;
  effectiveFrom: string;
  value: number;
  note?: string;
}

/** One coded value of the registry (就业形式, 失业原因, 注销原因…) with its Chinese label. */
export interface CodeOption {
  value: string;
  label: string;
}

/** GET /api/registry/codes. */
export interface RegistryCodes {
  employmentKinds: CodeOption[];
  employmentEndReasons: CodeOption[];
  unemploymentReasons: CodeOption[];
  cancelGrounds: CodeOption[];
  hukouTypes: CodeOption[];
  labourStatus: CodeOption[];
  difficultyExitReasons: CodeOption[];
  difficultyStatus: CodeOption[];
  serviceKinds: CodeOption[];
}

export type HukouType = 'urban' | 'rural' | 'non_local';
export type EmploymentKind = 'employer' | 'self_employed' | 'flexible' | 'public_welfare';

export interface Person {
  id: number;
  /** Masked unless the viewer may see it in full (the record page of an operator or reviewer). */
  citizenId: string;
  name: string;
  /** 1 = male, 2 = female (read from the ID number). */
  sex: number;
  birthDate: string;
  age: number;
  ethnicity: string | null;
  education: string | null;
  hukouType: string;
  regionCode: string;
  regionName: string;
  address: string | null;
  phone: string | null;
  householdId: number | null;
  householdRelation: string | null;
  ableToWork: boolean;
  wantsWork: boolean;
  skills: string | null;
  labourStatus: string;
  labourStatusName: string;
  lastContactOn: string | null;
  cardNumber: string | null;
  can: { update: boolean; register: boolean };
}

export interface PersonInput {
  citizenId: string;
  name: string;
  ethnicity?: string;
  education?: string;
  hukouType: HukouType;
  regionCode: string;
  address?: string;
  phone?: string;
  ableToWork?: boolean;
  wantsWork?: boolean;
  skills?: string;
}

export type PersonPatch = Partial<Omit<PersonInput, 'citizenId'>>;

export interface EmploymentSpell {
  id: number;
  kind: string;
  kindName: string;
  employerId: number | null;
  employerName: string | null;
  fullTime: boolean;
  startedOn: string;
  registeredOn: string;
  /** Days past the employer's 30-day registration deadline; null when on time. */
  lateDays: number | null;
  endedOn: string | null;
  endReason: string | null;
  endRegisteredOn: string | null;
  /** Days past the 15-day termination-registration deadline. */
  endLateDays: number | null;
}

export interface UnemploymentSpell {
  id: number;
  registeredOn: string;
  reason: string;
  reasonName: string;
  countsInRate: boolean;
  cancelledOn: string | null;
  cancelGround: string | null;
  cancelGroundName: string | null;
}

export interface TimelineEvent {
  date: string;
  /** employment_started | employment_ended | unemployment_registered | unemployment_cancelled | card_issued | difficulty_applied | difficulty_started | difficulty_exited */
  type: string;
  title: string;
  detail: string | null;
  recordId: number;
}

export interface EmploymentCard {
  cardNumber: string;
  issuedOn: string;
  issuerName: string;
}

/** pending | returned | active | rejected | withdrawn | exited */
export type DifficultyStatus = 'pending' | 'returned' | 'active' | 'rejected' | 'withdrawn' | 'exited';

/** One 就业困难人员认定 of a person (newest first in the record). */
export interface DifficultyIdentification {
  id: number;
  category: string;
  categoryName: string;
  status: DifficultyStatus;
  statusName: string;
  appliedOn: string;
  /** The day the final review approved it. */
  startedOn: string | null;
  exitedOn: string | null;
  exitReason: string | null;
  exitReasonName: string | null;
}

export interface DifficultyInput {
  category: string;
  statement?: string;
}

export interface DifficultyExitInput {
  exitedOn: string;
  reason: string;
}

/** GET /api/registry/difficulty: one row of the ledger of people with employment difficulty. */
export interface DifficultyRow {
  id: number;
  personId: number;
  name: string;
  /** Masked. */
  citizenId: string;
  regionName: string;
  category: string;
  categoryName: string;
  status: DifficultyStatus;
  statusName: string;
  appliedOn: string;
  startedOn: string | null;
  exitedOn: string | null;
  exitReasonName: string | null;
  /** Set on identifications in force whose holder works again or reached retirement age. */
  proposedExit: 'employed' | 'retired' | 'refused_services' | null;
}

/** GET /api/registry/people/:id and every registration command. */
export interface PersonRecord {
  person: Person;
  employment: EmploymentSpell[];
  unemployment: UnemploymentSpell[];
  card: EmploymentCard | null;
  difficulty: DifficultyIdentification[];
  services: ServiceRecord[];
  followUps: FollowUp[];
  timeline: TimelineEvent[];
}

/** One 就业服务 given to a person (consultation, guidance, recommendation, training, immediate assistance). */
export interface ServiceRecord {
  id: number;
  kind: string;
  kindName: string;
  servedOn: string;
  content: string;
  /** The person refused this service or referral. */
  refused: boolean;
}

export interface ServiceInput {
  kind: string;
  servedOn: string;
  content: string;
  refused?: boolean;
  /** Immediate assistance only: the public-welfare position the person is placed in. */
  placement?: { employerName: string; position: string; startedOn: string };
}

/** A 跟踪回访 scheduled after a placement. */
export interface FollowUp {
  id: number;
  dueOn: string;
  doneOn: string | null;
  note: string | null;
}

export interface FollowUpDoneInput {
  doneOn: string;
  note: string;
}

export interface HouseholdMember {
  id: number;
  name: string;
  sex: number;
  age: number;
  relation: string | null;
  labourStatus: string;
  labourStatusName: string;
  ableToWork: boolean;
  wantsWork: boolean;
}

/** GET /api/registry/households/:id. */
export interface Household {
  id: number;
  regionCode: string;
  regionName: string;
  address: string | null;
  householdType: string;
  members: HouseholdMember[];
  /** The latest zero-employment family identification; `open` while under review or assistance. */
  zeroFamily: {
    id: number;
    status: ZeroFamilyStatus;
    statusName: string;
    appliedOn: string;
    identifiedOn: string | null;
    firstDueOn: string | null;
    clearedOn: string | null;
    open: boolean;
  } | null;
}

export interface HouseholdInput {
  regionCode: string;
  address?: string;
  householdType: 'urban' | 'rural';
}

/** pending | returned | active | rejected | withdrawn | cleared */
export type ZeroFamilyStatus = 'pending' | 'returned' | 'active' | 'rejected' | 'withdrawn' | 'cleared';

/** GET /api/registry/zero-families. */
export interface ZeroFamilyRow {
  id: number;
  householdId: number;
  /** Member names, joined. */
  members: string;
  communityName: string;
  streetName: string;
  status: ZeroFamilyStatus;
  statusName: string;
  doubleEmployment: boolean;
  appliedOn: string;
  identifiedOn: string | null;
  firstDueOn: string | null;
  secondDueOn: string | null;
  firstEmployedOn: string | null;
  secondEmployedOn: string | null;
  clearedOn: string | null;
  responsible: string | null;
  overdue: 'first' | 'second' | null;
}

/** GET /api/registry/commitments: the 10-working-day recommendation commitment. */
export interface CommitmentRow {
  identificationId: number;
  personId: number;
  name: string;
  citizenId: string;
  regionName: string;
  identifiedOn: string;
  dueOn: string;
  firstRecommendationOn: string | null;
  met: boolean;
  overdue: boolean;
}

/** GET /api/registry/follow-ups. */
export interface FollowUpRow {
  id: number;
  personId: number;
  name: string;
  regionName: string;
  employerName: string | null;
  placedOn: string | null;
  dueOn: string;
  doneOn: string | null;
  note: string | null;
  overdue: boolean;
}

/** GET /api/registry/ledgers/residents: 居民就业台账 (ID number and phone masked; names in Chinese). */
export interface ResidentLedgerRow {
  id: number;
  name: string;
  sex: string;
  age: number;
  citizenId: string;
  phone: string | null;
  regionName: string;
  labourStatusName: string;
  employmentKind: string | null;
  employerName: string | null;
  employedSince: string | null;
}

/** GET /api/registry/ledgers/unemployed: 失业人员跟踪服务台账. */
export interface UnemployedLedgerRow {
  id: number;
  name: string;
  sex: string;
  age: number;
  citizenId: string;
  phone: string | null;
  regionName: string;
  registeredOn: string;
  daysUnemployed: number;
  reasonName: string;
  countsInRate: boolean;
  cardNumber: string | null;
  lastContactOn: string | null;
  daysSinceContact: number | null;
}

/** 数据质量: the four kinds of issue. */
export type QualityKind = 'duplicate_suspect' | 'inconsistent' | 'not_contacted' | 'overdue';
export type QualityCounts = Record<QualityKind, number>;

/** GET /api/registry/quality/summary: the chosen unit's children side by side. */
export interface QualitySummary {
  unit: { code: string; name: string; level: number };
  path: { code: string; name: string; level: number }[];
  kinds: { kind: QualityKind; name: string }[];
  rows: { code: string; name: string; level: number; drillable: boolean; counts: QualityCounts; total: number }[];
  total: { counts: QualityCounts; total: number };
}

/** GET /api/registry/quality/issues. */
export interface QualityIssueRow {
  key: string;
  kind: QualityKind;
  kindName: string;
  check: string;
  checkName: string;
  personId: number;
  name: string;
  citizenId: string;
  regionCode: string;
  regionName: string;
  reason: string;
  date: string | null;
}

export interface EmploymentInput {
  kind: EmploymentKind;
  employerId?: number;
  employerName?: string;
  fullTime?: boolean;
  startedOn: string;
}

export interface UnemploymentInput {
  registeredOn: string;
  reason: string;
  localWorkMonths?: number;
}

/** Excel import of people and registrations (mirrors server/modules/registry/import-schema.ts). */
export type ImportStatus = 'validated' | 'confirmed' | 'discarded';

/** One rejected cell (or whole row, column "") of an uploaded file; row as the spreadsheet numbers it. */
export interface ImportError {
  row: number;
  column: string;
  value: string;
  message: string;
}

/** An uploaded file: validated and staged, then confirmed (loaded) or discarded. */
export interface ImportBatchView {
  id: number;
  fileName: string;
  status: ImportStatus;
  statusName: string;
  regionCode: string;
  totalRows: number;
  validRows: number;
  rejectedRows: number;
  employmentRows: number;
  unemploymentRows: number;
  loadedPeople: number | null;
  createdByName: string;
  createdAt: string;
  confirmedAt: string | null;
  /** The first rejected rows (at most 200); the full list is paged at /errors. */
  errors: ImportError[];
  can: { confirm: boolean; discard: boolean };
}

/** Job postings (岗位登记; mirrors server/modules/market/posting-schema.ts). */
export type PrereviewOutcome = 'pass' | 'review' | 'blocked';

/** One finding of the automatic pre-review: the request field it is in and, for wording, the phrase as written. */
export interface PostingFinding {
  code: string;
  field: string;
  severity: 'block' | 'review';
  message: string;
  phrase?: string;
}

export interface PostingInput {
  /** Staff only: the employer posting; an employer account posts for itself. */
  employerId?: number;
  title: string;
  occupationCode: string;
  industryCode?: string;
  vacancies: number;
  /** Monthly wage, yuan. */
  wageMin: number;
  wageMax: number;
  education?: string;
  experienceYears?: number;
  workingHours?: string;
  benefits?: string;
  description: string;
  requirements?: string;
  /** Work location: a street or community code. */
  regionCode: string;
  contactName: string;
  contactPhone: string;
  validFrom?: string;
  validTo?: string;
  workType?: PostingWorkType;
  /** Other districts may refer their seekers (异地帮扶); default true. */
  shared?: boolean;
}

export type PostingWorkType = 'full_time' | 'part_time' | 'temporary' | 'internship';

/** Optional fields an edit clears with null. */
type Clearable = 'industryCode' | 'education' | 'experienceYears' | 'workingHours' | 'benefits' | 'requirements';
export type PostingPatch = Partial<Omit<PostingInput, 'employerId' | Clearable>> & { [K in Clearable]?: PostingInput[K] | null };

export interface Posting {
  id: number;
  employerId: number;
  employerName: string;
  title: string;
  occupationCode: string;
  occupationName: string | null;
  industryCode: string | null;
  vacancies: number;
  wageMin: number;
  wageMax: number;
  education: string | null;
  experienceYears: number | null;
  workingHours: string | null;
  benefits: string | null;
  description: string;
  requirements: string | null;
  regionCode: string;
  regionName: string;
  contactName: string;
  contactPhone: string;
  validFrom: string;
  validTo: string;
  workType: PostingWorkType;
  shared: boolean;
  status: string;
  /** What the user sees: a published posting past its validity is 'expired'. */
  displayStatus: string;
  displayStatusName: string;
  prereviewOutcome: PrereviewOutcome | null;
  findings: PostingFinding[];
  publishedAt: string | null;
  workflowItemId: number | null;
  /** The reviewer's latest decision (why a posting was returned or rejected). */
  lastDecision: { action: string; reason: string | null; decidedAt: string } | null;
  createdAt: string;
  can: { update: boolean; submit: boolean; pause: boolean; resume: boolean; fill: boolean; renew: boolean };
}
