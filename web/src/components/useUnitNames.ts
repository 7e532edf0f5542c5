import { useEffect, useMemo, useState } from 'react';
import { orgApi } from '../api/endpoints';
import { useMe } from '../auth/AuthContext';
import { LEVEL_CODE_LENGTHS } from './format';

/**
 * Names of org units by code. The user's own unit and its ancestors come from the session (the
 * server does not let them look ancestors up); others in scope are fetched once each. Unknown
 * codes stay unnamed: callers show the code instead.
 */
export function useUnitNames(codes: readonly string[]): Map<string, string> {
  const me = useMe();
  const [fetched, setFetched] = useState<Map<string, string>>(new Map());
  const own = useMemo(() => {
    const path = me.orgUnit.pathNames;
    return new Map(path.map((name, i) => [me.orgUnit.code.slice(0, LEVEL_CODE_LENGTHS[i + me.orgUnit.level - path.length]), name]));
  }, [me.orgUnit]);
  const key = [...new Set(codes.filter((c) => c && !own.has(c)))].sort().join(',');

  useEffect(() => {
    if (!key) return;
    let live = true;
    const wanted = key.split(',');
    void Promise.all(wanted.map((code) => orgApi.unit(code).then((u) => [code, u.name] as const, () => null))).then((pairs) => {
      if (!live) return;
      setFetched((prev) => {
        const next = new Map(prev);
        for (const p of pairs) if (p) next.set(p[0], p[1]);
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [key]);

  return useMemo(() => new Map([...fetched, ...own]), [fetched, own]);
}
