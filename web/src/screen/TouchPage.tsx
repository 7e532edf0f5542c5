import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { screenApi, type ScreenFacet, type ScreenPosting } from './api';
import { ScreenHeader } from './ScreenHeader';
import { MAJOR_GROUP_SHORT, countUnder, educationShort, intParam, regionParam, wageText } from './format';
import { useCodes, useIdle, usePlace } from './hooks';
import { TouchDetail } from './TouchDetail';
import './screen.css';

interface Filters {
  q: string;
  occupation?: { code: string; name: string };
  district?: { code: string; name: string };
}

interface Results {
  items: ScreenPosting[];
  nextCursor: string | null;
  total: number | null;
}

const PAGE = 12;

/**
 * 触摸屏自助查询 (/screen/touch): big buttons for the occupation major groups and the districts, a
 * keyword field, results as big cards, a posting's detail with the 记下联系方式 panel; after `idle`
 * seconds without a touch (default 90) it returns to the start. `region` limits it to a unit's subtree.
 */
export default function TouchPage() {
  const [params] = useSearchParams();
  const region = regionParam(params.get('region'));
  const idleMs = intParam(params.get('idle'), 90, 5, 3600) * 1000;
  const place = usePlace(region);
  const groups = useCodes('occupation', 1).filter((g) => g.code in MAJOR_GROUP_SHORT);
  const [facets, setFacets] = useState<{ occupation?: ScreenFacet[]; region?: ScreenFacet[] } | undefined>();
  const [offline, setOffline] = useState(false);
  const [draft, setDraft] = useState('');
  const [filters, setFilters] = useState<Filters | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const [portrait, setPortrait] = useState(() => window.innerHeight > window.innerWidth);

  useEffect(() => {
    const onResize = () => setPortrait(window.innerHeight > window.innerWidth);
    window.addEventListener('resize', onResize);
    document.title = '岗位自助查询';
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // The kiosk scrolls inside its main area (the hall itself is fixed): back to the top there.
  const main = useRef<HTMLElement>(null);
  const toTop = () => main.current?.scrollTo(0, 0);
  // A search answer is shown only if no newer search began meanwhile; one 加载更多 at a time.
  const generation = useRef(0);
  const loadingMore = useRef(false);

  const home = useCallback(() => {
    generation.current += 1;
    setFilters(null);
    setResults(null);
    setDetail(null);
    setDraft('');
    toTop();
  }, []);
  useIdle(idleMs, home);
  // Opening or closing a posting shows it from its top.
  useEffect(() => {
    main.current?.scrollTo(0, 0);
  }, [detail]);

  // The start page's counts: every valid posting of the place, by group and by district.
  useEffect(() => {
    if (filters) return;
    screenApi
      .postings({ region, sort: 'date', limit: 1 })
      .then((r) => {
        setFacets(r.facets);
        setOffline(false);
      })
      .catch(() => setOffline(true));
  }, [filters, region]);

  const search = useCallback(
    async (f: Filters, cursor?: string) => {
      if (cursor && loadingMore.current) return;
      const mine = generation.current;
      loadingMore.current = Boolean(cursor);
      try {
        const r = await screenApi.postings({ q: f.q || undefined, occupation: f.occupation?.code, region: f.district?.code ?? region, sort: f.q ? 'relevance' : 'date', limit: PAGE, cursor });
        if (mine !== generation.current) return;
        setResults((prev) => ({ items: cursor && prev ? [...prev.items, ...r.items] : r.items, nextCursor: r.nextCursor, total: r.total }));
        setOffline(false);
      } catch {
        if (mine !== generation.current) return;
        setOffline(true);
        if (!cursor) setResults({ items: [], nextCursor: null, total: null });
      } finally {
        if (cursor) loadingMore.current = false;
      }
    },
    [region],
  );

  const apply = (f: Filters) => {
    generation.current += 1;
    loadingMore.current = false;
    toTop();
    setFilters(f);
    setResults(null);
    setDetail(null);
    void search(f);
  };

  const cityName = place.city?.name ?? '';
  const title = params.get('hall')?.slice(0, 30) || `${cityName}人力资源市场`;
  const districts = place.district ? [place.district] : place.districts;

  return (
    <div className={`hall kiosk${portrait ? ' kiosk-portrait' : ''}`} data-testid="touch-root">
      <ScreenHeader
        title={title}
        subtitle="岗位自助查询 · 点一点就能找工作"
        offline={offline}
        right={
          filters && (
            <button type="button" className="kiosk-btn secondary" onClick={home} data-testid="touch-home">
              ⌂ 返回首页
            </button>
          )
        }
      />
      <main className="kiosk-main" ref={main}>
        {detail !== null ? (
          <TouchDetail id={detail} onBack={() => setDetail(null)} />
        ) : (
          <>
            <form
              className="kiosk-search"
              onSubmit={(e) => {
                e.preventDefault();
                apply({ ...(filters ?? {}), q: draft.trim() });
              }}
            >
              <input
                className="kiosk-input"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                placeholder="输入岗位、单位或技能，如：电工、会计"
                maxLength={40}
                enterKeyHint="search"
                data-testid="touch-keyword"
              />
              <button type="submit" className="kiosk-btn" data-testid="touch-search">
                搜索
              </button>
            </form>
            {filters && results ? (
              <ResultList filters={filters} results={results} onClear={(f) => (f.q || f.occupation || f.district ? apply(f) : home())} onOpen={setDetail} onMore={() => filters && void search(filters, results.nextCursor ?? undefined)} />
            ) : filters ? (
              <div className="kiosk-count">正在查询…</div>
            ) : (
              <>
                <div className="kiosk-section">按职业类别找</div>
                <div className="kiosk-grid">
                  {groups.map((g) => (
                    <button type="button" key={g.code} className={tileClass(countUnder(g.code, facets?.occupation))} onClick={() => apply({ q: '', occupation: { code: g.code, name: MAJOR_GROUP_SHORT[g.code] } })} data-testid={`touch-group-${g.code}`}>
                      <span className="kiosk-tile-name">{MAJOR_GROUP_SHORT[g.code]}</span>
                      <span className="kiosk-tile-sub">{countLabel(countUnder(g.code, facets?.occupation))}</span>
                    </button>
                  ))}
                </div>
                <div className="kiosk-section">按区域找</div>
                <div className="kiosk-grid">
                  {districts.map((d) => (
                    <button type="button" key={d.code} className={tileClass(countUnder(d.code, facets?.region))} onClick={() => apply({ q: '', district: { code: d.code, name: d.name } })} data-testid={`touch-district-${d.code}`}>
                      <span className="kiosk-tile-name">{d.name}</span>
                      <span className="kiosk-tile-sub">{countLabel(countUnder(d.code, facets?.region))}</span>
                    </button>
                  ))}
                </div>
                <p className="kiosk-idle">{Math.round(idleMs / 1000)} 秒无操作将自动返回本页</p>
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** A tile without postings stays tappable but is dimmed. */
function tileClass(n: number | null): string {
  return n === 0 ? 'kiosk-tile empty' : 'kiosk-tile';
}

function countLabel(n: number | null): string {
  return n === null ? '查看岗位' : `${n} 个岗位`;
}

/** The active filters as chips (tap to remove one), the result cards and 加载更多. */
function ResultList({ filters, results, onClear, onOpen, onMore }: { filters: Filters; results: Results; onClear: (f: Filters) => void; onOpen: (id: number) => void; onMore: () => void }) {
  return (
    <>
      <div className="kiosk-chips" style={{ marginTop: '2vh' }}>
        {filters.occupation && (
          <button type="button" className="kiosk-chip" onClick={() => onClear({ ...filters, occupation: undefined })} data-testid="touch-chip-occupation">
            {filters.occupation.name} ✕
          </button>
        )}
        {filters.district && (
          <button type="button" className="kiosk-chip" onClick={() => onClear({ ...filters, district: undefined })} data-testid="touch-chip-district">
            {filters.district.name} ✕
          </button>
        )}
        {filters.q && (
          <button type="button" className="kiosk-chip" onClick={() => onClear({ ...filters, q: '' })} data-testid="touch-chip-q">
            “{filters.q}” ✕
          </button>
        )}
        <span className="kiosk-count" data-testid="touch-count">
          {results.total !== null ? `共 ${results.total} 个岗位` : `已显示 ${results.items.length} 个岗位`}
        </span>
      </div>
      {results.items.length === 0 && <div className="kiosk-error">没有找到符合条件的岗位，请换个条件试试。</div>}
      <div className="kiosk-cards">
        {results.items.map((p) => (
          <button type="button" key={p.id} className="kiosk-card" onClick={() => onOpen(p.id)} data-testid="touch-card" data-occupation={p.occupationCode}>
            <div className="kiosk-card-title">{p.title}</div>
            <div className="kiosk-card-employer">{p.employerName}</div>
            <div className="kiosk-card-facts">
              <span className="hall-wage">{wageText(p.wageMin, p.wageMax)}</span>
              <span>招 {p.vacancies} 人</span>
              <span>{educationShort(p.education)}</span>
              <span>{p.regionName ?? ''}</span>
            </div>
          </button>
        ))}
      </div>
      {results.nextCursor && (
        <div style={{ textAlign: 'center', marginTop: '2.4vh' }}>
          <button type="button" className="kiosk-btn secondary" onClick={onMore} data-testid="touch-more">
            加载更多
          </button>
        </div>
      )}
    </>
  );
}
