import { http } from '../../api/client';

export type ArticleKind = 'policy' | 'guide' | 'notice';
export type ArticleStatus = 'draft' | 'published' | 'withdrawn';

export const ARTICLE_KINDS: ArticleKind[] = ['policy', 'guide', 'notice'];
export const ARTICLE_STATUSES: ArticleStatus[] = ['draft', 'published', 'withdrawn'];

/** A portal page as staff see it (GET /api/portal/articles). */
export interface StaffArticle {
  id: number;
  kind: ArticleKind;
  kindName: string;
  title: string;
  body: string;
  summary: string;
  regionCode: string;
  regionName: string;
  status: ArticleStatus;
  statusName: string;
  publishedAt: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  can: { update: boolean; publish: boolean; withdraw: boolean };
}

export interface ArticleInput {
  kind: ArticleKind;
  title: string;
  body: string;
  regionCode?: string;
}

/** The limits the server enforces (title and body of a page). */
export const TITLE_MAX = 100;
export const BODY_MAX = 20_000;

export const ARTICLES_LIST = '/api/portal/articles';

/** 信息发布: drafts are private; publish puts a page on the portal, withdraw takes it off. */
export const articleApi = {
  create: (input: ArticleInput) => http.post<StaffArticle>(ARTICLES_LIST, input),
  update: (id: number, patch: Partial<ArticleInput>) => http.patch<StaffArticle>(`${ARTICLES_LIST}/${id}`, patch),
  change: (id: number, action: 'publish' | 'withdraw') => http.post<StaffArticle>(`${ARTICLES_LIST}/${id}/${action}`),
};

export const KIND_COLORS: Record<ArticleKind, string> = { policy: 'blue', guide: 'green', notice: 'orange' };
export const ARTICLE_STATUS_COLORS: Record<ArticleStatus, string> = { draft: 'default', published: 'success', withdrawn: 'warning' };
