import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { http } from '../../api/client';
import { employersApi, LIST } from '../../api/endpoints';
import type { CodeEntry, Employer, Page } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { useScopeUnit } from '../../components/ScopeContext';
import { fmtDateTime, STATUS_COLORS } from '../../components/format';
import { empStatusLabel } from '../../components/labels';
import { showError } from '../../components/feedback';
import { EmployerFormModal } from './EmployerFormModal';
import { EmployerDrawer } from './EmployerDrawer';
import { CreditTags } from './CreditTags';

const STATUSES = ['draft', 'pending', 'returned', 'verified', 'rejected'];

/** 用人单位: searchable list in the chosen scope, create/edit, details with 提交审核. */
export default function EmployersPage() {
  const t = useT();
  const { can } = useAuth();
  const { unit } = useScopeUnit();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const [member, setMember] = useState<boolean | undefined>(params.get('member') === 'true' ? true : undefined);
  const [source, setSource] = useState<string | undefined>();
  const [editing, setEditing] = useState<Employer | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [unitTypes, setUnitTypes] = useState<CodeEntry[]>([]);
  const [drawerVersion, setDrawerVersion] = useState(0);
  const openId = params.get('open') ? Number(params.get('open')) : null;

  const table = useServerTable<Employer>(LIST.employers, { q: q.trim() || undefined, status, member, source, regionCode: unit.code }, { defaultSort: 'createdAt', defaultOrder: 'desc' });

  useEffect(() => {
    http
      .get<Page<CodeEntry>>(LIST.codeEntries, { type: 'unit_type', pageSize: 100 })
      .then((p) => setUnitTypes(p.items))
      .catch(() => undefined);
  }, []);

  const unitTypeName = useMemo(() => {
    const names = new Map(unitTypes.map((u) => [u.code, u.name]));
    return (code: string | null) => (code ? (names.get(code) ?? code) : '');
  }, [unitTypes]);

  // Edit the full record (the list masks the contact phone).
  const startEdit = async (id: number) => {
    try {
      setEditing(await employersApi.get(id));
      setFormOpen(true);
    } catch (e) {
      showError(e);
    }
  };

  const openDrawer = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('open');
    else next.set('open', String(id));
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<Employer> = [
    { title: t('emp.creditCode'), dataIndex: 'creditCode', key: 'creditCode', width: 200, sorter: true, sortOrder: table.sortOrderOf('creditCode') },
    {
      title: t('emp.name'),
      dataIndex: 'name',
      key: 'name',
      width: 280,
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      ellipsis: true,
      render: (v: string, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => openDrawer(r.id)} data-testid={`employer-open-${r.id}`}>
          {v}
        </Button>
      ),
    },
    { title: t('emp.region'), dataIndex: 'regionName', key: 'regionName', width: 150, ellipsis: true },
    { title: t('emp.unitType'), dataIndex: 'unitType', key: 'unitType', width: 120, render: (v: string | null) => unitTypeName(v) },
    { title: t('emp.contactName'), dataIndex: 'contactName', key: 'contactName', width: 100 },
    { title: t('emp.contactPhone'), dataIndex: 'contactPhone', key: 'contactPhone', width: 130 },
    {
      title: t('emp.status'),
      dataIndex: 'status',
      key: 'status',
      width: 100,
      sorter: true,
      sortOrder: table.sortOrderOf('status'),
      render: (s: string) => <Tag color={STATUS_COLORS[s] ?? 'default'}>{empStatusLabel(t, s)}</Tag>,
    },
    {
      title: t('emp.member'),
      dataIndex: 'member',
      key: 'memberUntil',
      width: 110,
      sorter: true,
      sortOrder: table.sortOrderOf('memberUntil'),
      render: (m: boolean, r) => (m ? <Tag color="gold" title={`${r.memberSince ?? ''} ~ ${r.memberUntil ?? ''}`}>{t('emp.member.yes')}</Tag> : null),
    },
    { title: t('emp.creditSummary'), dataIndex: 'credit', key: 'credit', width: 170, render: (_: unknown, r) => <CreditTags credit={r.credit} /> },
    { title: t('common.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 160, sorter: true, sortOrder: table.sortOrderOf('createdAt'), render: fmtDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => openDrawer(r.id)}>
            {t('common.detail')}
          </Button>
          {r.can.update && (
            <Button
              type="link"
              size="small"
              onClick={() => void startEdit(r.id)}
            >
              {t('common.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('emp.title')}
      extra={
        <Space>
          {can('employer.manage') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
              }}
              data-testid="employer-create"
            >
              {t('common.create')}
            </Button>
          )}
          <ExportButton listPath={LIST.employers} query={table.exportQuery} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('emp.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 260 }} data-testid="employer-search" />
        <Select
          allowClear
          placeholder={t('emp.status')}
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: empStatusLabel(t, s) }))}
        />
        <Select
          allowClear
          placeholder={t('emp.member')}
          style={{ width: 130 }}
          value={member === undefined ? undefined : String(member)}
          onChange={(v?: string) => setMember(v === undefined ? undefined : v === 'true')}
          options={[
            { value: 'true', label: t('emp.member.yes') },
            { value: 'false', label: t('emp.member.no') },
          ]}
          data-testid="employer-member-filter"
        />
        <Select
          allowClear
          placeholder={t('emp.source')}
          style={{ width: 130 }}
          value={source}
          onChange={setSource}
          options={(['staff', 'portal'] as const).map((s) => ({ value: s, label: t(`emp.source.${s}`) }))}
        />
      </Space>
      <Table<Employer> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1730 }} />
      <EmployerFormModal
        open={formOpen}
        employer={editing}
        defaultRegion={unit.level >= 3 ? unit.code : undefined}
        onClose={() => setFormOpen(false)}
        onSaved={(saved) => {
          setFormOpen(false);
          table.reload();
          setDrawerVersion((n) => n + 1);
          openDrawer(saved.id);
        }}
      />
      <EmployerDrawer
        id={openId}
        version={drawerVersion}
        unitTypeName={unitTypeName}
        onClose={() => openDrawer(null)}
        onEdit={(e) => {
          setEditing(e);
          setFormOpen(true);
        }}
        onChanged={table.reload}
      />
    </Card>
  );
}
