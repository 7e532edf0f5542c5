import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Checkbox, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useAuth } from '../../auth/AuthContext';
import { useT, type MessageKey } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { seekersApi, type SearchFacet, type SeekerSearchCard, type SeekerSearchQuery, type SeekerSearchResult } from './seekerApi';
import { names, sexAge } from './seekerLabels';
import { useCodeOptions } from './useCodeOptions';
import { ExportButton } from '../../components/ExportButton';

type Filters = Omit<SeekerSearchQuery, 'cursor' | 'limit'>;
type FacetKind = keyof SeekerSearchResult['facets'];

const PAGE = 20;
const FACETS: { kind: FacetKind; label: MessageKey; filter: 'occupation' | 'region' | 'category' | 'education' }[] = [
  { kind: 'occupation', label: 'seeker.occupations', filter: 'occupation' },
  { kind: 'region', label: 'seeker.kw.residence', filter: 'region' },
  { kind: 'category', label: 'seeker.categories', filter: 'category' },
  { kind: 'education', label: 'seeker.education', filter: 'education' },
];

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * 关键词检索: staff search the registrations of their area by words of skills, certificates and
 * introduction, narrowed by occupation (a major group includes its medium groups), residence,
 * category, education and validity; counts per facet (click to narrow), relevance or newest
 * first, 加载更多 by cursor. ID numbers come masked; opening a seeker is audited by its page.
 */
export function SeekerSearchPanel() {
  const t = useT();
  const { can } = useAuth();
  const { unit: scope } = useScopeUnit();
  const [filters, setFilters] = useState<Filters>({ validOnly: true });
  const [result, setResult] = useState<SeekerSearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const occupations = useCodeOptions('occupation');
  const categories = useCodeOptions('person_category');
  const educations = useCodeOptions('education');

  // A residence picked here is dropped when the header scope changes (it may lie outside the new one).
  const seenScope = useRef(scope.code);
  useEffect(() => {
    if (seenScope.current === scope.code) return;
    seenScope.current = scope.code;
    setFilters((f) => ({ ...f, region: undefined }));
  }, [scope.code]);

  const sort = filters.sort ?? (filters.q ? 'relevance' : 'date');
  const query: SeekerSearchQuery = { ...filters, region: filters.region ?? scope.code, sort, limit: PAGE };
  const key = JSON.stringify(query);

  useEffect(() => {
    const gen = ++generation.current;
    setLoading(true);
    setError(null);
    seekersApi.search(query).then(
      (r) => gen === generation.current && setResult(r),
      (e: unknown) => gen === generation.current && setError(errorText(e)),
    ).finally(() => gen === generation.current && setLoading(false));
    // `key` is the query's stable form.
  }, [key]);

  const loadMore = async () => {
    if (!result?.nextCursor) return;
    const gen = generation.current;
    setLoadingMore(true);
    try {
      const r = await seekersApi.search({ ...query, cursor: result.nextCursor });
      if (gen === generation.current) setResult((prev) => prev && { ...prev, items: [...prev.items, ...r.items], nextCursor: r.nextCursor });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const update = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const toggle = (filter: FacetKind, f: SearchFacet) => update({ [filter]: filters[filter] === f.code ? undefined : f.code });

  const columns: ColumnsType<SeekerSearchCard> = [
    {
      title: t('seeker.name'),
      dataIndex: 'name',
      key: 'name',
      width: 150,
      fixed: 'left',
      render: (v: string, r) => (
        <Space size={4}>
          <Link to={`/seekers/${r.id}`} data-testid={`seeker-hit-${r.id}`}>
            {v}
          </Link>
          {r.difficulty && <Tag color="volcano">{t('match.priority')}</Tag>}
        </Space>
      ),
    },
    { title: t('seeker.kw.match'), dataIndex: 'snippet', key: 'snippet', width: 260, ellipsis: true },
    { title: t('seeker.citizenId'), dataIndex: 'citizenIdMasked', key: 'citizenId', width: 170 },
    { title: t('seeker.sexAge'), key: 'sexAge', width: 90, render: (_, r) => sexAge(t, r) },
    { title: t('seeker.region'), dataIndex: 'regionName', key: 'region', width: 120, ellipsis: true },
    { title: t('seeker.occupations'), key: 'occupations', width: 180, ellipsis: true, render: (_, r) => names(r.desiredOccupations) },
    { title: t('seeker.wage'), dataIndex: 'wageExpected', key: 'wage', width: 110, align: 'right' },
    { title: t('seeker.education'), dataIndex: 'educationName', key: 'education', width: 110, ellipsis: true },
    { title: t('seeker.categories'), key: 'categories', width: 160, ellipsis: true, render: (_, r) => r.categoryNames.join('、') },
    { title: t('seeker.validity'), key: 'validTo', width: 116, render: (_, r) => t('seeker.validUntil', { date: r.validTo }) },
  ];

  const hasFilters = Boolean(filters.occupation || filters.region || filters.category || filters.education);

  return (
    <div data-testid="seeker-keyword-search">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('seeker.kw.hint')}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          maxLength={100}
          placeholder={t('seeker.kw.placeholder')}
          onSearch={(v) => update({ q: v.trim() || undefined, sort: undefined })}
          style={{ width: 300 }}
          data-testid="seeker-keyword"
        />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('seeker.occupations')} style={{ width: 220 }} value={filters.occupation} onChange={(v) => update({ occupation: v })} options={occupations} />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('seeker.categories')} style={{ width: 160 }} value={filters.category} onChange={(v) => update({ category: v })} options={categories} />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('seeker.education')} style={{ width: 160 }} value={filters.education} onChange={(v) => update({ education: v })} options={educations} />
        {can('org.view') && <OrgUnitPicker value={filters.region ?? scope.code} allowClear placeholder={t('seeker.kw.residence')} style={{ width: 240 }} onChange={(code) => update({ region: code })} />}
        <Checkbox checked={filters.validOnly ?? false} onChange={(e) => update({ validOnly: e.target.checked })} data-testid="seeker-valid-only">
          {t('seeker.kw.validOnly')}
        </Checkbox>
        <Segmented
          value={sort}
          onChange={(v) => update({ sort: v as 'relevance' | 'date' })}
          options={[
            { value: 'relevance', label: t('seeker.kw.sortRelevance'), disabled: !filters.q },
            { value: 'date', label: t('seeker.kw.sortDate') },
          ]}
        />
      </Space>
      {result && (
        <div style={{ marginBottom: 12 }} data-testid="seeker-facets">
          {FACETS.filter(({ kind }) => result.facets[kind].length > 0).map(({ kind, label, filter }) => (
            <div key={kind} style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 4 }}>
              <span style={{ minWidth: 72, color: '#8c8c8c' }}>{t(label)}</span>
              <Space size={[4, 4]} wrap>
                {result.facets[kind].slice(0, 20).map((f) => (
                  <Tag.CheckableTag key={f.code} checked={filters[filter] === f.code} onChange={() => toggle(filter, f)} data-testid={`facet-${kind}-${f.code}`}>
                    {f.name} ({f.count})
                  </Tag.CheckableTag>
                ))}
              </Space>
            </div>
          ))}
        </div>
      )}
      <Space style={{ marginBottom: 8 }}>
        <ExportButton listPath="/api/market/seekers/search" query={(({ limit: _limit, ...rest }) => rest)(query)} fileName="求职者检索结果.xlsx" />
        <span data-testid="seeker-search-summary">{result && (result.total != null ? t('seeker.kw.total', { n: result.total }) : t('seeker.kw.many', { n: result.counted }))}</span>
        {hasFilters && (
          <Button size="small" type="link" onClick={() => update({ occupation: undefined, region: undefined, category: undefined, education: undefined })}>
            {t('seeker.kw.clear')}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<SeekerSearchCard>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={result?.items ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 1490 }}
        locale={{ emptyText: t('seeker.kw.empty') }}
        data-testid="seeker-search-table"
      />
      {result && result.items.length > 0 && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {result.nextCursor ? (
            <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="seeker-load-more" style={{ minWidth: 160 }}>
              {t('seeker.kw.loadMore')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('seeker.kw.end')}</Typography.Text>
          )}
        </div>
      )}
    </div>
  );
}
