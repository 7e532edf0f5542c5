import { Empty, Space, Steps, Tag, Timeline, Typography } from 'antd';
import type { WorkflowItemDetail } from '../api/types';
import { useT } from '../i18n';
import { fmtDateTime } from './format';
import { wfActionLabel } from './labels';

const ACTION_COLORS: Record<string, string> = {
  submit: 'blue',
  resubmit: 'blue',
  approve: 'green',
  return: 'orange',
  reject: 'red',
  withdraw: 'gray',
};

function stepsState(item: WorkflowItemDetail): { current: number; status: 'wait' | 'process' | 'finish' | 'error' } {
  const pos = Math.max(0, item.steps.findIndex((s) => s.index === item.stepIndex));
  switch (item.status) {
    case 'approved':
      return { current: item.steps.length, status: 'finish' };
    case 'rejected':
      return { current: pos, status: 'error' };
    case 'pending':
      return { current: pos, status: 'process' };
    default:
      return { current: pos, status: 'wait' };
  }
}

/** The review steps of an item with the current one highlighted. */
export function WorkflowSteps({ item, size }: { item: WorkflowItemDetail; size?: 'small' }) {
  const { current, status } = stepsState(item);
  return (
    <Steps
      size={size}
      current={current}
      status={status}
      items={item.steps.map((s) => ({ title: s.name, content: [s.levelName, s.actingUnit].filter(Boolean).join(' · ') }))}
      data-testid="wf-steps"
    />
  );
}

/** Decision history: who, when, which action, with the reason. */
export function DecisionTimeline({ item }: { item: WorkflowItemDetail }) {
  const t = useT();
  if (item.decisions.length === 0) return <Empty />;
  return (
    <Timeline
      data-testid="wf-history"
      items={item.decisions.map((d) => ({
        key: d.id,
        color: ACTION_COLORS[d.action] ?? 'gray',
        content: (
          <div data-testid={`decision-${d.id}`}>
            <Space size={6} wrap>
              <Typography.Text type="secondary">{fmtDateTime(d.decidedAt)}</Typography.Text>
              <Tag color={ACTION_COLORS[d.action] ?? 'default'}>{wfActionLabel(t, d.action)}</Tag>
              <Typography.Text strong>{d.actorName}</Typography.Text>
              <Typography.Text type="secondary">{d.actorOrg}</Typography.Text>
              <Typography.Text type="secondary">· {d.stepName}</Typography.Text>
              {d.round > 1 && <Typography.Text type="secondary">· {t('wf.round', { round: d.round })}</Typography.Text>}
            </Space>
            {d.reason && <div style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>{d.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}
