import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { workflowApi } from '../../api/endpoints';
import type { WorkflowItemDetail } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { fmtDate, fmtDateTime } from '../../components/format';
import { wfStatusLabel } from '../../components/labels';
import { PrintStep } from './PrintStep';
import { PrintHistory } from './PrintHistory';
import { FormColumns } from './FormColumns';
import './print.css';

/** 审核事项审批表: the A4 form staff print, sign, seal and file for one review item. */
export default function WorkflowPrintPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [item, setItem] = useState<WorkflowItemDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [printedAt] = useState(() => dayjs().format('YYYY-MM-DD HH:mm'));

  useEffect(() => {
    workflowApi
      .item(id)
      .then(setItem)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [id]);

  // The browser offers the title as the PDF file name.
  useEffect(() => {
    const before = document.title;
    document.title = `${t('print.title')}-${id}`;
    return () => {
      document.title = before;
    };
  }, [id, t]);

  if (me.user.mustChangePassword) return <Navigate to="/" replace />;
  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => navigate(-1)}>{t('common.back')}</Button>} />;
  if (!item) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;

  // The current round's decision of each step (earlier rounds are in the record below).
  const decisionOf = (stepKey: string) =>
    item.decisions.filter((d) => d.round === item.round && d.stepKey === stepKey && ['approve', 'reject', 'return'].includes(d.action)).at(-1);

  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/workflow/items/${item.id}`)} data-testid="print-back">
          {t('common.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
          {t('print.print')}
        </Button>
      </div>
      <div className="print-sheet" data-testid="print-sheet">
        <h1>{t('print.title')}</h1>
        <div className="print-meta">
          <span>
            {t('print.number')}：{item.id}
          </span>
          <span>
            {t('print.printedAt')}：{printedAt}
          </span>
        </div>
        <table className="print-table">
          <FormColumns />
          <tbody>
            <tr>
              <th>{t('wf.typeName')}</th>
              <td>{item.typeName}</td>
              <th>{t('wf.status')}</th>
              <td data-testid="print-status">{wfStatusLabel(t, item.status)}</td>
            </tr>
            <tr>
              <th>{t('wf.subject')}</th>
              <td colSpan={3} data-testid="print-subject">
                {item.subjectLabel}
              </td>
            </tr>
            <tr>
              <th>{t('wf.region')}</th>
              <td colSpan={3}>
                {item.regionName}（{item.regionCode}）
              </td>
            </tr>
            <tr>
              <th>{t('wf.submittedBy')}</th>
              <td>{item.submittedBy}</td>
              <th>{t('wf.submittedAt')}</th>
              <td>{fmtDateTime(item.submittedAt)}</td>
            </tr>
            <tr>
              <th>{t('wf.step')}</th>
              <td>{item.status === 'pending' ? item.stepName : '—'}</td>
              <th>{t('wf.dueAt')}</th>
              <td>{item.status === 'pending' ? fmtDate(item.dueAt) || '—' : '—'}</td>
            </tr>
            {item.round > 1 && (
              <tr>
                <th>{t('wf.roundLabel')}</th>
                <td colSpan={3}>{t('wf.round', { round: item.round })}</td>
              </tr>
            )}
          </tbody>
        </table>

        <h2>{t('print.opinions')}</h2>
        {item.steps.map((s, i) => (
          <PrintStep key={s.key} position={i + 1} step={s} decision={decisionOf(s.key)} />
        ))}

        <h2>{t('wf.history')}</h2>
        <PrintHistory item={item} />
        <div className="print-footer">{t('print.footer', { app: t('app.title') })}</div>
      </div>
    </div>
  );
}
