import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, DatePicker, Input, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { CAMPAIGNS_PATH, type Campaign } from '../fairs/fairApi';
import { namesOf, toOptions, useFairCodes } from '../fairs/fairLabels';
import { CampaignFormModal } from './CampaignFormModal';

/** 专项活动: 就业援助月, 春风行动, 民营企业招聘周… with their period, goals and number of fairs. */
export default function CampaignsPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const codes = useFairCodes();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<string | undefined>();
  const [year, setYear] = useState<Dayjs | null>(null);
  const [creating, setCreating] = useState(false);
  const table = useServerTable<Campaign>(CAMPAIGNS_PATH, { q: q.trim() || undefined, kind, year: year?.year() });

  const columns: ColumnsType<Campaign> = [
    { title: t('campaign.name'), dataIndex: 'name', key: 'name', width: 220, ellipsis: true, render: (v: string, c) => <Link to={`/campaigns/${c.id}`}>{v}</Link> },
    { title: t('campaign.kind'), dataIndex: 'kindName', key: 'kind', width: 150 },
    { title: t('campaign.organiser'), dataIndex: 'regionName', key: 'region', width: 120 },
    { title: t('campaign.period'), key: 'period', width: 200, render: (_, c) => `${c.startsOn} ～ ${c.endsOn}` },
    { title: t('fair.targetGroups'), key: 'groups', ellipsis: true, render: (_, c) => namesOf(codes.targetGroups, c.targetGroups) || '—' },
    { title: t('campaign.fairs'), dataIndex: 'fairs', key: 'fairs', width: 80, align: 'right' },
    { title: t('campaign.goal.fairs'), key: 'goalFairs', width: 90, align: 'right', render: (_, c) => c.goals.fairs ?? '—' },
  ];

  return (
    <Card
      title={t('campaign.pageTitle')}
      extra={
        can('fair.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('campaign.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('campaign.name')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 200 }} />
        <Select allowClear placeholder={t('campaign.kind')} style={{ width: 180 }} value={kind} onChange={setKind} options={toOptions(codes.campaignKinds)} />
        <DatePicker picker="year" value={year} onChange={setYear} placeholder={t('campaign.year')} />
      </Space>
      <div data-testid="campaigns-table">
        <Table<Campaign> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1000 }} />
      </div>
      <CampaignFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          navigate(`/campaigns/${c.id}`);
        }}
      />
    </Card>
  );
}
