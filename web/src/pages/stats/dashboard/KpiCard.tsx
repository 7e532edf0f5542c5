import { Card, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../i18n';
import { EChart } from '../../../components/EChart';
import { LIGHT, sparkOption } from './charts';
import { kpiLink, type Dashboard, type Kpi } from './dashboardApi';
import { changeColor, changeOf, kpiText } from './format';
import { useMemo } from 'react';

/** Stocks show one figure (today's); flows the month and the year so far. */
const STOCKS = new Set<Kpi['key']>(['unemploymentRate', 'unemployed', 'zeroOverdue', 'commitmentMissed']);

/** One KPI: the month's figure (a link to its records), the change against last month, the year so far and a sparkline. */
export function KpiCard({ d, k }: { d: Dashboard; k: Kpi }) {
  const t = useT();
  const change = changeOf(k);
  const spark = useMemo(() => sparkOption(k, LIGHT), [k]);
  const stock = STOCKS.has(k.key);
  return (
    <Card size="small" styles={{ body: { padding: '12px 16px' } }} data-testid={`dash-kpi-${k.key}`}>
      <Typography.Text type="secondary">{t(`dash.kpi.${k.key}`)}</Typography.Text>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginTop: 4 }}>
        <Link to={kpiLink(d, k.key, 'month')} style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.2 }} data-testid={`dash-kpi-${k.key}-month`}>
          {kpiText(k, k.month)}
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {k.unit === '%' || k.unit === '倍' ? '' : k.unit} {stock ? t('dash.now') : t('dash.month')}
        </Typography.Text>
      </div>
      <div style={{ fontSize: 12, minHeight: 20 }}>
        {change && (
          <span style={{ color: changeColor(k, change.up) }}>
            {t('dash.vsLastMonth')} {change.text}
            {change.points ? ` ${t('dash.pp')}` : ''}
          </span>
        )}
      </div>
      <div style={{ fontSize: 12, minHeight: 20 }}>
        {!stock && (
          <>
            <Typography.Text type="secondary">{t('dash.ytd')} </Typography.Text>
            <Link to={kpiLink(d, k.key, 'ytd')} data-testid={`dash-kpi-${k.key}-ytd`}>
              {kpiText(k, k.ytd)}
            </Link>
          </>
        )}
        {k.detail && <Typography.Text type="secondary"> · {t('dash.postings', { count: k.detail.month })}</Typography.Text>}
      </div>
      {k.trend.length > 0 ? <EChart option={spark} style={{ height: 40, marginTop: 4 }} aria-label={t(`dash.kpi.${k.key}`)} /> : <div style={{ height: 44 }} />}
    </Card>
  );
}
