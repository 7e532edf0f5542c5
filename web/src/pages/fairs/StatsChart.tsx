import { Empty } from 'antd';
import { useT } from '../../i18n';
import type { StatsRow } from './fairApi';

const SERIES: { key: 'seekers' | 'intentions' | 'unemployedIntentions'; color: string; label: 'stats.seekers' | 'stats.intentions' | 'stats.unemployedIntentions' }[] = [
  { key: 'seekers', color: '#4e79a7', label: 'stats.seekers' },
  { key: 'intentions', color: '#f28e2b', label: 'stats.intentions' },
  { key: 'unemployedIntentions', color: '#e15759', label: 'stats.unemployedIntentions' },
];

/** Rounds a maximum up to a readable axis end (1, 2, 5 × 10^n). */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

/** A grouped bar chart of the rows (入场人数, 意向录用, 其中下岗失业人员), drawn with plain SVG. */
export function StatsChart({ rows }: { rows: StatsRow[] }) {
  const t = useT();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const shown = rows.slice(0, 24);
  const max = niceMax(Math.max(...shown.flatMap((r) => SERIES.map((s) => r[s.key]))));
  const left = 48;
  const top = 24;
  const plotH = 180;
  const group = Math.max(48, Math.min(96, 720 / shown.length));
  const bar = Math.min(18, (group - 12) / SERIES.length);
  const width = Math.max(left + group * shown.length + 16, left + 150 * SERIES.length);
  const height = top + plotH + 44;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  return (
    <div style={{ overflowX: 'auto' }} data-testid="fair-stats-chart">
      <svg width={width} height={height} role="img" aria-label={t('stats.chart')} style={{ fontSize: 11, fontFamily: 'inherit' }}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width - 8} y1={y(v)} y2={y(v)} stroke="#f0f0f0" />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" fill="#8c8c8c">
              {v}
            </text>
          </g>
        ))}
        {shown.map((r, i) => {
          const x0 = left + i * group + (group - bar * SERIES.length) / 2;
          const label = r.label.length > 8 ? `${r.label.slice(0, 7)}…` : r.label;
          return (
            <g key={r.key}>
              {SERIES.map((s, j) => (
                <rect key={s.key} x={x0 + j * bar} y={y(r[s.key])} width={bar - 2} height={Math.max(0, top + plotH - y(r[s.key]))} fill={s.color}>
                  <title>{`${r.label} ${t(s.label)}：${r[s.key]}`}</title>
                </rect>
              ))}
              <text x={left + i * group + group / 2} y={top + plotH + 16} textAnchor="middle" fill="#595959">
                {label}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={width - 8} y1={top + plotH} y2={top + plotH} stroke="#bfbfbf" />
        {SERIES.map((s, j) => (
          <g key={s.key} transform={`translate(${left + j * 150}, ${height - 10})`}>
            <rect width={10} height={10} y={-9} fill={s.color} />
            <text x={14} fill="#595959">
              {t(s.label)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
