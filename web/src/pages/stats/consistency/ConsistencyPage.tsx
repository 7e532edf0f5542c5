import { useState } from 'react';
import { Alert, Button, Card, Form, Space, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n';
import { useAuth } from '../../../auth/AuthContext';
import { showError, showSuccess } from '../../../components/feedback';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker';
import { PeriodPicker } from '../supply-demand/PeriodPicker';
import { usePeriodParams } from '../supply-demand/usePeriodParams';
import { consistencyApi, type ConsistencyCheck, type ConsistencyResult } from './consistencyApi';

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

/**
 * 数据核对: recomputes every figure of the indicators and the supply-demand analysis from the live
 * ledger and shows each one's reported and recomputed value and the difference — "差异 0 项" when
 * they all agree; a switch keeps the differences only. Operators can refresh the monthly snapshot.
 */
export default function ConsistencyPage() {
  const t = useT();
  const { can } = useAuth();
  const { period, regionCode, query, update } = usePeriodParams();
  const [result, setResult] = useState<ConsistencyResult | null>(null);
  const [running, setRunning] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const [onlyDiff, setOnlyDiff] = useState(false);

  const run = async () => {
    setRunning(true);
    try {
      setResult(await consistencyApi.check(query));
    } catch (e) {
      showError(e);
    } finally {
      setRunning(false);
    }
  };
  const refresh = async () => {
    setRefreshing(true);
    try {
      const r = await consistencyApi.refreshSnapshots();
      showSuccess(t('cons.refreshed', { months: r.months.length, ms: r.ms }));
    } catch (e) {
      showError(e);
    } finally {
      setRefreshing(false);
    }
  };

  const columns: ColumnsType<ConsistencyCheck> = [
    { title: t('cons.figure'), dataIndex: 'label', key: 'label' },
    { title: t('cons.key'), dataIndex: 'figure', key: 'figure', render: (v: string) => <Typography.Text type="secondary" code>{v}</Typography.Text> },
    { title: t('cons.reported'), dataIndex: 'reported', key: 'reported', align: 'right', render: fmt },
    { title: t('cons.recomputed'), dataIndex: 'recomputed', key: 'recomputed', align: 'right', render: fmt },
    {
      title: t('cons.difference'),
      dataIndex: 'difference',
      key: 'difference',
      align: 'right',
      sorter: (a, b) => Math.abs(a.difference) - Math.abs(b.difference),
      render: (v: number) => <Typography.Text type={v === 0 ? 'success' : 'danger'} strong={v !== 0}>{fmt(v)}</Typography.Text>,
    },
  ];
  const rows = result ? (onlyDiff ? result.checks.filter((c) => c.difference !== 0) : result.checks) : [];

  return (
    <Card
      title={t('cons.pageTitle')}
      extra={
        can('report.manage') && (
          <Button onClick={refresh} loading={refreshing} data-testid="cons-refresh">
            {t('cons.refresh')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('cons.hint')}</Typography.Paragraph>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('sd.period')}>
            <PeriodPicker value={period} onChange={(v) => update({ ...v }, true)} />
          </Form.Item>
          <Form.Item label={t('ind.unit')}>
            <OrgUnitPicker value={regionCode} style={{ width: 220 }} onChange={(code) => update({ regionCode: code })} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" onClick={run} loading={running} data-testid="cons-run">
              {t('cons.run')}
            </Button>
          </Form.Item>
        </Form>
        {result && (
          <>
            <Alert
              type={result.differences === 0 ? 'success' : 'error'}
              showIcon
              title={<span data-testid="cons-result">{t('cons.resultOf', { unit: result.regionName, period: result.period.label, checks: result.checks.length, diff: result.differences })}</span>}
              description={result.differences === 0 ? t('cons.ok') : t('cons.bad')}
            />
            <Space>
              <Switch checked={onlyDiff} onChange={setOnlyDiff} data-testid="cons-only-diff" />
              {t('cons.onlyDiff')}
            </Space>
            <Table<ConsistencyCheck> rowKey="figure" size="small" columns={columns} dataSource={rows} pagination={{ pageSize: 50, showSizeChanger: true }} data-testid="cons-checks" />
          </>
        )}
      </Space>
    </Card>
  );
}
