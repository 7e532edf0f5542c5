import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Col, Empty, List, Row, Skeleton, Space, Tag } from 'antd';
import { CalendarOutlined, FileTextOutlined, ShopOutlined, SolutionOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import { useAuth } from '../../auth/AuthContext';
import { portalApi } from '../api';
import { useCity, useLoaded } from '../hooks';
import { dateOnly } from '../format';
import { JobCard } from '../components/JobCard';
import { KeywordSearch } from '../components/KeywordSearch';
import { shortCity } from '../PortalLayout';
import { KIND_COLORS } from '../format';
import { chinaToday, fairsApi } from '../fairs-api';
import { fairDay } from '../components/FairCard';

const HOT = ['电工', '焊工', '陶瓷', '司机', '保洁', '会计'];

/** 门户首页: search, latest postings, policies and guides, register and login. */
export default function PortalHome() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { me } = useAuth();
  const city = useCity();
  const latest = useLoaded(() => portalApi.searchPostings({ sort: 'date' }, null, 8), []);
  const fairs = useLoaded(() => fairsApi.list({ from: chinaToday(), pageSize: 5 }).then((f) => f.items), []);
  const articles = useLoaded(() => portalApi.articles(undefined, null, 8).then((a) => a.items), []);

  const search = (choice: { q: string } | { occupation: string }) => {
    const params = new URLSearchParams();
    if ('occupation' in choice) params.set('occupation', choice.occupation);
    else if (choice.q) params.set('q', choice.q);
    navigate(`/portal/jobs${params.size ? `?${params}` : ''}`);
  };

  return (
    <>
      <section className="portal-hero">
        <div className="portal-container">
          <h1>{t('portal.home.heroTitle', { city: shortCity(city?.name) })}</h1>
          <p>{t('portal.home.heroSub')}</p>
          <div className="portal-hero-search">
            <KeywordSearch onSearch={search} />
            <div className="portal-hot">
              {t('portal.home.hot')}
              {HOT.map((w) => (
                <Link key={w} to={`/portal/jobs?q=${encodeURIComponent(w)}`}>
                  {w}
                </Link>
              ))}
            </div>
          </div>
        </div>
      </section>
      <div className="portal-container">
        <Row gutter={[20, 20]}>
          <Col xs={24} lg={16}>
            <Card
              title={<h2 className="portal-section-title">{t('portal.home.latest')}</h2>}
              extra={<Link to="/portal/jobs?sort=date">{t('portal.home.more')}</Link>}
              data-testid="latest-postings"
            >
              {latest.data === undefined ? (
                <Skeleton active />
              ) : latest.data && latest.data.items.length > 0 ? (
                <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                  {latest.data.items.map((p) => (
                    <JobCard key={p.id} posting={p} />
                  ))}
                </Space>
              ) : (
                <Empty description={t('portal.jobs.empty')} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Space orientation="vertical" size={20} style={{ width: '100%' }}>
              {!me && (
                <Card title={<h2 className="portal-section-title">{t('portal.home.join')}</h2>}>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Link to="/portal/register/seeker">
                      <Button type="primary" size="large" block icon={<SolutionOutlined />} data-testid="home-register-seeker">
                        {t('portal.register.seeker')}
                      </Button>
                    </Link>
                    <Link to="/portal/register/employer">
                      <Button size="large" block icon={<ShopOutlined />} data-testid="home-register-employer">
                        {t('portal.register.employer')}
                      </Button>
                    </Link>
                    <div style={{ textAlign: 'center', marginTop: 4 }}>
                      {t('portal.home.haveAccount')}{' '}
                      <Link to="/login" state={{ from: '/portal/me' }} data-testid="home-login">
                        {t('portal.login')}
                      </Link>
                    </div>
                  </Space>
                </Card>
              )}
              {me && (
                <Card title={<h2 className="portal-section-title">{t('portal.home.welcome', { name: me.user.displayName })}</h2>}>
                  <Link to="/portal/me">
                    <Button type="primary" block size="large">
                      {t('portal.nav.me')}
                    </Button>
                  </Link>
                </Card>
              )}
              <Card
                title={<h2 className="portal-section-title">{t('portal.home.fairs')}</h2>}
                extra={<Link to="/portal/fairs">{t('portal.home.more')}</Link>}
                data-testid="home-fairs"
              >
                {fairs.data === undefined ? (
                  <Skeleton active paragraph={{ rows: 3 }} />
                ) : (fairs.data ?? []).length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.fairs.empty')} />
                ) : (
                  <List
                    size="small"
                    dataSource={fairs.data ?? []}
                    renderItem={(f) => (
                      <List.Item style={{ display: 'block', paddingInline: 0 }}>
                        <Link to={`/portal/fairs/${f.id}`} className="home-article" data-testid="home-fair">
                          <CalendarOutlined /> {f.name}
                        </Link>
                        <div style={{ marginTop: 4, fontSize: 12, color: '#8c8c8c' }}>
                          {fairDay(f.heldOn, lang)} {f.startsAt} · {t('portal.fairs.count', { employers: f.employers, positions: f.positions })}
                        </div>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
              <Card
                title={<h2 className="portal-section-title">{t('portal.home.articles')}</h2>}
                extra={<Link to="/portal/articles">{t('portal.home.more')}</Link>}
                data-testid="home-articles"
              >
                {articles.data === undefined ? (
                  <Skeleton active paragraph={{ rows: 3 }} />
                ) : (articles.data ?? []).length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.articles.empty')} />
                ) : (
                  <List
                    size="small"
                    dataSource={(articles.data ?? []).slice(0, 8)}
                    renderItem={(a) => (
                      <List.Item style={{ display: 'block', paddingInline: 0 }}>
                        <Link to={`/portal/articles/${a.id}`} className="home-article" data-testid="home-article">
                          <FileTextOutlined /> {a.title}
                        </Link>
                        <div style={{ marginTop: 4, fontSize: 12, color: '#8c8c8c' }}>
                          <Tag color={KIND_COLORS[a.kind]} style={{ fontSize: 11 }}>
                            {t(`portal.articleKind.${a.kind}`)}
                          </Tag>
                          {dateOnly(a.publishedAt)}
                        </div>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Space>
          </Col>
        </Row>
      </div>
    </>
  );
}
