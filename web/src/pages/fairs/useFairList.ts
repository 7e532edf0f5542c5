import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TableProps } from 'antd';
import type { Query } from '../../api/client';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { fairsApi, type FairSummary } from './fairApi';

/**
 * The paged fair list. The fairs API sorts with one `sort` value (heldOn, -heldOn, name) rather than
 * sort + order, so the table's sorter is translated here; the page resets when the filters change.
 */
export function useFairList(filters: Query, enabled = true) {
  const t = useT();
  const [sort, setSort] = useState<string>('-heldOn');
  const [page, setPage] = useState({ key: '', page: 1 });
  const [pageSize, setPageSize] = useState(20);
  const [data, setData] = useState<{ items: FairSummary[]; total: number }>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const requestId = useRef(0);
  const filterKey = JSON.stringify(filters);
  const current = page.key === filterKey ? page.page : 1;

  useEffect(() => {
    if (!enabled) return;
    const id = ++requestId.current;
    setLoading(true);
    fairsApi
      .list({ ...(JSON.parse(filterKey) as Query), sort, page: current, pageSize })
      .then((res) => id === requestId.current && setData(res))
      .catch((e: unknown) => id === requestId.current && showError(e))
      .finally(() => id === requestId.current && setLoading(false));
  }, [filterKey, sort, current, pageSize, tick, enabled]);

  const onChange = useCallback<NonNullable<TableProps<FairSummary>['onChange']>>(
    (pagination, _f, sorter) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = s?.order ? String(s.columnKey ?? '') : '';
      setSort(key === 'name' ? 'name' : key === 'heldOn' && s?.order === 'ascend' ? 'heldOn' : '-heldOn');
      setPage({ key: filterKey, page: pagination.current ?? 1 });
      if (pagination.pageSize) setPageSize(pagination.pageSize);
    },
    [filterKey],
  );

  const exportQuery = useMemo<Query>(() => ({ ...(JSON.parse(filterKey) as Query), sort }), [filterKey, sort]);
  const sortOrderOf = (key: string): 'ascend' | 'descend' | null =>
    key === 'name' ? (sort === 'name' ? 'ascend' : null) : key === 'heldOn' ? (sort === 'heldOn' ? 'ascend' : sort === '-heldOn' ? 'descend' : null) : null;

  return {
    total: data.total,
    exportQuery,
    sortOrderOf,
    reload: () => setTick((n) => n + 1),
    tableProps: {
      dataSource: data.items,
      loading,
      onChange,
      pagination: { current, pageSize, total: data.total, showSizeChanger: true, showTotal: (total: number) => t('common.total', { total }) },
    } satisfies TableProps<FairSummary>,
  };
}
