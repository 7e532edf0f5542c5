import { useCallback, useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n';
import { fairsApi, type FairView, type Intention } from './fairApi';
import { IntentionModal } from './IntentionModal';
import { useIntentionFollowUp } from './useIntentionFollowUp';
import { INTENTION_STATUS_COLORS } from './fairLabels';
import { useFetched } from '../../components/useFetched';

/** 录用意向: intentions recorded at this fair and their follow-up (录用 with the hire date, 未录用 with a reason). */
export function IntentionsTab({ fair, onChange }: { fair: FairView; onChange: () => void }) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const { data: rows, loading, reload: load } = useFetched(useCallback(() => fairsApi.intentions(fair.id), [fair.id]), [] as Intention[]);

  const changed = () => {
    void load();
    onChange();
  };
  const followUp = useIntentionFollowUp(changed);

  const columns: ColumnsType<Intention> = [
    { title: t('fair.personName'), dataIndex: 'personName', key: 'personName', width: 90 },
    { title: t('fair.citizenId'), dataIndex: 'citizenIdMasked', key: 'citizenId', width: 170 },
    { title: t('fair.employer'), dataIndex: 'employerName', key: 'employerName', width: 200, ellipsis: true },
    { title: t('fair.posting'), dataIndex: 'postingTitle', key: 'postingTitle', width: 150, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t('fair.note'), dataIndex: 'note', key: 'note', ellipsis: true, render: (v: string | null) => v ?? '' },
    {
      title: t('common.status'),
      key: 'status',
      width: 170,
      render: (_, i) => (
        <Space size={4} wrap>
          <Tag color={INTENTION_STATUS_COLORS[i.status]}>{i.statusName}</Tag>
          {i.hiredOn && <Typography.Text type="secondary">{i.hiredOn}</Typography.Text>}
          {i.dropReason && <Typography.Text type="secondary">{i.dropReason}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, i) => followUp.actions(i),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('fair.intentionsHint')}</Typography.Text>
        {fair.can.manage && fair.status === 'published' && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('fair.addIntention')}
          </Button>
        )}
      </Space>
      <div data-testid="intentions-table">
        <Table<Intention> rowKey="id" size="middle" loading={loading} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 1000 }} />
      </div>
      <IntentionModal
        fair={fair}
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          changed();
        }}
      />
      {followUp.dialogs}
    </>
  );
}
