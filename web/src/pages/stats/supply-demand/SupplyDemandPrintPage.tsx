import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMe } from '../../../auth/AuthContext';
import { useT } from '../../../i18n';
import { periodQuery, sdApi, type SupplyDemandReport } from './sdApi';
import { SupplyDemandBody } from './SupplyDemandPage';
import './print.css';

/** The analysis to print (no shell): title, period, the summary and every table, without links. */
export default function SupplyDemandPrintPage() {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const [report, setReport] = useState<SupplyDemandReport | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const key = params.toString();

  useEffect(() => {
    sdApi
      .report(periodQuery(new URLSearchParams(key)))
      .then(setReport)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [key]);

  useEffect(() => {
    const before = document.title;
    document.title = `${t('sd.pageTitle')}-${report?.regionName ?? ''}${report?.period.label ?? ''}`;
    return () => {
      document.title = before;
    };
  }, [report, t]);

  if (me.user.mustChangePassword) return <Navigate to="/" replace />;
  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => window.close()}>{t('common.close')}</Button>} />;
  if (!report) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  return (
    <div className="sd-print" data-testid="sd-print-page">
      <div className="no-print sd-print-toolbar">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('sd.print')}
        </Button>
      </div>
      <h1>
        {report.regionName}
        {report.period.label}
        {t('sd.pageTitle')}
      </h1>
      <div className="sd-print-meta">
        {t('sd.periodRange', { from: report.period.from, to: report.period.to })}{'\u3000'}{t('sd.comparedWith', { previous: report.previous.label, lastYear: report.lastYear.label })}{'\u3000'}
        {t('sd.printedAt', { time: new Date().toLocaleString('zh-CN') })}
      </div>
      <SupplyDemandBody report={report} recordsHref={null} />
    </div>
  );
}
