import { useEffect, useRef, useState } from 'react';
import { Alert, Space, Spin, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { importsApi } from '../../api/endpoints';
import type { ImportBatchView } from '../../api/types';
import { showError } from '../../components/feedback';
import { useT } from '../../i18n';
import { DownloadButton } from './DownloadButton';

interface Problem {
  title: string;
  detail?: string;
}

/** The reason shown under the drop zone: the server's message and, for an unreadable file, what is wrong with it. */
function problemOf(e: unknown, fallback: string): Problem {
  if (!isApiError(e)) return { title: e instanceof Error ? e.message : fallback };
  const details = e.fieldErrors.map((f) => f.message).filter((m) => m && m !== e.message);
  return { title: e.message, detail: details.length > 0 ? details.join('；') : undefined };
}

/** Step 1 上传文件: the template, and a drop zone that sends the .xlsx to the server for validation. */
export function UploadStep({ onUploaded }: { onUploaded: (batch: ImportBatchView) => void }) {
  const t = useT();
  const [uploading, setUploading] = useState<{ name: string; startedAt: number } | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  // The user may leave during a long validation: the batch then waits in the history instead of pulling them back.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Validating a large file takes a while: count the seconds so the wait does not look like a hang.
  useEffect(() => {
    if (!uploading) return;
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - uploading.startedAt) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [uploading]);

  const upload = async (file: File) => {
    setProblem(null);
    if (!/\.xlsx$/i.test(file.name)) {
      setProblem({ title: t('imp.notXlsx') });
      return;
    }
    setSeconds(0);
    setUploading({ name: file.name, startedAt: Date.now() });
    try {
      const batch = await importsApi.upload(file);
      if (mounted.current) onUploaded(batch);
    } catch (e) {
      showError(e);
      if (mounted.current) setProblem(problemOf(e, t('imp.uploadFailed')));
    } finally {
      if (mounted.current) setUploading(null);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <DownloadButton path={importsApi.templatePath} fileName="import-template.xlsx" label={t('imp.template')} testId="import-template" />
        <Typography.Text type="secondary">{t('imp.templateHint')}</Typography.Text>
      </Space>
      <Spin spinning={uploading !== null} description={uploading ? t('imp.validating', { name: uploading.name, seconds }) : undefined}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          fileList={[]}
          showUploadList={false}
          disabled={uploading !== null}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imp.drop')}</p>
          <p className="ant-upload-hint">{t('imp.dropHint')}</p>
        </Upload.Dragger>
      </Spin>
      {problem && <Alert type="error" showIcon title={problem.title} description={problem.detail} data-testid="import-upload-error" />}
    </Space>
  );
}
