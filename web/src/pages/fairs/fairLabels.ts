import { useEffect, useState } from 'react';
import { fairsApi, type CodeName, type FairCodes } from './fairApi';

export const FAIR_STATUS_COLORS: Record<string, string> = { planned: 'blue', published: 'green', closed: 'default', cancelled: 'red' };
export const PARTICIPATION_STATUS_COLORS: Record<string, string> = { applied: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default', absent: 'warning' };
export const INTENTION_STATUS_COLORS: Record<string, string> = { intended: 'processing', hired: 'success', dropped: 'default' };

const EMPTY: FairCodes = { kinds: [], campaignKinds: [], targetGroups: [], statuses: [], participationStatuses: [], intentionStatuses: [], slotOutcomes: [] };

let cache: Promise<FairCodes> | null = null;
const load = () =>
  (cache ??= fairsApi.codes().catch((e: unknown) => {
    cache = null;
    throw e;
  }));

/** The fair code lists (kinds, target groups, statuses…), loaded once per page load. */
export function useFairCodes(): FairCodes {
  const [codes, setCodes] = useState<FairCodes>(EMPTY);
  useEffect(() => {
    let live = true;
    load().then(
      (c) => live && setCodes(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return codes;
}

export const toOptions = (list: CodeName[]) => list.map((c) => ({ value: c.code, label: c.name }));

/** The names of codes, joined with 、 (the code itself when unknown). */
export function namesOf(list: CodeName[], codes: string[]): string {
  return codes.map((c) => list.find((x) => x.code === c)?.name ?? c).join('、');
}

/** "08:30:00" or "08:30" → "08:30". */
export const hm = (time: string) => time.slice(0, 5);

export const wageText = (min: number, max: number) => (min || max ? `${min}–${max}` : '—');

/** 0.607 → "60.7%"; null → "—". */
export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
