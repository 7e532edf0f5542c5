import { http, type Query } from '../../api/client';
import type { Page } from '../../api/types';
import type {
  FairCodes,
  FairSummary,
  FairView,
  FairInput,
  Participation,
  ParticipationInput,
  EmployerPosting,
  Programme,
  Checkin,
  CheckinInput,
  Intention,
  Slot,
  Stats,
  Campaign,
  CampaignInput,
} from './fairTypes';

export type * from './fairTypes';

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
  employerPostings: (id: number, employerId: number) => http.get<{ items: EmployerPosting[] }>(`${base(id)}/employer-postings`, { employerId }),
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

  campaigns: (query: Query) => http.get<Page<Campaign>>(CAMPAIGNS_PATH, query),
  campaign: (id: number) => http.get<Campaign>(`${CAMPAIGNS_PATH}/${id}`),
  createCampaign: (input: CampaignInput) => http.post<Campaign>(CAMPAIGNS_PATH, input),
  updateCampaign: (id: number, input: CampaignInput) => http.put<Campaign>(`${CAMPAIGNS_PATH}/${id}`, input),
};
