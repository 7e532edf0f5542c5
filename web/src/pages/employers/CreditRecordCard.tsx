import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { employersApi } from '../../api/endpoints';
import type { CreditEvent, CreditKind, Employer } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { CREDIT_KINDS, CreditTags } from './CreditTags';
import { CreditEventModal } from './CreditEventModal';

/** 信用记录: the 12-month summary, the entries (paged, sortable, by kind, exportable) and 记录信用事项. */
export function CreditRecordCard({ employer, onChanged }: { employer: Employer; onChanged: () => void }) {
  const t = useT();
  const { can } = useAuth();
  const [kind, setKind] = useState<CreditKind | undefined>();
  const [adding, setAdding] = useState(false);
  const path = employersApi.creditEventsPath(employer.id);
  const table = useServerTable<CreditEvent>(path, { kind }, { pageSize: 10, defaultSort: 'occurredOn', defaultOrder: 'desc' });

  const columns: ColumnsType<CreditEvent> = [
    { title: t('emp.creditOccurredOn'), dataIndex: 'occurredOn', key: 'occurredOn', width: 110, sorter: true, sortOrder: table.sortOrderOf('occurredOn') },
    { title: t('emp.creditKind'), dataIndex: 'kindName', key: 'kind', width: 120, sorter: true, sortOrder: table.sortOrderOf('kind'), render: (v: string, r) => <Tag color={r.kind === 'commendation' ? 'green' : 'orange'}>{v}</Tag> },
    { title: t('emp.creditSummaryText'), dataIndex: 'summary', key: 'summary' },
    {
      title: t('emp.creditPosting'),
      dataIndex: 'postingTitle',
      key: 'posting',
      width: 140,
      ellipsis: true,
      render: (v: string | null, r) => (r.postingId ? <Link to={`/postings?open=${r.postingId}`}>{v ?? r.postingId}</Link> : null),
    },
    { title: t('emp.creditRecordedBy'), dataIndex: 'recordedBy', key: 'recordedBy', width: 90 },
    { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 140, sorter: true, sortOrder: table.sortOrderOf('createdAt'), render: fmtDateTime },
  ];

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('emp.credit')}
          <span style={{ fontWeight: 'normal' }}>
            {t('emp.creditSummary')}: <CreditTags credit={employer.credit} />
          </span>
        </Space>
      }
      extra={
        <Space>
          <ExportButton listPath={path} query={table.exportQuery} />
          {can('employer.manage') && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="credit-add">
              {t('emp.creditAdd')}
            </Button>
          )}
        </Space>
      }
    >
      <Select allowClear placeholder={t('emp.creditKind')} style={{ width: 160, marginBottom: 12 }} value={kind} onChange={setKind} options={CREDIT_KINDS.map((k) => ({ value: k, label: t(`emp.credit.${k}`) }))} />
      <Table<CreditEvent> rowKey="id" size="small" columns={columns} {...table.tableProps} scroll={{ x: 760 }} data-testid="credit-table" />
      <CreditEventModal
        employerId={employer.id}
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          table.reload();
          onChanged();
        }}
      />
    </Card>
  );
}
