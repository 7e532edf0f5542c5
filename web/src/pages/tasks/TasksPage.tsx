import type { HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Space, Table } from 'antd';
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
 * highlighted; a click opens the item; exportable with the same filter.
 */
export default function TasksPage() {
  const t = useT();
  const navigate = useNavigate();
  const { unit } = useScopeUnit();
  const table = useServerTable<WorkflowItemSummary>(LIST.tasks, { regionCode: unit.code }, { defaultSort: 'dueAt', defaultOrder: 'asc' });

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
