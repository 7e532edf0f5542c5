import { useEffect, useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { fairsApi, type Programme } from './fairApi';
import { hm, wageText } from './fairLabels';
import './programme.css';

/** "2026-11-20" → "2026年11月20日". */
const cnDate = (d: string) => d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日');

/**
 * 展位图 and 招聘会会刊 to print (no shell): the approved booths as a grid, then every employer with the
 * positions it brings (title, number, wage, education), with the totals.
 */
export default function ProgrammePrintPage() {
  const t = useT();
  const me = useMe();
  const id = Number(useParams().id);
  const [data, setData] = useState<Programme | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    fairsApi
      .programme(id)
      .then(setData)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [id]);

  useEffect(() => {
    const before = document.title;
    document.title = `${t('programme.title')}-${data?.fair.name ?? id}`;
    return () => {
      document.title = before;
    };
  }, [id, data, t]);

  if (me.user.mustChangePassword) return <Navigate to="/" replace />;
  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => window.close()}>{t('common.close')}</Button>} />;
  if (!data) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;

  const { fair, booths, totals } = data;
  const header = (
    <>
      <h1>{fair.name}</h1>
      <div className="fprog-meta">
        {cnDate(fair.heldOn)} {hm(fair.startsAt)}–{hm(fair.endsAt)}{'\u3000'}{fair.venue}{'\u3000'}{t('programme.organiser')}：{fair.regionName}
      </div>
    </>
  );

  return (
    <div className="fprog-page" data-testid="fair-programme">
      <div className="fprog-toolbar no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('programme.print')}
        </Button>
      </div>
      <div className="fprog-sheet">
        {header}
        <h2>{t('programme.boothPlan')}</h2>
        <div className="fprog-grid">
          {booths.map((b) => (
            <div className="fprog-booth" key={b.boothNo}>
              <b>{b.boothNo}</b>
              {b.employerName}
            </div>
          ))}
        </div>
        {booths.length === 0 && <p>{t('programme.noBooths')}</p>}
      </div>
      <div className="fprog-sheet">
        {header}
        <h2>{t('programme.list')}</h2>
        <div className="fprog-meta">{t('programme.totals', { employers: totals.employers, positions: totals.positions })}</div>
        <table className="fprog-table">
          <colgroup>
            <col style={{ width: '12mm' }} />
            <col style={{ width: '48mm' }} />
            <col />
            <col style={{ width: '14mm' }} />
            <col style={{ width: '26mm' }} />
            <col style={{ width: '20mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('programme.booth')}</th>
              <th>{t('programme.employer')}</th>
              <th>{t('programme.posting')}</th>
              <th>{t('programme.positions')}</th>
              <th>{t('programme.wage')}</th>
              <th>{t('programme.education')}</th>
            </tr>
          </thead>
          <tbody>
            {booths.flatMap((b) =>
              (b.postings.length ? b.postings : [null]).map((p, i) => (
                <tr key={`${b.boothNo}-${p?.postingId ?? 0}`}>
                  {i === 0 && <td rowSpan={Math.max(1, b.postings.length)}>{b.boothNo}</td>}
                  {i === 0 && (
                    <td rowSpan={Math.max(1, b.postings.length)}>
                      {b.employerName}
                      {b.industryName && <div style={{ fontSize: '8.5pt' }}>{b.industryName}</div>}
                    </td>
                  )}
                  <td>{p?.title ?? ''}</td>
                  <td className="fprog-num">{p?.positions ?? ''}</td>
                  <td>{p ? wageText(p.wageMin, p.wageMax) : ''}</td>
                  <td>{p?.educationName ?? ''}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
