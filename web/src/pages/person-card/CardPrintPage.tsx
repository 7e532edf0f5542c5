import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { Button, Result, Segmented, Spin } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { registryApi } from '../../api/endpoints';
import type { PersonRecord } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { labelOf } from '../../components/labels';
import { useCodeEntries, useEntryNamer, useLabeler, useRegistryCodes } from '../../components/registry';
import './card.css';

type Paper = 'a5' | 'a4';

/** "1990-05-17" → "1990年05月17日" (as printed on certificates). */
const cnDate = (d: string | null | undefined) => (d ? d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日') : '');

/** Rows of a hand-fillable table: the records, then blank rows up to `min`. */
function padded(rows: ReactNode[], min: number, columns: number): ReactNode[] {
  const blanks = Array.from({ length: Math.max(0, min - rows.length) }, (_, i) => (
    <tr key={`blank-${i}`}>
      {Array.from({ length: columns }, (_c, j) => (
        <td key={j} />
      ))}
    </tr>
  ));
  return [...rows, ...blanks];
}

/**
 * 就业创业证: the holder's page, registrations, policies enjoyed (module not available yet) and
 * employment assistance (就业困难人员认定 and exit), to print.
 */
export default function CardPrintPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const codes = useRegistryCodes();
  const hukouName = useLabeler(codes.hukouTypes);
  const endReasonName = useLabeler(codes.employmentEndReasons);
  const ethnicityName = useEntryNamer(useCodeEntries('ethnicity'));
  const [record, setRecord] = useState<PersonRecord | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [paper, setPaper] = useState<Paper>('a5');

  useEffect(() => {
    registryApi
      .record(id)
      .then(setRecord)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [id]);

  // The browser offers the title as the PDF file name.
  useEffect(() => {
    const before = document.title;
    document.title = `${t('card.title')}-${record?.card?.cardNumber ?? id}`;
    return () => {
      document.title = before;
    };
  }, [id, record, t]);

  if (me.user.mustChangePassword) return <Navigate to="/" replace />;
  const back = () => navigate(`/people/${id}`);
  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={back}>{t('common.back')}</Button>} />;
  if (!record) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  const { person, card } = record;
  if (!card) return <Result status="info" title={t('card.noCard')} extra={<Button onClick={back}>{t('common.back')}</Button>} />;

  const running = (page: number) => (
    <div className="cardp-running">
      <span>{t('card.title')}</span>
      <span className="cardp-mono">
        {card.cardNumber}
        {'\u3000'}
        {page}/4
      </span>
    </div>
  );

  // Employment and unemployment registrations, oldest first.
  const records = [
    ...record.employment.map((e) => ({
      key: `e${e.id}`,
      date: e.startedOn,
      type: t('card.typeEmployment'),
      kind: e.kindName,
      employer: e.employerName ?? '',
      end: e.endedOn,
      endReason: endReasonName(e.endReason),
    })),
    ...record.unemployment.map((u) => ({
      key: `u${u.id}`,
      date: u.registeredOn,
      type: t('card.typeUnemployment'),
      kind: u.reasonName,
      employer: '',
      end: u.cancelledOn,
      endReason: u.cancelGroundName ?? '',
    })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));

  // Identifications that took effect (in force or since exited), oldest first; applications under
  // review, returned, rejected or withdrawn are not assistance received.
  const assistance = record.difficulty
    .filter((d) => d.startedOn !== null)
    .sort((a, b) => (a.startedOn ?? '').localeCompare(b.startedOn ?? '') || a.id - b.id);

  const blankRows = paper === 'a5' ? 14 : 20;

  return (
    <div className={`cardp-page cardp-${paper}`}>
      <div className="cardp-toolbar no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="print-back">
          {t('common.back')}
        </Button>
        <span>{t('card.paper')}</span>
        <Segmented<Paper>
          value={paper}
          onChange={setPaper}
          options={[
            { label: 'A5', value: 'a5' },
            { label: 'A4', value: 'a4' },
          ]}
          data-testid="card-paper"
        />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-button">
          {t('card.print')}
        </Button>
      </div>

      <section className="cardp-sheet" data-testid="card-page-1">
        <h1>{t('card.title')}</h1>
        <div className="cardp-subtitle">{t('card.page1')}</div>
        <table className="cardp-table">
          <colgroup>
            <col style={{ width: '19%' }} />
            <col style={{ width: '22%' }} />
            <col style={{ width: '19%' }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: '23%' }} />
          </colgroup>
          <tbody>
            <tr>
              <th>{t('person.name')}</th>
              <td data-testid="card-name">{person.name}</td>
              <th>{t('person.sex')}</th>
              <td>{labelOf(t, 'person.sex.', String(person.sex))}</td>
              <td rowSpan={4} className="cardp-photo">
                <div>{t('card.photo')}</div>
              </td>
            </tr>
            <tr>
              <th>{t('person.ethnicity')}</th>
              <td>{ethnicityName(person.ethnicity)}</td>
              <th>{t('person.hukouType')}</th>
              <td>{hukouName(person.hukouType)}</td>
            </tr>
            <tr>
              <th>{t('person.birthDate')}</th>
              <td colSpan={3}>{cnDate(person.birthDate)}</td>
            </tr>
            <tr>
              <th>{t('person.citizenId')}</th>
              <td colSpan={3} className="cardp-mono" data-testid="card-citizen-id">
                {person.citizenId}
              </td>
            </tr>
            <tr>
              <th>{t('person.region')}</th>
              <td colSpan={4}>{person.regionName}</td>
            </tr>
            <tr>
              <th>{t('person.address')}</th>
              <td colSpan={4} style={{ height: '12mm' }}>
                {person.address ?? ''}
              </td>
            </tr>
            <tr>
              <th>{t('card.cardNumber')}</th>
              <td colSpan={4} className="cardp-mono" data-testid="card-number">
                {card.cardNumber}
              </td>
            </tr>
            <tr>
              <th>{t('card.issuer')}</th>
              <td colSpan={2}>{card.issuerName}</td>
              <th>{t('card.issuedOn')}</th>
              <td>{cnDate(card.issuedOn)}</td>
            </tr>
          </tbody>
        </table>
        <div className="cardp-seal">
          <span>{t('card.seal')}</span>
          <span>{t('print.date')}</span>
        </div>
        <div className="cardp-footer">{t('card.footer', { app: t('app.title') })}</div>
      </section>

      <section className="cardp-sheet" data-testid="card-page-2">
        {running(2)}
        <h2>{t('card.page2')}</h2>
        <table className="cardp-table cardp-list" data-testid="card-records">
          <colgroup>
            <col style={{ width: '11%' }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: '20%' }} />
            <col style={{ width: '20%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '17%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('card.recordType')}</th>
              <th>{t('card.startDate')}</th>
              <th>{t('card.kindReason')}</th>
              <th>{t('card.employer')}</th>
              <th>{t('card.endDate')}</th>
              <th>{t('card.endReason')}</th>
            </tr>
          </thead>
          <tbody>
            {padded(
              records.map((r) => (
                <tr key={r.key}>
                  <td>{r.type}</td>
                  <td>{r.date}</td>
                  <td>{r.kind}</td>
                  <td>{r.employer}</td>
                  <td>{r.end ?? ''}</td>
                  <td>{r.endReason}</td>
                </tr>
              )),
              blankRows,
              6,
            )}
          </tbody>
        </table>
      </section>

      <section className="cardp-sheet" data-testid="card-page-3">
        {running(3)}
        <h2>{t('card.page3')}</h2>
        <table className="cardp-table cardp-list" data-testid="card-policies">
          <colgroup>
            <col style={{ width: '40%' }} />
            <col style={{ width: '30%' }} />
            <col style={{ width: '30%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('card.policyName')}</th>
              <th>{t('card.policyPeriod')}</th>
              <th>{t('card.policyAgency')}</th>
            </tr>
          </thead>
          <tbody>{padded([], blankRows, 3)}</tbody>
        </table>
        <div className="cardp-note">{t('card.pendingPolicies')}</div>
      </section>

      <section className="cardp-sheet" data-testid="card-page-4">
        {running(4)}
        <h2>{t('card.page4')}</h2>
        <table className="cardp-table cardp-list" data-testid="card-assistance">
          <colgroup>
            <col style={{ width: '22%' }} />
            <col style={{ width: '30%' }} />
            <col style={{ width: '22%' }} />
            <col style={{ width: '26%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('card.assistDate')}</th>
              <th>{t('card.assistCategory')}</th>
              <th>{t('card.assistExitDate')}</th>
              <th>{t('card.assistExitReason')}</th>
            </tr>
          </thead>
          <tbody>
            {padded(
              assistance.map((d) => (
                <tr key={d.id} data-testid={`card-assistance-${d.id}`}>
                  <td>{d.startedOn}</td>
                  <td>{d.categoryName}</td>
                  <td>{d.exitedOn ?? ''}</td>
                  <td>{d.exitReasonName ?? ''}</td>
                </tr>
              )),
              blankRows,
              4,
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
