import type { ColumnType, Generated, Selectable } from 'kysely';
import type { FairTables } from './schema-fairs.js';
import type { ReportTables } from './schema-reports.js';

/**
 * Row types of every table, kept beside the SQL migrations in /migrations (the source of truth).
 * When a migration changes a table, change its interface here in the same commit.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export interface SchemaMigrationTable {
  name: string;
  applied_at: Generated<Date>;
}

export interface OrgUnitTable {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  path: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  org_code: string;
  kind: 'staff' | 'external';
  status: ColumnType<'active' | 'disabled', 'active' | 'disabled' | undefined>;
  phone: string | null;
  employer_id: number | null;
  person_id: number | null;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp;
  last_login_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  event_type: string;
  entity_type: string | null;
  entity_id: string | null;
  region_code: string | null;
  before: Json | null;
  after: Json | null;
  detail: Json | null;
}

export interface CodeTableTable {
  type: string;
  edition: string;
  name: string;
  name_en: string;
  standard: string;
  effective_from: string;
  effective_to: string | null;
  entry_count: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CodeEntryTable {
  type: string;
  edition: string;
  code: string;
  name: string;
  name_en: string | null;
  parent_code: string | null;
  level: number;
  sort: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface BusinessRuleTable {
  key: string;
  region_code: Generated<string>;
  effective_from: string;
  value: Json;
  note: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CalendarOverrideTable {
  date: string;
  is_workday: boolean;
  name: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type WorkflowStatus = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
export type WorkflowAction = 'submit' | 'resubmit' | 'approve' | 'reject' | 'return' | 'withdraw';

export interface WorkflowItemTable {
  id: Generated<number>;
  workflow_type: string;
  subject_type: string;
  subject_id: string;
  subject_label: string;
  region_code: string;
  submitter_id: number;
  status: WorkflowStatus;
  step_index: number;
  round: Generated<number>;
  step_due_at: string | null;
  version: Generated<number>;
  closed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface WorkflowDecisionTable {
  id: Generated<number>;
  item_id: number;
  round: number;
  step_index: number;
  step_key: string;
  action: WorkflowAction;
  reason: string | null;
  actor_id: number;
  actor_org: string;
  decided_at: Date;
}

export type EmployerStatus = 'draft' | 'pending' | 'returned' | 'verified' | 'rejected';

export interface EmployerTable {
  id: Generated<number>;
  credit_code: string;
  name: string;
  region_code: string;
  address: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  unit_type: string | null;
  industry_code: string | null;
  ownership_type: string | null;
  size_band: 'micro' | 'small' | 'medium' | 'large' | null;
  introduction: string | null;
  source: ColumnType<'staff' | 'portal', 'staff' | 'portal' | undefined>;
  member_since: string | null;
  member_until: string | null;
  status: ColumnType<EmployerStatus, EmployerStatus | undefined>;
  verified_at: Date | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HouseholdTable {
  id: Generated<number>;
  region_code: string;
  address: string | null;
  household_type: ColumnType<'urban' | 'rural', 'urban' | 'rural' | undefined>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type HukouType = 'urban' | 'rural' | 'non_local';
export type LabourStatus = 'none' | 'employed' | 'self_employed' | 'flexible' | 'public_welfare' | 'unemployed';

export interface PersonTable {
  id: Generated<number>;
  citizen_id: string;
  name: string;
  name_initials: string;
  sex: 1 | 2;
  birth_date: string;
  ethnicity: string | null;
  education: string | null;
  hukou_type: HukouType;
  region_code: string;
  address: string | null;
  phone: string | null;
  household_id: number | null;
  household_relation: string | null;
  able_to_work: Generated<boolean>;
  wants_work: Generated<boolean>;
  skills: string | null;
  labour_status: ColumnType<LabourStatus, LabourStatus | undefined>;
  last_contact_on: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type EmploymentKind = 'employer' | 'self_employed' | 'flexible' | 'public_welfare';

export interface EmploymentRegistrationTable {
  id: Generated<number>;
  person_id: number;
  region_code: string;
  kind: EmploymentKind;
  employer_id: number | null;
  employer_name: string | null;
  full_time: Generated<boolean>;
  started_on: string;
  registered_on: string;
  ended_on: string | null;
  end_reason: string | null;
  late_days: number | null;
  end_registered_on: string | null;
  end_late_days: number | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UnemploymentRegistrationTable {
  id: Generated<number>;
  person_id: number;
  region_code: string;
  registered_on: string;
  reason: string;
  counts_in_rate: boolean;
  cancelled_on: string | null;
  cancel_ground: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EmploymentCardTable {
  id: Generated<number>;
  person_id: number;
  card_number: string;
  issued_on: string;
  issuer_code: string;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type DifficultyStatus = 'pending' | 'returned' | 'active' | 'rejected' | 'withdrawn' | 'exited';

export interface DifficultyIdentificationTable {
  id: Generated<number>;
  person_id: number;
  region_code: string;
  category: string;
  statement: string | null;
  status: DifficultyStatus;
  applied_on: string;
  started_on: string | null;
  exited_on: string | null;
  exit_reason: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ZeroFamilyStatus = 'pending' | 'returned' | 'active' | 'rejected' | 'withdrawn' | 'cleared';

export interface ZeroEmploymentFamilyTable {
  id: Generated<number>;
  household_id: number;
  region_code: string;
  status: ZeroFamilyStatus;
  double_employment: Generated<boolean>;
  applied_on: string;
  identified_on: string | null;
  first_due_on: string | null;
  second_due_on: string | null;
  first_employed_on: string | null;
  second_employed_on: string | null;
  cleared_on: string | null;
  responsible_user_id: number | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ServiceKind = 'policy_consultation' | 'career_guidance' | 'job_recommendation' | 'training_referral' | 'immediate_assistance';

export interface ServiceRecordTable {
  id: Generated<number>;
  person_id: number;
  region_code: string;
  kind: ServiceKind;
  served_on: string;
  content: string;
  refused: Generated<boolean>;
  employment_registration_id: number | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FollowUpVisitTable {
  id: Generated<number>;
  person_id: number;
  region_code: string;
  employment_registration_id: number | null;
  due_on: string;
  done_on: string | null;
  note: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ImportStatus = 'validated' | 'confirmed' | 'discarded';

export interface ImportBatchTable {
  id: Generated<number>;
  file_name: string;
  region_code: string;
  status: ImportStatus;
  total_rows: number;
  valid_rows: number;
  rejected_rows: number;
  employment_rows: number;
  unemployment_rows: number;
  loaded_people: number | null;
  created_by: number;
  created_at: CreatedAt;
  confirmed_at: Date | null;
  updated_at: Timestamp;
}

export interface ImportRowTable {
  batch_id: number;
  row_number: number;
  citizen_id: string;
  data: Json;
  person_id: number | null;
}

export interface ImportErrorTable {
  batch_id: number;
  seq: number;
  row_number: number;
  column_name: string;
  value: string;
  message: string;
}

export type PostingStatus = 'draft' | 'pending' | 'returned' | 'rejected' | 'published' | 'paused' | 'filled' | 'withdrawn';

export interface JobPostingTable {
  id: Generated<number>;
  employer_id: number;
  region_code: string;
  title: string;
  occupation_code: string;
  industry_code: string | null;
  vacancies: number;
  wage_min: number;
  wage_max: number;
  education: string | null;
  experience_years: number | null;
  working_hours: string | null;
  benefits: string | null;
  description: string;
  requirements: string | null;
  contact_name: string;
  contact_phone: string;
  valid_from: string;
  valid_to: string;
  status: Generated<PostingStatus>;
  prereview_outcome: 'blocked' | 'review' | 'pass' | null;
  prereview_findings: Json;
  published_at: Date | null;
  /** Segmented words of title, description and requirements (set by the application). */
  search_vector: string | null;
  work_type: Generated<PostingWorkType>;
  /** Required 技能等级 (code table skill_level); null or 'none' = no requirement. */
  skill_level: string | null;
  /** Other districts may refer their seekers (异地帮扶). */
  shared: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type PostingWorkType = 'full_time' | 'part_time' | 'temporary' | 'internship';

/**
 * What the posting search reads: one row per published posting with a search vector, kept by the
 * trigger job_posting_search_sync (migration posting_search_table); never written by the application
 * except to prune rows whose validity ended (market/search-index.ts).
 */
export interface PostingSearchTable {
  id: number;
  /** search_vector || posting_search_terms(region, occupation, validity): words and filter terms. */
  terms: string;
  region_code: string;
  occupation_code: string;
  industry_code: string | null;
  employer_id: number;
  wage_max: number;
  education: string | null;
  work_type: PostingWorkType;
  valid_from: string;
  valid_to: string;
  published_at: Date | null;
}
export type CreditEventKind = 'warning' | 'false_posting' | 'complaint' | 'violation' | 'commendation';

export interface EmployerCreditEventTable {
  id: Generated<number>;
  employer_id: number;
  region_code: string;
  kind: CreditEventKind;
  occurred_on: string;
  summary: string;
  posting_id: number | null;
  recorded_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type SeekerWorkType = PostingWorkType | 'any';

export interface JobSeekerTable {
  id: Generated<number>;
  person_id: number;
  region_code: string;
  desired_occupations: ColumnType<string[], string[] | undefined>;
  desired_industries: ColumnType<string[], string[] | undefined>;
  desired_regions: ColumnType<string[], string[] | undefined>;
  wage_expected: number | null;
  work_type: ColumnType<SeekerWorkType, SeekerWorkType | undefined>;
  education: string | null;
  experience_years: number | null;
  skills: string | null;
  certificates: string | null;
  /** Highest 技能等级 held (code table skill_level); null = not recorded. */
  skill_level: string | null;
  /** Seeker categories (code table person_category): unemployed, graduate, rural migrant, 4050 … */
  categories: ColumnType<string[], string[] | undefined>;
  introduction: string | null;
  valid_from: string;
  valid_to: string;
  consent_share: Generated<boolean>;
  status: ColumnType<'active' | 'closed', 'active' | 'closed' | undefined>;
  source: ColumnType<'staff' | 'portal' | 'fair', 'staff' | 'portal' | 'fair' | undefined>;
  search_vector: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type ReferralStatus = 'referred' | 'interviewed' | 'hired' | 'not_hired' | 'no_show' | 'withdrawn';

export interface ReferralTable {
  id: Generated<number>;
  seeker_id: number;
  posting_id: number;
  person_id: number;
  employer_id: number;
  /** The seeker's region: staff scope. */
  region_code: string;
  /** The posting's region: the employer side. */
  posting_region_code: string;
  channel: 'staff' | 'portal' | 'fair';
  status: ColumnType<ReferralStatus, ReferralStatus | undefined>;
  reason_code: string | null;
  note: string | null;
  referred_by: number | null;
  referred_on: string;
  answered_by: number | null;
  answered_at: Date | null;
  hired_on: string | null;
  employment_registration_id: number | null;
  service_record_id: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PortalArticleTable {
  id: Generated<number>;
  region_code: string;
  kind: 'policy' | 'guide' | 'notice';
  title: string;
  body: string;
  status: ColumnType<'draft' | 'published' | 'withdrawn', 'draft' | 'published' | 'withdrawn' | undefined>;
  published_at: Date | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DB extends FairTables, ReportTables {
  schema_migration: SchemaMigrationTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
  code_table: CodeTableTable;
  code_entry: CodeEntryTable;
  business_rule: BusinessRuleTable;
  calendar_override: CalendarOverrideTable;
  workflow_item: WorkflowItemTable;
  workflow_decision: WorkflowDecisionTable;
  employer: EmployerTable;
  household: HouseholdTable;
  person: PersonTable;
  employment_registration: EmploymentRegistrationTable;
  unemployment_registration: UnemploymentRegistrationTable;
  employment_card: EmploymentCardTable;
  difficulty_identification: DifficultyIdentificationTable;
  zero_employment_family: ZeroEmploymentFamilyTable;
  service_record: ServiceRecordTable;
  follow_up_visit: FollowUpVisitTable;
  import_batch: ImportBatchTable;
  import_row: ImportRowTable;
  import_error: ImportErrorTable;
  job_posting: JobPostingTable;
  posting_search: PostingSearchTable;
  employer_credit_event: EmployerCreditEventTable;
  job_seeker: JobSeekerTable;
  referral: ReferralTable;
  portal_article: PortalArticleTable;
}

export type OrgUnit = Selectable<OrgUnitTable>;
export type AppUser = Selectable<AppUserTable>;
export type WorkflowItem = Selectable<WorkflowItemTable>;
export type WorkflowDecision = Selectable<WorkflowDecisionTable>;
export type Employer = Selectable<EmployerTable>;
export type Person = Selectable<PersonTable>;
