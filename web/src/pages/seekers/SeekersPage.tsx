import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { SEEKERS_LIST, type Seeker } from './seekerApi';
import { SeekerFormModal } from './SeekerFormModal';
import { SEEKER_STATUS_COLORS, SEEKER_STATUS_FILTERS, names, sexAge, statusLabel } from './seekerLabels';
import { useCodeOptions } from './useCodeOptions';
import { SeekerSearchPanel } from './SeekerSearchPanel';
import { usePickedUnit } from '../../components/usePickedUnit';

/**
 * 求职登记: registrations of the people in the chosen unit, with filters (name or ID number,
 * category, occupation — a major group includes its medium groups — status, unit), sorting,
 * paging and Excel export; 求职登记 opens the register dialog (person looked up by ID number).
 * The 关键词检索 tab searches the same registrations by words of skills, certificates and introduction.
 */
export default function SeekersPage() {
  const t = useT();
  const { can } = useAuth();
  const { unit: scope } = useScopeUnit();
  const [unitCode, setUnitCode] = usePickedUnit(scope.code);
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const [occupation, setOccupation] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>('valid');
  const [creating, setCreating] = useState(false);
  const categories = useCodeOptions('person_category');
  const occupations = useCodeOptions('occupation');
  const regionCode = unitCode ?? scope.code;
  const table = useServerTable<Seeker>(SEEKERS_LIST, { q: q.trim() || undefined, category, occupation, status, regionCode });

  const columns: ColumnsType<Seeker> = [
    {
      title: t('seeker.name'),
      dataIndex: 'name',
      key: 'name',
      width: 110,
      fixed: 'left',
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      render: (v: string, r) => (
        <Space size={4}>
          <Link to={`/seekers/${r.id}`} data-testid={`seeker-open-${r.id}`}>
            {v}
          </Link>
          {r.difficulty && <Tag color="volcano">{t('match.priority')}</Tag>}
        </Space>
      ),
    },
    { title: t('seeker.citizenId'), dataIndex: 'citizenIdMasked', key: 'citizenId', width: 170 },
    { title: t('seeker.sexAge'), key: 'sexAge', width: 90, render: (_, r) => sexAge(t, r) },
    { title: t('seeker.region'), dataIndex: 'regionName', key: 'region', width: 120, ellipsis: true },
    { title: t('seeker.occupations'), key: 'occupations', width: 180, ellipsis: true, render: (_, r) => names(r.desiredOccupations) },
    { title: t('seeker.wage'), dataIndex: 'wageExpected', key: 'wageExpected', width: 110, align: 'right', sorter: true, sortOrder: table.sortOrderOf('wageExpected') },
    { title: t('seeker.education'), dataIndex: 'educationName', key: 'education', width: 110, ellipsis: true },
    { title: t('seeker.categories'), key: 'categories', width: 160, ellipsis: true, render: (_, r) => names(r.categories) },
    { title: t('seeker.validity'), key: 'validTo', width: 116, sorter: true, sortOrder: table.sortOrderOf('validTo'), render: (_, r) => <span title={`${r.validFrom} ~ ${r.validTo}`}>{t('seeker.validUntil', { date: r.validTo })}</span> },
    { title: t('seeker.status'), key: 'status', width: 80, render: (_, r) => <Tag color={SEEKER_STATUS_COLORS[r.displayStatus] ?? 'default'}>{statusLabel(t, r)}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, r) => (
        <Link to={`/seekers/${r.id}`}>{t('common.detail')}</Link>
      ),
    },
  ];

  const list = (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('seeker.searchPlaceholder')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 230 }} data-testid="seeker-search" />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('seeker.categories')} style={{ width: 160 }} value={category} onChange={setCategory} options={categories} data-testid="seeker-category-filter" />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('seeker.occupations')} style={{ width: 220 }} value={occupation} onChange={setOccupation} options={occupations} data-testid="seeker-occupation-filter" />
        <Select
          allowClear
          placeholder={t('seeker.status')}
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={SEEKER_STATUS_FILTERS.map((s) => ({ value: s, label: t(`seeker.status.${s}`) }))}
          data-testid="seeker-status-filter"
        />
        {can('org.view') && <OrgUnitPicker value={regionCode} allowClear placeholder={t('seeker.unit')} style={{ width: 240 }} onChange={(code) => setUnitCode(code)} data-testid="seeker-unit" />}
        <ExportButton listPath={SEEKERS_LIST} query={table.exportQuery} />
      </Space>
      <div data-testid="seekers-table">
        <Table<Seeker> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 1330 }} />
      </div>
    </>
  );

  return (
    <Card
      title={t('seeker.pageTitle')}
      extra={
        can('seeker.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="seeker-create">
            {t('seeker.create')}
          </Button>
        )
      }
    >
      <Tabs
        defaultActiveKey="list"
        items={[
          { key: 'list', label: t('seeker.tab.list'), children: list },
          { key: 'search', label: <span data-testid="seeker-tab-search">{t('seeker.tab.search')}</span>, children: <SeekerSearchPanel /> },
        ]}
      />
      <SeekerFormModal open={creating} seeker={null} onClose={() => setCreating(false)} onSaved={() => {
        setCreating(false);
        table.reload();
      }} />
    </Card>
  );
}
