import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Badge, Button, Card, Col, Drawer, Empty, Grid, Row, Segmented, Skeleton, Space, Tag } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { portalApi, type PostingCard, type PostingSearchResult } from '../api';
import { filterCount, parseSearch, searchString, toApiQuery, type JobSearch } from '../search-params';
import { FilterPanel } from '../components/FilterPanel';
import { JobCard } from '../components/JobCard';
import { KeywordSearch } from '../components/KeywordSearch';

interface Results {
  items: PostingCard[];
  nextCursor: string | null;
  facets: PostingSearchResult['facets'] | null;
  total: number | null;
  counted: number;
}

/** 找工作: keyword and filters in the address bar, facet counts, relevance/date sort, 加载更多 by cursor. */
export default function JobSearchPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseSearch(params), [params]);
  const key = searchString(search);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const generation = useRef(0);

  useEffect(() => {
    const gen = ++generation.current;
    setResults(null);
    setError(null);
    portalApi.searchPostings(toApiQuery(search)).then(
      (r) => gen === generation.current && setResults({ items: r.items, nextCursor: r.nextCursor, facets: r.facets, total: r.total, counted: r.counted }),
      (e: unknown) => gen === generation.current && setError(e instanceof Error ? e.message : String(e)),
    );
    // `key` is the search's stable form.
  }, [key]);

  const loadMore = async () => {
    if (!results?.nextCursor) return;
    const gen = generation.current;
    setLoadingMore(true);
    try {
      const r = await portalApi.searchPostings(toApiQuery(search), results.nextCursor);
      if (gen === generation.current) setResults((prev) => prev && { ...prev, items: [...prev.items, ...r.items], nextCursor: r.nextCursor });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const update = useCallback(
    (patch: Partial<JobSearch>) => {
      setParams(new URLSearchParams(searchString({ ...search, ...patch }).slice(1)));
    },
    [search, setParams],
  );
  const reset = () => setParams(new URLSearchParams(searchString({ q: search.q, sort: search.sort }).slice(1)));

  const panel = <FilterPanel search={search} facets={results?.facets ?? null} onChange={update} onReset={reset} />;
  const nFilters = filterCount(search);
  const sort = search.sort || (search.q ? 'relevance' : 'date');

  return (
    <div className="portal-container">
      <Card style={{ marginBottom: 16 }} styles={{ body: { padding: 16 } }}>
        <KeywordSearch
          initial={search.q}
          onSearch={(c) => ('occupation' in c ? update({ occupation: c.occupation, q: '' }) : update({ q: c.q, sort: c.q ? search.sort : '' }))}
        />
      </Card>
      <Row gutter={16}>
        {wide && (
          <Col lg={7} xl={6}>
            <Card title={t('portal.filter.title')} size="small">
              {panel}
            </Card>
          </Col>
        )}
        <Col xs={24} lg={17} xl={18}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12, gap: 8, flexWrap: 'wrap' }}>
            <Space wrap>
              {!wide && (
                <Badge count={nFilters} size="small">
                  <Button icon={<FilterOutlined />} onClick={() => setDrawer(true)} data-testid="open-filters">
                    {t('portal.filter.title')}
                  </Button>
                </Badge>
              )}
              <span data-testid="result-summary">
                {!results ? '' : results.total != null ? t('portal.jobs.total', { n: results.total }) : t('portal.jobs.many', { n: results.counted })}
              </span>
              {search.q && (
                <Tag closable onClose={() => update({ q: '' })}>
                  {t('portal.jobs.keyword', { q: search.q })}
                </Tag>
              )}
            </Space>
            <Segmented
              value={sort}
              onChange={(v) => update({ sort: v as JobSearch['sort'] })}
              options={[
                { value: 'relevance', label: t('portal.sort.relevance'), disabled: !search.q },
                { value: 'date', label: t('portal.sort.date') },
              ]}
              data-testid="sort"
            />
          </div>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          {!results && !error && <Skeleton active paragraph={{ rows: 8 }} />}
          {results && results.items.length === 0 && (
            <Card>
              <Empty description={t('portal.jobs.empty')} />
            </Card>
          )}
          {results && results.items.length > 0 && (
            <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="job-results">
              {results.items.map((p) => (
                <JobCard key={p.id} posting={p} />
              ))}
            </Space>
          )}
          {results && (
            <div style={{ textAlign: 'center', margin: '20px 0' }}>
              {results.nextCursor ? (
                <Button size="large" onClick={() => void loadMore()} loading={loadingMore} data-testid="load-more" style={{ minWidth: 200 }}>
                  {t('portal.jobs.loadMore')}
                </Button>
              ) : (
                results.items.length > 0 && <span style={{ color: '#8c8c8c' }}>{t('portal.jobs.end')}</span>
              )}
            </div>
          )}
        </Col>
      </Row>
      <Drawer open={!wide && drawer} onClose={() => setDrawer(false)} placement="left" title={t('portal.filter.title')} size={320}>
        {panel}
      </Drawer>
    </div>
  );
}
