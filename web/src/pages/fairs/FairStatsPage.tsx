import { useMemo, useState } from 'react';
import { Card, DatePicker, Form, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Query } from '../../api/client';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { usePickedUnit } from '../../components/usePickedUnit';
import { PrintPageButton } from '../ledgers/PrintPageButton';
import type { LedgerColumn } from '../ledgers/ledgerColumns';
import { fairsApi, type StatsGroupBy, type StatsRow } from './fairApi';
import { CampaignSelect } from './CampaignSelect';
import { StatsChart } from './StatsChart';
import { StatsReport, useStats } from './StatsTable';
import { percent, toOptions, useFairCodes } from './fairLabels';

const GROUPS: StatsGroupBy[] = ['month', 'quarter', 'fair', 'kind', 'unit', 'campaign'];

/** The first day of a date's quarter. */
const quarterStart = (d: Dayjs) => d.startOf('month').month(Math.floor(d.month() / 3) * 3);

/**
 * 招聘会统计: the seeds' report over a quarter (or any range), a unit, a kind and a campaign, grouped by
 * month, quarter, fair, kind, unit or campaign — with the 合计 row, Excel export, print and a bar chart.
 */
export default function FairStatsPage() {
  const t = useT();
  const codes = useFairCodes();
  const { unit: scope } = useScopeUnit();
  const [unitCode, setUnitCode] = usePickedUnit(scope.code);
  const [mode, setMode] = useState<'quarter' | 'range'>('quarter');
  const [quarter, setQuarter] = useState<Dayjs>(() => quarterStart(dayjs()));
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [kind, setKind] = useState<string | undefined>();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [groupBy, setGroupBy] = useState<StatsGroupBy>('month');

  const regionCode = unitCode ?? scope.code;
  const [from, to] =
    mode === 'quarter'
      ? [quarter.format('YYYY-MM-DD'), quarter.add(2, 'month').endOf('month').format('YYYY-MM-DD')]
      : [range?.[0]?.format('YYYY-MM-DD'), range?.[1]?.format('YYYY-MM-DD')];
  const query = useMemo<Query>(() => ({ from, to, regionCode, kind, campaignId: campaignId ?? undefined, groupBy }), [from, to, regionCode, kind, campaignId, groupBy]);
  const { stats, loading } = useStats(from && to ? query : null);

  const groupTitle = t(`stats.groupBy.${groupBy}`);
  const groups = codes.targetGroups.filter((g) => g.code !== 'unemployed');
  const printColumns: LedgerColumn<StatsRow>[] = [
    { key: 'label', title: groupTitle, text: (r) => r.label },
    { key: 'fairs', title: t('stats.fairs'), text: (r) => String(r.fairs) },
    { key: 'employers', title: t('stats.employers'), text: (r) => String(r.employers) },
    { key: 'positions', title: t('stats.positions'), text: (r) => String(r.positions) },
    { key: 'seekers', title: t('stats.seekers'), text: (r) => String(r.seekers) },
    { key: 'intentions', title: t('stats.intentions'), text: (r) => String(r.intentions) },
    { key: 'unemployed', title: t('stats.unemployedIntentions'), text: (r) => String(r.unemployedIntentions) },
    { key: 'share', title: t('stats.unemployedShare'), text: (r) => percent(r.unemployedShare) },
    { key: 'hires', title: t('stats.hires'), text: (r) => String(r.hires) },
    ...groups.map((g) => ({ key: `g-${g.code}`, title: g.name, text: (r: StatsRow) => String(r.groups[g.code] ?? 0) })),
  ];
  const printRows = stats ? [...stats.rows, { ...stats.total, key: '__total', label: t('stats.total') }] : [];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('stats.pageTitle')}
        extra={
          <Space>
            <PrintPageButton
              title={t('stats.printTitle')}
              meta={t('stats.printMeta', { from: from ?? '', to: to ?? '', time: fmtDateTime(new Date().toISOString()) })}
              columns={printColumns}
              rows={printRows}
              rowKey={(r) => r.key}
              testId="fair-stats-print"
            />
            <ExportButton listPath={fairsApi.statsPath} query={query} fileName="招聘会统计.xlsx" />
          </Space>
        }
      >
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item label={t('stats.period')}>
            <Space>
              <Radio.Group
                optionType="button"
                value={mode}
                onChange={(e) => setMode(e.target.value as 'quarter' | 'range')}
                options={[
                  { value: 'quarter', label: t('stats.byQuarter') },
                  { value: 'range', label: t('stats.byRange') },
                ]}
              />
              {mode === 'quarter' ? (
                <DatePicker picker="quarter" allowClear={false} value={quarter} onChange={(d) => d && setQuarter(quarterStart(d))} aria-label={t('stats.quarter')} />
              ) : (
                <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
              )}
            </Space>
          </Form.Item>
          <Form.Item label={t('stats.unit')}>
            <OrgUnitPicker value={regionCode} style={{ width: 200 }} onChange={(code) => setUnitCode(code)} />
          </Form.Item>
          <Form.Item label={t('fair.kind')}>
            <Select allowClear style={{ width: 170 }} value={kind} onChange={setKind} options={toOptions(codes.kinds)} popupMatchSelectWidth={false} placeholder={t('common.all')} />
          </Form.Item>
          <Form.Item label={t('fair.campaign')}>
            <CampaignSelect value={campaignId} onChange={setCampaignId} style={{ width: 180 }} placeholder={t('common.all')} />
          </Form.Item>
          <Form.Item label={t('stats.groupBy')}>
            <Select<StatsGroupBy> style={{ width: 120 }} value={groupBy} onChange={setGroupBy} options={GROUPS.map((g) => ({ value: g, label: t(`stats.groupBy.${g}`) }))} />
          </Form.Item>
        </Form>
        <StatsReport stats={stats} loading={loading} groupTitle={groupTitle} />
      </Card>
      <Card title={t('stats.chart')} size="small">
        <StatsChart rows={stats?.rows ?? []} />
      </Card>
    </Space>
  );
}
