import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, DatePicker, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { showError, showSuccess } from '../../components/feedback';
import { EmployerSelect, type EmployerChoice } from '../people/EmployerSelect';
import { referralsApi, type Referral, type ReferralChannel, type ReferralStatus } from './referralApi';
import { AnswerDialog } from './AnswerDialog';
import { REFERRAL_CHANNELS, REFERRAL_STATUSES, REFERRAL_STATUS_COLORS, channelLabel, statusLabel } from './referralLabels';

const LIST_PATH = '/api/market/referrals';

/**
 * 职业介绍记录: staff referrals and portal applications whose seeker or posting lies in the chosen
 * unit; filters by outcome, channel, referral dates, employer, name/posting; export; the outcome
 * recorded on the employer's behalf, the letter, withdrawal before an answer.
 */
export default function ReferralsPage() {
  const t = useT();
  const { can } = useAuth();
  const { unit: scope } = useScopeUnit();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ReferralStatus | undefined>();
  const [channel, setChannel] = useState<ReferralChannel | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [unitCode, setUnitCode] = useState<string | undefined>();
  const [employer, setEmployer] = useState<EmployerChoice | undefined>();
  const [answering, setAnswering] = useState<Referral | null>(null);

  const seenScope = useRef(scope.code);
  useEffect(() => {
    if (seenScope.current === scope.code) return;
    seenScope.current = scope.code;
    setUnitCode(undefined);
  }, [scope.code]);

  const regionCode = unitCode ?? scope.code;
  const table = useServerTable<Referral>(
    LIST_PATH,
    {
      q: q.trim() || undefined,
      status,
      channel,
      regionCode,
      employerId: employer?.id,
      from: range?.[0]?.format('YYYY-MM-DD'),
      to: range?.[1]?.format('YYYY-MM-DD'),
    },
    { defaultSort: 'referredOn', defaultOrder: 'desc' },
  );

  const withdraw = async (r: Referral) => {
    try {
      await referralsApi.withdraw(r.id);
      showSuccess(t('referral.withdrawn'));
      table.reload();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<Referral> = [
    { title: t('referral.number'), dataIndex: 'number', key: 'number', width: 130, fixed: 'left' },
    {
      title: t('referral.person'),
      dataIndex: 'personName',
      key: 'personName',
      width: 90,
      sorter: true,
      sortOrder: table.sortOrderOf('personName'),
      render: (v: string, r) => (can('person.view') ? <Link to={`/people/${r.personId}`}>{v}</Link> : v),
    },
    { title: t('referral.citizenId'), dataIndex: 'citizenIdMasked', key: 'citizenId', width: 170 },
    { title: t('referral.posting'), dataIndex: 'postingTitle', key: 'postingTitle', width: 130, ellipsis: true, sorter: true, sortOrder: table.sortOrderOf('postingTitle') },
    { title: t('referral.employer'), dataIndex: 'employerName', key: 'employerName', width: 170, ellipsis: true, sorter: true, sortOrder: table.sortOrderOf('employerName') },
    { title: t('referral.postingRegion'), dataIndex: 'postingRegionName', key: 'postingRegionName', width: 100, ellipsis: true },
    { title: t('referral.channel'), key: 'channel', width: 100, render: (_, r) => channelLabel(t, r.channel) },
    { title: t('referral.referredOn'), dataIndex: 'referredOn', key: 'referredOn', width: 110, sorter: true, sortOrder: table.sortOrderOf('referredOn') },
    { title: t('referral.referredBy'), dataIndex: 'referredByName', key: 'referredBy', width: 90, ellipsis: true },
    {
      title: t('referral.status'),
      key: 'status',
      width: 150,
      sorter: true,
      sortOrder: table.sortOrderOf('status'),
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={REFERRAL_STATUS_COLORS[r.status]} data-testid={`referral-status-${r.id}`}>
            {statusLabel(t, r.status)}
          </Tag>
          {r.reasonName && <Typography.Text type="secondary">{r.reasonName}</Typography.Text>}
          {r.hiredOn && <Typography.Text type="secondary">{r.hiredOn}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 190,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          {r.can.answer && (
            <Button type="link" size="small" onClick={() => setAnswering(r)} data-testid={`referral-answer-${r.id}`}>
              {t('referral.answerOnBehalf')}
            </Button>
          )}
          {r.can.letter && (
            <Button type="link" size="small" href={`/referrals/${r.id}/letter`} target="_blank" data-testid={`referral-letter-${r.id}`}>
              {t('referral.letter')}
            </Button>
          )}
          {r.can.withdraw && (
            <Popconfirm title={t('referral.withdrawConfirm')} onConfirm={() => void withdraw(r)}>
              <Button type="link" size="small" danger>
                {t('referral.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('referral.pageTitle')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('referral.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 220 }} data-testid="referral-search" />
        <Select
          allowClear
          placeholder={t('referral.status')}
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={REFERRAL_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
          data-testid="referral-status-filter"
        />
        <Select
          allowClear
          placeholder={t('referral.channel')}
          style={{ width: 130 }}
          value={channel}
          onChange={setChannel}
          options={REFERRAL_CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
          data-testid="referral-channel-filter"
        />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} allowEmpty={[true, true]} placeholder={[t('referral.dateRange'), '']} data-testid="referral-date-range" />
        {can('org.view') && <OrgUnitPicker value={regionCode} allowClear style={{ width: 220 }} onChange={(code) => setUnitCode(code)} data-testid="referral-unit" />}
        {can('employer.view') && <EmployerSelect registeredOnly value={employer} onChange={setEmployer} placeholder={t('referral.employer')} style={{ width: 240 }} data-testid="referral-employer-filter" />}
        <ExportButton listPath={LIST_PATH} query={table.exportQuery} />
      </Space>
      <div data-testid="referrals-table">
        <Table<Referral> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1430 }} />
      </div>
      <AnswerDialog
        referral={answering}
        onClose={() => setAnswering(null)}
        onDone={() => {
          setAnswering(null);
          table.reload();
        }}
      />
    </Card>
  );
}
