import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ScreenHeader } from './ScreenHeader';
import { chinaClock, educationShort, intParam, pagesOf, regionParam, wageText } from './format';
import { useLivePostings, usePlace } from './hooks';
import { FairScreen } from './FairScreen';
import './screen.css';

/**
 * 大厅电子屏 (/screen): the current valid postings of the place, newest first, a page at a time in
 * type readable from afar. Parameters: `region` (a division code: that unit's subtree), `interval`
 * (seconds per page, default 15), `rows` (postings per page, default 8), `refresh` (seconds between
 * reloads, default 180), `hall` (the name in the header). With `fair` (a fair's id) the screen shows
 * that fair's booths and positions instead (FairScreen). A failed reload keeps the last list on
 * screen and shows 离线.
 */
export default function ScreenPage() {
  const [params] = useSearchParams();
  const fair = /^[1-9][0-9]{0,11}$/.test(params.get('fair') ?? '') ? Number(params.get('fair')) : null;
  if (fair === null) return <PostingScreen />;
  return (
    <FairScreen
      fairId={fair}
      intervalMs={intParam(params.get('interval'), 15, 2, 600) * 1000}
      rows={intParam(params.get('rows'), 8, 3, 20)}
      refreshMs={intParam(params.get('refresh'), 180, 5, 3600) * 1000}
      hall={params.get('hall')}
    />
  );
}

/** The place's current valid postings, newest first. */
function PostingScreen() {
  const [params] = useSearchParams();
  const region = regionParam(params.get('region'));
  const intervalMs = intParam(params.get('interval'), 15, 2, 600) * 1000;
  const rows = intParam(params.get('rows'), 8, 3, 20);
  const refreshMs = intParam(params.get('refresh'), 180, 5, 3600) * 1000;
  const live = useLivePostings(region, refreshMs);
  const place = usePlace(region);
  const pages = useMemo(() => pagesOf(live.data ?? [], rows), [live.data, rows]);
  const [index, setIndex] = useState(0);
  const current = index % pages.length;

  // The cycle starts on page 1 once the first data is there (not while the screen is still loading).
  const ready = live.data !== null;
  useEffect(() => {
    if (!ready) return;
    setIndex(0);
    const id = window.setInterval(() => setIndex((i) => i + 1), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, ready]);

  useEffect(() => {
    document.title = '岗位信息大屏';
  }, []);

  const cityName = place.city?.name ?? '';
  const title = params.get('hall')?.slice(0, 30) || `${cityName}人力资源市场`;
  const subtitle = `${place.district?.name ?? cityName} 招聘岗位信息 · 每 ${intervalMs / 1000} 秒翻页`;
  const total = live.data?.length ?? 0;
  // City-wide the district says most from afar; on a district's screen, the street or community.
  const placeName = (code: string, name: string | null) => (place.district ? name : place.districts.find((d) => code.startsWith(d.code))?.name ?? name) ?? '';

  return (
    <div className="hall" data-testid="screen-root">
      <ScreenHeader title={title} subtitle={subtitle} offline={live.offline} />
      <div className="hall-table">
        <div className="hall-row hall-head">
          <div>用人单位</div>
          <div>招聘岗位</div>
          <div className="hall-num">人数</div>
          <div>月薪</div>
          <div>学历</div>
          <div>工作地点</div>
        </div>
        {live.data === null ? (
          <div className="hall-empty">{live.offline ? '暂时无法获取岗位信息，请稍候…' : '正在加载岗位信息…'}</div>
        ) : total === 0 ? (
          <div className="hall-empty">暂无有效岗位信息</div>
        ) : (
          <div className="hall-body" style={{ ['--rows' as string]: rows }} data-testid="screen-page" data-page={current + 1}>
            {pages[current].map((p) => (
              <div className="hall-row" key={p.id} data-testid="screen-row">
                <div>{p.employerName}</div>
                <div className="hall-job">{p.title}</div>
                <div className="hall-num">{p.vacancies}</div>
                <div className="hall-wage">{wageText(p.wageMin, p.wageMax)}</div>
                <div>{educationShort(p.education)}</div>
                <div>{placeName(p.regionCode, p.regionName)}</div>
              </div>
            ))}
          </div>
        )}
      </div>
      <div className="hall-progress">{pages.length > 1 && <div key={index} style={{ animationDuration: `${intervalMs}ms` }} />}</div>
      <footer className="hall-footer">
        <div className="hall-pages">
          <span className="hall-page-no" data-testid="screen-page-indicator">
            第 {current + 1} / {pages.length} 页
          </span>
          {pages.length <= 30 && (
            <span className="hall-dots">
              {pages.map((_, i) => (
                <span key={i} className={`hall-dot${i === current ? ' on' : ''}`} />
              ))}
            </span>
          )}
        </div>
        <div>
          共 {total} 个有效岗位{live.loadedAt && ` · 更新于 ${chinaClock(live.loadedAt).time.slice(0, 5)}`} · 更多岗位请到触摸屏查询
        </div>
      </footer>
    </div>
  );
}
