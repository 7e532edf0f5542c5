import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Form, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { Query } from '../../../api/client';
import { ExportButton } from '../../../components/ExportButton';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker';
import { useFetched } from '../../../components/useFetched';
import { fmtDateTime } from '../../../components/format';
import { PrintPageButton } from '../../ledgers/PrintPageButton';
import type { LedgerColumn } from '../../ledgers/ledgerColumns';
import { PeriodPicker } from '../supply-demand/PeriodPicker';
import { usePeriodParams } from '../supply-demand/usePeriodParams';
import { FigureLink, IndicatorTable } from './IndicatorTable';
import { fmtFigure, FIGURES, INDICATORS_PATH, indicatorsApi, type Figure, type IndicatorReport, type IndicatorRow } from './indicatorsApi';

const GROUPS: { key: string; figures: Figure[] }[] = [
  { key: 'ind.group.unemployment', figures: ['unemploymentRate', 'unemployed', 'employed'] },
  { key: 'ind.group.newEmployment', figures: ['newTotal', 'newEmployer', 'newSelfEmployed', 'newFlexible', 'newPublicWelfare', 'attrition', 'netNew'] },
  { key: 'ind.group.reemployment', figures: ['reemploymentRate', 'reemployed', 'reemploymentBase', 'difficultyRate', 'difficultyEmployed', 'difficultyBase'] },
  { key: 'ind.group.zeroFamily', figures: ['zeroIdentified', 'zeroCleared', 'zeroOverdue'] },
];

/** The period of one row as the records page's query: a whole month by its number, part of one by its days. */
function rowPeriod(row: IndicatorRow, query: Query): Query {
  if (/^\d{4}-\d{2}$/.test(row.key)) {
    const whole = row.from.endsWith('-01') && Number(row.to.slice(8)) === new Date(Number(row.to.slice(0, 4)), Number(row.to.slice(5, 7)), 0).getDate();
    return whole ? { period: 'month', year: Number(row.key.slice(0, 4)), month: Number(row.key.slice(5)) } : { period: 'custom', from: row.from, to: row.to };
  }
  const { regionCode: _drop, ...period } = query;
  return period;
}

/**
 * 主要指标: a unit's employment indicators for a quarter (month, year or span) as cards, its lower
 * units side by side and the months of the year; every number opens the records behind it.
 */
export default function IndicatorsPage() {
  const t = useT();
  const { period, regionCode, query, update, href } = usePeriodParams();
  const load = useCallback(() => indicatorsApi.report(query), [query]);
  const { data: report, loading } = useFetched<IndicatorReport | null>(load, null);
  const recordsHref = (row: IndicatorRow, figure: Figure) => href('/stats/indicators/records', { ...rowPeriod(row, query), regionCode: row.regionCode, indicator: figure });
  const labels = report?.labels ?? {};

  const printColumns: LedgerColumn<IndicatorRow>[] = [
    { key: 'label', title: t('ind.unitCol'), text: (r) => r.label },
    ...FIGURES.map((f) => ({ key: f, title: labels[f] ?? f, text: (r: IndicatorRow) => fmtFigure(f, r.values[f]) })),
  ];
  const printRows = report ? [report.unit, ...report.lower, ...report.months] : [];

  return (
    <Card
      title={t('ind.pageTitle')}
      extra={
        <Space>
          <PrintPageButton
            title={t('ind.printTitle')}
            meta={t('ind.printMeta', { unit: report?.regionName ?? '', period: report?.period.label ?? '', time: fmtDateTime(new Date().toISOString()) })}
            columns={printColumns}
            rows={printRows}
            rowKey={(r) => `${r.regionCode}-${r.key}`}
            testId="ind-print"
          />
          <ExportButton listPath={INDICATORS_PATH} query={query} fileName="主要指标.xlsx" />
        </Space>
      }
    >
      <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item label={t('sd.period')}>
          <PeriodPicker value={period} onChange={(v) => update({ ...v }, true)} />
        </Form.Item>
        <Form.Item label={t('ind.unit')}>
          <OrgUnitPicker value={regionCode} style={{ width: 220 }} onChange={(code) => update({ regionCode: code })} data-testid="ind-unit" />
        </Form.Item>
      </Form>
      <Spin spinning={loading}>
        {report && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {report.regionName} {report.period.label}
              {t('ind.range', { from: report.period.from, to: report.period.to })}{'\u3000'}
              {t('ind.asOf', { date: report.unit.asOf })}{'\u3000'}
              <Tag>{t(`ind.source.${report.unit.source}`)}</Tag>
              {t('ind.drillHint')}
            </Typography.Text>
            <Row gutter={[12, 12]}>
              {GROUPS.map((g) => (
                <Col key={g.key} xs={24} md={12} xl={6}>
                  <Card size="small" title={t(g.key as 'ind.group.unemployment')} style={{ height: '100%' }}>
                    <Row gutter={[8, 8]}>
                      {g.figures.map((f, i) => (
                        <Col key={f} span={i === 0 ? 24 : 12}>
                          <Statistic
                            title={labels[f] ?? f}
                            valueRender={() => <FigureLink figure={f} row={report.unit} href={recordsHref} testId={`ind-card-${f}`} />}
                            styles={{ content: { fontSize: i === 0 ? 24 : 16 } }}
                          />
                        </Col>
                      ))}
                    </Row>
                  </Card>
                </Col>
              ))}
            </Row>
            {report.lower.length > 0 && (
              <Card size="small" title={t('ind.lower')}>
                <IndicatorTable rows={report.lower} labels={labels} firstTitle={t('ind.unitCol')} href={recordsHref} testId="ind-lower" />
              </Card>
            )}
            <Card size="small" title={t('ind.months')}>
              <IndicatorTable rows={report.months} labels={labels} firstTitle={t('ind.monthCol')} href={recordsHref} testId="ind-months" />
            </Card>
            <Typography.Paragraph type="secondary">{t('ind.notes')}</Typography.Paragraph>
            <Link to={href('/stats/consistency')}>{t('menu.statsConsistency')}</Link>
          </Space>
        )}
      </Spin>
    </Card>
  );
}
