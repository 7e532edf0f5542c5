import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { download } from '../../api/client';
import { showError, showSuccess } from '../../components/feedback';

/** A button that downloads a file through the API client (the way ExportButton does), so errors can be shown. */
export function DownloadButton({
  path,
  fileName,
  label,
  doneMessage,
  testId,
}: {
  path: string;
  fileName: string;
  label: ReactNode;
  doneMessage?: string;
  testId: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          await download(path, undefined, fileName);
          if (doneMessage) showSuccess(doneMessage);
        } catch (e) {
          showError(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
