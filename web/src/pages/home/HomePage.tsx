import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Row, Skeleton, Statistic, Tag } from 'antd';
import dayjs from 'dayjs';
import { http } from '../../api/client';
import { LIST, orgApi } from '../../api/endpoints';
import type { LevelCount, Page, WorkflowItemSummary } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { levelLabel, roleLabel } from '../../components/labels';
import { showError } from '../../components/feedback';
import { useScopeUnit } from '../../components/ScopeContext';
import { PostingsHomeCard } from '../postings/PostingsHomeCard';

/** 首页: welcome, my pending task count, units in scope by level. */
export default function HomePage() {
  const t = useT();
  const me = useMe();
  const { can } = useAuth();
  const { unit: scope } = useScopeUnit();
  const [tasks, setTasks] = useState<{ total: number; overdue: number } | null>(null);
  const [summary, setSummary] = useState<LevelCount[] | null>(null);

  useEffect(() => {
    if (!can('workflow.view')) return;
    // Only the totals are needed: one row per request.
    Promise.all([
      http.get<Page<WorkflowItemSummary>>(LIST.tasks, { page: 1, pageSize: 1 }),
      http.get<Page<WorkflowItemSummary>>(LIST.tasks, { overdue: true, page: 1, pageSize: 1 }),
    ])
      .then(([all, overdue]) => setTasks({ total: all.total, overdue: overdue.total }))
      .catch(showError);
  }, [can]);

  useEffect(() => {
    if (!can('org.view')) return;
    orgApi.summary(scope.code).then(setSummary).catch(showError);
  }, [can, scope.code]);

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <Card.Meta
            title={<span style={{ fontSize: 20 }}>{t('home.welcome', { name: me.user.displayName })}</span>}
            description={t('home.today', { date: dayjs().format('YYYY-MM-DD dddd') })}
          />
          <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('home.org')}>{me.orgUnit.pathNames.join(' / ')}</Descriptions.Item>
            <Descriptions.Item label={t('home.roles')}>
              {me.roles.map((r) => (
                <Tag key={r} color="blue">
                  {roleLabel(t, r)}
                </Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      {me.user.kind === 'external' && can('posting.view') && (
        <Col span={24}>
          <PostingsHomeCard />
        </Col>
      )}
      {can('workflow.view') && (
        <Col xs={24} md={8}>
          <Card title={t('home.pendingTasks')} extra={<Link to="/tasks">{t('home.goTasks')}</Link>}>
            {tasks ? (
              <Row gutter={16}>
                <Col span={12}>
                  <Statistic title={t('home.pendingTasks')} value={tasks.total} data-testid="home-task-count" />
                </Col>
                <Col span={12}>
                  {tasks.overdue > 0 ? (
                    <Link to="/tasks?overdue=1" data-testid="home-overdue-link">
                      <Statistic title={t('home.overdueTasks')} value={tasks.overdue} styles={{ content: { color: '#cf1322' } }} data-testid="home-overdue-count" />
                    </Link>
                  ) : (
                    <Statistic title={t('home.overdueTasks')} value={0} data-testid="home-overdue-count" />
                  )}
                </Col>
              </Row>
            ) : (
              <Skeleton active paragraph={{ rows: 1 }} />
            )}
            {tasks && tasks.total > 0 && (
              <Link to="/tasks">
                <Button type="primary" style={{ marginTop: 16 }}>
                  {t('home.goTasks')}
                </Button>
              </Link>
            )}
          </Card>
        </Col>
      )}
      {can('org.view') && (
        <Col xs={24} md={can('workflow.view') ? 16 : 24}>
          <Card title={t('home.orgSummaryOf', { name: scope.name })}>
            {summary ? (
              <Row gutter={16}>
                {summary.map((s) => (
                  <Col key={s.level} xs={12} sm={8} lg={4}>
                    <Statistic title={levelLabel(t, s.level)} value={s.count} />
                  </Col>
                ))}
              </Row>
            ) : (
              <Skeleton active paragraph={{ rows: 1 }} />
            )}
          </Card>
        </Col>
      )}
    </Row>
  );
}
