import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, List, Segmented, Skeleton, Tag } from 'antd';
import { useT } from '../../i18n';
import { portalApi, type ArticleKind, type ArticleSummary } from '../api';
import { dateOnly, KIND_COLORS } from '../format';

const KINDS: ArticleKind[] = ['policy', 'guide', 'notice'];

/** 政策指南: the published articles, newest first, by kind, 加载更多 by cursor. */
export default function ArticlesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = KINDS.find((k) => k === kindParam);
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    const gen = ++generation.current;
    setItems(null);
    setError(null);
    portalApi.articles(kind).then(
      (r) => {
        if (gen !== generation.current) return;
        setItems(r.items);
        setCursor(r.nextCursor);
      },
      (e: unknown) => gen === generation.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [kind]);

  const loadMore = async () => {
    const gen = generation.current;
    setMore(true);
    try {
      const r = await portalApi.articles(kind, cursor);
      if (gen !== generation.current) return;
      setItems((prev) => [...(prev ?? []), ...r.items]);
      setCursor(r.nextCursor);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setMore(false);
    }
  };

  return (
    <div className="portal-container">
      <Card
        title={<h2 className="portal-section-title">{t('portal.articles.title')}</h2>}
        extra={
          <Segmented
            value={kind ?? ''}
            onChange={(v) => setParams(v ? { kind: String(v) } : {})}
            options={[{ value: '', label: t('portal.filter.any') }, ...KINDS.map((k) => ({ value: k, label: t(`portal.articleKind.${k}`) }))]}
          />
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {items === null && !error ? (
          <Skeleton active />
        ) : (items ?? []).length === 0 ? (
          <Empty description={t('portal.articles.empty')} />
        ) : (
          <List
            dataSource={items ?? []}
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <span>
                      <Tag color={KIND_COLORS[a.kind]}>{t(`portal.articleKind.${a.kind}`)}</Tag>
                      <Link to={`/portal/articles/${a.id}`} data-testid="article-link" style={{ fontSize: 15 }}>
                        {a.title}
                      </Link>
                    </span>
                  }
                  description={
                    <>
                      <div style={{ color: '#595959' }}>{a.summary}</div>
                      <div style={{ fontSize: 12, marginTop: 4 }}>
                        {dateOnly(a.publishedAt)} · {a.regionName}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {cursor && (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={() => void loadMore()} loading={more}>
              {t('portal.jobs.loadMore')}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
}
