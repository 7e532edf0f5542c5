import type { ColumnType, Generated } from 'kysely';

/** Row types of the fairs tables (migrations/20261122090000_fairs.sql). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export type CampaignKind = 'assistance_month' | 'spring_breeze' | 'private_week' | 'graduate_month' | 'graduate_week' | 'other';
export type FairKind =
  | 'daily_market'
  | 'special'
  | 'market_day'
  | 'city_monthly'
  | 'saturday_morning'
  | 'district_weekly'
  | 'street_fortnightly'
  | 'quarterly_large'
  | 'online';
export type FairStatus = 'planned' | 'published' | 'closed' | 'cancelled';
export type SeriesEvery = 'week' | 'two_weeks' | 'month';
export type ParticipationStatus = 'applied' | 'approved' | 'rejected' | 'withdrawn' | 'absent';
export type CheckinVia = 'id_number' | 'qr_code' | 'online';
export type IntentionStatus = 'intended' | 'hired' | 'dropped';
export type SlotOutcome = 'interviewed' | 'intention' | 'not_hired' | 'no_show';

export interface FairCampaignTable {
  id: Generated<number>;
  region_code: string;
  name: string;
  kind: CampaignKind;
  starts_on: string;
  ends_on: string;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  participant_units: ColumnType<string[], string[] | undefined, string[]>;
  /** { fairs?, employers?, positions?, seekers?, intentions? } — counts the campaign aims for. */
  goals: Json;
  description: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairSeriesTable {
  id: Generated<number>;
  region_code: string;
  every: SeriesEvery;
  first_on: string;
  until_on: string;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairTable {
  id: Generated<number>;
  /** The organising unit. */
  region_code: string;
  name: string;
  kind: FairKind;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  campaign_id: number | null;
  series_id: number | null;
  venue: string;
  held_on: string;
  /** 'HH:MM:SS' */
  starts_at: string;
  ends_at: string;
  booth_capacity: number;
  description: string | null;
  status: ColumnType<FairStatus, FairStatus | undefined>;
  cancel_reason: string | null;
  version: ColumnType<number, number | undefined>;
  created_by: number | null;
  published_at: Date | null;
  closed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairParticipationTable {
  id: Generated<number>;
  fair_id: number;
  employer_id: number;
  /** The employer's region. */
  region_code: string;
  status: ColumnType<ParticipationStatus, ParticipationStatus | undefined>;
  booth_no: string | null;
  via: 'portal' | 'staff';
  contact_name: string | null;
  contact_phone: string | null;
  note: string | null;
  reason: string | null;
  applied_by: number | null;
  decided_by: number | null;
  decided_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairPostingTable {
  participation_id: number;
  posting_id: number;
  positions: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairCheckinTable {
  id: Generated<number>;
  fair_id: number;
  person_id: number;
  seeker_id: number | null;
  /** The person's region. */
  region_code: string;
  via: CheckinVia;
  registered_on_spot: ColumnType<boolean, boolean | undefined>;
  /** Registered unemployed or laid off on the day (the seeds' 下岗失业人员). */
  unemployed: boolean;
  /** Target groups the person belonged to on the day (FAIR_TARGET_GROUPS codes). */
  groups: ColumnType<string[], string[] | undefined, string[]>;
  checked_in_by: number | null;
  checked_in_at: Date;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairIntentionTable {
  id: Generated<number>;
  fair_id: number;
  checkin_id: number;
  participation_id: number;
  posting_id: number | null;
  person_id: number;
  /** The person's region. */
  region_code: string;
  status: ColumnType<IntentionStatus, IntentionStatus | undefined>;
  note: string | null;
  hired_on: string | null;
  drop_reason: string | null;
  employment_registration_id: number | null;
  recorded_by: number | null;
  followed_up_by: number | null;
  followed_up_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairSlotTable {
  id: Generated<number>;
  fair_id: number;
  participation_id: number;
  starts_at: Date;
  minutes: ColumnType<number, number | undefined>;
  person_id: number | null;
  booked_at: Date | null;
  outcome: SlotOutcome | null;
  intention_id: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface FairTables {
  fair_campaign: FairCampaignTable;
  fair_series: FairSeriesTable;
  fair: FairTable;
  fair_participation: FairParticipationTable;
  fair_posting: FairPostingTable;
  fair_checkin: FairCheckinTable;
  fair_intention: FairIntentionTable;
  fair_slot: FairSlotTable;
}
