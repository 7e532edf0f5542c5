import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Query } from '../../../api/client';
import { useScopeUnit } from '../../../components/ScopeContext';
import { buildQuery } from '../../../api/client';
import { periodQuery, type PeriodKind } from './sdApi';
import type { PeriodValue } from './PeriodPicker';

/**
 * The period and unit of the analysis, kept in the address so the records page, the print view and
 * a copied link show the same figures. The unit defaults to the header's data scope.
 */
export function usePeriodParams() {
  const [params, setParams] = useSearchParams();
  const { unit: scope } = useScopeUnit();
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  const period: PeriodValue = {
    period: (params.get('period') as PeriodKind | null) ?? 'quarter',
    year: num('year'),
    quarter: num('quarter'),
    month: num('month'),
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const regionCode = params.get('regionCode') ?? scope.code;
  const key = params.toString();
  const query = useMemo<Query>(() => ({ ...periodQuery(new URLSearchParams(key)), regionCode }), [key, regionCode]);
  const update = useCallback(
    (next: Partial<PeriodValue> & { regionCode?: string }, replacePeriod = false) => {
      const merged: Record<string, string | number | undefined> = replacePeriod ? { regionCode: params.get('regionCode') ?? undefined } : Object.fromEntries(params.entries());
      for (const [k, v] of Object.entries(next)) merged[k] = v;
      const clean: Record<string, string> = {};
      for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') clean[k] = String(v);
      setParams(clean);
    },
    [params, setParams],
  );
  /** The address of a page with this period and unit plus extra keys. */
  const href = useCallback((path: string, extra: Query = {}) => `${path}${buildQuery({ ...query, ...extra })}`, [query]);
  return { period, regionCode, query, update, href };
}
