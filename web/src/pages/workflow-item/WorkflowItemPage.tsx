import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, PrinterOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { workflowApi } from '../../api/endpoints';
import type { DecideAction, WorkflowItemDetail } from '../../api/types';
import { useT } from '../../i18n';
import { fmtDate, fmtDateTime, STATUS_COLORS } from '../../components/format';
import { wfStatusLabel } from '../../components/labels';
import { DecisionTimeline, WorkflowSteps } from '../../components/WorkflowProgress';
import { showError, showSuccess } from '../../components/feedback';
import { DecideModal } from './DecideModal';
import { PostingReviewCard } from '../postings/PostingReviewCard';

/** 审核事项详情: subject, steps, decision history, and approve / return / reject when allowed. */
export default function WorkflowItemPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [item, setItem] = useState<WorkflowItemDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [action, setAction] = useState<DecideAction | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const next = await workflowApi.item(id);
      setItem(next);
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const decide = async (reason: string) => {
    if (!item || !action) return;
    setBusy(true);
    try {
      const next = await workflowApi.decide(item.id, { action, reason: reason || undefined, version: item.version });
      setItem(next);
      setAction(null);
      showSuccess(t('wf.decided'));
    } catch (e) {
      showError(e);
      if (isApiError(e) && e.status === 409) {
        // Someone else decided first, or the item changed: show the fresh state.
        setAction(null);
        await load();
      }
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    if (!item) return;
    try {
      setItem(await workflowApi.withdraw(item.id));
    } catch (e) {
      showError(e);
      if (isApiError(e) && e.status === 409) await load();
    }
  };

  if (failed) {
    return <Result status="warning" title={failed} extra={<Button onClick={() => navigate(-1)}>{t('common.back')}</Button>} />;
  }
  if (!item) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  const allowed = new Set(item.allowedActions);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} />
            <span data-testid="wf-subject">{item.subjectLabel}</span>
            <Tag color={STATUS_COLORS[item.status] ?? 'default'} data-testid="wf-status">
              {wfStatusLabel(t, item.status)}
            </Tag>
            {item.overdue && <Tag color="red">{t('wf.overdue')}</Tag>}
          </Space>
        }
        extra={
          <Space>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/workflow/items/${item.id}/print`)} data-testid="print-item">
              {t('print.open')}
            </Button>
            {allowed.has('approve') && (
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setAction('approve')} data-testid="decide-approve">
                {t('wf.approve')}
              </Button>
            )}
            {allowed.has('return') && (
              <Button icon={<RollbackOutlined />} onClick={() => setAction('return')} data-testid="decide-return">
                {t('wf.return')}
              </Button>
            )}
            {allowed.has('reject') && (
              <Button danger icon={<CloseOutlined />} onClick={() => setAction('reject')} data-testid="decide-reject">
                {t('wf.reject')}
              </Button>
            )}
            {item.canWithdraw && (
              <Popconfirm title={t('wf.action.withdraw') + '?'} onConfirm={() => void withdraw()}>
                <Button icon={<UndoOutlined />} data-testid="wf-withdraw">
                  {t('wf.action.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('wf.typeName')}>{item.typeName}</Descriptions.Item>
          <Descriptions.Item label={t('wf.subject')}>
            {item.subjectType === 'employer' ? (
              <Link to={`/employers?open=${item.subjectId}`}>{item.subjectLabel}</Link>
            ) : item.subjectType === 'market_report' ? (
              <Link to={`/stats/reports/${item.subjectId}`} data-testid="wf-subject-link">
                {item.subjectLabel}
              </Link>
            ) : item.subjectType === 'job_posting' ? (
              <Link to={`/postings?open=${item.subjectId}`} data-testid="wf-subject-link">
                {item.subjectLabel}
              </Link>
            ) : (
              item.subjectLabel
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('wf.region')}>{item.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('wf.submittedBy')}>{item.submittedBy}</Descriptions.Item>
          <Descriptions.Item label={t('wf.submittedAt')}>{fmtDateTime(item.submittedAt)}</Descriptions.Item>
          {item.status === 'pending' && <Descriptions.Item label={t('wf.step')}>{item.stepName}</Descriptions.Item>}
          <Descriptions.Item label={t('wf.dueAt')}>
            <span style={{ color: item.overdue ? '#cf1322' : undefined }}>{fmtDate(item.dueAt) || '—'}</span>
          </Descriptions.Item>
          {item.round > 1 && <Descriptions.Item label={t('wf.roundLabel')}>{item.round}</Descriptions.Item>}
        </Descriptions>
        {allowed.size === 0 && item.status === 'pending' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('wf.noActions')}
          </Typography.Paragraph>
        )}
      </Card>
      {item.subjectType === 'job_posting' && <PostingReviewCard postingId={Number(item.subjectId)} version={item.version} />}
      <Card title={t('wf.steps')}>
        <WorkflowSteps item={item} />
      </Card>
      <Card title={t('wf.history')}>
        <DecisionTimeline item={item} />
      </Card>
      <DecideModal action={action} subject={item.subjectLabel} busy={busy} onCancel={() => setAction(null)} onConfirm={(r) => void decide(r)} />
    </Space>
  );
}
