import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { rulesApi } from '../../api/endpoints';
import type { BusinessRule, RuleVersion } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { useUnitNames } from '../../components/useUnitNames';
import { RuleVersionModal } from './RuleVersionModal';
import { resolveVersion, STATUS_COLOR, versionStatus, type VersionStatus } from './ruleStatus';

/**
 * 业务规则: every dated rule (validity periods, deadlines, standards) with the value in force for
 * the user's unit and its version history; with code.manage, a new dated version can be added.
 */
export default function RulesPage() {
  const t = useT();
  const me = useMe();
  const { can } = useAuth();
  const manage = can('code.manage');
  const [rules, setRules] = useState<BusinessRule[] | null>(null);
  const [editing, setEditing] = useState<BusinessRule | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const today = dayjs().format('YYYY-MM-DD');

  const load = useCallback(() => {
    rulesApi.list().then(setRules).catch(showError);
  }, []);
  useEffect(load, [load]);

  const regionCodes = useMemo(() => (rules ?? []).flatMap((r) => r.versions.map((v) => v.regionCode)), [rules]);
  const names = useUnitNames(regionCodes);
  const regionLabel = (code: string) => (code ? (names.get(code) ?? code) : t('rule.allRegions'));

  const open = (rule: BusinessRule | null) => {
    setEditing(rule);
    setFormOpen(true);
  };

  const columns: ColumnsType<BusinessRule> = [
    {
      title: t('rule.name'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, r) => (
        <Space orientation="vertical" size={0}>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.key}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('rule.default'), dataIndex: 'defaultValue', key: 'defaultValue', width: 110, align: 'right' },
    {
      title: t('rule.inForce'),
      dataIndex: 'value',
      key: 'value',
      width: 150,
      align: 'right',
      render: (v: number, r) => (v === r.defaultValue ? v : <Typography.Text strong>{v}</Typography.Text>),
    },
    {
      title: t('rule.versions'),
      key: 'versions',
      width: 170,
      render: (_, r) => {
        const future = r.versions.filter((v) => v.effectiveFrom > today).length;
        return (
          <Space size={4}>
            <span>{r.versions.length}</span>
            {future > 0 && <Tag color="blue">{t('rule.futureCount', { n: future })}</Tag>}
          </Space>
        );
      },
    },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => open(r)} data-testid={`rule-add-${r.key}`}>
          {t('rule.addVersion')}
        </Button>
      ),
    });
  }

  const versionColumns: ColumnsType<RuleVersion & { status: VersionStatus; mine: boolean }> = [
    { title: t('rule.region'), dataIndex: 'regionCode', key: 'regionCode', render: (c: string) => regionLabel(c) },
    { title: t('rule.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom', width: 140 },
    { title: t('rule.value'), dataIndex: 'value', key: 'value', width: 120, align: 'right' },
    {
      title: t('rule.status'),
      dataIndex: 'status',
      key: 'status',
      width: 220,
      render: (s: VersionStatus, v) => (
        <Space size={4}>
          <Tag color={STATUS_COLOR[s]}>{t(`rule.status.${s}`)}</Tag>
          {v.mine && <Tag color="gold">{t('rule.mine')}</Tag>}
        </Space>
      ),
    },
  ];

  const history = (r: BusinessRule) => {
    const mine = resolveVersion(r.versions, me.orgUnit.code, today);
    const rows = r.versions.map((v) => ({ ...v, status: versionStatus(r.versions, v, today), mine: v === mine }));
    return (
      <Table
        rowKey={(v) => `${v.regionCode}|${v.effectiveFrom}`}
        size="small"
        columns={versionColumns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('rule.noVersions', { value: r.defaultValue }) }}
        data-testid={`rule-versions-${r.key}`}
      />
    );
  };

  return (
    <Card
      title={t('menu.rules')}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={load}>
            {t('common.refresh')}
          </Button>
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} data-testid="rule-add">
              {t('rule.addVersion')}
            </Button>
          )}
        </Space>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('rule.explainTitle')} description={t('rule.explain', { unit: me.orgUnit.name })} />
      <Table<BusinessRule>
        rowKey="key"
        size="middle"
        loading={rules === null}
        columns={columns}
        dataSource={rules ?? []}
        pagination={false}
        expandable={{ expandedRowRender: history, rowExpandable: () => true }}
        data-testid="rules-table"
      />
      <RuleVersionModal
        open={formOpen}
        rules={rules ?? []}
        rule={editing}
        onClose={() => setFormOpen(false)}
        onSaved={(next) => {
          setRules(next);
          setFormOpen(false);
        }}
      />
    </Card>
  );
}
