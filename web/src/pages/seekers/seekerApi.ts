import { http } from '../../api/client';

export interface CodeRef {
  code: string;
  name: string;
}

export type SeekerWorkType = 'full_time' | 'part_time' | 'temporary' | 'internship' | 'any';

/** A job-seeker registration (求职登记) as the server sends it: ID number and phone masked. */
export interface Seeker {
  id: number;
  personId: number;
  name: string;
  citizenIdMasked: string;
  sex: number;
  age: number;
  phoneMasked: string | null;
  regionCode: string;
  regionName: string;
  desiredOccupations: CodeRef[];
  desiredIndustries: CodeRef[];
  desiredRegions: CodeRef[];
  wageExpected: number | null;
  workType: SeekerWorkType;
  education: string | null;
  educationName: string | null;
  experienceYears: number | null;
  skills: string | null;
  certificates: string | null;
  categories: CodeRef[];
  introduction: string | null;
  validFrom: string;
  validTo: string;
  /** active | expired | closed */
  displayStatus: string;
  status: string;
  source: string;
  consentShare: boolean;
  difficulty: boolean;
  createdAt: string;
  updatedAt: string;
  can: { update: boolean; close: boolean; renew: boolean };
}

export interface SeekerFields {
  desiredOccupations?: string[];
  desiredIndustries?: string[];
  desiredRegions?: string[];
  wageExpected?: number | null;
  workType?: SeekerWorkType;
  education?: string | null;
  experienceYears?: number | null;
  skills?: string | null;
  certificates?: string | null;
  categories?: string[];
  introduction?: string | null;
  consentShare?: boolean;
}

export type SeekerInput = SeekerFields & { citizenId: string; validDays?: number };

export interface MatchReason {
  factor: 'occupation' | 'region' | 'wage' | 'education' | 'skills' | 'validity';
  points: number;
  max: number;
  text: string;
}

export interface MatchPostingCard {
  id: number;
  title: string;
  employerId: number;
  employerName: string;
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string | null;
  wageMin: number;
  wageMax: number;
  education: string | null;
  vacancies: number;
  workType: string;
  validTo: string;
  publishedAt: string | null;
  snippet: string;
}

export interface SeekerCard {
  id: number;
  personId: number;
  name: string;
  citizenIdMasked: string;
  sex: number;
  age: number;
  regionCode: string;
  regionName: string;
  desiredOccupations: CodeRef[];
  wageExpected: number | null;
  education: string | null;
  categories: string[];
  validTo: string;
  difficulty: boolean;
}

export interface Recommendation {
  posting: MatchPostingCard;
  score: number;
  reasons: MatchReason[];
}

/**
 * A candidate as an employer sees it (only seekers who consented to share): no sex, age, categories,
 * difficulty flag, person id or masked ID number (its digits give birthplace and sex).
 */
export interface EmployerCandidateCard {
  id: number;
  name: string;
  regionName: string;
  desiredOccupations: CodeRef[];
  wageExpected: number | null;
  education: string | null;
  experienceYears: number | null;
  skills: string | null;
  certificates: string | null;
  validTo: string;
}

/**
 * A seeker ranked for a posting. Staff get the SeekerCard, an employer the EmployerCandidateCard.
 * For staff the priority (difficulty) candidates come first, up to `limit` of them, then up to
 * `limit` others; each group by score.
 */
export interface Candidate {
  seeker: SeekerCard | EmployerCandidateCard;
  score: number;
  reasons: MatchReason[];
  priority: boolean;
}

/** The staff card (with sex, age and categories), as opposed to the employer's. */
export const isStaffSeekerCard = (s: Candidate['seeker']): s is SeekerCard => 'personId' in s;

/** A seeker found by the keyword search: the card plus names and the text around the matched word. */
export interface SeekerSearchCard extends SeekerCard {
  educationName: string | null;
  categoryNames: string[];
  snippet: string;
}

export interface SearchFacet {
  code: string;
  name: string;
  count: number;
}

export interface SeekerSearchQuery {
  q?: string;
  occupation?: string;
  region?: string;
  category?: string;
  education?: string;
  validOnly?: boolean;
  sort?: 'relevance' | 'date';
  cursor?: string;
  limit?: number;
}

export interface SeekerSearchResult {
  items: SeekerSearchCard[];
  nextCursor: string | null;
  facets: Record<'occupation' | 'region' | 'category' | 'education', SearchFacet[]>;
  /** null when there are more matches than `counted` (the facets then describe the first `counted`). */
  total: number | null;
  counted: number;
  capped: boolean;
}

export const SEEKERS_LIST = '/api/market/seekers';

/** 求职登记 and 人岗匹配. */
export const seekersApi = {
  get: (id: number) => http.get<Seeker>(`/api/market/seekers/${id}`),
  create: (input: SeekerInput) => http.post<Seeker>('/api/market/seekers', input),
  update: (id: number, patch: SeekerFields) => http.patch<Seeker>(`/api/market/seekers/${id}`, patch),
  close: (id: number) => http.post<Seeker>(`/api/market/seekers/${id}/close`),
  renew: (id: number, validDays?: number) => http.post<Seeker>(`/api/market/seekers/${id}/renew`, validDays ? { validDays } : {}),
  recommendations: (id: number, limit = 20) => http.get<{ items: Recommendation[] }>(`/api/market/seekers/${id}/recommendations`, { limit }),
  candidates: (postingId: number, limit = 50) => http.get<{ items: Candidate[] }>(`/api/market/postings/${postingId}/candidates`, { limit }),
  search: (query: SeekerSearchQuery) => http.get<SeekerSearchResult>('/api/market/seekers/search', { ...query }),
};
