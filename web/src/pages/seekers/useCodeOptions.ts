import { useEffect, useState } from 'react';
import { http } from '../../api/client';
import { LIST } from '../../api/endpoints';
import type { CodeEntry, Page } from '../../api/types';

const cache = new Map<string, Promise<CodeEntry[]>>();

/** Options of a code table in force (up to 200 entries: industries, occupations), fetched once per page load. */
export function useCodeOptions(type: string, leavesOnly = false): { value: string; label: string }[] {
  const [entries, setEntries] = useState<CodeEntry[]>([]);
  useEffect(() => {
    let live = true;
    let pending = cache.get(type);
    if (!pending) {
      pending = http.get<Page<CodeEntry>>(LIST.codeEntries, { type, pageSize: 200, sort: 'sort', order: 'asc' }).then((p) => p.items);
      pending.catch(() => cache.delete(type));
      cache.set(type, pending);
    }
    pending.then((items) => live && setEntries(items)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [type]);
  return entries.filter((e) => !leavesOnly || e.level > 1).map((e) => ({ value: e.code, label: `${e.code} ${e.name}` }));
}
