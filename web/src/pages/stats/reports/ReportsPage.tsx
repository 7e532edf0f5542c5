import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Form, Modal, Radio, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { Query } from '../../../api/client';
import { useAuth, useMe } from '../../../auth/AuthContext';
import { useT } from '../../../i18n';
import { chinaToday, fmtDateTime } from '../../../components/format';
import { showError, showSuccess } from '../../../components/feedback';
import { ExportButton } from '../../../components/ExportButton';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker';
import { useScopeUnit } from '../../../components/ScopeContext';
import { usePickedUnit } from '../../../components/usePickedUnit';
import { useServerTable } from '../../../components/useServerTable';
import { useFetched } from '../../../components/useFetched';
import { REPORTS_PATH, reportsApi, STATUS_COLORS, type OverviewRow, type ReportKind, type ReportOverview, type ReportStatus, type ReportSummary } from './reportApi';

const KINDS: ReportKind[] = ['weekly_forecast', 'monthly_report'];
const STATUSES: ReportStatus[] = ['draft', 'reviewing', 'returned', 'submitted', 'accepted'];

/** The Monday of a date's week. */
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');
/** The default period of a kind: next week's Monday, or last month. */
const defaultPeriod = (kind: ReportKind): Dayjs => (kind === 'weekly_forecast' ? mondayOf(dayjs(chinaToday())).add(7, 'day') : dayjs(chinaToday()).startOf('month').subtract(1, 'month'));
const periodText = (kind: ReportKind, d: Dayjs) => (kind === 'weekly_forecast' ? mondayOf(d).format('YYYY-MM-DD') : d.format('YYYY-MM'));

/** A week or month picker for a report kind. */
function PeriodPicker({ kind, value, onChange, allowClear }: { kind: ReportKind; value: Dayjs | null; onChange: (d: Dayjs | null) => void; allowClear?: boolean }) {
  const t = useT();
  return kind === 'weekly_forecast' ? (
    <DatePicker picker="week" value={value} onChange={(d) => onChange(d ? mondayOf(d) : null)} allowClear={allowClear} aria-label={t('report.week')} data-testid="report-period" />
  ) : (
    <DatePicker picker="month" value={value} onChange={(d) => onChange(d ? d.startOf('month') : null)} allowClear={allowClear} aria-label={t('report.month')} data-testid="report-period" />
  );
}

/** 生成报表: the kind and the period; the server refuses a month not yet over or a week gone by. */
function GenerateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ReportKind>('monthly_report');
  const [period, setPeriod] = useState<Dayjs | null>(() => defaultPeriod('monthly_report'));
  const [busy, setBusy] = useState(false);
  const generate = async () => {
    setBusy(true);
    try {
      const report = await reportsApi.generate(kind, period ? periodText(kind, period) : undefined);
      showSuccess(t('report.generated'));
      onClose();
      navigate(`/stats/reports/${report.id}`);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('report.generateTitle')} onCancel={onClose} onOk={() => void generate()} confirmLoading={busy} okText={t('report.generate')} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('report.generateHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('report.kind')}>
          <Radio.Group
            value={kind}
            onChange={(e) => {
              const next = e.target.value as ReportKind;
              setKind(next);
              setPeriod(defaultPeriod(next));
            }}
            options={KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}`) }))}
            data-testid="report-kind"
          />
        </Form.Item>
        <Form.Item label={kind === 'weekly_forecast' ? t('report.week') : t('report.month')}>
          <PeriodPicker kind={kind} value={period} onChange={setPeriod} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReportList() {
  const t = useT();
  const me = useMe();
  const { can } = useAuth();
  const [params] = useSearchParams();
  const { unit: scope } = useScopeUnit();
  const [unitCode, setUnitCode] = usePickedUnit(scope.code);
  const initialKind = params.get('kind');
  const [kind, setKind] = useState<ReportKind | undefined>(initialKind === 'weekly_forecast' || initialKind === 'monthly_report' ? initialKind : undefined);
  const [status, setStatus] = useState<ReportStatus | undefined>();
  const [period, setPeriod] = useState<Dayjs | null>(null);
  const [generating, setGenerating] = useState(false);
  const filters = useMemo<Query>(
    () => ({ kind, status, regionCode: unitCode ?? scope.code, period: period ? (kind === 'weekly_forecast' ? period.format('YYYY-MM-DD') : period.format('YYYY-MM')) : undefined }),
    [kind, status, unitCode, scope.code, period],
  );
  const table = useServerTable<ReportSummary>(REPORTS_PATH, filters, { defaultSort: 'period', defaultOrder: 'desc' });
  const mayGenerate = can('report.manage') && me.orgUnit.level === 3;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Select<ReportKind | undefined>
          style={{ width: 180 }}
          value={kind}
          allowClear
          placeholder={t('report.allKinds')}
          onChange={(k) => {
            setKind(k);
            setPeriod(null);
          }}
          options={KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}`) }))}
          data-testid="report-filter-kind"
        />
        <PeriodPicker kind={kind ?? 'monthly_report'} value={period} onChange={setPeriod} allowClear />
        <Select<ReportStatus | undefined> style={{ width: 130 }} value={status} allowClear placeholder={t('report.allStatuses')} onChange={setStatus} options={STATUSES.map((s) => ({ value: s, label: t(`report.status.${s}`) }))} data-testid="report-filter-status" />
        {me.orgUnit.level < 3 && <OrgUnitPicker value={unitCode ?? scope.code} style={{ width: 200 }} onChange={(code) => setUnitCode(code)} />}
        <ExportButton listPath={REPORTS_PATH} query={table.exportQuery} />
        {mayGenerate && (
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setGenerating(true)} data-testid="report-generate">
            {t('report.generate')}
          </Button>
        )}
      </Space>
      <Table<ReportSummary>
        rowKey="id"
        size="small"
        {...table.tableProps}
        data-testid="report-list"
        columns={[
          { title: t('report.kind'), dataIndex: 'kindName', key: 'kind', width: 150 },
          { title: t('report.district'), dataIndex: 'regionName', key: 'region', width: 120, sorter: true, sortOrder: table.sortOrderOf('region') },
          { title: t('report.period'), key: 'period', sorter: true, sortOrder: table.sortOrderOf('period'), render: (_, r) => <Link to={`/stats/reports/${r.id}`}>{r.periodLabel}</Link> },
          { title: t('report.status'), key: 'status', width: 100, sorter: true, sortOrder: table.sortOrderOf('status'), render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`report.status.${r.status}`)}</Tag> },
          { title: t('report.generatedAt'), key: 'generatedAt', width: 170, sorter: true, sortOrder: table.sortOrderOf('generatedAt'), render: (_, r) => fmtDateTime(r.generatedAt) },
          { title: t('report.generatedBy'), dataIndex: 'generatedByName', key: 'by', width: 110 },
          { title: t('report.submittedAt'), key: 'submittedAt', width: 170, render: (_, r) => fmtDateTime(r.submittedAt) || '—' },
          { title: '', key: 'open', width: 70, render: (_, r) => <Link to={`/stats/reports/${r.id}`}>{t('report.open')}</Link> },
        ]}
      />
      <GenerateModal open={generating} onClose={() => setGenerating(false)} />
    </Space>
  );
}

/** 报送情况: every district of the city (or the district itself) and its report's status for a period. */
function Overview() {
  const t = useT();
  const [kind, setKind] = useState<ReportKind>('monthly_report');
  const [period, setPeriod] = useState<Dayjs>(() => defaultPeriod('monthly_report'));
  const text = periodText(kind, period);
  const fetchOverview = useCallback(() => reportsApi.overview(kind, text), [kind, text]);
  const { data: overview, loading } = useFetched<ReportOverview | null>(fetchOverview, null);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Radio.Group
          value={kind}
          optionType="button"
          onChange={(e) => {
            const next = e.target.value as ReportKind;
            setKind(next);
            setPeriod(defaultPeriod(next));
          }}
          options={KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}`) }))}
          data-testid="overview-kind"
        />
        <PeriodPicker kind={kind} value={period} onChange={(d) => d && setPeriod(d)} />
      </Space>
      {overview && (
        <Card size="small" title={t('report.overviewTitle', { kind: overview.kindName, period: overview.periodLabel })}>
          <Typography.Paragraph type="secondary" data-testid="overview-counts">
            {t('report.overviewCounts', { ...overview.counts })}
          </Typography.Paragraph>
          <Table<OverviewRow>
            rowKey="code"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={overview.districts}
            data-testid="report-overview"
            columns={[
              { title: t('report.district'), dataIndex: 'name', key: 'name' },
              {
                title: t('report.status'),
                key: 'status',
                width: 120,
                render: (_, d) => (
                  <Tag color={STATUS_COLORS[d.status]} data-testid={`overview-status-${d.code}`}>
                    {t(`report.status.${d.status}`)}
                  </Tag>
                ),
              },
              ...(kind === 'weekly_forecast' ? [{ title: t('report.fairCount'), key: 'fairs', width: 100, align: 'right' as const, render: (_: unknown, d: OverviewRow) => d.fairs ?? '—' }] : []),
              { title: t('report.generatedAt'), key: 'generatedAt', width: 170, render: (_, d) => fmtDateTime(d.generatedAt) || '—' },
              { title: t('report.submittedAt'), key: 'submittedAt', width: 170, render: (_, d) => fmtDateTime(d.submittedAt) || '—' },
              { title: t('report.acceptedAt'), key: 'acceptedAt', width: 170, render: (_, d) => fmtDateTime(d.acceptedAt) || '—' },
              { title: '', key: 'open', width: 70, render: (_, d) => d.reportId !== null && <Link to={`/stats/reports/${d.reportId}`}>{t('report.open')}</Link> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

/** 市场月报 / 周预报: the reports in scope, generating one (district operators), and who has reported (city, district). */
export default function ReportsPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'overview' ? 'overview' : 'list';
  return (
    <Card title={t('report.pageTitle')}>
      {me.orgUnit.level > 3 && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('report.districtOnly')} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'overview' ? { tab: 'overview' } : {}, { replace: true })}
        items={[
          { key: 'list', label: t('report.tabList'), children: <ReportList /> },
          ...(me.orgUnit.level <= 3 ? [{ key: 'overview', label: t('report.tabOverview'), children: <Overview /> }] : []),
        ]}
      />
    </Card>
  );
}
