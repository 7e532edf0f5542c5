import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Descriptions, Space, Table } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { useT } from '../../../i18n';
import { showError } from '../../../components/feedback';
import { ExportButton } from '../../../components/ExportButton';
import { buildQuery } from '../../../api/client';
import { periodQuery } from '../supply-demand/sdApi';
import { INDICATORS_PATH, indicatorsApi, type IndicatorRecord, type IndicatorRecords } from './indicatorsApi';

type Sort = { sort: string; order: 'asc' | 'desc' };
const DEFAULT_SORT: Sort = { sort: 'date1', order: 'desc' };

/**
 * 指标穿透查询: the people, registrations or families behind one indicator of one unit and period,
 * paged and sorted on the server; the record count equals the figure. ID and phone arrive masked.
 */
export default function IndicatorRecordsPage() {
  const t = useT();
  const [params] = useSearchParams();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [data, setData] = useState<IndicatorRecords | null>(null);
  const [loading, setLoading] = useState(false);
  const key = params.toString();

  useEffect(() => {
    let live = true;
    const p = new URLSearchParams(key);
    setLoading(true);
    indicatorsApi
      .records({ ...periodQuery(p), indicator: p.get('indicator') ?? 'unemployed', ...page, ...sort })
      .then((r) => live && setData(r))
      .catch((e: unknown) => live && showError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [key, page, sort]);

  const sortOrder = (k: string) => (sort.sort === k ? (sort.order === 'asc' ? 'ascend' : 'descend') : null);
  const cols = data?.columns ?? { date1: '', date2: '', detail: '' };
  const columns: ColumnsType<IndicatorRecord> = [
    { title: t('ind.col.name'), dataIndex: 'name', key: 'name', sorter: true, sortOrder: sortOrder('name') },
    { title: t('ind.col.idNumber'), dataIndex: 'citizenId', key: 'citizenId' },
    { title: t('ind.col.phone'), dataIndex: 'phone', key: 'phone' },
    { title: t('ind.col.region'), dataIndex: 'regionName', key: 'regionCode', sorter: true, sortOrder: sortOrder('regionCode') },
    { title: cols.date1, dataIndex: 'date1', key: 'date1', sorter: true, sortOrder: sortOrder('date1') },
    { title: cols.date2, dataIndex: 'date2', key: 'date2', sorter: true, sortOrder: sortOrder('date2') },
    { title: cols.detail, dataIndex: 'detail', key: 'detail' },
  ];
  const onChange = (p: TablePaginationConfig, _f: unknown, s: SorterResult<IndicatorRecord> | SorterResult<IndicatorRecord>[]) => {
    const one = Array.isArray(s) ? s[0] : s;
    const next: Sort = one?.order ? { sort: String(one.columnKey), order: one.order === 'ascend' ? 'asc' : 'desc' } : DEFAULT_SORT;
    if (next.sort !== sort.sort || next.order !== sort.order) {
      setSort(next);
      setPage({ page: 1, pageSize: p.pageSize ?? 20 });
    } else setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 });
  };
  const pagination: TablePaginationConfig = { current: page.page, pageSize: page.pageSize, total: data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `${t('ind.records.total')} ${n}` };
  const back = `/stats/indicators${buildQuery(periodQuery(new URLSearchParams(key)))}`;
  const exportQuery = { ...periodQuery(new URLSearchParams(key)), indicator: new URLSearchParams(key).get('indicator') ?? 'unemployed', ...sort };

  return (
    <Card
      title={t('ind.records.title')}
      extra={
        <Space>
          <ExportButton listPath={`${INDICATORS_PATH}/records`} query={exportQuery} fileName="指标穿透名单.xlsx" />
          <Link to={back}>{t('ind.records.back')}</Link>
        </Space>
      }
    >
      {data && (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }} data-testid="ind-records-head">
          <Descriptions.Item label={t('cons.figure')}>
            {data.regionName} {data.label}
          </Descriptions.Item>
          <Descriptions.Item label={t('sd.period')}>
            {data.period.label}
            {t('ind.range', { from: data.period.from, to: data.period.to })}
          </Descriptions.Item>
          <Descriptions.Item label={t('ind.records.figure')}>
            <span data-testid="ind-records-figure">{data.total}</span>
            {'\u3000'}
            {t('ind.asOf', { date: data.asOf })}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table<IndicatorRecord> rowKey="id" size="small" columns={columns} dataSource={data?.items ?? []} loading={loading} pagination={pagination} onChange={onChange} data-testid="ind-records" />
    </Card>
  );
}
