import type { Translate } from '../../i18n';
import type { Seeker } from './seekerApi';

export const SEEKER_STATUS_COLORS: Record<string, string> = { active: 'green', expired: 'orange', closed: 'default' };
export const SEEKER_STATUS_FILTERS = ['valid', 'expired', 'closed'] as const;
export const WORK_TYPES = ['full_time', 'part_time', 'temporary', 'internship', 'any'] as const;

export const sexAge = (t: Translate, s: { sex: number; age: number }) => `${t(s.sex === 1 ? 'seeker.male' : 'seeker.female')} / ${t('seeker.ageYears', { age: s.age })}`;
export const statusLabel = (t: Translate, s: Pick<Seeker, 'displayStatus'>) => t(`seeker.status.${s.displayStatus as 'active' | 'expired' | 'closed'}`);
export const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('、');
