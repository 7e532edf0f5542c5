import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { importsApi } from '../../api/endpoints';
import type { ImportBatchView } from '../../api/types';
import { fmtDateTime } from '../../components/format';
import { useT } from '../../i18n';
import { DownloadButton } from './DownloadButton';

/** Step 3 完成: how many people were loaded, and where to see them. */
export function DoneStep({ batch, onRestart }: { batch: ImportBatchView; onRestart: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('imp.doneTitle', { count: batch.loadedPeople ?? 0 })}
      subTitle={
        <>
          {t('imp.doneSub', { name: batch.fileName, time: fmtDateTime(batch.confirmedAt) })}
          {batch.rejectedRows > 0 && <div>{t('imp.doneRejected', { rejected: batch.rejectedRows })}</div>}
        </>
      }
      data-testid="import-done"
      extra={[
        <Button key="people" type="primary" onClick={() => navigate('/people')} data-testid="import-go-people">
          {t('imp.donePeople')}
        </Button>,
        <Button key="again" onClick={onRestart} data-testid="import-again">
          {t('imp.again')}
        </Button>,
        batch.rejectedRows > 0 && (
          <DownloadButton
            key="errors"
            path={`${importsApi.errorsPath(batch.id)}/export`}
            fileName={`errors-${batch.id}.xlsx`}
            label={t('imp.errorReport')}
            doneMessage={t('imp.errorReportDone')}
            testId="import-error-report"
          />
        ),
      ]}
    />
  );
}
