import { useEffect, useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { Card, Checkbox, Input, Select, Space, Table } from 'antd';
import { LIST, workflowApi } from '../../api/endpoints';
import type { WorkflowItemSummary, WorkflowType } from '../../api/types';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { workflowColumns } from '../../components/workflowColumns';
import { ExportButton } from '../../components/ExportButton';
import { useScopeUnit } from '../../components/ScopeContext';
import { showError } from '../../components/feedback';
import { wfStatusLabel } from '../../components/labels';

const STATUSES = ['pending', 'returned', 'approved', 'rejected', 'withdrawn'];

/** 审核事项: every review item in the chosen scope, filterable by status, type and overdue. */
export default function WorkflowItemsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { unit } = useScopeUnit();
  const [types, setTypes] = useState<WorkflowType[]>([]);
  const [status, setStatus] = useState<string | undefined>();
  const [type, setType] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [q, setQ] = useState('');

  useEffect(() => {
    workflowApi.types().then(setTypes).catch(showError);
  }, []);

  const filters = { status, type, overdue: overdue || undefined, q: q.trim() || undefined, regionCode: unit.code };
  const table = useServerTable<WorkflowItemSummary>(LIST.workflowItems, filters, { defaultSort: 'createdAt', defaultOrder: 'desc' });

  return (
    <Card title={t('menu.workflow')} extra={<ExportButton listPath={LIST.workflowItems} query={table.exportQuery} />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('wf.subject')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 220 }} data-testid="wf-search" />
        <Select
          allowClear
          placeholder={t('wf.status')}
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: wfStatusLabel(t, s) }))}
          data-testid="wf-status"
        />
        <Select
          allowClear
          placeholder={t('wf.type')}
          style={{ width: 180 }}
          value={type}
          onChange={setType}
          options={types.map((ty) => ({ value: ty.type, label: ty.name }))}
        />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="wf-overdue">
          {t('wf.onlyOverdue')}
        </Checkbox>
      </Space>
      <Table<WorkflowItemSummary>
        rowKey="id"
        size="middle"
        columns={workflowColumns(t, table.sortOrderOf, true)}
        {...table.tableProps}
        rowClassName={(r) => `row-clickable${r.overdue ? ' row-overdue' : ''}`}
        onRow={(r) => ({ 'data-testid': `wf-row-${r.id}`, onClick: () => navigate(`/workflow/items/${r.id}`) }) as HTMLAttributes<HTMLElement>}
        scroll={{ x: 1130 }}
      />
    </Card>
  );
}
