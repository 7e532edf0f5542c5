import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import type { Intention } from './fairApi';
import { useIntentionFollowUp } from './useIntentionFollowUp';
import { INTENTION_STATUS_COLORS, toOptions, useFairCodes } from './fairLabels';

/** 意向跟踪: intentions of all fairs in the unit (open ones by default), followed up as 录用 or 未录用. */
export function FollowUpList({ regionCode }: { regionCode: string }) {
  const t = useT();
  const codes = useFairCodes();
  const [status, setStatus] = useState<string | undefined>('intended');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const table = useServerTable<Intention>('/api/fairs/intentions', {
    status,
    regionCode,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
  });

  const followUp = useIntentionFollowUp(() => table.reload());

  const columns: ColumnsType<Intention> = [
    { title: t('fair.heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
    { title: t('fair.name'), key: 'fair', width: 170, ellipsis: true, render: (_, i) => <Link to={`/fairs/${i.fairId}?tab=intentions`}>{i.fairName}</Link> },
    { title: t('fair.personName'), dataIndex: 'personName', key: 'personName', width: 90 },
    { title: t('fair.citizenId'), dataIndex: 'citizenIdMasked', key: 'citizenId', width: 170 },
    { title: t('fair.employer'), dataIndex: 'employerName', key: 'employerName', width: 200, ellipsis: true },
    { title: t('fair.posting'), dataIndex: 'postingTitle', key: 'postingTitle', width: 130, ellipsis: true, render: (v: string | null) => v ?? '—' },
    {
      title: t('common.status'),
      key: 'status',
      width: 200,
      render: (_, i) => (
        <Space size={4} wrap>
          <Tag color={INTENTION_STATUS_COLORS[i.status]}>{i.statusName}</Tag>
          <Typography.Text type="secondary">{i.hiredOn ?? i.dropReason ?? ''}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, i) => followUp.actions(i),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select allowClear placeholder={t('common.status')} style={{ width: 130 }} value={status} onChange={setStatus} options={toOptions(codes.intentionStatuses)} />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} allowEmpty={[true, true]} placeholder={[t('fair.from'), t('fair.to')]} />
        <Typography.Text type="secondary">{t('fair.intentionsHint')}</Typography.Text>
      </Space>
      <Table<Intention> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1200 }} />
      {followUp.dialogs}
    </>
  );
}
