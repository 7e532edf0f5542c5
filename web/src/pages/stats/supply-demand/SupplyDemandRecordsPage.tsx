import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Descriptions, Table } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useT } from '../../../i18n';
import { showError } from '../../../components/feedback';
import { buildQuery } from '../../../api/client';
import { periodQuery, sdApi, type PostingRecord, type RecordsResult, type SeekerRecord } from './sdApi';

type Sort = { sort?: string; order?: 'asc' | 'desc' };

/**
 * 穿透查询: the postings or seeker registrations behind one cell of the analysis (same period and
 * unit), paged and sorted on the server; the count and the figure equal the cell.
 */
export default function SupplyDemandRecordsPage() {
  const t = useT();
  const [params] = useSearchParams();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<Sort>({ sort: 'validFrom', order: 'desc' });
  const [data, setData] = useState<RecordsResult | null>(null);
  const [loading, setLoading] = useState(false);
  const key = params.toString();
  // Coming from a cell far down the analysis: start at the top.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [key]);

  useEffect(() => {
    let live = true;
    const p = new URLSearchParams(key);
    setLoading(true);
    sdApi
      .records({ ...periodQuery(p), table: p.get('table') ?? 'overall', row: p.get('row') ?? 'total', side: p.get('side') ?? 'demand', ...page, ...sort })
      .then((r) => live && setData(r))
      .catch((e: unknown) => live && showError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, page, sort]);

  const sortOrder = (k: string) => (sort.sort === k ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const validity = (r: { validFrom: string; validTo: string }) => `${r.validFrom} ~ ${r.validTo}`;
  const postingColumns: ColumnsType<PostingRecord> = [
    { title: t('sd.col.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: sortOrder('title') },
    { title: t('sd.col.employer'), dataIndex: 'employerName', key: 'employerName', sorter: true, sortOrder: sortOrder('employerName') },
    { title: t('sd.col.occupation'), key: 'occupation', render: (_, r) => `${r.occupationCode} ${r.occupationName ?? ''}` },
    { title: t('sd.col.vacancies'), dataIndex: 'vacancies', key: 'vacancies', align: 'right', sorter: true, sortOrder: sortOrder('vacancies') },
    { title: t('sd.col.validity'), key: 'validFrom', render: (_, r) => validity(r), sorter: true, sortOrder: sortOrder('validFrom') },
    { title: t('sd.col.region'), dataIndex: 'regionName', key: 'regionCode', sorter: true, sortOrder: sortOrder('regionCode') },
  ];
  const seekerColumns: ColumnsType<SeekerRecord> = [
    { title: t('sd.col.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: sortOrder('name') },
    { title: t('sd.col.idNumber'), dataIndex: 'citizenIdMasked', key: 'citizenIdMasked' },
    { title: t('sd.col.sex'), key: 'sex', render: (_, r) => (r.sex === 1 ? t('sd.sex.1') : r.sex === 2 ? t('sd.sex.2') : '') },
    { title: t('sd.col.age'), dataIndex: 'age', key: 'age', align: 'right', sorter: true, sortOrder: sortOrder('age') },
    { title: t('sd.col.education'), dataIndex: 'educationName', key: 'education' },
    { title: t('sd.col.category'), dataIndex: 'categoryName', key: 'category' },
    { title: t('sd.col.validity'), key: 'validFrom', render: (_, r) => validity(r), sorter: true, sortOrder: sortOrder('validFrom') },
    { title: t('sd.col.region'), dataIndex: 'regionName', key: 'regionCode', sorter: true, sortOrder: sortOrder('regionCode') },
  ];
  const onChange = <T,>(p: TablePaginationConfig, _f: unknown, s: SorterResult<T> | SorterResult<T>[]) => {
    const one = Array.isArray(s) ? s[0] : s;
    const next: Sort = one?.order ? { sort: String(one.columnKey), order: one.order === 'ascend' ? 'asc' : 'desc' } : { sort: 'validFrom', order: 'desc' };
    if (next.sort !== sort.sort || next.order !== sort.order) {
      setSort(next);
      setPage({ page: 1, pageSize: p.pageSize ?? 20 });
    } else setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 });
  };
  const pagination: TablePaginationConfig = { current: page.page, pageSize: page.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `${t('sd.records.total')} ${n}` };
  const back = `/stats/supply-demand${buildQuery(periodQuery(new URLSearchParams(key)))}`;

  return (
    <Card title={t('sd.records.title')} extra={<Link to={back}>{t('sd.records.back')}</Link>}>
      {data && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }} data-testid="sd-records-head">
          <Descriptions.Item label={t('sd.item')}>{data.label}</Descriptions.Item>
          <Descriptions.Item label={t('sd.period')}>
            {data.period.label}（{t('sd.periodRange', { from: data.period.from, to: data.period.to })}）
          </Descriptions.Item>
          <Descriptions.Item label={t('sd.records.figure')}>
            <span data-testid="sd-records-figure">{data.figure}</span>
            {data.side === 'demand' ? `（${t('sd.records.postingsNote')}）` : ''}
          </Descriptions.Item>
        </Descriptions>
      )}
      {params.get('side') === 'supply' ? (
        <Table<SeekerRecord> rowKey="id" size="small" columns={seekerColumns} dataSource={data?.seekers ?? []} loading={loading} pagination={pagination} onChange={onChange} data-testid="sd-records" />
      ) : (
        <Table<PostingRecord> rowKey="id" size="small" columns={postingColumns} dataSource={data?.postings ?? []} loading={loading} pagination={pagination} onChange={onChange} data-testid="sd-records" />
      )}
    </Card>
  );
}
