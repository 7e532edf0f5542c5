import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Card, Spin, Steps } from 'antd';
import { isApiError } from '../../api/client';
import { importsApi, LIST } from '../../api/endpoints';
import type { ImportBatchView } from '../../api/types';
import { feedback, showError, showSuccess } from '../../components/feedback';
import { useServerTable } from '../../components/useServerTable';
import { useT } from '../../i18n';
import { UploadStep } from './UploadStep';
import { ReportStep } from './ReportStep';
import { DoneStep } from './DoneStep';
import { ImportHistory } from './ImportHistory';

/** Which of 上传文件 → 校验结果 → 完成 a batch (or none yet) stands at. */
function stepOf(batch: ImportBatchView | null): number {
  if (!batch) return 0;
  return batch.status === 'confirmed' ? 2 : 1;
}

/**
 * 批量导入: upload an .xlsx of people and registrations, read the server's row-by-row report, then load the
 * valid rows (all in one transaction) or discard the file. The open batch lives in `?batch=` so a reload or
 * the back button keeps it.
 */
export default function ImportPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const batchId = Number(params.get('batch')) || null;
  const [batch, setBatch] = useState<ImportBatchView | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState<'confirm' | 'discard' | null>(null);
  const history = useServerTable<ImportBatchView>(LIST.imports, {}, { pageSize: 10 });
  const top = useRef<HTMLDivElement>(null);

  // Shown batch follows the URL; a batch just uploaded or changed is already in hand and is not fetched again.
  const loadedId = batch?.id ?? null;
  useEffect(() => {
    if (batchId === loadedId) return;
    if (batchId === null) {
      setBatch(null);
      return;
    }
    let live = true;
    setLoading(true);
    importsApi
      .get(batchId)
      .then((b) => {
        if (live) setBatch(b);
      })
      .catch((e: unknown) => {
        if (live) showError(e);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [batchId, loadedId]);

  const show = (next: ImportBatchView | null) => {
    setBatch(next);
    setParams(next ? { batch: String(next.id) } : {});
  };

  const open = (id: number) => {
    setParams({ batch: String(id) });
    top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const confirm = async (current: ImportBatchView) => {
    setBusy('confirm');
    try {
      show(await importsApi.confirm(current.id));
      history.reload();
    } catch (e) {
      // The registry changed since validation (409 invalid_state): the server says to upload again; keep it on screen.
      if (isApiError(e) && e.code === 'invalid_state') feedback.modal?.error({ title: t('imp.conflictTitle'), content: e.message });
      else showError(e);
      importsApi.get(current.id).then(setBatch, () => undefined);
    } finally {
      setBusy(null);
    }
  };

  const discard = async (current: ImportBatchView) => {
    setBusy('discard');
    try {
      await importsApi.discard(current.id);
      showSuccess(t('imp.discarded'));
      show(null);
      history.reload();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const step = stepOf(batch);
  return (
    <div ref={top}>
      <Card title={t('imp.title')} style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          status={batch?.status === 'discarded' ? 'error' : undefined}
          style={{ marginBottom: 24 }}
          items={[{ title: t('imp.step.upload') }, { title: t('imp.step.report') }, { title: t('imp.step.done') }]}
          data-testid="import-steps"
        />
        <Spin spinning={loading}>
          {step === 0 && (
            <UploadStep
              onUploaded={(b) => {
                show(b);
                history.reload();
              }}
            />
          )}
          {step === 1 && batch && (
            <ReportStep
              batch={batch}
              busy={busy}
              onConfirm={() => void confirm(batch)}
              onDiscard={() => void discard(batch)}
              onRestart={() => show(null)}
            />
          )}
          {step === 2 && batch && <DoneStep batch={batch} onRestart={() => show(null)} />}
        </Spin>
      </Card>
      <Card title={t('imp.history')}>
        <ImportHistory table={history} currentId={batch?.id ?? null} onOpen={open} />
      </Card>
    </div>
  );
}
