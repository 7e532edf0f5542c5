import { useEffect, useMemo, useState } from 'react';
import { http } from '../api/client';
import { LIST, registryApi } from '../api/endpoints';
import type { CodeEntry, CodeOption, Page, RegistryCodes } from '../api/types';

/**
 * Code lists of the labour registry (就业形式, 失业原因, 注销原因, 户籍类型, 就业状态…) and of the
 * national code tables (民族, 学历). Each is fetched once per page load and shared.
 */
let registryCodes: Promise<RegistryCodes> | null = null;
const codeTables = new Map<string, Promise<CodeEntry[]>>();

const EMPTY: RegistryCodes = {
  employmentKinds: [],
  employmentEndReasons: [],
  unemploymentReasons: [],
  cancelGrounds: [],
  hukouTypes: [],
  labourStatus: [],
  difficultyExitReasons: [],
  difficultyStatus: [],
  serviceKinds: [],
};

export function useRegistryCodes(): RegistryCodes {
  const [codes, setCodes] = useState<RegistryCodes>(EMPTY);
  useEffect(() => {
    let live = true;
    registryCodes ??= registryApi.codes().catch((e: unknown) => {
      registryCodes = null; // try again next time
      throw e;
    });
    registryCodes.then((c) => live && setCodes({ ...EMPTY, ...c })).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return codes;
}

/** Entries of a code table in force (e.g. "ethnicity", "education"), in the table's order. */
export function useCodeEntries(type: string): CodeEntry[] {
  const [entries, setEntries] = useState<CodeEntry[]>([]);
  useEffect(() => {
    let live = true;
    let pending = codeTables.get(type);
    if (!pending) {
      pending = http
        .get<Page<CodeEntry>>(LIST.codeEntries, { type, pageSize: 100, sort: 'sort', order: 'asc' })
        .then((p) => p.items)
        .catch((e: unknown) => {
          codeTables.delete(type);
          throw e;
        });
      codeTables.set(type, pending);
    }
    pending.then((items) => live && setEntries(items)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [type]);
  return entries;
}

/** code → label of one code list; unknown codes show as themselves, null as ''. */
export function useLabeler(options: readonly CodeOption[]): (code: string | null | undefined) => string {
  return useMemo(() => {
    const names = new Map(options.map((o) => [o.value, o.label]));
    return (code) => (code ? (names.get(code) ?? code) : '');
  }, [options]);
}

/** code → name of a code table's entries. */
export function useEntryNamer(entries: readonly CodeEntry[]): (code: string | null | undefined) => string {
  return useMemo(() => {
    const names = new Map(entries.map((e) => [e.code, e.name]));
    return (code) => (code ? (names.get(code) ?? code) : '');
  }, [entries]);
}

/** Tag colour of a labour status. */
export const LABOUR_STATUS_COLORS: Record<string, string> = {
  none: 'default',
  employed: 'green',
  self_employed: 'cyan',
  flexible: 'blue',
  public_welfare: 'purple',
  unemployed: 'orange',
};

/** Tag colour of the status of a 就业困难人员认定. */
export const DIFFICULTY_STATUS_COLORS: Record<string, string> = {
  pending: 'processing',
  returned: 'warning',
  active: 'green',
  rejected: 'red',
  withdrawn: 'default',
  exited: 'default',
};

/** The statuses of an identification still open: at most one per person. */
export const OPEN_DIFFICULTY = ['pending', 'returned', 'active'];

/** Tag colour of the status of a 零就业家庭认定. */
export const ZERO_FAMILY_STATUS_COLORS: Record<string, string> = {
  pending: 'processing',
  returned: 'warning',
  active: 'orange',
  rejected: 'red',
  withdrawn: 'default',
  cleared: 'green',
};

/** The statuses of a 零就业家庭认定, in the order of the filter. */
export const ZERO_FAMILY_STATUSES = ['pending', 'returned', 'active', 'cleared', 'rejected', 'withdrawn'] as const;
