import { Link } from 'react-router-dom';
import { Space, Table, Typography } from 'antd';
import { LIST } from '../../api/endpoints';
import type { UnemployedLedgerRow } from '../../api/types';
import { useT } from '../../i18n';
import { useServerTable } from '../../components/useServerTable';
import { orEmpty, sexLabel, tableColumns, type LedgerColumn } from './ledgerColumns';
import { LedgerActions } from './LedgerActions';
import type { LedgerUnit } from './ResidentsLedger';

/** 失业人员台账: the follow-up file of the people registered unemployed in the unit (not cancelled). */
export function UnemployedLedger({ unit }: { unit: LedgerUnit }) {
  const t = useT();
  const table = useServerTable<UnemployedLedgerRow>(LIST.unemployedLedger, { regionCode: unit.code });

  const lastContact = (r: UnemployedLedgerRow) =>
    r.lastContactOn ? t('ledger.contactedOn', { date: r.lastContactOn, days: r.daysSinceContact ?? 0 }) : t('ledger.neverContacted');

  const columns: LedgerColumn<UnemployedLedgerRow>[] = [
    { key: 'regionName', title: t('ledger.community'), text: (r) => r.regionName, width: 150, fixed: true },
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
    { key: 'registeredOn', title: t('ledger.registeredOn'), text: (r) => r.registeredOn, width: 125, sortable: true },
    { key: 'daysUnemployed', title: t('ledger.daysUnemployed'), text: (r) => t('ledger.days', { days: r.daysUnemployed }), width: 90 },
    { key: 'reason', title: t('reg.reason'), text: (r) => r.reasonName, width: 150 },
    { key: 'countsInRate', title: t('reg.countsInRate'), text: (r) => t(r.countsInRate ? 'common.yes' : 'common.no'), width: 120 },
    { key: 'cardNumber', title: t('person.cardNumber'), text: (r) => orEmpty(r.cardNumber), width: 165, mono: true },
    {
      key: 'lastContactOn',
      title: t('person.lastContactOn'),
      text: lastContact,
      render: (r) => (r.lastContactOn ? lastContact(r) : <Typography.Text type="secondary">{lastContact(r)}</Typography.Text>),
      width: 180,
      sortable: true,
    },
    { key: 'phone', title: t('person.phone'), text: (r) => orEmpty(r.phone), width: 120 },
  ];

  return (
    <>
      <Space wrap size={16} style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('ledger.unemployedHint')}</Typography.Text>
        <LedgerActions title={t('ledger.tab.unemployed')} unitName={unit.name} table={table} columns={columns} listPath={LIST.unemployedLedger} testId="ledger-print-unemployed" />
      </Space>
      <Table<UnemployedLedgerRow>
        rowKey="id"
        size="middle"
        columns={tableColumns(columns, table.sortOrderOf)}
        {...table.tableProps}
        data-testid="unemployed-ledger"
        scroll={{ x: 1515 }}
      />
    </>
  );
}
