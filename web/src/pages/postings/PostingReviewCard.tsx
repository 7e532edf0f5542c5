import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Skeleton, Space, Typography } from 'antd';
import { postingsApi } from '../../api/endpoints';
import type { Posting } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { PostingDescriptions } from './PostingDescriptions';
import { PrereviewAlert } from './PrereviewAlert';

/** On a job posting's review item: the posting and its pre-review findings, so the reviewer sees the flagged phrases before deciding. */
export function PostingReviewCard({ postingId, version }: { postingId: number; /** Reload after a decision. */ version: number }) {
  const t = useT();
  const { can } = useAuth();
  const [posting, setPosting] = useState<Posting | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const allowed = can('posting.view');

  useEffect(() => {
    if (!allowed) return;
    let live = true;
    postingsApi
      .get(postingId)
      .then((p) => {
        if (!live) return;
        setPosting(p);
        setFailed(null);
      })
      .catch((e: unknown) => {
        if (live) setFailed(e instanceof Error ? e.message : String(e));
      });
    return () => {
      live = false;
    };
  }, [postingId, version, allowed]);

  if (!allowed) return null;
  return (
    <Card title={t('posting.reviewCard')} extra={<Link to={`/postings?open=${postingId}`}>{t('posting.openDetail')}</Link>} data-testid="posting-review-card">
      {failed ? (
        <Typography.Text type="secondary">{failed}</Typography.Text>
      ) : !posting ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <PrereviewAlert posting={posting} />
          <PostingDescriptions posting={posting} />
        </Space>
      )}
    </Card>
  );
}
