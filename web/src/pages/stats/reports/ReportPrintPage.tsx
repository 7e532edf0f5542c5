import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMe } from '../../../auth/AuthContext';
import { useT, type MessageKey } from '../../../i18n';
import { fmtDateTime } from '../../../components/format';
import { useFairCodes } from '../../fairs/fairLabels';
import { CITY_STEP, pct, reportsApi, type ReportDecision, type ReportPrint, type ReportView } from './reportApi';
import './report-print.css';

const ACTIONS: Record<string, MessageKey> = {
  submit: 'report.decisionAction.submit',
  resubmit: 'report.decisionAction.resubmit',
  approve: 'report.decisionAction.approve',
  return: 'report.decisionAction.return',
  reject: 'report.decisionAction.reject',
  withdraw: 'report.decisionAction.withdraw',
};

/** The decision's action as printed: the city's approval is its receipt (接收). */
function actionText(d: ReportDecision, t: (key: MessageKey) => string): string {
  const key: MessageKey | undefined = d.stepKey === CITY_STEP && d.action === 'approve' ? 'report.decisionAction.receive' : ACTIONS[d.action];
  return key ? t(key) : d.action;
}

function Grid({ head, rows, numeric = [] }: { head: string[]; rows: ReactNode[][]; numeric?: number[] }) {
  return (
    <table className="rprint-table">
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} className={numeric.includes(i) ? 'rprint-num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j} className={numeric.includes(j) ? 'rprint-num' : undefined}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figures({ report }: { report: ReportView }) {
  const t = useT();
  const codes = useFairCodes();
  if (report.kind === 'weekly_forecast') {
    const fairs = report.content.fairs ?? [];
    return (
      <>
        <h2>
          {t('report.fairs')}（{t('report.fairsCount', { count: fairs.length })}）
        </h2>
        <Grid
          head={[t('report.fairDate'), t('report.fairTime'), t('report.fairName'), t('report.fairKind'), t('report.fairOrganiser'), t('report.fairVenue')]}
          rows={fairs.map((f) => [f.heldOn, `${f.startsAt}–${f.endsAt}`, f.name, codes.kinds.find((c) => c.code === f.kind)?.name ?? f.kind, f.regionName ?? f.regionCode, f.venue])}
        />
      </>
    );
  }
  const m = report.content.monthly;
  if (!m) return null;
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v);
  return (
    <>
      <h2>{t('report.sd')}</h2>
      <Grid
        head={[t('report.sdItem'), t('report.thisMonth'), t('report.lastMonth')]}
        numeric={[1, 2]}
        rows={[
          [t('report.vacancies'), m.supplyDemand.vacancies, n(m.previous?.vacancies)],
          [t('report.postings'), m.supplyDemand.postings, n(m.previous?.postings)],
          [t('report.seekers'), m.supplyDemand.seekers, n(m.previous?.seekers)],
          [t('report.ratio'), n(m.supplyDemand.ratio), n(m.previous?.ratio)],
        ]}
      />
      <h2>{t('report.occupations')}</h2>
      <Grid head={[t('report.occupation'), t('report.vacancies'), t('report.seekers'), t('report.ratio')]} numeric={[1, 2, 3]} rows={m.occupations.map((o) => [o.label, o.demand, o.supply, n(o.ratio)])} />
      <h2>{t('report.monthFairs')}</h2>
      <Grid
        head={[t('report.fairName'), t('report.fairEmployers'), t('report.fairPositions'), t('report.fairSeekers'), t('report.fairIntentions'), t('report.fairHires')]}
        numeric={[1, 2, 3, 4, 5]}
        rows={[...m.fairs, { ...m.fairTotal, label: t('report.total') }].map((f) => [f.label, f.employers, f.positions, f.seekers, f.intentions, f.hires])}
      />
      <h2>{t('report.indicators')}</h2>
      <Grid
        head={[t('report.sdItem'), t('report.thisMonth')]}
        numeric={[1]}
        rows={[
          [t('report.newEmployment'), m.indicators.newEmployment],
          [t('report.netNew'), m.indicators.netNew],
          [t('report.unemployed'), m.indicators.registeredUnemployed],
          [t('report.unemploymentRate'), pct(m.indicators.unemploymentRate)],
        ]}
      />
    </>
  );
}

/** The printable report (no shell): figures, summary and the review opinions. */
export default function ReportPrintPage() {
  const t = useT();
  const me = useMe();
  const id = Number(useParams().id);
  const [data, setData] = useState<ReportPrint | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    reportsApi
      .print(id)
      .then(setData)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [id]);

  if (me.user.mustChangePassword) return <Navigate to="/" replace />;
  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => window.close()}>{t('common.close')}</Button>} />;
  if (!data) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  const { report, decisions } = data;

  return (
    <div className="rprint-page" data-testid="report-print-page">
      <div className="rprint-toolbar no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </div>
      <div className="rprint-sheet">
        <h1>{t('report.printTitle', { region: report.regionName, kind: report.kindName })}</h1>
        <div className="rprint-meta">
          {t('report.printPeriod', { period: report.periodLabel })}
          {'\u3000'}
          {t('report.printStatus', { status: report.statusName })}
        </div>
        <h2>{t('report.summary')}</h2>
        <div className="rprint-summary">{report.summary || '—'}</div>
        <Figures report={report} />
        {decisions.length > 0 && (
          <>
            <h2>{t('report.reviewOpinions')}</h2>
            <Grid
              head={[t('report.decisionStep'), t('report.decisionAction'), t('report.decisionBy'), t('report.decisionAt'), t('report.decisionReason')]}
              rows={decisions.map((d) => [d.stepName, actionText(d, t), `${d.actorName ?? ''} ${d.actorOrg}`, fmtDateTime(d.decidedAt), d.reason ?? ''])}
            />
          </>
        )}
        <div className="rprint-foot">{t('report.printedBy', { by: data.printedBy, at: fmtDateTime(data.printedAt) })}</div>
      </div>
    </div>
  );
}
