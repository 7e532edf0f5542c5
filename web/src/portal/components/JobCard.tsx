import { Link } from 'react-router-dom';
import { Tag } from 'antd';
import { BankOutlined, CalendarOutlined, EnvironmentOutlined, ReadOutlined, TeamOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import type { PostingCard } from '../api';
import { dateOnly, wageText, workTypeLabel } from '../format';
import { useCodeNames } from '../hooks';

/** One posting in a list: title, wage, employer, region, education, vacancies, validity. */
export function JobCard({ posting, hideEmployer = false }: { posting: PostingCard; hideEmployer?: boolean }) {
  const t = useT();
  const educations = useCodeNames('education');
  const p = posting;
  return (
    <div className="job-card" data-testid="job-card">
      <div className="job-card-head">
        <Link to={`/portal/jobs/${p.id}`} className="job-card-title" data-testid="job-title">
          {p.title}
        </Link>
        <span className="job-card-wage">{wageText(t, p.wageMin, p.wageMax)}</span>
      </div>
      <div className="job-card-meta">
        {p.regionName && (
          <span>
            <EnvironmentOutlined /> {p.regionName}
          </span>
        )}
        <span>
          <ReadOutlined /> {p.education ? (educations.get(p.education) ?? p.education) : t('portal.job.educationAny')}
        </span>
        <span>
          <TeamOutlined /> {t('portal.job.vacancies', { n: p.vacancies })}
        </span>
        {p.occupationName && <Tag style={{ marginInlineEnd: 0 }}>{p.occupationName}</Tag>}
        {p.workType && p.workType !== 'full_time' && <Tag color="blue">{workTypeLabel(t, p.workType)}</Tag>}
      </div>
      {p.snippet && <div className="job-card-snippet">{p.snippet}</div>}
      <div className="job-card-foot">
        {hideEmployer ? (
          <span />
        ) : (
          <Link to={`/portal/employers/${p.employerId}`} data-testid="job-employer">
            <BankOutlined /> {p.employerName}
          </Link>
        )}
        <span style={{ color: '#8c8c8c' }}>
          <CalendarOutlined /> {t('portal.job.validTo', { date: dateOnly(p.validTo) })}
        </span>
      </div>
    </div>
  );
}
