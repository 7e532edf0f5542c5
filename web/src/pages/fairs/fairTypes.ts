/** The JSON shapes of the fairs API (招聘会, 专项活动, 参会, 签到, 录用意向, 网络面试, 统计, 周预报). */

/** A code and its Chinese name, as /api/fairs/codes sends it. */
export interface CodeName {
  code: string;
  name: string;
}

export interface FairCodes {
  kinds: CodeName[];
  campaignKinds: CodeName[];
  targetGroups: CodeName[];
  statuses: CodeName[];
  participationStatuses: CodeName[];
  intentionStatuses: CodeName[];
  slotOutcomes: CodeName[];
}

export type FairStatus = 'planned' | 'published' | 'closed' | 'cancelled';
export type Recurrence = 'week' | 'two_weeks' | 'month';

/** One fair in lists and the calendar. */
export interface FairSummary {
  id: number;
  name: string;
  kind: string;
  kindName: string;
  status: FairStatus;
  statusName: string;
  regionCode: string;
  regionName: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  boothCapacity: number;
  targetGroups: string[];
  campaignId: number | null;
  campaignName: string | null;
  seriesId: number | null;
  employers: number;
  applications: number;
  checkins: number;
  intentions: number;
}

export interface FairView extends FairSummary {
  description: string | null;
  cancelReason: string | null;
  version: number;
  publishedAt: string | null;
  closedAt: string | null;
  series: { every: Recurrence; firstOn: string; untilOn: string } | null;
  can: { edit: boolean; publish: boolean; close: boolean; cancel: boolean; manage: boolean };
}

export interface FairInput {
  name: string;
  kind: string;
  regionCode: string;
  targetGroups: string[];
  campaignId: number | null;
  venue: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  boothCapacity: number;
  description?: string;
  recurrence?: { every: Recurrence; until: string };
}

export interface ParticipationPosting {
  postingId: number;
  title: string;
  occupationCode: string;
  occupationName: string | null;
  positions: number;
  wageMin: number;
  wageMax: number;
  education: string | null;
}

/** A published posting of an employer staff enter for a fair; only those valid on the fair day may be brought. */
export interface EmployerPosting {
  id: number;
  title: string;
  vacancies: number;
  wageMin: number;
  wageMax: number;
  validFrom: string;
  validTo: string;
  validOnFairDay: boolean;
}

export interface Participation {
  id: number;
  fairId: number;
  employerId: number;
  employerName: string;
  creditCodeMasked?: string;
  status: 'applied' | 'approved' | 'rejected' | 'withdrawn' | 'absent';
  statusName: string;
  boothNo: string | null;
  via: 'portal' | 'staff';
  contactName: string | null;
  contactPhoneMasked: string | null;
  note: string | null;
  reason: string | null;
  appliedAt: string;
  decidedAt: string | null;
  postings: ParticipationPosting[];
  positions: number;
  can: { decide: boolean; changeBooth: boolean; withdraw: boolean; markAbsent: boolean };
}

export interface ParticipationInput {
  employerId: number;
  postings: { postingId: number; positions: number }[];
  contactName?: string;
  contactPhone?: string;
  note?: string;
}

export interface Programme {
  fair: FairSummary;
  booths: {
    boothNo: string;
    employerId: number;
    employerName: string;
    industryName: string | null;
    postings: { postingId: number; title: string; positions: number; wageMin: number; wageMax: number; educationName: string | null }[];
  }[];
  totals: { employers: number; positions: number };
}

export interface Checkin {
  id: number;
  fairId: number;
  personId: number;
  name: string;
  citizenIdMasked: string;
  sex: number;
  age: number;
  regionName: string;
  via: string;
  registeredOnSpot: boolean;
  unemployed: boolean;
  groups: string[];
  seekerId: number | null;
  checkedInAt: string;
  intentions: number;
}

export interface NewPerson {
  name: string;
  phone: string;
  hukouType: 'urban' | 'rural' | 'non_local';
  regionCode: string;
}

export interface CheckinInput {
  citizenId?: string;
  seekerCode?: string;
  newPerson?: NewPerson;
}

export interface Intention {
  id: number;
  fairId: number;
  fairName: string;
  heldOn: string;
  checkinId: number;
  personId: number;
  personName: string;
  citizenIdMasked: string;
  participationId: number;
  employerId: number;
  employerName: string;
  postingId: number | null;
  postingTitle: string | null;
  status: 'intended' | 'hired' | 'dropped';
  statusName: string;
  note: string | null;
  hiredOn: string | null;
  dropReason: string | null;
  employmentRegistrationId: number | null;
  can: { hire: boolean; drop: boolean };
}

export interface Slot {
  id: number;
  fairId: number;
  participationId: number;
  employerName: string;
  startsAt: string;
  minutes: number;
  booked: boolean;
  mine: boolean;
  personName: string | null;
  outcome: string | null;
  outcomeName: string | null;
}

export type StatsGroupBy = 'fair' | 'month' | 'quarter' | 'kind' | 'unit' | 'campaign';

export interface StatsRow {
  key: string;
  label: string;
  fairs: number;
  employers: number;
  positions: number;
  seekers: number;
  intentions: number;
  unemployedIntentions: number;
  unemployedShare: number | null;
  hires: number;
  groups: Record<string, number>;
}

export interface Stats {
  rows: StatsRow[];
  total: StatsRow;
}

export interface CampaignGoals {
  fairs?: number;
  employers?: number;
  positions?: number;
  seekers?: number;
  intentions?: number;
}

export interface Campaign {
  id: number;
  name: string;
  kind: string;
  kindName: string;
  regionCode: string;
  regionName: string;
  startsOn: string;
  endsOn: string;
  targetGroups: string[];
  participantUnits: CodeName[];
  goals: CampaignGoals;
  description: string | null;
  fairs: number;
  /** Detail only: services recorded in the campaign's units during its period (the viewer's part). */
  services?: { kind: string; name: string; count: number }[];
  can: { edit: boolean };
}

export interface CampaignInput {
  name: string;
  kind: string;
  regionCode: string;
  startsOn: string;
  endsOn: string;
  targetGroups: string[];
  participantUnits: string[];
  goals: CampaignGoals;
  description?: string;
}
