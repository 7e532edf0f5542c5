import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, PrinterOutlined, ReloadOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { isApiError } from '../../../api/client';
import { workflowApi } from '../../../api/endpoints';
import type { DecideAction, WorkflowItemDetail } from '../../../api/types';
import { useT } from '../../../i18n';
import { fmtDateTime } from '../../../components/format';
import { showError, showSuccess } from '../../../components/feedback';
import { ExportButton } from '../../../components/ExportButton';
import { DecisionTimeline, WorkflowSteps } from '../../../components/WorkflowProgress';
import { DecideModal } from '../../workflow-item/DecideModal';
import { ReportContentView } from './ReportContentView';
import { CITY_STEP, REPORTS_PATH, reportsApi, STATUS_COLORS, type ReportView } from './reportApi';

const SUMMARY_MAX = 2000;

/** One report: the generated figures, the district's summary, submission and the review's progress. */
export default function ReportPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [report, setReport] = useState<ReportView | null>(null);
  const [item, setItem] = useState<WorkflowItemDetail | null>(null);
  const [summary, setSummary] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [action, setAction] = useState<DecideAction | null>(null);

  const show = useCallback(async (next: ReportView) => {
    setReport(next);
    setSummary(next.summary);
    setItem(next.workflowItemId === null ? null : await workflowApi.item(next.workflowItemId).catch(() => null));
  }, []);

  const load = useCallback(async () => {
    try {
      await show(await reportsApi.get(id));
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  }, [id, show]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs an action on the report, shows the result, and on a conflict reloads the fresh state. */
  const run = async (key: string, fn: () => Promise<ReportView>, done: string) => {
    setBusy(key);
    try {
      await show(await fn());
      showSuccess(done);
    } catch (e) {
      showError(e);
      if (isApiError(e) && e.status === 409) await load();
    } finally {
      setBusy(null);
    }
  };

  const decide = async (reason: string) => {
    if (!item || !action) return;
    setBusy('decide');
    try {
      await workflowApi.decide(item.id, { action, reason: reason || undefined, version: item.version });
      setAction(null);
      showSuccess(t('wf.decided'));
      await load();
    } catch (e) {
      showError(e);
      if (isApiError(e) && e.status === 409) {
        setAction(null);
        await load();
      }
    } finally {
      setBusy(null);
    }
  };

  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => navigate('/stats/reports')}>{t('common.back')}</Button>} />;
  if (!report) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  const allowed = new Set(item?.status === 'pending' ? item.allowedActions : []);
  // At the city's step the reviewer receives the report (接收) or returns it to the district (退回).
  const atCity = item?.steps[item.stepIndex]?.key === CITY_STEP;
  const title = `${report.regionName}${report.kindName}（${report.periodLabel}）`;
  const tooLong = summary.trim().length > SUMMARY_MAX;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/stats/reports')} aria-label={t('common.back')} />
            <span data-testid="report-title">{title}</span>
            <Tag color={STATUS_COLORS[report.status]} data-testid="report-status">
              {t(`report.status.${report.status}`)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {report.can.regenerate && (
              <Button icon={<ReloadOutlined />} loading={busy === 'regenerate'} onClick={() => void run('regenerate', () => reportsApi.regenerate(report.id, report.version), t('report.regenerated'))} data-testid="report-regenerate">
                {t('report.regenerate')}
              </Button>
            )}
            {report.can.submit && (
              <Popconfirm title={t('report.submitConfirm')} onConfirm={() => void run('submit', () => reportsApi.submit(report.id, summary, report.version), t('report.submitted'))} disabled={tooLong}>
                <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={tooLong} data-testid="report-submit">
                  {t('report.submit')}
                </Button>
              </Popconfirm>
            )}
            {allowed.has('approve') && (
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setAction('approve')} data-testid="decide-approve">
                {atCity ? t('report.receive') : t('wf.approve')}
              </Button>
            )}
            {allowed.has('return') && (
              <Button icon={<RollbackOutlined />} onClick={() => setAction('return')} data-testid="decide-return">
                {atCity ? t('report.returnToDistrict') : t('wf.return')}
              </Button>
            )}
            {allowed.has('reject') && (
              <Button danger icon={<CloseOutlined />} onClick={() => setAction('reject')} data-testid="decide-reject">
                {atCity ? t('report.notReceive') : t('wf.reject')}
              </Button>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.open(`/stats/reports/${report.id}/print`, '_blank')} data-testid="report-print">
              {t('report.print')}
            </Button>
            <ExportButton listPath={`${REPORTS_PATH}/${report.id}`} query={{}} />
          </Space>
        }
      >
        {report.status === 'returned' && report.returnReason && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('report.returned', { reason: report.returnReason })} data-testid="report-returned" />}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('report.district')}>{report.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('report.period')}>{report.periodLabel}</Descriptions.Item>
          <Descriptions.Item label={t('report.generatedAt')}>
            {fmtDateTime(report.generatedAt)} {report.generatedByName ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('report.submittedAt')}>{fmtDateTime(report.submittedAt) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('report.acceptedAt')}>{fmtDateTime(report.acceptedAt) || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={t('report.progress')} extra={item && <Link to={`/workflow/items/${item.id}`}>{t('report.openItem')}</Link>}>
        {item ? (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <WorkflowSteps item={item} size="small" />
            <DecisionTimeline item={item} />
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('report.noItem')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('report.summary')} extra={report.can.edit && <Typography.Text type="secondary">{t('report.summaryHint')}</Typography.Text>}>
        {report.can.edit ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.TextArea value={summary} onChange={(e) => setSummary(e.target.value)} autoSize={{ minRows: 3, maxRows: 12 }} showCount status={tooLong ? 'error' : undefined} aria-label={t('report.summary')} data-testid="report-summary" />
            <Button icon={<SaveOutlined />} loading={busy === 'save'} disabled={tooLong || summary === report.summary} onClick={() => void run('save', () => reportsApi.saveSummary(report.id, summary, report.version), t('report.saved'))} data-testid="report-save-summary">
              {t('report.saveSummary')}
            </Button>
          </Space>
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="report-summary-text">
            {report.summary || '—'}
          </Typography.Paragraph>
        )}
      </Card>

      <ReportContentView report={report} />

      <DecideModal
        action={action}
        subject={title}
        busy={busy === 'decide'}
        onCancel={() => setAction(null)}
        onConfirm={(r) => void decide(r)}
        actionNames={atCity ? { approve: t('report.receive'), return: t('report.returnToDistrict'), reject: t('report.notReceive') } : undefined}
      />
    </Space>
  );
}
