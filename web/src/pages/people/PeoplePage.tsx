import { useState, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { LIST } from '../../api/endpoints';
import type { Person } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { ExportButton } from '../../components/ExportButton';
import { ScopeTag } from '../../components/ScopeTag';
import { useScopeUnit } from '../../components/ScopeContext';
import { labelOf } from '../../components/labels';
import { LABOUR_STATUS_COLORS, useLabeler, useRegistryCodes } from '../../components/registry';
import { PersonFormModal } from './PersonFormModal';

/** 人员查询: search people in the chosen scope by ID number, name or pinyin initials; register a new person. */
export default function PeoplePage() {
  const t = useT();
  const navigate = useNavigate();
  const { can } = useAuth();
  const { unit } = useScopeUnit();
  const codes = useRegistryCodes();
  const hukouName = useLabeler(codes.hukouTypes);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const [formOpen, setFormOpen] = useState(false);

  const table = useServerTable<Person>(LIST.people, { q: q || undefined, labourStatus: status, regionCode: unit.code });

  const search = () => (text.trim() === q ? table.reload() : setQ(text.trim()));

  const columns: ColumnsType<Person> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      key: 'name',
      width: 110,
      sorter: true,
      sortOrder: table.sortOrderOf('name'),
      render: (v: string) => <Typography.Link>{v}</Typography.Link>,
    },
    { title: t('person.citizenId'), dataIndex: 'citizenId', key: 'citizenId', width: 190, render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
    { title: t('person.sex'), dataIndex: 'sex', key: 'sex', width: 60, render: (v: number) => labelOf(t, 'person.sex.', String(v)) },
    { title: t('person.age'), dataIndex: 'age', key: 'age', width: 80, sorter: true, sortOrder: table.sortOrderOf('age') },
    { title: t('person.hukouType'), dataIndex: 'hukouType', key: 'hukouType', width: 100, render: hukouName },
    { title: t('person.region'), dataIndex: 'regionName', key: 'regionCode', width: 170, ellipsis: true, sorter: true, sortOrder: table.sortOrderOf('regionCode') },
    {
      title: t('person.labourStatus'),
      dataIndex: 'labourStatusName',
      key: 'labourStatus',
      width: 110,
      render: (v: string, r) => <Tag color={LABOUR_STATUS_COLORS[r.labourStatus] ?? 'default'}>{v}</Tag>,
    },
    { title: t('person.phone'), dataIndex: 'phone', key: 'phone', width: 130 },
    { title: t('person.cardNumber'), dataIndex: 'cardNumber', key: 'cardNumber', width: 190, render: (v: string | null) => v ?? '' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Button type="link" size="small" data-testid={`person-open-${r.id}`} onClick={() => navigate(`/people/${r.id}`)}>
          {t('person.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={
        <Space>
          {t('person.title')}
          <ScopeTag />
        </Space>
      }
      extra={
        <Space>
          {can('person.manage') && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setFormOpen(true)} data-testid="person-create">
              {t('person.create')}
            </Button>
          )}
          <ExportButton listPath={LIST.people} query={table.exportQuery} fileName="people.xlsx" />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {/* The box itself carries the test id (so it can be typed into); Enter or 查询 searches. */}
        <Space.Compact style={{ width: 380 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('person.searchPlaceholder')}
            value={text}
            maxLength={30}
            onChange={(e) => {
              setText(e.target.value);
              if (!e.target.value) setQ(''); // cleared: show everyone again
            }}
            onPressEnter={search}
            data-testid="person-search"
          />
          <Button type="primary" onClick={search} data-testid="person-search-button">
            {t('common.search')}
          </Button>
        </Space.Compact>
        <Select
          allowClear
          placeholder={t('person.labourStatus')}
          style={{ width: 150 }}
          value={status}
          onChange={setStatus}
          options={codes.labourStatus}
          data-testid="person-status-filter"
        />
      </Space>
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={columns}
        {...table.tableProps}
        rowClassName={() => 'row-clickable'}
        onRow={(r) =>
          ({
            'data-testid': `person-row-${r.id}`,
            onClick: () => navigate(`/people/${r.id}`),
          }) as HTMLAttributes<HTMLElement>
        }
        scroll={{ x: 1250 }}
      />
      <PersonFormModal
        open={formOpen}
        person={null}
        defaultRegion={unit.level === 5 ? unit.code : undefined}
        onClose={() => setFormOpen(false)}
        onSaved={(p) => {
          setFormOpen(false);
          navigate(`/people/${p.id}`);
        }}
      />
    </Card>
  );
}
