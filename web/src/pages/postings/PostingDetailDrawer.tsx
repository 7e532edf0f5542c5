import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Drawer, Popconfirm, Space, Spin, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined, FieldTimeOutlined, PauseCircleOutlined, PlayCircleOutlined, SendOutlined } from '@ant-design/icons';
import { isApiError, type FieldError } from '../../api/client';
import { postingsApi, workflowApi } from '../../api/endpoints';
import type { Posting, WorkflowItemDetail } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError, showSuccess } from '../../components/feedback';
import { DecisionTimeline, WorkflowSteps } from '../../components/WorkflowProgress';
import { PostingDescriptions } from './PostingDescriptions';
import { PrereviewAlert } from './PrereviewAlert';
import { RenewModal } from './RenewModal';
import { postingStatusLabel } from './postingLabels';
import { PostingReferralsCard } from '../referrals/PostingReferralsCard';
import { PostingCandidatesCard } from './PostingCandidatesCard';

type Change = 'pause' | 'resume' | 'fill';

/**
 * 岗位详情: every field, the pre-review findings, the review progress (for staff), and the actions
 * the server's `can` allows: 修改, 提交审核, 暂停, 恢复, 标记招满, 续期.
 */
export function PostingDetailDrawer({
  id,
  version,
  onClose,
  onEdit,
  onChanged,
}: {
  id: number | null;
  /** Bumped by the parent after an edit, to reload. */
  version: number;
  onClose: () => void;
  /** Opens the form; with the field errors of a refused submission. */
  onEdit: (p: Posting, errors?: FieldError[]) => void;
  onChanged: () => void;
}) {
  const t = useT();
  const { can } = useAuth();
  const staff = useMe().user.kind === 'staff';
  const [posting, setPosting] = useState<Posting | null>(null);
  const [item, setItem] = useState<WorkflowItemDetail | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [renewing, setRenewing] = useState<Posting | null>(null);

  const load = useCallback(
    async (postingId: number) => {
      try {
        const p = await postingsApi.get(postingId);
        setPosting(p);
        setItem(p.workflowItemId && can('workflow.view') ? await workflowApi.item(p.workflowItemId) : null);
      } catch (err) {
        showError(err);
      }
    },
    [can],
  );

  useEffect(() => {
    setPosting(null);
    setItem(null);
    if (id !== null) void load(id);
  }, [id, version, load]);

  const run = async (key: string, action: (p: Posting) => Promise<Posting>, done: string) => {
    if (!posting) return;
    setBusy(key);
    try {
      await action(posting);
      showSuccess(done);
      await load(posting.id);
      onChanged();
    } catch (e) {
      if (key === 'submit' && isApiError(e) && e.fieldErrors.length > 0) {
        // Refused by the pre-review: open the form with the reasons on the fields; the draft stays.
        showError(e);
        onEdit(posting, e.fieldErrors);
      } else {
        showError(e);
      }
    } finally {
      setBusy(null);
    }
  };

  const change = (action: Change, done: string) => run(action, (p) => postingsApi.change(p.id, action), done);

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={760}
      title={t('posting.detailTitle')}
      destroyOnHidden
      extra={
        posting && (
          <Space wrap>
            {posting.can.update && (
              <Button icon={<EditOutlined />} onClick={() => onEdit(posting)} data-testid="posting-edit">
                {t('posting.edit')}
              </Button>
            )}
            {posting.can.pause && (
              <Popconfirm title={t('posting.pauseConfirm')} onConfirm={() => void change('pause', t('posting.paused'))}>
                <Button icon={<PauseCircleOutlined />} loading={busy === 'pause'} data-testid="posting-pause">
                  {t('posting.pause')}
                </Button>
              </Popconfirm>
            )}
            {posting.can.resume && (
              <Button icon={<PlayCircleOutlined />} loading={busy === 'resume'} onClick={() => void change('resume', t('posting.resumed'))} data-testid="posting-resume">
                {t('posting.resume')}
              </Button>
            )}
            {posting.can.renew && (
              <Button icon={<FieldTimeOutlined />} onClick={() => setRenewing(posting)} data-testid="posting-renew">
                {t('posting.renew')}
              </Button>
            )}
            {posting.can.fill && (
              <Popconfirm title={t('posting.fillConfirm')} onConfirm={() => void change('fill', t('posting.filled'))}>
                <Button icon={<CheckCircleOutlined />} loading={busy === 'fill'} data-testid="posting-fill">
                  {t('posting.fill')}
                </Button>
              </Popconfirm>
            )}
            {posting.can.submit && (
              <Popconfirm title={t('posting.submitConfirm', { title: posting.title })} onConfirm={() => void run('submit', (p) => postingsApi.submit(p.id), t('posting.submitted'))}>
                <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} data-testid="posting-submit">
                  {t('posting.submit')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      {!posting ? (
        <Spin style={{ display: 'block', margin: '60px auto' }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {(posting.status === 'returned' || posting.status === 'rejected') && posting.lastDecision?.reason && (
            <Alert
              type={posting.status === 'rejected' ? 'error' : 'warning'}
              showIcon
              title={t(posting.status === 'rejected' ? 'posting.rejectedBecause' : 'posting.returnedBecause')}
              description={posting.lastDecision.reason}
              data-testid="posting-last-decision"
            />
          )}
          <PrereviewAlert posting={posting} />
          <PostingDescriptions posting={posting} />
          <Card
            size="small"
            title={t('posting.workflow')}
            extra={item && <Link to={`/workflow/items/${item.id}`} data-testid="posting-review-link">{t('posting.viewItem')}</Link>}
          >
            {item ? (
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                <WorkflowSteps item={item} size="small" />
                <DecisionTimeline item={item} />
              </Space>
            ) : (
              <Typography.Text type="secondary">
                {/* Employer accounts do not see review items: the status says where it stands. */}
                {posting.workflowItemId
                  ? t('posting.reviewHidden', { status: postingStatusLabel(t, posting) })
                  : t(posting.status === 'draft' ? 'posting.noWorkflow' : 'posting.noWorkflowRecord')}
              </Typography.Text>
            )}
          </Card>
          {/* 应聘/推荐人员: once published, for the employer and staff. */}
          {posting.publishedAt && can('referral.view') && <PostingReferralsCard postingId={posting.id} staff={staff} />}
          {/* 人岗匹配: staff, for a posting that is published and within its validity. */}
          {staff && can('seeker.view') && posting.displayStatus === 'published' && <PostingCandidatesCard postingId={posting.id} />}
        </Space>
      )}
      <RenewModal
        posting={renewing}
        onClose={() => setRenewing(null)}
        onDone={(p) => {
          setRenewing(null);
          setPosting(p);
          onChanged();
        }}
      />
    </Drawer>
  );
}
