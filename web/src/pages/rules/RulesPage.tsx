import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { rulesApi } from '../../api/endpoints';
import type { BusinessRule, RuleVersion } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError, showSuccess } from '../../components/feedback';
import { chinaToday, fmtDateTime } from '../../components/format';
import { RuleVersionModal } from './RuleVersionModal';
import { resolveVersion, STATUS_COLOR, versionStatus, type VersionStatus } from './ruleStatus';

/**
 * 业务规则: every dated rule (validity periods, deadlines, standards) with the value in force for
 * the user's unit and its version history; with code.manage, a new dated version can be added and
 * a version that has not taken effect yet (in the user's scope) can be deleted.
 */
export default function RulesPage() {
  const t = useT();
  const me = useMe();
  const { can } = useAuth();
  const manage = can('code.manage');
  const [rules, setRules] = useState<BusinessRule[] | null>(null);
  const [editing, setEditing] = useState<BusinessRule | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  // The server decides what is in force by the date in China.
  const today = chinaToday();

  const load = useCallback(() => {
    rulesApi.list().then(setRules).catch(showError);
  }, []);
  useEffect(load, [load]);

  const regionLabel = (v: RuleVersion) => (v.regionCode ? v.regionName : t('rule.allRegions'));
  // Mirrors the server: a version of a region in the user's subtree, or (province level and
  // above) one for every region.
  const mayDelete = (v: RuleVersion) => (v.regionCode ? v.regionCode.startsWith(me.orgUnit.code) : me.orgUnit.code.length <= 2);

  const remove = async (rule: BusinessRule, v: RuleVersion) => {
    try {
      setRules(await rulesApi.remove({ key: rule.key, regionCode: v.regionCode, effectiveFrom: v.effectiveFrom }));
      showSuccess(t('rule.deleted'));
    } catch (e) {
      showError(e);
      load(); // taken effect meanwhile, or already deleted: show the current state
    }
  };

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

  type VersionRow = RuleVersion & { status: VersionStatus; mine: boolean };
  const versionColumns = (rule: BusinessRule): ColumnsType<VersionRow> => {
    const cols: ColumnsType<VersionRow> = [
      {
        title: t('rule.region'),
        dataIndex: 'regionName',
        key: 'region',
        width: 180,
        render: (_: string, v) => <span title={v.regionCode || undefined}>{regionLabel(v)}</span>,
      },
      { title: t('rule.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom', width: 120 },
      { title: t('rule.value'), dataIndex: 'value', key: 'value', width: 90, align: 'right' },
      {
        title: t('rule.status'),
        dataIndex: 'status',
        key: 'status',
        width: 190,
        render: (s: VersionStatus, v) => (
          <Space size={4}>
            <Tag color={STATUS_COLOR[s]}>{t(`rule.status.${s}`)}</Tag>
            {v.mine && <Tag color="gold">{t('rule.mine')}</Tag>}
          </Space>
        ),
      },
      {
        title: t('rule.note'),
        dataIndex: 'note',
        key: 'note',
        ellipsis: true,
        render: (note: string | null) => note ?? <Typography.Text type="secondary">—</Typography.Text>,
      },
      { title: t('common.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', width: 150, render: fmtDateTime },
    ];
    if (manage) {
      cols.push({
        title: t('common.actions'),
        key: 'actions',
        width: 80,
        render: (_, v) =>
          v.status === 'future' && mayDelete(v) ? (
            <Popconfirm
              title={t('rule.deleteConfirm')}
              description={<div style={{ maxWidth: 300 }}>{t('rule.deleteConfirmText', { region: regionLabel(v), date: v.effectiveFrom, value: v.value })}</div>}
              placement="topRight"
              okButtonProps={{ danger: true, 'data-testid': 'rule-delete-ok' }}
              onConfirm={() => remove(rule, v)}
            >
              <Button type="link" size="small" danger data-testid={`rule-delete-${rule.key}-${v.regionCode || 'all'}-${v.effectiveFrom}`}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          ) : null,
      });
    }
    return cols;
  };

  const history = (r: BusinessRule) => {
    const mine = resolveVersion(r.versions, me.orgUnit.code, today);
    const rows = r.versions.map((v) => ({ ...v, status: versionStatus(r.versions, v, today), mine: v === mine }));
    return (
      <Table<VersionRow>
        rowKey={(v) => `${v.regionCode}|${v.effectiveFrom}`}
        size="small"
        columns={versionColumns(r)}
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
