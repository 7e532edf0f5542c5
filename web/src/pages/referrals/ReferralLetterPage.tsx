import { useEffect, useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { referralsApi, type ReferralLetter } from './referralApi';
import './letter.css';

/** "2026-11-20" → "2026年11月20日". */
const cnDate = (d: string) => d.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日');

/**
 * 职业介绍信 to print (no shell): the seeker (ID masked), the posting and employer with address and
 * contact, the referring unit, date and number; a reply slip for the employer below the cut line.
 */
export default function ReferralLetterPage() {
  const t = useT();
  const me = useMe();
  const id = Number(useParams().id);
  const [letter, setLetter] = useState<ReferralLetter | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    referralsApi
      .letter(id)
      .then(setLetter)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, [id]);

  useEffect(() => {
    const before = document.title;
    document.title = `${t('referral.letterTitle')}-${letter?.number ?? id}`;
    return () => {
      document.title = before;
    };
  }, [id, letter, t]);

  if (me.user.mustChangePassword) return <Navigate to="/" replace />;
  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => window.close()}>{t('common.close')}</Button>} />;
  if (!letter) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;

  const rows: [string, string | null][] = [
    [t('referral.letterPosting'), letter.postingTitle],
    [t('referral.letterOccupation'), letter.occupationName],
    [t('referral.letterWage'), letter.wage],
    [t('referral.letterWorkPlace'), letter.workAddress],
    [t('referral.letterAddress'), letter.employerAddress],
    [t('referral.letterContact'), `${letter.contactName}\u3000${letter.contactPhone}`],
    [t('referral.letterEducation'), letter.education],
    [t('referral.letterNote'), letter.note],
  ];

  return (
    <div className="reflt-page" data-testid="referral-letter">
      <div className="reflt-toolbar no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="referral-letter-print">
          {t('referral.print')}
        </Button>
      </div>
      <div className="reflt-sheet">
        <h1>{t('referral.letterTitle')}</h1>
        <div className="reflt-number">
          No. <span className="reflt-mono" data-testid="referral-letter-number">{letter.number}</span>
        </div>
        <div>{t('referral.letterTo', { employer: letter.employerName })}</div>
        <p className="reflt-body">{t('referral.letterBody', { name: letter.personName, id: letter.citizenIdMasked, title: letter.postingTitle })}</p>
        <table className="reflt-table">
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th>{label}</th>
                <td>{value ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="reflt-sign">
          <div>
            {t('referral.letterReferrer')}：{letter.referredByName ?? ''}
          </div>
          <div>
            <div>
              {t('referral.letterUnit')}：{letter.referringUnit}
            </div>
            <div>
              {t('referral.letterDate')}：{cnDate(letter.referredOn)}
            </div>
          </div>
        </div>

        <div className="reflt-cut">
          <span>✂</span>
        </div>
        <h2>{t('referral.letterStub')}</h2>
        <div className="reflt-number">
          No. <span className="reflt-mono">{letter.number}</span>
        </div>
        <p className="reflt-body">{t('referral.letterStubBody', { name: letter.personName })}</p>
        <div className="reflt-sign">
          <div />
          <div>
            <div>{t('referral.letterEmployerSeal')}：</div>
            <div>____年____月____日</div>
          </div>
        </div>
      </div>
    </div>
  );
}
