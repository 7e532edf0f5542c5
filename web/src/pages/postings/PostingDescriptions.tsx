import { Descriptions, Space, Tag, Typography } from 'antd';
import type { Posting } from '../../api/types';
import { useT } from '../../i18n';
import { CodeName } from '../../components/CodeName';
import { fmtDateTime } from '../../components/format';
import { POSTING_STATUS_COLORS, postingStatusLabel, wageRange } from './postingLabels';

const prose = { whiteSpace: 'pre-wrap' as const };

/** Every field of a posting, as the detail view and the reviewer's page show it. */
export function PostingDescriptions({ posting: p }: { posting: Posting }) {
  const t = useT();
  const none = <Typography.Text type="secondary">{t('posting.noRequirement')}</Typography.Text>;
  return (
    <Descriptions column={2} size="small" bordered data-testid="posting-descriptions">
      <Descriptions.Item label={t('posting.name')} span={2}>
        <Space>
          <Typography.Text strong>{p.title}</Typography.Text>
          <Tag color={POSTING_STATUS_COLORS[p.displayStatus] ?? 'default'} data-testid="posting-status">
            {postingStatusLabel(t, p)}
          </Tag>
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('posting.employer')}>{p.employerName}</Descriptions.Item>
      <Descriptions.Item label={t('posting.occupation')}>{p.occupationName ? `${p.occupationCode} ${p.occupationName}` : p.occupationCode}</Descriptions.Item>
      <Descriptions.Item label={t('posting.industry')}>
        <CodeName type="industry" code={p.industryCode} />
      </Descriptions.Item>
      <Descriptions.Item label={t('posting.vacancies')}>{p.vacancies}</Descriptions.Item>
      <Descriptions.Item label={t('posting.wage')}>{wageRange(t, p)}</Descriptions.Item>
      <Descriptions.Item label={t('posting.education')}>{p.education ? <CodeName type="education" code={p.education} /> : none}</Descriptions.Item>
      <Descriptions.Item label={t('posting.experienceYears')}>{p.experienceYears ? t('posting.years', { years: p.experienceYears }) : none}</Descriptions.Item>
      <Descriptions.Item label={t('posting.workType')}>{t(`posting.workType.${p.workType}`)}</Descriptions.Item>
      <Descriptions.Item label={t('posting.shared')}>{p.shared ? t('posting.sharedYes') : t('posting.sharedNo')}</Descriptions.Item>
      <Descriptions.Item label={t('posting.workingHours')}>{p.workingHours}</Descriptions.Item>
      <Descriptions.Item label={t('posting.benefits')} span={2}>
        <span style={prose}>{p.benefits}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('posting.description')} span={2}>
        <span style={prose}>{p.description}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('posting.requirements')} span={2}>
        <span style={prose} data-testid="posting-requirements-text">
          {p.requirements}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('posting.region')}>{p.regionName}</Descriptions.Item>
      <Descriptions.Item label={t('posting.validity')}>
        {p.validFrom} ~ {p.validTo}
      </Descriptions.Item>
      <Descriptions.Item label={t('posting.contactName')}>{p.contactName}</Descriptions.Item>
      <Descriptions.Item label={t('posting.contactPhone')}>{p.contactPhone}</Descriptions.Item>
      <Descriptions.Item label={t('posting.publishedAt')}>{fmtDateTime(p.publishedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>{fmtDateTime(p.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}
