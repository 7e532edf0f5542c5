import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Card, Space, Tabs, Tooltip } from 'antd';
import { useT } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { useUnitNames } from '../../components/useUnitNames';
import { ResidentsLedger } from './ResidentsLedger';
import { UnemployedLedger } from './UnemployedLedger';

type Tab = 'residents' | 'unemployed';

/** The address's parameters with one of them set, or removed (undefined). */
function withParam(prev: URLSearchParams, key: 'tab' | 'unit', value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(prev);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/**
 * 台账: the two community ledgers of a unit, 居民就业台账 and 失业人员台账. The unit is the header's
 * 数据范围 unless one is chosen here (until the header's choice changes); the tab and a chosen unit
 * live in the address (`?tab=unemployed&unit=360203001002`), so a link opens the same ledger.
 */
export default function LedgersPage() {
  const t = useT();
  const { unit: scope, root } = useScopeUnit();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'unemployed' ? 'unemployed' : 'residents';
  const asked = search.get('unit') ?? '';
  // Only a unit within the user's own subtree (the server would narrow anything else anyway).
  const code = /^\d{2,12}$/.test(asked) && asked.startsWith(root.code) ? asked : scope.code;
  const names = useUnitNames(code === scope.code ? [] : [code]);
  const unit = { code, name: code === scope.code ? scope.name : (names.get(code) ?? code) };

  // A new choice in the header replaces the unit chosen here: the page follows the latest choice.
  const seenScope = useRef(scope.code);
  useEffect(() => {
    if (seenScope.current === scope.code) return;
    seenScope.current = scope.code;
    setSearch((prev) => withParam(prev, 'unit', undefined), { replace: true });
  }, [scope.code, setSearch]);

  const setParam = (key: 'tab' | 'unit', value: string | undefined) => setSearch((prev) => withParam(prev, key, value), { replace: true });

  return (
    <Card title={t('ledger.title')} styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParam('tab', k === 'unemployed' ? k : undefined)}
        tabBarExtraContent={
          <Space size={6}>
            <Tooltip title={t('ledger.unitHint')}>
              <span>{t('ledger.unit')}</span>
            </Tooltip>
            <OrgUnitPicker
              value={code}
              allowClear
              style={{ width: 260 }}
              // The header's unit is the default: choosing it (or clearing) leaves the address without one.
              onChange={(next) => setParam('unit', next && next !== scope.code ? next : undefined)}
              data-testid="ledger-unit"
            />
          </Space>
        }
        items={[
          { key: 'residents', label: <span data-testid="ledger-tab-residents">{t('ledger.tab.residents')}</span>, children: <ResidentsLedger unit={unit} /> },
          { key: 'unemployed', label: <span data-testid="ledger-tab-unemployed">{t('ledger.tab.unemployed')}</span>, children: <UnemployedLedger unit={unit} /> },
        ]}
      />
    </Card>
  );
}
