import type { HTMLAttributes } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Space, Switch, Table } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { LIST } from '../../api/endpoints';
import type { WorkflowItemSummary } from '../../api/types';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { workflowColumns } from '../../components/workflowColumns';
import { ExportButton } from '../../components/ExportButton';
import { useScopeUnit } from '../../components/ScopeContext';
import { ScopeTag } from '../../components/ScopeTag';

/**
 * 我的待办: items waiting for my decision within the unit chosen in the header; overdue rows
 * highlighted and, with the switch (or `?overdue=1`, linked from the home page), the only ones
 * listed; a click opens the item; exportable with the same filter.
 */
export default function TasksPage() {
  const t = useT();
  const navigate = useNavigate();
  const { unit } = useScopeUnit();
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue') === '1';
  const setOverdue = (on: boolean) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (on) next.set('overdue', '1');
        else next.delete('overdue');
        return next;
      },
      { replace: true },
    );
  const table = useServerTable<WorkflowItemSummary>(
    LIST.tasks,
    { regionCode: unit.code, overdue: overdue || undefined },
    { defaultSort: 'dueAt', defaultOrder: 'asc' },
  );

  const columns = [
    ...workflowColumns(t, table.sortOrderOf, false),
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_: unknown, r: WorkflowItemSummary) => (
        <Button type="link" size="small" data-testid={`task-open-${r.id}`} onClick={() => navigate(`/workflow/items/${r.id}`)}>
          {t('wf.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={
        <Space>
          {t('menu.tasks')}
          <ScopeTag />
        </Space>
      }
      extra={
        <Space>
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 6, cursor: 'pointer' }}>
            <Switch size="small" checked={overdue} onChange={setOverdue} data-testid="task-overdue" />
            {t('wf.onlyOverdue')}
          </label>
          <Button icon={<ReloadOutlined />} onClick={table.reload}>
            {t('common.refresh')}
          </Button>
          <ExportButton listPath={LIST.tasks} query={table.exportQuery} />
        </Space>
      }
    >
      <Table<WorkflowItemSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        {...table.tableProps}
        locale={{ emptyText: t(overdue ? 'wf.noOverdueTasks' : 'wf.noTasks') }}
        rowClassName={(r) => `row-clickable${r.overdue ? ' row-overdue' : ''}`}
        onRow={(r) =>
          ({
            'data-testid': `task-row-${r.id}`,
            onClick: () => navigate(`/workflow/items/${r.id}`),
          }) as HTMLAttributes<HTMLElement>
        }
        scroll={{ x: 1000 }}
      />
    </Card>
  );
}
