import { http } from '../api/client';

/** A fair on the public calendar (GET /api/portal/fairs). */
export interface PublicFair {
  id: number;
  name: string;
  kind: string;
  kindName: string;
  status: 'published' | 'closed' | string;
  statusName: string;
  regionCode: string;
  regionName: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  boothCapacity: number;
  targetGroups: string[];
  targetGroupNames: string[];
  campaignName: string | null;
  employers: number;
  positions: number;
}

export interface PublicFairPage {
  items: PublicFair[];
  total: number;
  page: number;
  pageSize: number;
}

export interface FreeSlot {
  id: number;
  startsAt: string;
  minutes: number;
}

export interface PublicBooth {
  boothNo: string;
  employerId: number;
  employerName: string;
  industryName: string | null;
  postings: { postingId: number; title: string; positions: number; wageMin: number | null; wageMax: number | null; educationName: string | null; open: boolean }[];
  positions: number;
  freeSlots: FreeSlot[];
}

/** A fair's programme (GET /api/portal/fairs/:id). */
export interface FairProgramme {
  fair: PublicFair & { description: string | null };
  booths: PublicBooth[];
  totals: { employers: number; positions: number };
}

/** The employer's own application for a booth (GET /api/fairs/my/participations). */
export interface MyParticipation {
  id: number;
  fairId: number;
  fairName: string;
  heldOn: string;
  venue: string;
  fairStatus: string;
  status: string;
  statusName: string;
  boothNo: string | null;
  reason: string | null;
  appliedAt: string;
  decidedAt: string | null;
  postings: { postingId: number; title: string; positions: number }[];
  positions: number;
  can: { withdraw: boolean };
}

/** One of the employer's postings (GET /api/market/postings, the employer's own). */
export interface OwnPosting {
  id: number;
  title: string;
  vacancies: number;
  validFrom: string;
  validTo: string;
  status: string;
  displayStatus: string;
}

/** An interview slot of an online fair as the seeker sees it (GET /api/fairs/:id/slots). */
export interface SeekerSlot {
  id: number;
  fairId: number;
  participationId: number;
  employerName: string;
  startsAt: string;
  minutes: number;
  booked: boolean;
  mine: boolean;
  outcome: string | null;
  outcomeName: string | null;
}

export interface ApplyBody {
  postings: { postingId: number; positions: number }[];
  contactName?: string | null;
  contactPhone?: string | null;
  note?: string | null;
}

export const fairsApi = {
  list: (query: { from?: string; to?: string; kind?: string; page?: number; pageSize?: number }) => http.get<PublicFairPage>('/api/portal/fairs', query),
  programme: (id: string | number) => http.get<FairProgramme>(`/api/portal/fairs/${encodeURIComponent(String(id))}`),
  myParticipations: () => http.get<MyParticipation[]>('/api/fairs/my/participations'),
  apply: (fairId: number, body: ApplyBody) => http.post<MyParticipation>(`/api/fairs/${fairId}/apply`, body),
  withdraw: (participationId: number) => http.post<unknown>(`/api/fairs/participations/${participationId}/withdraw`),
  myPostings: () => http.get<{ items: OwnPosting[] }>('/api/market/postings', { status: 'published', pageSize: 200 }),
  slots: (fairId: number) => http.get<SeekerSlot[]>(`/api/fairs/${fairId}/slots`),
  book: (slotId: number) => http.post<SeekerSlot>(`/api/fairs/slots/${slotId}/book`),
  cancel: (slotId: number) => http.post<SeekerSlot>(`/api/fairs/slots/${slotId}/cancel`),
};

/** Today's date in China (the fairs' calendar day). */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** '2026-11-28T01:00:00Z' → '11-28 09:00' in China time. */
export function chinaDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}
