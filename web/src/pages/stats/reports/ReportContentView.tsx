import { Card, Empty, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { useFairCodes } from '../../fairs/fairLabels';
import { pct, type FairFigures, type MonthlyFigures, type OccupationFigures, type ReportView, type WeekFair } from './reportApi';

const num = { align: 'right' as const };

/** The week's fairs as generated. */
function WeekFairs({ fairs }: { fairs: WeekFair[] }) {
  const t = useT();
  const codes = useFairCodes();
  const kindName = (k: string) => codes.kinds.find((c) => c.code === k)?.name ?? k;
  return (
    <Card size="small" title={t('report.fairs')} extra={t('report.fairsCount', { count: fairs.length })}>
      <Table<WeekFair>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={fairs}
        data-testid="report-week-fairs"
        locale={{ emptyText: <Empty description={t('report.noFairs')} /> }}
        columns={[
          { title: t('report.fairDate'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
          { title: t('report.fairTime'), key: 'time', width: 110, render: (_, f) => `${f.startsAt}–${f.endsAt}` },
          { title: t('report.fairName'), key: 'name', render: (_, f) => <Link to={`/fairs/${f.id}`}>{f.name}</Link> },
          { title: t('report.fairKind'), key: 'kind', width: 150, render: (_, f) => kindName(f.kind) },
          { title: t('report.fairOrganiser'), key: 'org', width: 140, render: (_, f) => f.regionName ?? f.regionCode },
          { title: t('report.fairVenue'), dataIndex: 'venue', key: 'venue', width: 180, ellipsis: true },
        ]}
      />
    </Card>
  );
}

function Monthly({ m }: { m: MonthlyFigures }) {
  const t = useT();
  const sdRows = [
    { key: 'vacancies', label: t('report.vacancies'), now: m.supplyDemand.vacancies, before: m.previous?.vacancies ?? null },
    { key: 'postings', label: t('report.postings'), now: m.supplyDemand.postings, before: m.previous?.postings ?? null },
    { key: 'seekers', label: t('report.seekers'), now: m.supplyDemand.seekers, before: m.previous?.seekers ?? null },
    { key: 'ratio', label: t('report.ratio'), now: m.supplyDemand.ratio, before: m.previous?.ratio ?? null },
  ];
  const fairCol = (key: keyof FairFigures, title: string) => ({ title, dataIndex: key, key, width: 100, ...num });
  const indicatorRows = [
    { key: 'new', label: t('report.newEmployment'), value: String(m.indicators.newEmployment) },
    { key: 'net', label: t('report.netNew'), value: String(m.indicators.netNew) },
    { key: 'unemployed', label: t('report.unemployed'), value: String(m.indicators.registeredUnemployed) },
    { key: 'rate', label: t('report.unemploymentRate'), value: pct(m.indicators.unemploymentRate) },
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('report.sd')}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={sdRows}
          data-testid="report-sd"
          columns={[
            { title: t('report.sdItem'), dataIndex: 'label', key: 'label' },
            { title: t('report.thisMonth'), key: 'now', width: 140, ...num, render: (_, r) => r.now ?? '—' },
            { title: t('report.lastMonth'), key: 'before', width: 140, ...num, render: (_, r) => r.before ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('report.occupations')}>
        <Table<OccupationFigures>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={m.occupations}
          data-testid="report-occupations"
          columns={[
            { title: t('report.occupation'), dataIndex: 'label', key: 'label' },
            { title: t('report.vacancies'), dataIndex: 'demand', key: 'demand', width: 120, ...num },
            { title: t('report.seekers'), dataIndex: 'supply', key: 'supply', width: 120, ...num },
            { title: t('report.ratio'), key: 'ratio', width: 120, ...num, render: (_, r) => r.ratio ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('report.monthFairs')}>
        <Table<FairFigures>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={[...m.fairs, { ...m.fairTotal, label: t('report.total') }]}
          data-testid="report-fairs"
          columns={[
            { title: t('report.fairName'), dataIndex: 'label', key: 'label' },
            fairCol('employers', t('report.fairEmployers')),
            fairCol('positions', t('report.fairPositions')),
            fairCol('seekers', t('report.fairSeekers')),
            fairCol('intentions', t('report.fairIntentions')),
            fairCol('hires', t('report.fairHires')),
          ]}
        />
      </Card>
      <Card size="small" title={t('report.indicators')}>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={indicatorRows}
          data-testid="report-indicators"
          columns={[
            { title: t('report.sdItem'), dataIndex: 'label', key: 'label' },
            { title: t('report.thisMonth'), dataIndex: 'value', key: 'value', width: 160, ...num },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The generated figures of a report: the week's fairs, or the month's tables. */
export function ReportContentView({ report }: { report: ReportView }) {
  if (report.kind === 'weekly_forecast') return <WeekFairs fairs={report.content.fairs ?? []} />;
  if (!report.content.monthly) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Monthly m={report.content.monthly} />;
}
