import type { ColumnsType } from 'antd/es/table';
import { Space, Tag } from 'antd';
import type { WorkflowItemSummary } from '../api/types';
import type { Translate } from '../i18n';
import { fmtDate, fmtDateTime, STATUS_COLORS } from './format';
import { wfStatusLabel } from './labels';

/** Columns shared by 我的待办 and 审核事项 (keys double as server sort names). */
export function workflowColumns(t: Translate, sortOrderOf: (key: string) => 'ascend' | 'descend' | null, withStatus: boolean): ColumnsType<WorkflowItemSummary> {
  const cols: ColumnsType<WorkflowItemSummary> = [
    { title: 'ID', dataIndex: 'id', key: 'id', width: 60 },
    {
      title: t('wf.subject'),
      dataIndex: 'subjectLabel',
      key: 'subjectLabel',
      width: 240,
      ellipsis: true,
    },
    { title: t('wf.typeName'), dataIndex: 'typeName', key: 'typeName', width: 110, ellipsis: true },
    { title: t('wf.region'), dataIndex: 'regionName', key: 'regionName', width: 130, ellipsis: true },
    { title: t('wf.step'), dataIndex: 'stepName', key: 'stepName', width: 100 },
  ];
  if (withStatus) {
    cols.push({
      title: t('wf.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (s: string) => <Tag color={STATUS_COLORS[s] ?? 'default'}>{wfStatusLabel(t, s)}</Tag>,
    });
  }
  cols.push(
    { title: t('wf.submittedBy'), dataIndex: 'submittedBy', key: 'submittedBy', width: 90 },
    {
      title: t('wf.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'createdAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf('createdAt'),
      render: (v: string) => fmtDateTime(v),
    },
    {
      title: t('wf.dueAt'),
      dataIndex: 'dueAt',
      key: 'dueAt',
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf('dueAt'),
      render: (v: string | null, r) => (
        <Space size={4}>
          <span style={{ color: r.overdue ? '#cf1322' : undefined, fontWeight: r.overdue ? 600 : undefined }}>{fmtDate(v)}</span>
          {r.overdue && <Tag color="red">{t('wf.overdue')}</Tag>}
        </Space>
      ),
    },
  );
  return cols;
}
