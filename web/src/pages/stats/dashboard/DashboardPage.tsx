import { useCallback, useMemo, useRef } from 'react';
import { Button, Card, Col, Empty, List, Row, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../../i18n';
import { EChart, type EChartClick } from '../../../components/EChart';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker';
import { useScopeUnit } from '../../../components/ScopeContext';
import { useFetched } from '../../../components/useFetched';
import { LIGHT, occupationOption, occupationShown, trendOption } from './charts';
import { alertLink, dashboardApi, kpiLink, occupationLink, type Dashboard, type LowerUnit } from './dashboardApi';
import { KpiCard } from './KpiCard';
import { generatedTime, kpiText } from './format';

const RATE = { unit: '%' };
const RATIO = { unit: '倍' };

/**
 * 领导驾驶舱: for the header's unit (chosen here too, or by clicking a lower unit) the key indicators of
 * the month and the year so far with their twelve-month sparklines, new employment and the ratio over
 * twelve months, the ratio by occupation group this quarter, the lower units side by side and the
 * overdue alerts. Every figure opens the records behind it.
 */
export default function DashboardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { unit, root, setUnit } = useScopeUnit();
  // The Refresh button asks for a recomputation once; every other load takes the materialised copy.
  const recompute = useRef(false);
  const load = useCallback(() => {
    const refresh = recompute.current;
    recompute.current = false;
    return dashboardApi.get(unit.code, refresh);
  }, [unit.code]);
  const { data: d, loading, reload } = useFetched<Dashboard | null>(load, null);
  const refresh = () => {
    recompute.current = true;
    void reload();
  };

  const trend = useMemo(() => (d ? trendOption(d, LIGHT, { employment: t('dash.kpi.newEmployment'), ratio: t('dash.kpi.ratio') }) : null), [d, t]);
  const occupation = useMemo(() => (d ? occupationOption(d.occupation, LIGHT, { ratio: t('dash.kpi.ratio'), demand: t('dash.demand'), supply: t('dash.supply') }) : null), [d, t]);

  const openTrend = (p: EChartClick) => {
    const m = d?.months[p.dataIndex];
    if (d && m) navigate(kpiLink(d, p.seriesIndex === 0 ? 'newEmployment' : 'ratio', m));
  };
  const openOccupation = (p: EChartClick) => {
    const row = d ? occupationShown(d.occupation)[p.dataIndex] : undefined;
    if (d && row) navigate(occupationLink(d, row.key, 'demand'));
  };

  const columns: ColumnsType<LowerUnit> = d
    ? [
        {
          title: t('dash.lowerUnit'),
          dataIndex: 'name',
          key: 'name',
          render: (v: string, r) => (
            <Typography.Link onClick={() => setUnit({ code: r.code, name: r.name, level: r.level })} data-testid={`dash-lower-${r.code}`}>
              {v}
            </Typography.Link>
          ),
        },
        {
          title: t('dash.lowerNew'),
          dataIndex: 'newEmployment',
          key: 'newEmployment',
          align: 'right',
          sorter: (a, b) => a.newEmployment - b.newEmployment,
          render: (v: number, r) => <Link to={kpiLink(d, 'newEmployment', 'ytd', r.code)}>{v.toLocaleString('zh-CN')}</Link>,
        },
        {
          title: t('dash.lowerUnemployed'),
          dataIndex: 'unemployed',
          key: 'unemployed',
          align: 'right',
          sorter: (a, b) => a.unemployed - b.unemployed,
          render: (v: number, r) => <Link to={kpiLink(d, 'unemployed', 'month', r.code)}>{v.toLocaleString('zh-CN')}</Link>,
        },
        {
          title: t('dash.lowerRate'),
          dataIndex: 'unemploymentRate',
          key: 'unemploymentRate',
          align: 'right',
          sorter: (a, b) => (a.unemploymentRate ?? -1) - (b.unemploymentRate ?? -1),
          render: (v: number | null, r) => <Link to={kpiLink(d, 'unemploymentRate', 'month', r.code)}>{kpiText(RATE, v)}</Link>,
        },
        {
          title: t('dash.lowerRatio'),
          dataIndex: 'ratio',
          key: 'ratio',
          align: 'right',
          sorter: (a, b) => (a.ratio ?? -1) - (b.ratio ?? -1),
          render: (v: number | null, r) => <Link to={kpiLink(d, 'ratio', d.quarter, r.code)}>{kpiText(RATIO, v)}</Link>,
        },
      ]
    : [];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard-page">
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{t('dash.title')}</span>
            <OrgUnitPicker
              value={unit.code}
              root={root}
              onChange={(code, picked) => code && picked && setUnit(picked)}
              style={{ width: 260 }}
              data-testid="dash-unit"
            />
          </Space>
        }
        extra={
          <Space>
            {d && (
              <Tooltip title={d.maxAgeSeconds > 0 ? t('dash.generatedTip', { minutes: Math.round(d.maxAgeSeconds / 60) }) : t('dash.generatedLive')}>
                <Typography.Text type="secondary" data-testid="dash-generated">
                  {t('dash.asOf', { date: d.today })} · {t('dash.generatedAt', { time: generatedTime(d.generatedAt) })}
                </Typography.Text>
              </Tooltip>
            )}
            <Button icon={<ReloadOutlined />} onClick={refresh} loading={loading} data-testid="dash-refresh">
              {t('dash.refresh')}
            </Button>
            <Button icon={<DesktopOutlined />} href={`/screen/dashboard?regionCode=${unit.code}`} target="_blank" data-testid="dash-screen">
              {t('dash.screen')}
            </Button>
          </Space>
        }
      />
      {!d ? (
        <Spin spinning={loading}>
          <div style={{ height: 300 }} />
        </Spin>
      ) : (
        <Spin spinning={loading}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              {d.kpis.map((k) => (
                <Col key={k.key} xs={24} sm={12} lg={6}>
                  <KpiCard d={d} k={k} />
                </Col>
              ))}
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card size="small" title={t('dash.trendTitle')}>
                  {trend && <EChart option={trend} onClick={openTrend} style={{ height: 300 }} aria-label={t('dash.trendTitle')} data-testid="dash-trend" />}
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card size="small" title={t('dash.occupationTitle', { quarter: d.quarter.label })}>
                  {occupationShown(d.occupation).length === 0 ? (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                  ) : (
                    occupation && <EChart option={occupation} onClick={openOccupation} style={{ height: 300 }} aria-label={t('dash.occupationTitle', { quarter: d.quarter.label })} data-testid="dash-occupation" />
                  )}
                </Card>
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card size="small" title={t('dash.lowerTitle')}>
                  <Table<LowerUnit> size="small" rowKey="code" columns={columns} dataSource={d.lower} pagination={{ pageSize: 10, hideOnSinglePage: true }} data-testid="dash-lower" />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card size="small" title={t('dash.alertsTitle')}>
                  <List
                    size="small"
                    dataSource={d.alerts}
                    data-testid="dash-alerts"
                    renderItem={(a) => (
                      <List.Item
                        key={a.check}
                        extra={
                          a.count > 0 ? (
                            <Link to={alertLink(a)} data-testid={`dash-alert-${a.check}`}>
                              <Tag color={a.level === 'high' ? 'red' : 'orange'}>{t('dash.alertCount', { count: a.count })}</Tag>
                            </Link>
                          ) : (
                            <Tag>{t('dash.alertNone')}</Tag>
                          )
                        }
                      >
                        {t(`dash.alert.${a.check}`)}
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            </Row>
          </Space>
        </Spin>
      )}
    </Space>
  );
}
