import type { MessageKey, Translate } from '../i18n';
import { zh } from '../i18n/zh';

/** Translates `prefix + value` when such a key exists, otherwise shows the value itself. */
export function labelOf(t: Translate, prefix: string, value: string | null | undefined, fallback?: string): string {
  if (value === null || value === undefined || value === '') return fallback ?? '';
  const key = `${prefix}${value}`;
  return key in zh ? t(key as MessageKey) : (fallback ?? value);
}

export const roleLabel = (t: Translate, role: string) => labelOf(t, 'role.', role);
export const levelLabel = (t: Translate, level: number) => labelOf(t, 'level.', String(level));
export const wfStatusLabel = (t: Translate, status: string) => labelOf(t, 'wf.status.', status);
export const wfActionLabel = (t: Translate, action: string) => labelOf(t, 'wf.action.', action);
export const empStatusLabel = (t: Translate, status: string) => labelOf(t, 'emp.status.', status);
