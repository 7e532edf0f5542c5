import type { HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Table } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { LIST } from '../../api/endpoints';
import type { WorkflowItemSummary } from '../../api/types';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { workflowColumns } from '../../components/workflowColumns';

/** 我的待办: items waiting for my decision; overdue rows highlighted; a click opens the item. */
export default function TasksPage() {
  const t = useT();
  const navigate = useNavigate();
  const table = useServerTable<WorkflowItemSummary>(LIST.tasks, {}, { defaultSort: 'dueAt', defaultOrder: 'asc' });

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
    <Card title={t('menu.tasks')} extra={<Button icon={<ReloadOutlined />} onClick={table.reload}>{t('common.refresh')}</Button>}>
      <Table<WorkflowItemSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        {...table.tableProps}
        locale={{ emptyText: t('wf.noTasks') }}
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
