import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Drawer, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import { employersApi, workflowApi } from '../../api/endpoints';
import type { Employer, WorkflowItemDetail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { fmtDateTime, STATUS_COLORS } from '../../components/format';
import { empStatusLabel } from '../../components/labels';
import { showError, showSuccess } from '../../components/feedback';
import { DecisionTimeline, WorkflowSteps } from '../../components/WorkflowProgress';
import { CodeName } from '../../components/CodeName';
import { MembershipCard } from './MembershipCard';
import { CreditRecordCard } from './CreditRecordCard';
import { wfActionLabel } from '../../components/labels';

/** Employer details with status, 提交审核, the review history, membership (会员单位) and the credit record. */
export function EmployerDrawer({
  id,
  version,
  unitTypeName,
  onClose,
  onEdit,
  onChanged,
}: {
  id: number | null;
  /** Bumped by the parent after an edit, to reload. */
  version: number;
  unitTypeName: (code: string | null) => string;
  onClose: () => void;
  onEdit: (e: Employer) => void;
  onChanged: () => void;
}) {
  const t = useT();
  const { can } = useAuth();
  const [employer, setEmployer] = useState<Employer | null>(null);
  const [item, setItem] = useState<WorkflowItemDetail | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (employerId: number) => {
    try {
      const e = await employersApi.get(employerId);
      setEmployer(e);
      setItem(e.workflowItemId && can('workflow.view') ? await workflowApi.item(e.workflowItemId) : null);
    } catch (err) {
      showError(err);
    }
  }, [can]);

  useEffect(() => {
    setEmployer(null);
    setItem(null);
    if (id !== null) void load(id);
  }, [id, version, load]);

  const submit = async () => {
    if (!employer) return;
    setBusy(true);
    try {
      await employersApi.submit(employer.id);
      showSuccess(t('emp.submitted'));
      await load(employer.id);
      onChanged();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={860}
      title={t('emp.detailTitle')}
      destroyOnHidden
      extra={
        employer && (
          <Space>
            {employer.can.update && (
              <Button icon={<EditOutlined />} onClick={() => onEdit(employer)} data-testid="employer-edit">
                {t('common.edit')}
              </Button>
            )}
            {employer.can.submit && (
              <Popconfirm title={t('emp.submitConfirm', { name: employer.name })} onConfirm={() => void submit()}>
                <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="employer-submit">
                  {t('emp.submit')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      {!employer ? (
        <Spin style={{ display: 'block', margin: '60px auto' }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('emp.name')} span={2}>
              <Space>
                <Typography.Text strong>{employer.name}</Typography.Text>
                <Tag color={STATUS_COLORS[employer.status] ?? 'default'} data-testid="employer-status">
                  {empStatusLabel(t, employer.status)}
                </Tag>
                {employer.member && <Tag color="gold">{t('emp.member.yes')}</Tag>}
                <Tag>{t(`emp.source.${employer.source}`)}</Tag>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('emp.creditCode')} span={2}>
              <Typography.Text copyable>{employer.creditCode}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('emp.region')}>{employer.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('emp.unitType')}>{unitTypeName(employer.unitType)}</Descriptions.Item>
            <Descriptions.Item label={t('emp.address')} span={2}>
              {employer.address}
            </Descriptions.Item>
            <Descriptions.Item label={t('emp.contactName')}>{employer.contactName}</Descriptions.Item>
            <Descriptions.Item label={t('emp.contactPhone')}>{employer.contactPhone}</Descriptions.Item>
            <Descriptions.Item label={t('emp.industry')}>
              <CodeName type="industry" code={employer.industryCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('emp.ownershipType')}>
              <CodeName type="ownership_type" code={employer.ownershipType} />
            </Descriptions.Item>
            <Descriptions.Item label={t('emp.sizeBand')}>{employer.sizeBand ? t(`emp.size.${employer.sizeBand}`) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('emp.verifiedAt')}>{fmtDateTime(employer.verifiedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('common.createdAt')}>{fmtDateTime(employer.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('emp.introduction')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 4, expandable: true }}>
                {employer.introduction ?? ''}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          {employer.lastDecision && employer.status !== 'verified' && employer.lastDecision.action !== 'approve' && (
            <Alert
              type={employer.status === 'rejected' ? 'error' : 'warning'}
              showIcon
              title={`${t('emp.lastDecision')}：${wfActionLabel(t, employer.lastDecision.action)}（${fmtDateTime(employer.lastDecision.decidedAt)}）`}
              description={employer.lastDecision.reason}
            />
          )}
          <MembershipCard employer={employer} onChanged={() => { void load(employer.id); onChanged(); }} />
          <CreditRecordCard employer={employer} onChanged={() => { void load(employer.id); onChanged(); }} />
          <Card
            size="small"
            title={t('emp.workflow')}
            extra={item && <Link to={`/workflow/items/${item.id}`}>{t('emp.viewItem')}</Link>}
          >
            {item ? (
              <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                <WorkflowSteps item={item} size="small" />
                <DecisionTimeline item={item} />
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('emp.noWorkflow')}</Typography.Text>
            )}
          </Card>
        </Space>
      )}
    </Drawer>
  );
}
