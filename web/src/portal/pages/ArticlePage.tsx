import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, Result, Skeleton, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { portalApi } from '../api';
import { useLoaded } from '../hooks';
import { dateOnly, KIND_COLORS } from '../format';
import { TextBlock } from '../components/TextBlock';

/** One policy / guide / notice, its body as paragraphs of text. */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const t = useT();
  const { data: a } = useLoaded(() => portalApi.article(id), [id]);

  if (a === undefined) return <div className="portal-container"><Skeleton active paragraph={{ rows: 10 }} /></div>;
  if (a === null)
    return (
      <div className="portal-container">
        <Result status="404" title={t('portal.articles.notFound')} extra={<Link to="/portal/articles"><Button type="primary">{t('portal.articles.back')}</Button></Link>} />
      </div>
    );
  return (
    <div className="portal-container" style={{ maxWidth: 960 }}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/portal">{t('portal.nav.home')}</Link> }, { title: <Link to="/portal/articles">{t('portal.nav.articles')}</Link> }, { title: a.title }]}
      />
      <Card>
        <Typography.Title level={2} style={{ textAlign: 'center' }} data-testid="article-title">
          {a.title}
        </Typography.Title>
        <div style={{ textAlign: 'center', color: '#8c8c8c', marginBottom: 24 }}>
          <Tag color={KIND_COLORS[a.kind]}>{t(`portal.articleKind.${a.kind}`)}</Tag>
          {t('portal.articles.published', { date: dateOnly(a.publishedAt) })}
          {a.regionName ? ` · ${a.regionName}` : ''}
        </div>
        <TextBlock text={a.body} className="article-body" testId="article-body" />
      </Card>
    </div>
  );
}
