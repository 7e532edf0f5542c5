import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import type { FieldError } from '../../api/client';
import { LIST } from '../../api/endpoints';
import type { Posting } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { EmployerSelect, type EmployerChoice } from '../people/EmployerSelect';
import { PostingDetailDrawer } from './PostingDetailDrawer';
import { PostingFormDrawer } from './PostingFormDrawer';
import { OUTCOME_COLORS, POSTING_STATUS_COLORS, POSTING_STATUSES, labelOfStatus, outcomeLabel, postingStatusLabel, wageRange } from './postingLabels';

function withoutParam(prev: URLSearchParams, key: string): URLSearchParams {
  const next = new URLSearchParams(prev);
  next.delete(key);
  return next;
}

interface FormState {
  open: boolean;
  posting: Posting | null;
  errors?: FieldError[];
}

/**
 * 岗位管理: postings an employer account registered, or (staff) those located in the chosen unit;
 * filters by status (`?status=`), title, unit and employer; the detail (`?open=<id>`) and the register form (`?create=1`).
 */
export default function PostingsPage() {
  const t = useT();
  const me = useMe();
  const { can } = useAuth();
  const { unit: scope } = useScopeUnit();
  const [params, setParams] = useSearchParams();
  const staff = me.user.kind === 'staff';
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string | undefined>(params.get('status') ?? undefined);
  const [unitCode, setUnitCode] = useState<string | undefined>();
  const [employer, setEmployer] = useState<EmployerChoice | undefined>();
  // `?create=1` (the employer's home page) opens the register form at once.
  const [form, setForm] = useState<FormState>({ open: params.get('create') === '1' && can('posting.manage'), posting: null });
  const [drawerVersion, setDrawerVersion] = useState(0);
  const openId = params.get('open') ? Number(params.get('open')) : null;

  // A new choice in the header's 数据范围 replaces the unit chosen here.
  const seenScope = useRef(scope.code);
  useEffect(() => {
    if (seenScope.current === scope.code) return;
    seenScope.current = scope.code;
    setUnitCode(undefined);
  }, [scope.code]);

  // An employer account lists its own postings wherever they are; staff those in the chosen unit.
  const regionCode = staff ? (unitCode ?? scope.code) : undefined;
  const table = useServerTable<Posting>(LIST.postings, { q: q.trim() || undefined, status, regionCode, employerId: employer?.id });

  useEffect(() => {
    if (params.has('create')) setParams((prev) => withoutParam(prev, 'create'), { replace: true });
  }, [params, setParams]);

  const openDrawer = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('open');
    else next.set('open', String(id));
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<Posting> = [
    {
      title: t('posting.name'),
      dataIndex: 'title',
      key: 'title',
      width: 150,
      fixed: 'left',
      ellipsis: true,
      sorter: true,
      sortOrder: table.sortOrderOf('title'),
      render: (v: string, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => openDrawer(r.id)} data-testid={`posting-open-${r.id}`}>
          {v}
        </Button>
      ),
    },
    // An employer account sees only its own postings: no employer column.
    ...(staff ? [{ title: t('posting.employer'), dataIndex: 'employerName', key: 'employerName', width: 160, ellipsis: true }] : []),
    { title: t('posting.occupation'), dataIndex: 'occupationName', key: 'occupation', width: 120, ellipsis: true, render: (v: string | null, r) => v ?? r.occupationCode },
    { title: t('posting.vacanciesShort'), dataIndex: 'vacancies', key: 'vacancies', width: 70, align: 'right', sorter: true, sortOrder: table.sortOrderOf('vacancies') },
    { title: t('posting.wage'), key: 'wageMin', width: 130, sorter: true, sortOrder: table.sortOrderOf('wageMin'), render: (_, r) => wageRange(t, r) },
    { title: t('posting.region'), dataIndex: 'regionName', key: 'regionName', width: 110, ellipsis: true },
    { title: t('posting.validity'), key: 'validTo', width: 116, sorter: true, sortOrder: table.sortOrderOf('validTo'), render: (_, r) => <span title={`${r.validFrom} ~ ${r.validTo}`}>{t('posting.validUntil', { date: r.validTo })}</span> },
    {
      title: t('posting.status'),
      dataIndex: 'displayStatus',
      key: 'status',
      width: 90,
      render: (s: string, r) => <Tag color={POSTING_STATUS_COLORS[s] ?? 'default'}>{postingStatusLabel(t, r)}</Tag>,
    },
    {
      title: t('posting.prereview'),
      dataIndex: 'prereviewOutcome',
      key: 'prereview',
      width: 96,
      render: (o: Posting['prereviewOutcome'], r) => (
        <Tooltip title={r.findings.map((f) => f.message).join('；') || undefined}>
          <Tag color={o ? OUTCOME_COLORS[o] : 'default'} data-testid={`posting-outcome-${r.id}`}>
            {outcomeLabel(t, o)}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => openDrawer(r.id)}>
            {t('common.detail')}
          </Button>
          {r.can.update && (
            <Button type="link" size="small" onClick={() => setForm({ open: true, posting: r })}>
              {t('posting.edit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('posting.pageTitle')}
      extra={
        can('posting.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true, posting: null })} data-testid="posting-create">
            {t('posting.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('posting.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 220 }} data-testid="posting-search" />
        <Select
          allowClear
          placeholder={t('posting.status')}
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={POSTING_STATUSES.map((s) => ({ value: s, label: labelOfStatus(t, s) }))}
          data-testid="posting-status-filter"
        />
        {staff && can('org.view') && (
          <OrgUnitPicker value={regionCode} allowClear placeholder={t('posting.unit')} style={{ width: 240 }} onChange={(code) => setUnitCode(code)} data-testid="posting-unit" />
        )}
        {staff && can('employer.view') && (
          <EmployerSelect registeredOnly value={employer} onChange={setEmployer} placeholder={t('posting.employer')} style={{ width: 260 }} data-testid="posting-employer-filter" />
        )}
        <ExportButton listPath={LIST.postings} query={table.exportQuery} />
      </Space>
      <div data-testid="postings-table">
        <Table<Posting> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: staff ? 1142 : 982 }} />
      </div>
      <PostingFormDrawer
        open={form.open}
        posting={form.posting}
        fieldErrors={form.errors}
        onClose={() => setForm({ open: false, posting: null })}
        onSaved={() => {
          table.reload();
          setDrawerVersion((n) => n + 1);
        }}
        onSubmitted={(p) => {
          setForm({ open: false, posting: null });
          table.reload();
          setDrawerVersion((n) => n + 1);
          openDrawer(p.id);
        }}
      />
      <PostingDetailDrawer
        id={openId}
        version={drawerVersion}
        onClose={() => openDrawer(null)}
        onEdit={(p, errors) => setForm({ open: true, posting: p, errors })}
        onChanged={table.reload}
      />
    </Card>
  );
}
