import { http, type Query } from '../../api/client';
import type { Page } from '../../api/types';

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

export interface Forecast {
  week: string;
  regionCode: string;
  regionName: string;
  fairs: FairSummary[];
  submitted: { at: string; byName: string; fairs: number; note: string | null } | null;
  can: { submit: boolean };
}

export interface ForecastOverview {
  week: string;
  districts: { code: string; name: string; submitted: boolean; submittedAt: string | null; fairs: number }[];
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

export const FAIRS_PATH = '/api/fairs';
export const CAMPAIGNS_PATH = '/api/fairs/campaigns';

const base = (id: number) => `/api/fairs/${id}`;
const part = (pid: number) => `/api/fairs/participations/${pid}`;

export const fairsApi = {
  codes: () => http.get<FairCodes>('/api/fairs/codes'),
  list: (query: Query) => http.get<Page<FairSummary>>(FAIRS_PATH, query),
  calendar: (query: Query) => http.get<FairSummary[]>('/api/fairs/calendar', query),
  create: (input: FairInput) => http.post<{ items: FairSummary[] }>(FAIRS_PATH, input),
  get: (id: number) => http.get<FairView>(base(id)),
  update: (id: number, input: FairInput & { version: number }) => http.put<FairView>(base(id), input),
  publish: (id: number) => http.post<FairView>(`${base(id)}/publish`),
  close: (id: number) => http.post<FairView>(`${base(id)}/close`),
  cancel: (id: number, reason: string) => http.post<FairView>(`${base(id)}/cancel`, { reason }),
  programme: (id: number) => http.get<Programme>(`${base(id)}/programme`),

  participations: (id: number) => http.get<Participation[]>(`${base(id)}/participations`),
  addParticipation: (id: number, input: ParticipationInput) => http.post<Participation>(`${base(id)}/participations`, input),
  approve: (pid: number, boothNo: string) => http.post<Participation>(`${part(pid)}/approve`, { boothNo }),
  reject: (pid: number, reason: string) => http.post<Participation>(`${part(pid)}/reject`, { reason }),
  booth: (pid: number, boothNo: string) => http.post<Participation>(`${part(pid)}/booth`, { boothNo }),
  absent: (pid: number) => http.post<Participation>(`${part(pid)}/absent`),
  withdraw: (pid: number) => http.post<Participation>(`${part(pid)}/withdraw`),

  checkinsPath: (id: number) => `${base(id)}/checkins`,
  checkin: (id: number, input: CheckinInput) => http.post<Checkin>(`${base(id)}/checkins`, input),
  checkins: (id: number, query: Query) => http.get<Page<Checkin>>(`${base(id)}/checkins`, query),

  intentions: (id: number) => http.get<Intention[]>(`${base(id)}/intentions`),
  addIntention: (id: number, input: { checkinId: number; participationId: number; postingId: number | null; note?: string }) =>
    http.post<Intention>(`${base(id)}/intentions`, input),
  hire: (iid: number, hiredOn: string) => http.post<Intention>(`/api/fairs/intentions/${iid}/hire`, { hiredOn }),
  drop: (iid: number, reason: string) => http.post<Intention>(`/api/fairs/intentions/${iid}/drop`, { reason }),

  slots: (id: number) => http.get<Slot[]>(`${base(id)}/slots`),
  addSlots: (pid: number, startsAt: string[], minutes?: number) => http.post<Slot[]>(`${part(pid)}/slots`, { startsAt, minutes }),
  outcome: (sid: number, outcome: string) => http.post<Slot>(`/api/fairs/slots/${sid}/outcome`, { outcome }),

  stats: (query: Query) => http.get<Stats>('/api/fairs/stats', query),
  statsPath: '/api/fairs/stats',

  forecast: (week?: string) => http.get<Forecast>('/api/fairs/forecast', { week }),
  submitForecast: (week: string, note?: string) => http.post<Forecast>('/api/fairs/forecast', { week, note }),
  forecastOverview: (week?: string) => http.get<ForecastOverview>('/api/fairs/forecast/overview', { week }),

  campaigns: (query: Query) => http.get<Page<Campaign>>(CAMPAIGNS_PATH, query),
  campaign: (id: number) => http.get<Campaign>(`${CAMPAIGNS_PATH}/${id}`),
  createCampaign: (input: CampaignInput) => http.post<Campaign>(CAMPAIGNS_PATH, input),
  updateCampaign: (id: number, input: CampaignInput) => http.put<Campaign>(`${CAMPAIGNS_PATH}/${id}`, input),
};
