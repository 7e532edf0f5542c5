import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Badge, Breadcrumb, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { qualityApi } from '../../api/endpoints';
import type { QualityKind, QualitySummary } from '../../api/types';
import { useT, type MessageKey } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { showError } from '../../components/feedback';
import { QualityIssuesTable } from './QualityIssuesTable';

const KINDS: readonly QualityKind[] = ['duplicate_suspect', 'inconsistent', 'not_contacted', 'overdue'];
const KIND_LABELS: Record<QualityKind, MessageKey> = {
  duplicate_suspect: 'dq.kind.duplicate_suspect',
  inconsistent: 'dq.kind.inconsistent',
  not_contacted: 'dq.kind.not_contacted',
  overdue: 'dq.kind.overdue',
};

type Row = QualitySummary['rows'][number];

/** A count that opens its list; zero stays plain. */
function CountLink({ n, onOpen, testId }: { n: number; onOpen: () => void; testId: string }) {
  if (n === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Typography.Link strong onClick={onOpen} data-testid={testId}>
      {n}
    </Typography.Link>
  );
}

/**
 * 数据质量: for the unit chosen (the header scope, also set here or by drilling down), its child units
 * side by side with the suspected duplicates, inconsistent records, people not contacted for six
 * months and overdue deadlines; a tab per kind lists them, optionally for one child unit.
 */
export default function QualityPage() {
  const t = useT();
  const { unit, setUnit } = useScopeUnit();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('kind') ?? '';
  const kind: QualityKind = (KINDS as readonly string[]).includes(asked) ? (asked as QualityKind) : 'duplicate_suspect';
  // One check of the kind (a dashboard figure's link): the list holds exactly the records counted there.
  const check = /^[a-z_]+$/.test(search.get('check') ?? '') ? (search.get('check') as string) : undefined;
  const [summary, setSummary] = useState<QualitySummary | null>(null);
  const [loading, setLoading] = useState(false);
  // The lists follow the unit; a click on a child's count narrows them to that child.
  const [listUnit, setListUnit] = useState<{ code: string; name: string } | null>(null);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setListUnit(null);
    qualityApi
      .summary(unit.code)
      .then((s) => live && setSummary(s))
      .catch((e: unknown) => live && showError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [unit.code]);

  const openKind = (k: QualityKind) => setSearch(k === 'duplicate_suspect' ? {} : { kind: k }, { replace: true });
  const openList = (row: Row, k: QualityKind) => {
    setListUnit(row.code === unit.code ? null : { code: row.code, name: row.name });
    openKind(k);
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('dq.unit'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string, r) =>
        r.drillable ? (
          <Typography.Link onClick={() => setUnit({ code: r.code, name: r.name, level: r.level })} data-testid={`quality-drill-${r.code}`}>
            {v}
          </Typography.Link>
        ) : (
          v
        ),
    },
    ...KINDS.map((k) => ({
      title: t(KIND_LABELS[k]),
      key: k,
      width: 130,
      align: 'right' as const,
      render: (_: unknown, r: Row) => <CountLink n={r.counts[k]} onOpen={() => openList(r, k)} testId={`quality-count-${r.code}-${k}`} />,
    })),
    { title: t('dq.total'), dataIndex: 'total', key: 'total', width: 100, align: 'right', render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
  ];

  const total = summary?.total;
  const listCode = listUnit?.code ?? unit.code;

  return (
    <Card title={t('dq.title')} styles={{ body: { paddingTop: 12 } }}>
      <Space wrap size={16} style={{ marginBottom: 12 }}>
        <OrgUnitPicker
          value={unit.code}
          onChange={(_, chosen) => chosen && setUnit(chosen)}
          style={{ width: 280 }}
          data-testid="quality-unit"
        />
        {summary && summary.path.length > 1 && (
          <Breadcrumb
            items={summary.path.map((p, i) => ({
              key: p.code,
              title:
                i < summary.path.length - 1 ? (
                  <Typography.Link onClick={() => setUnit(p)}>{p.name}</Typography.Link>
                ) : (
                  p.name
                ),
            }))}
          />
        )}
      </Space>
      <Table<Row>
        rowKey="code"
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={summary?.rows ?? []}
        pagination={false}
        data-testid="quality-summary"
        scroll={{ y: 360 }}
        summary={() =>
          total && (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('dq.totalRow')}</Typography.Text>
                </Table.Summary.Cell>
                {KINDS.map((k, i) => (
                  <Table.Summary.Cell key={k} index={i + 1} align="right">
                    <Typography.Text strong data-testid={`quality-total-${k}`}>
                      {total.counts[k]}
                    </Typography.Text>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={KINDS.length + 1} align="right">
                  <Typography.Text strong>{total.total}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={kind}
        onChange={(k) => openKind(k as QualityKind)}
        tabBarExtraContent={
          listUnit && (
            <Tag closable color="geekblue" onClose={() => setListUnit(null)} data-testid="quality-list-unit">
              {t('dq.onlyUnit', { name: listUnit.name })}
            </Tag>
          )
        }
        items={KINDS.map((k) => ({
          key: k,
          label: (
            <span data-testid={`quality-tab-${k}`}>
              {t(KIND_LABELS[k])} <Badge count={total?.counts[k] ?? 0} overflowCount={99999} showZero color={total?.counts[k] ? '#cf1322' : '#bfbfbf'} />
            </span>
          ),
          children: k === kind ? <QualityIssuesTable kind={k} regionCode={listCode} check={check} onAllChecks={() => openKind(k)} /> : null,
        }))}
      />
    </Card>
  );
}
