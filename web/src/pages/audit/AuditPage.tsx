import { useEffect, useState } from 'react';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { auditApi, LIST } from '../../api/endpoints';
import type { AuditEntry, AuditEventType } from '../../api/types';
import type { Query } from '../../api/client';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { fmtDateTime } from '../../components/format';
import { showError } from '../../components/feedback';
import { useScopeUnit } from '../../components/ScopeContext';
import { ScopeTag } from '../../components/ScopeTag';
import { useUnitNames } from '../../components/useUnitNames';

interface FilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  event?: string;
  entityType?: string;
  entityId?: string;
}

function toQuery(v: FilterValues): Query {
  return {
    from: v.range?.[0]?.format('YYYY-MM-DD'),
    to: v.range?.[1]?.format('YYYY-MM-DD'),
    actor: v.actor?.trim() || undefined,
    event: v.event || undefined,
    entityType: v.entityType?.trim() || undefined,
    entityId: v.entityId?.trim() || undefined,
  };
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div style={{ flex: 1, minWidth: 240 }}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <pre className="json-block">{value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/**
 * 审计日志: who did what when, filterable, with the before/after data of each change, exportable.
 * A unit chosen in the header narrows the log to that unit's events; events tied to no region
 * (logins, calendar and code tables, audit views) stay in unless the user unticks them.
 */
export default function AuditPage() {
  const t = useT();
  const [form] = Form.useForm<FilterValues>();
  const [events, setEvents] = useState<AuditEventType[]>([]);
  const [filters, setFilters] = useState<Query>({});
  const { unit, root } = useScopeUnit();
  const [includeGlobal, setIncludeGlobal] = useState(true);
  const narrowed = unit.code !== root.code;
  const table = useServerTable<AuditEntry>(
    LIST.audit,
    { ...filters, regionCode: narrowed ? unit.code : undefined, includeGlobal: narrowed && includeGlobal ? true : undefined },
    { defaultSort: 'at', defaultOrder: 'desc' },
  );

  const names = useUnitNames(table.items.map((r) => r.regionCode ?? ''));

  useEffect(() => {
    auditApi.events().then(setEvents).catch(showError);
  }, []);

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', key: 'at', width: 170, sorter: true, sortOrder: table.sortOrderOf('at'), render: fmtDateTime },
    { title: t('audit.actor'), dataIndex: 'actorName', key: 'actorName', width: 130 },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', width: 130 },
    {
      title: t('audit.event'),
      dataIndex: 'eventName',
      key: 'event',
      render: (name: string, r) => (
        <Space size={4}>
          <span>{name}</span>
          <Tag>{r.event}</Tag>
        </Space>
      ),
    },
    { title: t('audit.entityType'), dataIndex: 'entityType', key: 'entityType', width: 130 },
    { title: t('audit.entityId'), dataIndex: 'entityId', key: 'entityId', width: 110 },
    {
      title: t('audit.region'),
      dataIndex: 'regionCode',
      key: 'regionCode',
      width: 150,
      ellipsis: true,
      render: (code: string | null) => (code ? <span title={code}>{names.get(code) ?? code}</span> : ''),
    },
  ];

  return (
    <Card
      title={
        <Space>
          {t('menu.audit')}
          <ScopeTag />
        </Space>
      }
      extra={<ExportButton listPath={LIST.audit} query={table.exportQuery} />}>
      <Form<FilterValues> form={form} layout="vertical" onFinish={(v) => {
          setFilters(toQuery(v));
          table.reload();
        }} style={{ marginBottom: 8 }}>
        <Row gutter={12}>
          <Col xs={24} md={12} xl={7}>
            <Form.Item name="range" label={t('audit.dateRange')}>
              <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} data-testid="audit-range" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Form.Item name="actor" label={t('audit.actor')}>
              <Input allowClear data-testid="audit-actor" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={5}>
            <Form.Item name="event" label={t('audit.event')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={events.map((e) => ({ value: e.event, label: `${e.name}（${e.event}）` }))}
                data-testid="audit-event"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Form.Item name="entityType" label={t('audit.entityType')}>
              <Input allowClear />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Form.Item name="entityId" label={t('audit.entityId')}>
              <Input allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={3}>
            <Form.Item label=" ">
              <Space>
                <Button type="primary" htmlType="submit" data-testid="audit-search">
                  {t('common.search')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    setFilters({});
                    setIncludeGlobal(true);
                  }}
                >
                  {t('common.reset')}
                </Button>
              </Space>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {narrowed && (
        <Space size={4} wrap style={{ marginBottom: 12 }}>
          <Checkbox checked={includeGlobal} onChange={(e) => setIncludeGlobal(e.target.checked)} data-testid="audit-include-global">
            {t('audit.includeGlobal')}
          </Checkbox>
          <Typography.Text type="secondary">{t('audit.includeGlobalHint', { name: unit.name })}</Typography.Text>
        </Space>
      )}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        {...table.tableProps}
        scroll={{ x: 1100 }}
        expandable={{
          expandedRowRender: (r) => (
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              <JsonBlock title={t('audit.before')} value={r.before} />
              <JsonBlock title={t('audit.after')} value={r.after} />
              <JsonBlock title={t('audit.detail')} value={r.detail} />
            </div>
          ),
        }}
      />
    </Card>
  );
}
