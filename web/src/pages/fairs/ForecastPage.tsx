import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Descriptions, Input, Space, Table, Tag } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { chinaToday, fmtDateTime } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { fairsApi, type FairSummary, type Forecast, type ForecastOverview } from './fairApi';
import { FAIR_STATUS_COLORS, hm } from './fairLabels';

/** The Monday of a date's ISO week. */
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');

/** 周预报: a district sees the fairs of a week (next week by default) and reports them; the city sees which districts reported. */
export default function ForecastPage() {
  const t = useT();
  const me = useMe();
  const level = me.orgUnit.level;
  const [week, setWeek] = useState<Dayjs>(() => mondayOf(dayjs(chinaToday())).add(7, 'day'));
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [overview, setOverview] = useState<ForecastOverview | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const weekText = week.format('YYYY-MM-DD');

  const load = useCallback(async () => {
    // The district's own week and the overview load independently: one failing leaves the other.
    await Promise.all([
      level === 3 ? fairsApi.forecast(weekText).then(setForecast, showError) : undefined,
      level <= 3 ? fairsApi.forecastOverview(weekText).then(setOverview, showError) : undefined,
    ]);
  }, [level, weekText]);

  useEffect(() => {
    void load();
  }, [load]);

  const submit = async () => {
    setBusy(true);
    try {
      setForecast(await fairsApi.submitForecast(weekText, note.trim() || undefined));
      showSuccess(t('forecast.submitted'));
      setNote('');
      void load();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const fairColumns = [
    { title: t('fair.heldOn'), key: 'heldOn', width: 150, render: (_: unknown, f: FairSummary) => `${f.heldOn} ${hm(f.startsAt)}–${hm(f.endsAt)}` },
    { title: t('fair.name'), key: 'name', render: (_: unknown, f: FairSummary) => <Link to={`/fairs/${f.id}`}>{f.name}</Link> },
    { title: t('fair.kind'), dataIndex: 'kindName', key: 'kind', width: 160 },
    { title: t('fair.organiser'), dataIndex: 'regionName', key: 'region', width: 130 },
    { title: t('fair.venue'), dataIndex: 'venue', key: 'venue', width: 180, ellipsis: true },
    { title: t('fair.boothCapacity'), dataIndex: 'boothCapacity', key: 'cap', width: 80, align: 'right' as const },
    { title: t('common.status'), key: 'status', width: 90, render: (_: unknown, f: FairSummary) => <Tag color={FAIR_STATUS_COLORS[f.status]}>{f.statusName}</Tag> },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('forecast.pageTitle')}
        extra={
          <Space>
            <span>{t('forecast.week')}</span>
            <DatePicker picker="week" allowClear={false} value={week} onChange={(d) => d && setWeek(mondayOf(d))} aria-label={t('forecast.week')} />
            <span>{t('forecast.weekRange', { from: weekText, to: week.add(6, 'day').format('YYYY-MM-DD') })}</span>
          </Space>
        }
      >
        {level > 3 && <Alert type="info" showIcon title={t('forecast.districtOnly')} />}
        {forecast && (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={3}>
              <Descriptions.Item label={t('forecast.district')}>{forecast.regionName}</Descriptions.Item>
              <Descriptions.Item label={t('forecast.fairCount')}>{forecast.fairs.length}</Descriptions.Item>
              <Descriptions.Item label={t('forecast.status')}>
                {forecast.submitted ? (
                  <Tag color="success" data-testid="forecast-submitted">
                    {t('forecast.submittedAt', { at: fmtDateTime(forecast.submitted.at), by: forecast.submitted.byName })}
                  </Tag>
                ) : (
                  <Tag color="warning">{t('forecast.notSubmitted')}</Tag>
                )}
              </Descriptions.Item>
              {forecast.submitted?.note && (
                <Descriptions.Item label={t('forecast.note')} span={3}>
                  {forecast.submitted.note}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Table<FairSummary> rowKey="id" size="small" columns={fairColumns} dataSource={forecast.fairs} pagination={false} data-testid="forecast-fairs" />
            {forecast.can.submit && !forecast.submitted && (
              <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
                <Input placeholder={t('forecast.notePlaceholder')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} aria-label={t('forecast.note')} />
                <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={() => void submit()}>
                  {t('forecast.submit')}
                </Button>
              </Space.Compact>
            )}
          </Space>
        )}
      </Card>
      {overview && (
        <Card title={t('forecast.overview')} size="small">
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={overview.districts}
            data-testid="forecast-overview"
            columns={[
              { title: t('forecast.district'), dataIndex: 'name', key: 'name' },
              {
                title: t('forecast.status'),
                key: 'submitted',
                width: 220,
                render: (_, d) => (d.submitted ? <Tag color="success">{t('forecast.submittedOn', { at: fmtDateTime(d.submittedAt) })}</Tag> : <Tag color="warning">{t('forecast.notSubmitted')}</Tag>),
              },
              { title: t('forecast.fairCount'), dataIndex: 'fairs', key: 'fairs', width: 120, align: 'right' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
