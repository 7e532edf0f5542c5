import { http, type Query } from '../../api/client';
import type { Page } from '../../api/types';

/** Where a referral came from: 工作人员推荐, 网上应聘, 招聘会. */
export type ReferralChannel = 'staff' | 'portal' | 'fair';
export type ReferralStatus = 'referred' | 'interviewed' | 'hired' | 'not_hired' | 'no_show' | 'withdrawn';
/** The employer's answer (what POST /referrals/:id/answer accepts). */
export type ReferralAnswerStatus = 'interviewed' | 'hired' | 'not_hired' | 'no_show';

/** One referral (职业介绍) or portal application, as the server sends it to staff, the employer or the citizen. */
export interface Referral {
  id: number;
  /** 介绍信编号, e.g. ZJ2026000123. */
  number: string;
  seekerId: number;
  postingId: number;
  personId: number;
  personName: string;
  citizenIdMasked: string;
  /** Shown to the employer only for a staff referral or when the seeker consented to share; masked in lists. */
  phone: string | null;
  employerId: number;
  employerName: string;
  postingTitle: string;
  regionCode: string;
  regionName: string;
  postingRegionCode: string;
  postingRegionName: string;
  channel: ReferralChannel;
  channelName: string;
  status: ReferralStatus;
  statusName: string;
  reasonCode: string | null;
  reasonName: string | null;
  note: string | null;
  referredOn: string;
  referredByName: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  hiredOn: string | null;
  employmentRegistrationId: number | null;
  serviceRecordId: number | null;
  createdAt: string;
  can: { answer: boolean; hire: boolean; withdraw: boolean; letter: boolean };
}

export interface ReferralInput {
  seekerId: number;
  postingId: number;
  note?: string;
}

export interface ReferralAnswerInput {
  status: ReferralAnswerStatus;
  reasonCode?: string;
  hiredOn?: string;
  note?: string;
}

/** The data of the printable referral letter (介绍信). */
export interface ReferralLetter {
  id: number;
  number: string;
  personName: string;
  citizenIdMasked: string;
  education: string | null;
  postingTitle: string;
  occupationName: string | null;
  wage: string;
  employerName: string;
  employerAddress: string | null;
  contactName: string;
  contactPhone: string;
  workAddress: string;
  referringUnit: string;
  referredByName: string | null;
  referredOn: string;
  note: string | null;
}

export interface ReasonCode {
  code: string;
  name: string;
}

export const referralsApi = {
  list: (query: Query) => http.get<Page<Referral>>('/api/market/referrals', query),
  exportPath: '/api/market/referrals/export',
  get: (id: number) => http.get<Referral>(`/api/market/referrals/${id}`),
  create: (input: ReferralInput) => http.post<Referral>('/api/market/referrals', input),
  answer: (id: number, input: ReferralAnswerInput) => http.post<Referral>(`/api/market/referrals/${id}/answer`, input),
  withdraw: (id: number) => http.post<Referral>(`/api/market/referrals/${id}/withdraw`),
  letter: (id: number) => http.get<ReferralLetter>(`/api/market/referrals/${id}/letter`),
  reasons: () => http.get<ReasonCode[]>('/api/market/referral-reasons'),
  /** 应聘/推荐人员 of one posting, paged (GET with page, pageSize, sort, order). */
  ofPostingPath: (postingId: number) => `/api/market/postings/${postingId}/referrals`,
  ofPosting: (postingId: number, query: Query = {}) => http.get<Page<Referral>>(`/api/market/postings/${postingId}/referrals`, query),
  /** The citizen's own applications. */
  myList: () => http.get<{ items: Referral[] }>('/api/market/my/applications'),
  apply: (postingId: number) => http.post<Referral>('/api/market/my/applications', { postingId }),
  myWithdraw: (id: number) => http.post<Referral>(`/api/market/my/applications/${id}/withdraw`),
};
