import { useCallback, useEffect, useState } from 'react';
import { Alert, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { ReferButton } from '../referrals/ReferButton';
import { ReasonChips, ReasonTable, ScoreBadge } from './MatchReasons';
import { seekersApi, type Recommendation, type Seeker } from './seekerApi';

/** 推荐岗位: valid postings ranked for the seeker, each with its score and the reasons (expand a row). */
export function RecommendationsCard({ seeker }: { seeker: Seeker }) {
  const t = useT();
  const { can } = useAuth();
  const [items, setItems] = useState<Recommendation[] | null>(null);
  const active = seeker.displayStatus === 'active';

  const load = useCallback(async () => {
    try {
      setItems((await seekersApi.recommendations(seeker.id, 20)).items);
    } catch (e) {
      showError(e);
      setItems([]);
    }
  }, [seeker.id]);

  useEffect(() => {
    if (active) void load();
    else setItems([]);
  }, [active, load]);

  const columns: ColumnsType<Recommendation> = [
    { title: t('match.score'), key: 'score', width: 70, render: (_, r) => <ScoreBadge score={r.score} /> },
    {
      title: t('match.posting'),
      key: 'posting',
      width: 220,
      render: (_, r) => (
        <div>
          <Typography.Text strong>{r.posting.title}</Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {r.posting.employerName} · {r.posting.regionName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('match.wage'), key: 'wage', width: 110, render: (_, r) => `${r.posting.wageMin}–${r.posting.wageMax}` },
    { title: t('match.reasons'), key: 'reasons', render: (_, r) => <ReasonChips reasons={r.reasons} /> },
    ...(can('referral.manage') && active
      ? [{ title: t('common.actions'), key: 'refer', width: 80, render: (_: unknown, r: Recommendation) => <ReferButton seekerId={seeker.id} postingId={r.posting.id} /> }]
      : []),
  ];

  return (
    <Card size="small" title={t('match.recommendTitle')} data-testid="seeker-recommendations">
      {!active ? (
        <Alert type="info" showIcon title={t('match.notActive')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('match.explainNote')}
          </Typography.Paragraph>
          <Table<Recommendation>
            rowKey={(r) => r.posting.id}
            size="small"
            loading={items === null}
            dataSource={items ?? []}
            columns={columns}
            pagination={false}
            locale={{ emptyText: t('match.none') }}
            expandable={{ expandedRowRender: (r) => <ReasonTable reasons={r.reasons} /> }}
          />
        </>
      )}
    </Card>
  );
}
