import { Alert, Button, Card, Col, Form, Row, Space, Spin, Statistic, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useCallback } from 'react';
import { useT } from '../../../i18n';
import { ExportButton } from '../../../components/ExportButton';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker';
import { useFetched } from '../../../components/useFetched';
import { changeText, ratioText } from './format';
import { PeriodPicker } from './PeriodPicker';
import { SdTable } from './SdTable';
import { SD_PATH, sdApi, type Cell, type SupplyDemandReport } from './sdApi';
import { usePeriodParams } from './usePeriodParams';

/** One overall figure with its changes. */
function Figure({ title, cell, testId }: { title: string; cell: Cell; testId: string }) {
  const t = useT();
  return (
    <Card size="small">
      <Statistic title={title} value={cell.count} data-testid={testId} />
      <Typography.Text type="secondary">
        {t('sd.vsPrevious')} {changeText(cell.vsPrevious)}{'\u3000'}{t('sd.vsLastYear')} {changeText(cell.vsLastYear)}
      </Typography.Text>
    </Card>
  );
}

/** The summary, the overall figures and every table; numbers link to the records behind them. */
export function SupplyDemandBody({ report, recordsHref }: { report: SupplyDemandReport; recordsHref: ((table: string, row: string, side: 'demand' | 'supply') => string) | null }) {
  const t = useT();
  const o = report.overall;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('sd.summary')} description={<span data-testid="sd-summary">{report.summary}</span>} />
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Figure title={t('sd.postings')} cell={o.postings} testId="sd-postings" />
        </Col>
        <Col xs={12} md={6}>
          <Figure title={t('sd.demand')} cell={o.demand} testId="sd-demand" />
        </Col>
        <Col xs={12} md={6}>
          <Figure title={t('sd.supply')} cell={o.supply} testId="sd-supply" />
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('sd.ratio')} value={ratioText(o.ratio.value)} data-testid="sd-ratio" />
            <Typography.Text type="secondary">
              {t('sd.vsPrevious')} {ratioText(o.ratio.previous)}{'\u3000'}{t('sd.vsLastYear')} {ratioText(o.ratio.lastYear)}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      {report.tables.map((table) => (
        <Card key={table.key} size="small" title={table.title} className="sd-table-card">
          <SdTable table={table} recordsHref={recordsHref} />
        </Card>
      ))}
      <Typography.Paragraph type="secondary">{t('sd.notes')}</Typography.Paragraph>
    </Space>
  );
}

/**
 * 职业供求状况分析: a unit's subtree over a quarter (or month, year, span) — the written analysis, the
 * overall figures and every table with shares, 环比, 同比 and 求人倍率; 导出Excel and 打印.
 */
export default function SupplyDemandPage() {
  const t = useT();
  const { period, regionCode, query, update, href } = usePeriodParams();
  const load = useCallback(() => sdApi.report(query), [query]);
  const { data: report, loading } = useFetched<SupplyDemandReport | null>(load, null);
  const recordsHref = (table: string, row: string, side: 'demand' | 'supply') => href('/stats/supply-demand/records', { table, row, side });

  return (
    <Card
      title={t('sd.pageTitle')}
      extra={
        <Space>
          <Button icon={<PrinterOutlined />} href={href('/stats/supply-demand/print')} target="_blank" data-testid="sd-print">
            {t('sd.print')}
          </Button>
          <ExportButton listPath={SD_PATH} query={query} fileName="职业供求状况分析.xlsx" />
        </Space>
      }
    >
      <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item label={t('sd.unit')}>
          <OrgUnitPicker value={regionCode} style={{ width: 220 }} onChange={(code) => update({ regionCode: code })} data-testid="sd-unit" />
        </Form.Item>
        <Form.Item label={t('sd.period')}>
          <PeriodPicker value={period} onChange={(v) => update(v, true)} />
        </Form.Item>
        {report && (
          <Form.Item>
            <Typography.Text type="secondary" data-testid="sd-period-label">
              {report.regionName} {report.period.label}（{t('sd.periodRange', { from: report.period.from, to: report.period.to })}）{'\u3000'}{t('sd.comparedWith', { previous: report.previous.label, lastYear: report.lastYear.label })}
            </Typography.Text>
          </Form.Item>
        )}
      </Form>
      <Typography.Paragraph type="secondary">{t('sd.drillHint')}</Typography.Paragraph>
      <Spin spinning={loading}>{report ? <SupplyDemandBody report={report} recordsHref={recordsHref} /> : <div style={{ minHeight: 200 }} />}</Spin>
    </Card>
  );
}
