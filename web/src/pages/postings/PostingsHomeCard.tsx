import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Row, Skeleton, Statistic } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { http } from '../../api/client';
import { LIST } from '../../api/endpoints';
import type { Page, Posting } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { labelOfStatus } from './postingLabels';

/** The statuses an employer acts on, in the order of a posting's life. */
const SHOWN = ['draft', 'returned', 'pending', 'published'] as const;

/** 首页 of an employer account: how many of its postings are in each status, each a link to the filtered list. */
export function PostingsHomeCard() {
  const t = useT();
  const { can } = useAuth();
  const [counts, setCounts] = useState<number[] | null>(null);

  useEffect(() => {
    // Only the totals are needed: one row per request.
    Promise.all(SHOWN.map((status) => http.get<Page<Posting>>(LIST.postings, { status, page: 1, pageSize: 1 })))
      .then((pages) => setCounts(pages.map((p) => p.total)))
      .catch(showError);
  }, []);

  return (
    <Card
      title={t('menu.postings')}
      extra={
        can('posting.manage') && (
          <Link to="/postings?create=1">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('posting.create')}
            </Button>
          </Link>
        )
      }
      data-testid="home-postings"
    >
      {counts ? (
        <Row gutter={16}>
          {SHOWN.map((status, i) => (
            <Col key={status} xs={12} md={6}>
              <Link to={`/postings?status=${status}`}>
                <Statistic title={labelOfStatus(t, status)} value={counts[i]} styles={{ content: status === 'returned' && counts[i] > 0 ? { color: '#d46b08' } : undefined }} />
              </Link>
            </Col>
          ))}
        </Row>
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}
