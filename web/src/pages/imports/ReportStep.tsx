import { Alert, Button, Col, Popconfirm, Row, Space, Statistic, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { importsApi } from '../../api/endpoints';
import type { ImportBatchView } from '../../api/types';
import { fmtDateTime } from '../../components/format';
import { useT } from '../../i18n';
import { DownloadButton } from './DownloadButton';
import { ErrorsTable } from './ErrorsTable';
import { IMPORT_STATUS_COLORS } from './importStatus';

interface Props {
  batch: ImportBatchView;
  busy: 'confirm' | 'discard' | null;
  onConfirm: () => void;
  onDiscard: () => void;
  onRestart: () => void;
}

/** What confirming would do, or what became of the batch. */
function StateAlert({ batch }: { batch: ImportBatchView }) {
  const t = useT();
  if (batch.status === 'discarded') return <Alert type="warning" showIcon title={t('imp.discardedTitle')} data-testid="import-discarded" />;
  if (batch.validRows === 0) return <Alert type="warning" showIcon title={t('imp.notWrittenTitle')} description={t('imp.noneValid')} />;
  return (
    <Alert
      type="info"
      showIcon
      title={t('imp.notWrittenTitle')}
      description={
        batch.rejectedRows > 0 ? t('imp.notWritten', { valid: batch.validRows, rejected: batch.rejectedRows }) : t('imp.notWrittenAll', { valid: batch.validRows })
      }
      data-testid="import-not-written"
    />
  );
}

/** Step 2 校验结果: the counts, the rejected rows with their reasons, and confirm / discard. */
export function ReportStep({ batch, busy, onConfirm, onDiscard, onRestart }: Props) {
  const t = useT();
  const rows = t('imp.rows');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="import-report">
      <Space wrap align="baseline">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('imp.reportOf', { name: batch.fileName })}
        </Typography.Title>
        <Tag color={IMPORT_STATUS_COLORS[batch.status]}>{t(`imp.status.${batch.status}`)}</Tag>
        <Typography.Text type="secondary">{t('imp.uploadedBy', { name: batch.createdByName, time: fmtDateTime(batch.createdAt) })}</Typography.Text>
      </Space>

      <Row gutter={[24, 16]}>
        <Col xs={24} sm={8}>
          <Statistic title={t('imp.stat.total')} value={batch.totalRows} suffix={rows} data-testid="import-total" />
        </Col>
        <Col xs={24} sm={8}>
          <Statistic title={t('imp.stat.valid')} value={batch.validRows} suffix={rows} styles={{ content: { color: '#389e0d' } }} data-testid="import-valid" />
          <Typography.Text type="secondary">
            {t('imp.validBreakdown', { employment: batch.employmentRows, unemployment: batch.unemploymentRows })}
          </Typography.Text>
        </Col>
        <Col xs={24} sm={8}>
          <Statistic
            title={t('imp.stat.rejected')}
            value={batch.rejectedRows}
            suffix={rows}
            styles={batch.rejectedRows > 0 ? { content: { color: '#cf1322' } } : undefined}
            data-testid="import-rejected"
          />
        </Col>
      </Row>

      <StateAlert batch={batch} />

      <Space wrap>
        {batch.status === 'validated' && (
          <>
            <Popconfirm
              title={t('imp.confirmTitle', { count: batch.validRows })}
              description={t('imp.confirmBody')}
              onConfirm={onConfirm}
              disabled={batch.validRows === 0 || !batch.can.confirm}
            >
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={busy === 'confirm'}
                disabled={batch.validRows === 0 || !batch.can.confirm || busy !== null}
                data-testid="import-confirm"
              >
                {t('imp.confirm', { count: batch.validRows })}
              </Button>
            </Popconfirm>
            <Popconfirm title={t('imp.discardTitle')} onConfirm={onDiscard} disabled={!batch.can.discard}>
              <Button icon={<DeleteOutlined />} loading={busy === 'discard'} disabled={!batch.can.discard || busy !== null} data-testid="import-discard">
                {t('imp.discard')}
              </Button>
            </Popconfirm>
          </>
        )}
        {batch.status === 'discarded' && (
          <Button type="primary" icon={<UploadOutlined />} onClick={onRestart} data-testid="import-restart">
            {t('imp.uploadAgain')}
          </Button>
        )}
        {batch.rejectedRows > 0 && (
          <DownloadButton
            path={`${importsApi.errorsPath(batch.id)}/export`}
            fileName={`errors-${batch.id}.xlsx`}
            label={t('imp.errorReport')}
            doneMessage={t('imp.errorReportDone')}
            testId="import-error-report"
          />
        )}
      </Space>

      {batch.rejectedRows > 0 ? (
        <ErrorsTable batchId={batch.id} rejectedRows={batch.rejectedRows} />
      ) : (
        <Typography.Text type="success">{t('imp.noErrors')}</Typography.Text>
      )}
    </Space>
  );
}
