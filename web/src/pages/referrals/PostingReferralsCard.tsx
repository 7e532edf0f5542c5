import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n';
import { showError, showSuccess } from '../../components/feedback';
import { useServerTable } from '../../components/useServerTable';
import { referralsApi, type Referral } from './referralApi';
import { AnswerDialog } from './AnswerDialog';
import { REFERRAL_STATUS_COLORS, channelLabel, statusLabel } from './referralLabels';

/**
 * 应聘/推荐人员 of one posting, for the employer (its own posting) and staff: who applied or was
 * referred, how and when, the outcome; 反馈结果 opens the answer dialog, staff also print the letter
 * and withdraw an unanswered referral. Paged and sorted on the server (the employer's views of the
 * seekers' data are audited page by page).
 */
export function PostingReferralsCard({ postingId, staff }: { postingId: number; staff: boolean }) {
  const t = useT();
  const [answering, setAnswering] = useState<Referral | null>(null);
  const table = useServerTable<Referral>(referralsApi.ofPostingPath(postingId), {}, { pageSize: 10, defaultSort: 'createdAt', defaultOrder: 'desc' });
  const load = table.reload;

  const withdraw = async (r: Referral) => {
    try {
      await referralsApi.withdraw(r.id);
      showSuccess(t('referral.withdrawn'));
      load();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<Referral> = [
    {
      title: t('referral.person'),
      key: 'person',
      width: 160,
      fixed: 'left',
      render: (_, r) => (
        <div>
          <div>{r.personName}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.citizenIdMasked}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: <Tooltip title={t('referral.phoneHint')}>{t('referral.phone')}</Tooltip>,
      dataIndex: 'phone',
      key: 'phone',
      width: 115,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('referral.phoneHidden')}</Typography.Text>,
    },
    { title: t('referral.channel'), key: 'channel', width: 96, render: (_, r) => channelLabel(t, r.channel) },
    { title: t('referral.referredOn'), dataIndex: 'referredOn', key: 'referredOn', width: 100, sorter: true, sortOrder: table.sortOrderOf('referredOn') },
    {
      title: t('referral.status'),
      key: 'status',
      width: 130,
      sorter: true,
      sortOrder: table.sortOrderOf('status'),
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={REFERRAL_STATUS_COLORS[r.status]} data-testid={`posting-referral-status-${r.id}`}>
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
      width: 120,
      render: (_, r) => (
        <Space size={0} wrap>
          {r.can.answer && (
            <Button type="link" size="small" onClick={() => setAnswering(r)} data-testid={`posting-referral-answer-${r.id}`}>
              {staff ? t('referral.answerOnBehalf') : t('referral.answer')}
            </Button>
          )}
          {r.can.letter && (
            <Button type="link" size="small" href={`/referrals/${r.id}/letter`} target="_blank">
              {t('referral.letter')}
            </Button>
          )}
          {staff && r.can.withdraw && (
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
    <Card size="small" title={t('referral.cardTitle')} data-testid="posting-referrals">
      <Table<Referral>
        rowKey="id"
        size="small"
        columns={columns}
        {...table.tableProps}
        locale={{ emptyText: t('referral.cardEmpty') }}
        scroll={{ x: 720 }}
      />
      <AnswerDialog
        referral={answering}
        onClose={() => setAnswering(null)}
        onDone={() => {
          setAnswering(null);
          load();
        }}
      />
    </Card>
  );
}
