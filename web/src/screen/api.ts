import { http } from '../api/client';
import type { Facet, PostingCard, PostingPublic, PostingSearchResult } from '../portal/api';

// The screen reads the portal's public routes: the same types.
export type ScreenPosting = PostingCard;
export type ScreenFacet = Facet;
export type ScreenSearchResult = PostingSearchResult;
export type ScreenPostingDetail = PostingPublic;

export interface ScreenRegion {
  code: string;
  name: string;
  level: number;
}

export interface ScreenCode {
  code: string;
  name: string;
  parentCode: string | null;
  level: number;
}

export interface ScreenSearch {
  q?: string;
  occupation?: string;
  region?: string;
  sort: 'date' | 'relevance';
  limit: number;
  cursor?: string;
}

/** Public, no login: the same routes the portal uses. */
export const screenApi = {
  postings: (query: ScreenSearch) => http.get<ScreenSearchResult>('/api/public/postings', { ...query }),
  posting: (id: number) => http.get<ScreenPostingDetail>(`/api/public/postings/${id}`),
  /** Cities loaded (no parent) or the units below one. */
  regions: (parent?: string) => http.get<ScreenRegion[]>('/api/public/regions', { parent }),
  codes: (type: 'occupation' | 'education', maxLevel?: number) => http.get<ScreenCode[]>(`/api/public/codes/${type}`, { maxLevel }),
};
