import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { LIST } from '../../api/endpoints';
import type { ResidentLedgerRow } from '../../api/types';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { LABOUR_STATUS_COLORS, useRegistryCodes } from '../../components/registry';
import { orEmpty, sexLabel, tableColumns, type LedgerColumn } from './ledgerColumns';
import { LedgerActions } from './LedgerActions';

/** The unit a ledger lists (a code for the query, a name for the printed page). */
export interface LedgerUnit {
  code: string;
  name: string;
}

/** 居民就业台账: every resident of the unit with their labour status and current full-time job. */
export function ResidentsLedger({ unit }: { unit: LedgerUnit }) {
  const t = useT();
  const codes = useRegistryCodes();
  const [status, setStatus] = useState<string | undefined>();
  const table = useServerTable<ResidentLedgerRow>(LIST.residentsLedger, { regionCode: unit.code, labourStatus: status });
  // The ledger sends the status by name; its code gives the tag the colour 人员查询 uses.
  const statusCode = useMemo(() => new Map(codes.labourStatus.map((o) => [o.label, o.value])), [codes.labourStatus]);

  const columns: LedgerColumn<ResidentLedgerRow>[] = [
    { key: 'regionCode', title: t('ledger.community'), text: (r) => r.regionName, width: 150, sortable: true, fixed: true },
    {
      key: 'name',
      title: t('person.name'),
      text: (r) => r.name,
      render: (r) => (
        <Link to={`/people/${r.id}`} data-testid={`ledger-person-${r.id}`}>
          {r.name}
        </Link>
      ),
      width: 90,
      sortable: true,
      fixed: true,
    },
    { key: 'sex', title: t('person.sex'), text: (r) => sexLabel(t, r.sex), width: 70 },
    { key: 'age', title: t('person.age'), text: (r) => String(r.age), width: 56 },
    { key: 'citizenId', title: t('person.citizenId'), text: (r) => r.citizenId, width: 180, mono: true },
    {
      key: 'labourStatus',
      title: t('person.labourStatus'),
      text: (r) => r.labourStatusName,
      render: (r) => <Tag color={LABOUR_STATUS_COLORS[statusCode.get(r.labourStatusName) ?? ''] ?? 'default'}>{r.labourStatusName}</Tag>,
      width: 100,
    },
    { key: 'employmentKind', title: t('reg.kind'), text: (r) => orEmpty(r.employmentKind), width: 100 },
    { key: 'employerName', title: t('ledger.employer'), text: (r) => orEmpty(r.employerName), width: 210 },
    { key: 'employedSince', title: t('reg.startedOn'), text: (r) => orEmpty(r.employedSince), width: 105 },
    { key: 'phone', title: t('person.phone'), text: (r) => orEmpty(r.phone), width: 120 },
  ];

  return (
    <>
      <Space wrap size={16} style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap size={16}>
          <Select
            allowClear
            placeholder={t('person.labourStatus')}
            style={{ width: 150 }}
            value={status}
            onChange={setStatus}
            options={codes.labourStatus}
            data-testid="ledger-status-filter"
          />
          <Typography.Text type="secondary">{t('ledger.residentsHint')}</Typography.Text>
        </Space>
        <LedgerActions title={t('ledger.tab.residents')} unitName={unit.name} table={table} columns={columns} listPath={LIST.residentsLedger} testId="ledger-print-residents" />
      </Space>
      <Table<ResidentLedgerRow>
        rowKey="id"
        size="middle"
        columns={tableColumns(columns, table.sortOrderOf)}
        {...table.tableProps}
        data-testid="residents-ledger"
        scroll={{ x: 1185 }}
      />
    </>
  );
}
