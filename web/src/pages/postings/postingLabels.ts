import type { MessageKey, Translate } from '../../i18n';
import type { Posting, PrereviewOutcome } from '../../api/types';
import { labelOf } from '../../components/labels';

/** The statuses a user filters by (the server's `status` values; expired = published past validTo). */
export const POSTING_STATUSES = ['draft', 'pending', 'returned', 'rejected', 'published', 'expired', 'paused', 'filled'] as const;

export const POSTING_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  pending: 'processing',
  returned: 'warning',
  rejected: 'error',
  published: 'success',
  expired: 'default',
  paused: 'gold',
  filled: 'purple',
  withdrawn: 'default',
};

export const OUTCOME_COLORS: Record<PrereviewOutcome, string> = { pass: 'green', review: 'orange', blocked: 'red' };

/** The label of each request field a pre-review finding or a field error may name. */
export const POSTING_FIELD_LABELS: Record<string, MessageKey> = {
  employerId: 'posting.employer',
  title: 'posting.name',
  occupationCode: 'posting.occupation',
  industryCode: 'posting.industry',
  vacancies: 'posting.vacancies',
  wageMin: 'posting.wageMin',
  wageMax: 'posting.wageMax',
  education: 'posting.education',
  experienceYears: 'posting.experienceYears',
  workingHours: 'posting.workingHours',
  benefits: 'posting.benefits',
  description: 'posting.description',
  requirements: 'posting.requirements',
  regionCode: 'posting.region',
  contactName: 'posting.contactName',
  contactPhone: 'posting.contactPhone',
  validFrom: 'posting.validFrom',
  validTo: 'posting.validTo',
};

/** Request fields that the form shows under another name (the two dates share one range picker). */
export const FORM_FIELD_OF: Record<string, string> = { validFrom: 'validity', validTo: 'validity', employerId: 'employer' };

export const fieldLabel = (t: Translate, field: string): string => (POSTING_FIELD_LABELS[field] ? t(POSTING_FIELD_LABELS[field]) : field);

export const labelOfStatus = (t: Translate, status: string): string => labelOf(t, 'posting.status.', status);

/** The status the user sees, in the UI language (the server's Chinese name as the fallback). */
export const postingStatusLabel = (t: Translate, p: Pick<Posting, 'displayStatus' | 'displayStatusName'>): string =>
  labelOf(t, 'posting.status.', p.displayStatus, p.displayStatusName);

export const outcomeLabel = (t: Translate, outcome: PrereviewOutcome | null): string =>
  outcome ? labelOf(t, 'posting.outcome.', outcome) : t('posting.outcome.none');

/** "3,500–5,000 元". */
export const wageRange = (t: Translate, p: Pick<Posting, 'wageMin' | 'wageMax'>): string =>
  t('posting.wageRange', { min: p.wageMin.toLocaleString('zh-CN'), max: p.wageMax.toLocaleString('zh-CN') });
