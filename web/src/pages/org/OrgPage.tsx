import { useCallback, useEffect, useState, type Key } from 'react';
import { AutoComplete, Button, Card, Col, Descriptions, Empty, Input, Row, Spin, Statistic, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { AimOutlined, CloudDownloadOutlined } from '@ant-design/icons';
import { orgApi } from '../../api/endpoints';
import type { LevelCount, OrgUnit } from '../../api/types';
import { useAuth, useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { useScopeUnit } from '../../components/ScopeContext';
import { levelLabel } from '../../components/labels';
import { ancestorPath, LEVEL_CODE_LENGTHS } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { LoadCityModal } from './LoadCityModal';


/** 组织机构: lazily loaded tree of the user's subtree, unit details, counts by level, city import. */
export default function OrgPage() {
  const t = useT();
  const me = useMe();
  const { can } = useAuth();
  const { unit: scope, setUnit } = useScopeUnit();
  const root: OrgUnit = { code: me.orgUnit.code, name: me.orgUnit.name, level: me.orgUnit.level, parentCode: null };
  const [children, setChildren] = useState<Map<string, OrgUnit[]>>(new Map());
  const [expanded, setExpanded] = useState<Key[]>([root.code]);
  const [selected, setSelected] = useState<string>(root.code);
  const [detail, setDetail] = useState<OrgUnit | null>(null);
  const [summary, setSummary] = useState<LevelCount[] | null>(null);
  const [options, setOptions] = useState<OrgUnit[]>([]);
  const [searchText, setSearchText] = useState('');
  const [cityOpen, setCityOpen] = useState(false);

  const loadChildren = useCallback(async (code: string) => {
    const list = await orgApi.children(code);
    setChildren((prev) => new Map(prev).set(code, list));
    return list;
  }, []);

  const reload = useCallback(() => {
    setChildren(new Map());
    setExpanded([me.orgUnit.code]);
    void loadChildren(me.orgUnit.code).catch(showError);
  }, [loadChildren, me.orgUnit.code]);

  useEffect(reload, [reload]);

  // Counts follow the unit chosen in the header (and are refreshed after a city import).
  const [summaryTick, setSummaryTick] = useState(0);
  useEffect(() => {
    setSummary(null);
    orgApi.summary(scope.code).then(setSummary).catch(showError);
  }, [scope.code, summaryTick]);

  useEffect(() => {
    setDetail(null);
    orgApi.unit(selected).then(setDetail).catch(showError);
  }, [selected]);

  const build = (unit: OrgUnit): DataNode => {
    const kids = children.get(unit.code);
    return {
      key: unit.code,
      title: `${unit.name}${unit.childCount ? `（${unit.childCount}）` : ''}`,
      isLeaf: unit.level >= 5 || unit.childCount === 0 || (kids !== undefined && kids.length === 0),
      children: kids?.map(build),
    };
  };

  const childCountOf = (code: string): number | undefined => {
    const loaded = children.get(code);
    if (loaded) return loaded.length;
    for (const list of children.values()) {
      const hit = list.find((u) => u.code === code);
      if (hit) return hit.childCount;
    }
    return undefined;
  };

  // Jump to a unit found by name: load its ancestors' children, expand, select.
  const reveal = async (unit: OrgUnit) => {
    const ancestors = LEVEL_CODE_LENGTHS.map((n) => unit.code.slice(0, n)).filter((c) => c.length < unit.code.length && c.length >= root.code.length && c.startsWith(root.code));
    try {
      for (const code of ancestors) if (!children.has(code)) await loadChildren(code);
      setExpanded((prev) => Array.from(new Set([...prev, ...ancestors])));
      setSelected(unit.code);
    } catch (e) {
      showError(e);
    }
  };

  const search = async (q: string) => {
    if (!q.trim()) return setOptions([]);
    try {
      setOptions(await orgApi.search(q.trim(), root.code));
    } catch {
      setOptions([]);
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card
          title={t('org.countByLevelOf', { name: scope.name })}
          size="small"
          extra={
            can('org.manage') && (
              <Button icon={<CloudDownloadOutlined />} onClick={() => setCityOpen(true)} data-testid="org-load-city">
                {t('org.loadCity')}
              </Button>
            )
          }
        >
          {summary ? (
            <Row gutter={16}>
              {summary.map((s) => (
                <Col key={s.level} xs={12} sm={8} lg={4}>
                  <Statistic title={levelLabel(t, s.level)} value={s.count} />
                </Col>
              ))}
            </Row>
          ) : (
            <Spin />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('org.tree')} size="small">
          <AutoComplete
            style={{ width: '100%', marginBottom: 12 }}
            options={options.map((u) => ({ value: u.code, label: <SearchOption unit={u} rootLevel={root.level} levelName={levelLabel(t, u.level)} /> }))}
            value={searchText}
            onChange={setSearchText}
            onSearch={(q) => void search(q)}
            onSelect={(code: string) => {
              const unit = options.find((u) => u.code === code);
              setSearchText(unit?.name ?? '');
              if (unit) void reveal(unit);
            }}
          >
            <Input.Search placeholder={t('scope.searchPlaceholder')} allowClear />
          </AutoComplete>
          <div style={{ maxHeight: 'calc(100vh - 360px)', minHeight: 300, overflow: 'auto' }}>
            <Tree
              showLine
              treeData={[build(root)]}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys)}
              selectedKeys={[selected]}
              onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))}
              loadData={async (node) => {
                const code = String(node.key);
                if (!children.has(code)) await loadChildren(code).catch(showError);
              }}
              loadedKeys={Array.from(children.keys())}
              data-testid="org-tree"
            />
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card
          title={t('org.unit')}
          size="small"
          extra={
            detail && (
              <Button
                icon={<AimOutlined />}
                onClick={() => {
                  setUnit({ code: detail.code, name: detail.name, level: detail.level });
                  showSuccess(t('common.scopeHint', { name: detail.name }));
                }}
              >
                {t('org.setScope')}
              </Button>
            )
          }
        >
          {detail ? (
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('org.name')}>{detail.name}</Descriptions.Item>
              <Descriptions.Item label={t('org.code')}>{detail.code}</Descriptions.Item>
              <Descriptions.Item label={t('org.level')}>{levelLabel(t, detail.level)}</Descriptions.Item>
              <Descriptions.Item label={t('org.path')}>{(detail.pathNames ?? []).join(' / ')}</Descriptions.Item>
              <Descriptions.Item label={t('org.childCount')}>{childCountOf(detail.code) ?? '—'}</Descriptions.Item>
            </Descriptions>
          ) : selected ? (
            <Spin />
          ) : (
            <Empty description={t('org.selectUnit')} />
          )}
        </Card>
      </Col>
      <LoadCityModal open={cityOpen} onClose={() => setCityOpen(false)} onLoaded={() => {
          reload();
          setSummaryTick((n) => n + 1);
        }} />
    </Row>
  );
}

/** A search hit: name, level and code, with the units between the user's unit and it below. */
function SearchOption({ unit, rootLevel, levelName }: { unit: OrgUnit; rootLevel: number; levelName: string }) {
  const path = ancestorPath(unit.pathNames, rootLevel);
  return (
    <div title={(unit.pathNames ?? [unit.name]).join(' / ')}>
      <div>
        {unit.name}（{levelName} · {unit.code}）
      </div>
      {path && <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{path}</div>}
    </div>
  );
}
