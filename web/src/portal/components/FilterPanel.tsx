import { useMemo } from 'react';
import { Button, Cascader, Segmented, Select } from 'antd';
import { useT } from '../../i18n';
import type { Facet, PostingSearchResult } from '../api';
import { useCodeLabel, useCodes } from '../hooks';
import { WORK_TYPES, workTypeLabel } from '../format';
import type { JobSearch } from '../search-params';
import { RegionCascader } from './RegionCascader';

interface Props {
  search: JobSearch;
  facets: PostingSearchResult['facets'] | null;
  onChange: (patch: Partial<JobSearch>) => void;
  onReset: () => void;
}

const WAGES = ['2000', '3000', '4000', '5000', '6000', '8000', '10000'];
const POSTED = ['', '3', '7', '30'];

/** Facet counts beside a filter: clicking one filters by it (again: clears it). */
function FacetChips({ facets, active, onPick, testId }: { facets: Facet[] | undefined; active: string; onPick: (code: string) => void; testId: string }) {
  if (!facets || facets.length === 0) return null;
  return (
    <div className="facet-list" data-testid={testId}>
      {facets.slice(0, 12).map((f) => (
        <button type="button" key={f.code} className={`facet${f.code === active ? ' active' : ''}`} onClick={() => onPick(f.code === active ? '' : f.code)}>
          {f.name}
          <span className="facet-count">{f.count}</span>
        </button>
      ))}
    </div>
  );
}

/** The filters of the job search, each with its facet counts. */
export function FilterPanel({ search, facets, onChange, onReset }: Props) {
  const t = useT();
  const occupations = useCodes('occupation');
  const educations = useCodes('education', 1);
  const industries = useCodes('industry', 1);
  const label = useCodeLabel();

  const occupationTree = useMemo(
    () =>
      occupations
        .filter((o) => o.level === 1)
        .map((major) => ({
          value: major.code,
          label: label(major),
          children: occupations.filter((o) => o.parentCode === major.code).map((m) => ({ value: m.code, label: label(m) })),
        })),
    [occupations, label],
  );
  const occupationPath = search.occupation ? (search.occupation.includes('-') ? [search.occupation.split('-')[0], search.occupation] : [search.occupation]) : undefined;

  return (
    <div data-testid="filter-panel">
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.occupation')}</div>
        <Cascader
          options={occupationTree}
          value={occupationPath}
          changeOnSelect
          showSearch
          allowClear
          placeholder={t('portal.filter.occupationPlaceholder')}
          style={{ width: '100%' }}
          onChange={(path) => onChange({ occupation: path && path.length ? String(path[path.length - 1]) : '' })}
          data-testid="filter-occupation"
        />
        <FacetChips facets={facets?.occupation} active={search.occupation} onPick={(c) => onChange({ occupation: c })} testId="facet-occupation" />
      </div>
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.region')}</div>
        <RegionCascader value={search.region || undefined} onChange={(c) => onChange({ region: c ?? '' })} maxLevel={4} minLevel={3} placeholder={t('portal.filter.regionPlaceholder')} testId="filter-region" />
        <FacetChips facets={facets?.region} active={search.region} onPick={(c) => onChange({ region: c })} testId="facet-region" />
      </div>
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.wage')}</div>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('portal.filter.any')}
          value={search.wageMin || undefined}
          onChange={(v?: string) => onChange({ wageMin: v ?? '' })}
          options={WAGES.map((w) => ({ value: w, label: t('portal.wage.from', { min: w }) }))}
          data-testid="filter-wage"
        />
      </div>
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.education')}</div>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('portal.filter.any')}
          value={search.education || undefined}
          onChange={(v?: string) => onChange({ education: v ?? '' })}
          options={educations.map((e) => ({ value: e.code, label: label(e) }))}
        />
        <FacetChips facets={facets?.education} active={search.education} onPick={(c) => onChange({ education: c })} testId="facet-education" />
      </div>
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.industry')}</div>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          placeholder={t('portal.filter.any')}
          value={search.industry || undefined}
          onChange={(v?: string) => onChange({ industry: v ?? '' })}
          options={industries.map((e) => ({ value: e.code, label: label(e) }))}
        />
        <FacetChips facets={facets?.industry} active={search.industry} onPick={(c) => onChange({ industry: c })} testId="facet-industry" />
      </div>
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.posted')}</div>
        <Segmented
          block
          value={search.posted}
          onChange={(v) => onChange({ posted: String(v) })}
          options={POSTED.map((d) => ({ value: d, label: d ? t('portal.filter.postedDays', { n: d }) : t('portal.filter.any') }))}
        />
      </div>
      <div className="filter-block">
        <div className="filter-label">{t('portal.filter.workType')}</div>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('portal.filter.any')}
          value={search.workType || undefined}
          onChange={(v?: string) => onChange({ workType: v ?? '' })}
          options={WORK_TYPES.map((w) => ({ value: w, label: workTypeLabel(t, w) }))}
        />
      </div>
      <div className="filter-block">
        <Button block onClick={onReset} data-testid="filter-reset">
          {t('portal.filter.reset')}
        </Button>
      </div>
    </div>
  );
}
