import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { ReferButton } from '../referrals/ReferButton';
import { ReasonChips, ReasonTable, ScoreBadge } from '../seekers/MatchReasons';
import { isStaffSeekerCard, seekersApi, type Candidate } from '../seekers/seekerApi';
import { sexAge } from '../seekers/seekerLabels';

const TOP = 50;

/**
 * 人岗匹配 for staff: the top job seekers for a valid posting with score and reasons. Seekers with
 * employment difficulty come first, tagged 重点帮扶, for priority follow-up: the server lists up to
 * TOP of them ahead of the TOP best others, even those whose score alone would not make the top
 * TOP; their score is not changed by it (the note above the table says so, the title counts them).
 */
export function PostingCandidatesCard({ postingId }: { postingId: number }) {
  const t = useT();
  const { can } = useAuth();
  const [items, setItems] = useState<Candidate[] | null>(null);

  useEffect(() => {
    let live = true;
    setItems(null);
    seekersApi
      .candidates(postingId, TOP)
      .then((r) => live && setItems(r.items))
      .catch((e: unknown) => {
        if (!live) return;
        showError(e);
        setItems([]);
      });
    return () => {
      live = false;
    };
  }, [postingId]);

  const columns: ColumnsType<Candidate> = [
    { title: t('match.score'), key: 'score', width: 70, render: (_, r) => <ScoreBadge score={r.score} /> },
    {
      title: t('match.seeker'),
      key: 'seeker',
      width: 190,
      render: (_, r) => (
        <div>
          <Space size={4}>
            <Link to={`/seekers/${r.seeker.id}`}>{r.seeker.name}</Link>
            {r.priority && <Tag color="volcano">{t('match.priority')}</Tag>}
          </Space>
          <div>
            <Typography.Text type="secondary">
              {isStaffSeekerCard(r.seeker) ? `${sexAge(t, r.seeker)} · ` : ''}
              {r.seeker.regionName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('match.reasons'), key: 'reasons', render: (_, r) => <ReasonChips reasons={r.reasons} /> },
    ...(can('referral.manage')
      ? [{ title: t('common.actions'), key: 'refer', width: 80, render: (_: unknown, r: Candidate) => <ReferButton seekerId={r.seeker.id} postingId={postingId} /> }]
      : []),
  ];

  const priorityCount = items?.filter((i) => i.priority).length ?? 0;
  const title = (
    <Space size={8}>
      {t('match.candidatesTitle', { n: TOP })}
      {priorityCount > 0 && (
        <Tag color="volcano">
          {t('match.priority')} {priorityCount}
        </Tag>
      )}
    </Space>
  );

  return (
    <Card size="small" title={title} data-testid="posting-candidates">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('match.priorityNote')}
      </Typography.Paragraph>
      <Table<Candidate>
        rowKey={(r) => r.seeker.id}
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('match.noCandidates') }}
        expandable={{ expandedRowRender: (r) => <ReasonTable reasons={r.reasons} /> }}
      />
    </Card>
  );
}
