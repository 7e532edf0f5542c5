import type { MessageKey, Translate } from '../i18n';
import type { ArticleKind } from './api';

export const KIND_COLORS: Record<ArticleKind, string> = { policy: 'red', guide: 'blue', notice: 'default' };

/** 3000–5000 元/月, 3000 元/月起, or 面议. */
export function wageText(t: Translate, min: number | null, max: number | null): string {
  if (min && max && max !== min) return t('portal.wage.range', { min, max });
  if (min) return t('portal.wage.from', { min });
  if (max) return t('portal.wage.upTo', { max });
  return t('portal.wage.negotiable');
}

export const WORK_TYPES = ['full_time', 'part_time', 'temporary', 'internship'] as const;
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;

/** A label of a known value, or the value itself. */
function labelOf(t: Translate, prefix: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === undefined || text === key ? value : text;
}

export const workTypeLabel = (t: Translate, v: string | null | undefined) => labelOf(t, 'portal.workType', v);
export const sizeBandLabel = (t: Translate, v: string | null | undefined) => labelOf(t, 'portal.size', v);
export const employerStatusLabel = (t: Translate, v: string | null | undefined) => labelOf(t, 'portal.employerStatus', v);

/** "2026-11-20T08:00:00Z" → "2026-11-20". */
export function dateOnly(v: string | null | undefined): string {
  return v ? v.slice(0, 10) : '';
}

/** Splits stored text into paragraphs (blank lines or single line breaks), for rendering as text. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Only same-site paths are followed after login (no open redirect). */
export function safeReturnPath(v: string | null | undefined): string | null {
  return v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : null;
}
