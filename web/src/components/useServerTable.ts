import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TablePaginationConfig, TableProps } from 'antd';
import { http, type Query } from '../api/client';
import type { Page } from '../api/types';
import { showError } from './feedback';
import { useT } from '../i18n';

export type SortOrder = 'asc' | 'desc';

interface Options {
  pageSize?: number;
  defaultSort?: string;
  defaultOrder?: SortOrder;
  /** Skip fetching (e.g. until a required filter is chosen). */
  enabled?: boolean;
}

export interface ServerTable<T> {
  items: T[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  sort?: string;
  order?: SortOrder;
  /** Filters plus sorting: what the export endpoint should receive. */
  exportQuery: Query;
  reload: () => void;
  /** Spread onto <Table>: pagination, loading, onChange (sorter → sort/order). */
  tableProps: Pick<TableProps<T>, 'pagination' | 'loading' | 'onChange' | 'dataSource'>;
  /** antd sortOrder for a column key, so the header arrow reflects the state. */
  sortOrderOf: (key: string) => 'ascend' | 'descend' | null;
}

/**
 * Server-side paginated, sorted and filtered list: GET `path` with page, pageSize, sort, order and
 * the filters. The page resets to 1 whenever the filters change.
 */
export function useServerTable<T>(path: string, filters: Query, options: Options = {}): ServerTable<T> {
  const t = useT();
  const [pageSize, setPageSize] = useState(options.pageSize ?? 20);
  const [sort, setSort] = useState<string | undefined>(options.defaultSort);
  const [order, setOrder] = useState<SortOrder | undefined>(options.defaultOrder);
  const [data, setData] = useState<Page<T> | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const requestId = useRef(0);
  const enabled = options.enabled ?? true;

  const filterKey = JSON.stringify(filters);
  // The page belongs to one set of filters: new filters start again at page 1.
  const [pageState, setPageState] = useState({ key: filterKey, page: 1 });
  const effectivePage = pageState.key === filterKey ? pageState.page : 1;

  useEffect(() => {
    if (!enabled) {
      setData(null);
      return;
    }
    const id = ++requestId.current;
    setLoading(true);
    const query: Query = { ...(JSON.parse(filterKey) as Query), page: effectivePage, pageSize, sort, order: sort ? order : undefined };
    http
      .get<Page<T>>(path, query)
      .then((res) => {
        if (id === requestId.current) setData(res);
      })
      .catch((e: unknown) => {
        if (id === requestId.current) showError(e);
      })
      .finally(() => {
        if (id === requestId.current) setLoading(false);
      });
  }, [path, filterKey, effectivePage, pageSize, sort, order, tick, enabled]);

  const reload = useCallback(() => setTick((n) => n + 1), []);

  const onChange = useCallback<NonNullable<TableProps<T>['onChange']>>(
    (pagination, _filters, sorter) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = s?.order ? String(s.columnKey ?? s.field ?? '') : '';
      setSort(key || undefined);
      setOrder(s?.order === 'ascend' ? 'asc' : s?.order === 'descend' ? 'desc' : undefined);
      setPageState({ key: filterKey, page: pagination.current ?? 1 });
      if (pagination.pageSize) setPageSize(pagination.pageSize);
    },
    [filterKey],
  );

  const pagination = useMemo<TablePaginationConfig>(
    () => ({
      current: data?.page ?? effectivePage,
      pageSize,
      total: data?.total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (total) => t('common.total', { total }),
    }),
    [data, effectivePage, pageSize, t],
  );

  const exportQuery = useMemo<Query>(() => ({ ...(JSON.parse(filterKey) as Query), sort, order: sort ? order : undefined }), [filterKey, sort, order]);

  return {
    items: data?.items ?? [],
    total: data?.total ?? 0,
    loading,
    page: effectivePage,
    pageSize,
    sort,
    order,
    exportQuery,
    reload,
    tableProps: { pagination, loading, onChange, dataSource: data?.items ?? [] },
    sortOrderOf: (key) => (sort === key ? (order === 'asc' ? 'ascend' : order === 'desc' ? 'descend' : null) : null),
  };
}
