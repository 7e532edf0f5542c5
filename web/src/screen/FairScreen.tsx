import { useEffect, useMemo, useState } from 'react';
import { fairsApi, type FairProgramme } from '../portal/fairs-api';
import { ScreenHeader } from './ScreenHeader';
import { chinaClock, pagesOf, wageText } from './format';
import type { LiveData } from './hooks';

/** One line on the fair screen: a posting at a booth. */
interface Line {
  key: string;
  boothNo: string;
  employerName: string;
  title: string;
  positions: number;
  wageMin: number | null;
  wageMax: number | null;
  first: boolean;
}

/** A fair's programme (public route), reloaded every `refreshMs`; a failed reload keeps the last one and shows 离线. */
function useLiveFair(fairId: number, refreshMs: number): LiveData<FairProgramme> & { missing: boolean } {
  const [state, setState] = useState<LiveData<FairProgramme> & { missing: boolean }>({ data: null, offline: false, loadedAt: null, missing: false });
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const data = await fairsApi.programme(fairId);
        if (!cancelled) setState({ data, offline: false, loadedAt: new Date(), missing: false });
      } catch (e) {
        const missing = typeof e === 'object' && e !== null && 'status' in e && (e as { status: number }).status === 404;
        if (!cancelled) setState((s) => ({ ...s, offline: !missing, missing }));
      }
    };
    void load();
    const id = window.setInterval(() => void load(), refreshMs);
    return () => {
      cancelled = true;
      window.clearInterval(id);
    };
  }, [fairId, refreshMs]);
  return state;
}

/**
 * 招聘会大屏 (/screen?fair=ID): the fair's booths — booth number, employer and the positions it
 * brings — a page at a time in large type, for the hall on the day.
 */
export function FairScreen({ fairId, intervalMs, rows, refreshMs, hall }: { fairId: number; intervalMs: number; rows: number; refreshMs: number; hall: string | null }) {
  const live = useLiveFair(fairId, refreshMs);
  const lines = useMemo<Line[]>(
    () =>
      (live.data?.booths ?? []).flatMap((b) =>
        b.postings.map((p, i) => ({ key: `${b.boothNo}-${p.postingId}`, boothNo: b.boothNo, employerName: b.employerName, title: p.title, positions: p.positions, wageMin: p.wageMin, wageMax: p.wageMax, first: i === 0 })),
      ),
    [live.data],
  );
  const pages = useMemo(() => pagesOf(lines, rows), [lines, rows]);
  const [index, setIndex] = useState(0);
  const current = index % pages.length;
  const ready = live.data !== null;
  useEffect(() => {
    if (!ready) return;
    setIndex(0);
    const id = window.setInterval(() => setIndex((i) => i + 1), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, ready]);

  const fair = live.data?.fair;
  useEffect(() => {
    document.title = fair ? `${fair.name} · 参展单位` : '招聘会大屏';
  }, [fair]);

  const title = hall?.slice(0, 30) || fair?.name || '招聘会';
  const subtitle = fair ? `${fair.heldOn} ${fair.startsAt}–${fair.endsAt} · ${fair.venue} · 参展单位及招聘岗位` : '招聘会参展单位及招聘岗位';
  const totals = live.data?.totals;

  return (
    <div className="hall" data-testid="screen-root">
      <ScreenHeader title={title} subtitle={subtitle} offline={live.offline} />
      <div className="hall-table hall-fair">
        <div className="hall-row hall-head">
          <div>展位</div>
          <div>用人单位</div>
          <div>招聘岗位</div>
          <div className="hall-num">人数</div>
          <div>月薪</div>
        </div>
        {live.data === null ? (
          <div className="hall-empty">{live.missing ? '该招聘会不存在或尚未发布' : live.offline ? '暂时无法获取招聘会信息，请稍候…' : '正在加载参展单位…'}</div>
        ) : lines.length === 0 ? (
          <div className="hall-empty">参展单位正在审核中，敬请关注</div>
        ) : (
          <div className="hall-body" style={{ ['--rows' as string]: rows }} data-testid="screen-page" data-page={current + 1}>
            {pages[current].map((l, i) => (
              <div className={`hall-row${l.first || i === 0 ? ' hall-booth-start' : ''}`} key={l.key} data-testid="screen-row">
                <div className="hall-booth">{l.first || i === 0 ? l.boothNo : ''}</div>
                <div>{l.first || i === 0 ? l.employerName : ''}</div>
                <div className="hall-job">{l.title}</div>
                <div className="hall-num">{l.positions}</div>
                <div className="hall-wage">{wageText(l.wageMin, l.wageMax)}</div>
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
        </div>
        <div data-testid="screen-fair-totals">
          {totals ? `共 ${totals.employers} 家单位 · ${lines.length} 个岗位 · 招聘 ${totals.positions} 人` : ''}
          {live.loadedAt && ` · 更新于 ${chinaClock(live.loadedAt).time.slice(0, 5)}`}
        </div>
      </footer>
    </div>
  );
}
