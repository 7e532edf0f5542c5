import { useEffect, useState } from 'react';
import { orgApi } from '../../api/endpoints';
import type { OrgUnit } from '../../api/types';

/** The units directly under a unit (the campaign's possible participating units). */
export function useChildUnits(code: string | undefined): OrgUnit[] {
  const [units, setUnits] = useState<OrgUnit[]>([]);
  useEffect(() => {
    if (!code) {
      setUnits([]);
      return;
    }
    let live = true;
    orgApi
      .children(code)
      .then((u) => live && setUnits(u))
      .catch(() => live && setUnits([]));
    return () => {
      live = false;
    };
  }, [code]);
  return units;
}
