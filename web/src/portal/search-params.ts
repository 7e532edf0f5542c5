import dayjs from 'dayjs';
import type { PostingQuery } from './api';

/** The search as it stands in the address bar (shareable): `posted` is a number of days. */
export interface JobSearch {
  q: string;
  occupation: string;
  region: string;
  wageMin: string;
  education: string;
  industry: string;
  employerId: string;
  posted: string;
  workType: string;
  sort: '' | 'relevance' | 'date';
}

export const FILTER_KEYS = ['occupation', 'region', 'wageMin', 'education', 'industry', 'employerId', 'posted', 'workType'] as const;

export function parseSearch(params: URLSearchParams): JobSearch {
  const get = (k: string) => (params.get(k) ?? '').trim();
  const sort = get('sort');
  return {
    q: get('q'),
    occupation: get('occupation'),
    region: get('region'),
    wageMin: /^\d+$/.test(get('wageMin')) ? get('wageMin') : '',
    education: get('education'),
    industry: get('industry'),
    employerId: /^\d+$/.test(get('employerId')) ? get('employerId') : '',
    posted: /^\d+$/.test(get('posted')) ? get('posted') : '',
    workType: get('workType'),
    sort: sort === 'date' || sort === 'relevance' ? sort : '',
  };
}

/** The address-bar form of a search (empty values left out, stable order). */
export function searchString(s: Partial<JobSearch>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (typeof v === 'string' && v !== '') params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query of a search: `posted` days become the date the postings were published since. */
export function toApiQuery(s: JobSearch, today = dayjs()): PostingQuery {
  return {
    q: s.q || undefined,
    occupation: s.occupation || undefined,
    region: s.region || undefined,
    wageMin: s.wageMin || undefined,
    education: s.education || undefined,
    industry: s.industry || undefined,
    employerId: s.employerId || undefined,
    postedSince: s.posted ? today.subtract(Number(s.posted), 'day').format('YYYY-MM-DD') : undefined,
    workType: s.workType || undefined,
    sort: s.sort || (s.q ? 'relevance' : 'date'),
  };
}

/** How many filters (not the keyword nor the sort) are set. */
export function filterCount(s: JobSearch): number {
  return FILTER_KEYS.filter((k) => s[k] !== '').length;
}
