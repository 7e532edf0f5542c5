import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../i18n';
import { EChart } from '../components/EChart';
import { ScreenHeader } from './ScreenHeader';
import { intParam, regionParam } from './format';
import { DARK, occupationOption, sparkOption, trendOption, type ChartTheme } from '../pages/stats/dashboard/charts';
import { dashboardApi, type Dashboard, type Kpi } from '../pages/stats/dashboard/dashboardApi';
import { changeColor, changeOf, generatedTime, kpiText } from '../pages/stats/dashboard/format';
import './screen.css';

const PANEL = { background: '#0a1224', border: '1px solid #1b2a4a', borderRadius: '0.5vw', padding: '1.2vh 1vw', display: 'flex', flexDirection: 'column' as const, minHeight: 0 };
const PANEL_TITLE = { fontSize: '1.3vw', color: '#ffd257', fontWeight: 700, marginBottom: '0.5vh' };
const STOCKS = new Set<Kpi['key']>(['unemploymentRate', 'unemployed', 'zeroOverdue', 'commitmentMissed']);

/** Chart type sized by the screen: 20 px on a 1920-wide wall. */
function useTheme(): ChartTheme {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const on = () => setWidth(window.innerWidth);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return useMemo(() => ({ ...DARK, font: Math.max(12, Math.round(width / 96)) }), [width]);
}

/** The dashboard for a unit, reloaded every `refreshMs`; a failed reload keeps the last answer and reports offline. */
function useDashboard(region: string | undefined, refreshMs: number) {
  const [data, setData] = useState<Dashboard | null>(null);
  const [offline, setOffline] = useState(false);
  const load = useCallback(async () => {
    try {
      setData(await dashboardApi.get(region));
      setOffline(false);
    } catch {
      setOffline(true);
    }
  }, [region]);
  useEffect(() => {
    void load();
    const id = window.setInterval(() => void load(), refreshMs);
    return () => window.clearInterval(id);
  }, [load, refreshMs]);
  return { data, offline };
}

function Tile({ k, theme }: { k: Kpi; theme: ChartTheme }) {
  const t = useT();
  const change = changeOf(k);
  const spark = useMemo(() => sparkOption(k, { ...theme, colors: { ...theme.colors, spark: '#ffd257' } }), [k, theme]);
  return (
    <div style={{ ...PANEL, padding: '1vh 1vw' }} data-testid={`screen-kpi-${k.key}`}>
      <div style={{ fontSize: '1.15vw', color: '#9fb3da' }}>{t(`dash.kpi.${k.key}`)}</div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: '0.6vw' }}>
        <span style={{ fontSize: '2.4vw', fontWeight: 800, color: '#f4f6fb', fontVariantNumeric: 'tabular-nums' }}>{kpiText(k, k.month)}</span>
        <span style={{ fontSize: '1vw', color: '#9fb3da' }}>{STOCKS.has(k.key) ? t('dash.now') : t('dash.month')}</span>
      </div>
      <div style={{ fontSize: '0.95vw', display: 'flex', justifyContent: 'space-between', color: '#9fb3da' }}>
        <span style={{ color: change ? changeColor(k, change.up, true) : undefined }}>{change ? `${change.text}${change.points ? ` ${t('dash.pp')}` : ''}` : ' '}</span>
        {!STOCKS.has(k.key) && (
          <span>
            {t('dash.ytd')} {kpiText(k, k.ytd)}
          </span>
        )}
      </div>
      {k.trend.length > 0 && <EChart option={spark} style={{ height: '3.4vh', marginTop: '0.3vh' }} />}
    </div>
  );
}

/**
 * 领导驾驶舱大屏 (/screen/dashboard, signed in with stats.view): the dashboard of a unit (`regionCode`,
 * default the user's) in a dark 1920×1080 layout readable from across a room — the eight KPIs with
 * sparklines, new employment and the ratio over twelve months, the ratio by occupation group, the
 * lower units and the alerts. Reloads every `refresh` seconds (default 300).
 */
export default function DashboardScreen() {
  const t = useT();
  const [params] = useSearchParams();
  const region = regionParam(params.get('regionCode'));
  const refreshMs = intParam(params.get('refresh'), 300, 30, 3600) * 1000;
  const { data: d, offline } = useDashboard(region, refreshMs);
  const theme = useTheme();

  useEffect(() => {
    document.title = t('dash.title');
  }, [t]);

  const trend = useMemo(() => (d ? trendOption(d, theme, { employment: t('dash.kpi.newEmployment'), ratio: t('dash.kpi.ratio') }) : null), [d, theme, t]);
  const occupation = useMemo(() => (d ? occupationOption(d.occupation, theme, { ratio: t('dash.kpi.ratio'), demand: t('dash.demand'), supply: t('dash.supply') }) : null), [d, theme, t]);

  return (
    <div className="hall" data-testid="dashboard-screen">
      <ScreenHeader
        title={d ? t('dash.screenTitle', { name: d.regionName }) : t('dash.title')}
        subtitle={d ? `${t('dash.asOf', { date: d.today })} · ${t('dash.generatedAt', { time: generatedTime(d.generatedAt) })} · ${t('dash.screenRefresh', { minutes: Math.round(refreshMs / 60_000) })}` : ''}
        offline={offline}
      />
      {d && (
        <div style={{ flex: 1, display: 'grid', gridTemplateRows: 'auto 1fr', gap: '1vh', padding: '1.2vh 1.2vw', minHeight: 0 }}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: '0.9vh 0.8vw' }}>
            {d.kpis.map((k) => (
              <Tile key={k.key} k={k} theme={theme} />
            ))}
          </div>
          <div style={{ display: 'grid', gridTemplateColumns: '36% 29% 1fr', gap: '0.8vw', minHeight: 0 }}>
            <div style={PANEL}>
              <div style={PANEL_TITLE}>{t('dash.trendTitle')}</div>
              {trend && <EChart option={trend} style={{ flex: 1, height: 'auto', minHeight: 0 }} />}
            </div>
            <div style={PANEL}>
              <div style={PANEL_TITLE}>{t('dash.occupationTitle', { quarter: d.quarter.label })}</div>
              {occupation && <EChart option={occupation} style={{ flex: 1, height: 'auto', minHeight: 0 }} />}
            </div>
            <div style={{ display: 'grid', gridTemplateRows: 'minmax(0, 1fr) auto', gap: '1vh', minHeight: 0 }}>
              <div style={{ ...PANEL, overflow: 'hidden' }}>
                <div style={PANEL_TITLE}>{t('dash.lowerTitle')}</div>
                <div style={{ display: 'grid', gridTemplateColumns: '1.6fr 1fr 1fr 0.8fr', fontSize: '0.95vw', color: '#9fb3da', paddingBottom: '0.4vh', borderBottom: '1px solid #1b2a4a' }}>
                  <span>{t('dash.lowerUnit')}</span>
                  <span style={{ textAlign: 'right' }}>{t('dash.kpi.newEmployment')}</span>
                  <span style={{ textAlign: 'right' }}>{t('dash.kpi.unemployed')}</span>
                  <span style={{ textAlign: 'right' }}>{t('dash.kpi.ratio')}</span>
                </div>
                {d.lower.slice(0, 8).map((u) => (
                  <div key={u.code} style={{ display: 'grid', gridTemplateColumns: '1.6fr 1fr 1fr 0.8fr', fontSize: '1.1vw', padding: '0.15vh 0', borderBottom: '1px solid #111c33', fontVariantNumeric: 'tabular-nums' }}>
                    <span style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{u.name}</span>
                    <span style={{ textAlign: 'right', color: '#5ef0a0' }}>{u.newEmployment.toLocaleString('zh-CN')}</span>
                    <span style={{ textAlign: 'right' }}>{u.unemployed.toLocaleString('zh-CN')}</span>
                    <span style={{ textAlign: 'right', color: '#ffd257' }}>{u.ratio === null ? '—' : u.ratio.toFixed(2)}</span>
                  </div>
                ))}
              </div>
              <div style={PANEL}>
                <div style={PANEL_TITLE}>{t('dash.alertsTitle')}</div>
                {d.alerts.map((a) => (
                  <div key={a.check} style={{ display: 'flex', justifyContent: 'space-between', fontSize: '1.05vw', padding: '0.35vh 0' }} data-testid={`screen-alert-${a.check}`}>
                    <span style={{ color: '#c9d6f2' }}>{t(`dash.alert.${a.check}`)}</span>
                    <span style={{ fontWeight: 800, color: a.level === 'high' ? '#ff7875' : a.level === 'medium' ? '#ffb400' : '#5ad8a6' }}>{a.count}</span>
                  </div>
                ))}
              </div>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
