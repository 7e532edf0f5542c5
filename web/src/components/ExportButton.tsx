import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { download, type Query } from '../api/client';
import { showError, showSuccess } from './feedback';
import { useT } from '../i18n';

/** 导出Excel: downloads `<listPath>/export` with the list's current filters and sort. */
export function ExportButton({ listPath, query, fileName }: { listPath: string; query: Query; fileName?: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid="export-excel"
      onClick={async () => {
        setBusy(true);
        try {
          await download(`${listPath}/export`, query, fileName ?? 'export.xlsx');
          showSuccess(t('common.exported'));
        } catch (e) {
          showError(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('common.export')}
    </Button>
  );
}
