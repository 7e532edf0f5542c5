import { http } from '../api/client';

/** One posting in a result list (GET /api/public/postings). */
export interface PostingCard {
  id: number;
  title: string;
  employerId: number;
  employerName: string;
  regionCode: string;
  regionName: string | null;
  occupationCode: string;
  occupationName: string | null;
  wageMin: number | null;
  wageMax: number | null;
  education: string | null;
  vacancies: number;
  workType: string;
  validTo: string;
  publishedAt: string | null;
  snippet: string | null;
}

export interface Facet {
  code: string;
  name: string;
  count: number;
}

export interface PostingSearchResult {
  items: PostingCard[];
  nextCursor: string | null;
  facets: { occupation: Facet[]; region: Facet[]; education: Facet[]; industry: Facet[] };
  /** Exact, or null when there are more than `counted` matches. */
  total: number | null;
  counted: number;
  capped: boolean;
}

/** The query of the posting search, as in the address bar (all strings; empty ones are left out). */
export interface PostingQuery {
  q?: string;
  occupation?: string;
  region?: string;
  wageMin?: string;
  education?: string;
  industry?: string;
  employerId?: string;
  postedSince?: string;
  workType?: string;
  sort?: 'relevance' | 'date';
}

export interface PostingPublic extends PostingCard {
  description: string | null;
  requirements: string | null;
  benefits: string | null;
  workingHours: string | null;
  experienceYears: number | null;
  contactName: string | null;
  contactPhone: string | null;
  employer: { id: number; name: string; industry: string | null; size: string | null; address: string | null };
}

export interface EmployerPublic {
  id: number;
  name: string;
  unitType: string | null;
  unitTypeName: string | null;
  industryCode: string | null;
  industryName: string | null;
  ownershipType: string | null;
  ownershipName: string | null;
  sizeBand: string | null;
  introduction: string | null;
  address: string | null;
  regionCode: string;
  regionName: string;
  member: boolean;
  postings: PostingCard[];
}

export interface OccupationSuggestion {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface Region {
  code: string;
  name: string;
  level: number;
}

export interface PublicCode {
  code: string;
  name: string;
  nameEn: string | null;
  parentCode: string | null;
  level: number;
}

export type PublicCodeType = 'occupation' | 'education' | 'industry' | 'unit_type' | 'ownership_type';

export type ArticleKind = 'policy' | 'guide' | 'notice';

export interface ArticleSummary {
  id: number;
  kind: ArticleKind;
  kindName: string;
  title: string;
  summary: string;
  regionCode: string;
  regionName: string;
  publishedAt: string;
}

export interface ArticleList {
  items: ArticleSummary[];
  nextCursor: string | null;
  total: number;
}

export interface Article extends ArticleSummary {
  body: string;
  updatedAt: string;
}

export interface SeekerRegistration {
  username: string;
  password: string;
  citizenId: string;
  name: string;
  phone: string;
  regionCode: string;
  hukouType: 'urban' | 'rural' | 'non_local';
  desiredOccupations: string[];
  wageExpected?: number;
  education?: string;
  workType?: string;
  consentShare: boolean;
}

export interface EmployerRegistration {
  creditCode: string;
  name: string;
  regionCode: string;
  address: string;
  unitType: string;
  industryCode: string;
  ownershipType: string;
  sizeBand: string;
  introduction?: string;
  contactName: string;
  contactPhone: string;
  username: string;
  password: string;
}

/** The citizen's own job-seeker registration (GET /api/market/my/seeker). */
export interface MySeeker {
  id: number;
  name: string;
  regionCode: string;
  regionName: string;
  desiredOccupations: { code: string; name: string }[];
  wageExpected: number | null;
  workType: string;
  education: string | null;
  educationName: string | null;
  validFrom: string;
  validTo: string;
  /** active | expired | closed */
  displayStatus: string;
  status: string;
  consentShare: boolean;
}

export interface RecommendationReason {
  factor: string;
  points: number;
  max: number;
  text: string;
}

export interface Recommendation {
  posting: PostingCard;
  score: number;
  reasons: RecommendationReason[];
}

/** One of the citizen's applications or staff referrals (GET /api/market/my/applications). */
export interface MyApplication {
  id: number;
  number: string;
  postingId: number;
  postingTitle: string;
  employerId: number;
  employerName: string;
  postingRegionName: string;
  channel: 'staff' | 'portal' | 'fair';
  channelName: string;
  status: 'referred' | 'interviewed' | 'hired' | 'not_hired' | 'no_show' | 'withdrawn';
  statusName: string;
  reasonName: string | null;
  referredOn: string;
  answeredAt: string | null;
  hiredOn: string | null;
  createdAt: string;
}

/** The employer account's own record (GET /api/market/my/employer). */
export interface MyEmployer {
  id: number;
  creditCode: string;
  name: string;
  regionName: string;
  status: 'draft' | 'pending' | 'returned' | 'verified' | 'rejected' | string;
  source: string;
  member: boolean;
  memberUntil: string | null;
  verifiedAt: string | null;
  createdAt: string;
  lastDecision: { action: string; reason: string | null; decidedAt: string } | null;
  credit: { warning: number; false_posting: number; complaint: number; violation: number; commendation: number };
}

export interface EmployerRegistrationResult {
  employerId: number;
  userId: number;
  username: string;
  status: string;
  workflowItemId: number;
}

/** Drops empty values so the query string only carries what the user chose. */
function clean(query: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

export const portalApi = {
  searchPostings: (query: PostingQuery, cursor?: string | null, limit = 20) =>
    http.get<PostingSearchResult>('/api/public/postings', { ...clean(query), cursor: cursor ?? undefined, limit }),
  posting: (id: string | number) => http.get<PostingPublic>(`/api/public/postings/${encodeURIComponent(String(id))}`),
  employer: (id: string | number) => http.get<EmployerPublic>(`/api/public/employers/${encodeURIComponent(String(id))}`),
  suggestOccupations: (q: string) => http.get<OccupationSuggestion[]>('/api/public/occupations/suggest', { q }),
  regions: (parent?: string) => http.get<Region[]>('/api/public/regions', { parent }),
  codes: (type: PublicCodeType, maxLevel?: number) => http.get<PublicCode[]>(`/api/public/codes/${type}`, { maxLevel }),
  articles: (kind?: ArticleKind, cursor?: string | null, limit = 20) => http.get<ArticleList>('/api/public/articles', { kind, cursor: cursor ?? undefined, limit }),
  article: (id: string | number) => http.get<Article>(`/api/public/articles/${encodeURIComponent(String(id))}`),
  registerSeeker: (body: SeekerRegistration) => http.post<unknown>('/api/public/seekers/register', body),
  registerEmployer: (body: EmployerRegistration) => http.post<EmployerRegistrationResult>('/api/public/employers/register', body),
  mySeeker: () => http.get<MySeeker>('/api/market/my/seeker'),
  myRecommendations: () => http.get<{ items: Recommendation[] }>('/api/market/my/recommendations'),
  myApplications: () => http.get<{ items: MyApplication[] }>('/api/market/my/applications'),
  apply: (postingId: number) => http.post<MyApplication>('/api/market/my/applications', { postingId }),
  withdraw: (id: number) => http.post<MyApplication>(`/api/market/my/applications/${id}/withdraw`),
  myEmployer: () => http.get<MyEmployer>('/api/market/my/employer'),
};
