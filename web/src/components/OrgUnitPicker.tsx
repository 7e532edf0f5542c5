import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { TreeSelect } from 'antd';
import { orgApi } from '../api/endpoints';
import type { OrgUnit } from '../api/types';
import { useMe } from '../auth/AuthContext';
import { useT } from '../i18n';
import type { ScopeUnit } from './ScopeContext';
import { ancestorPath } from './format';

interface Props {
  /** Selected unit code (Form.Item passes it in). */
  value?: string;
  onChange?: (code: string | undefined, unit?: ScopeUnit) => void;
  /** Root of the tree; defaults to the user's own unit. Never pass a unit outside it. */
  root?: ScopeUnit;
  /** Units above this level are shown but cannot be chosen (e.g. 3 = district or below). */
  minLevel?: number;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
}

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: ReactNode;
  isLeaf: boolean;
  disabled?: boolean;
  selectable?: boolean;
}

/**
 * Org unit chooser: a lazily loaded tree (one level per expand, via /children) rooted at the
 * user's own unit, with a server-side name search limited to the same subtree.
 */
export function OrgUnitPicker({ value, onChange, root, minLevel, allowClear, placeholder, style, disabled, id, ...rest }: Props) {
  const t = useT();
  const me = useMe();
  const rootUnit = useMemo<ScopeUnit>(
    () => root ?? { code: me.orgUnit.code, name: me.orgUnit.name, level: me.orgUnit.level },
    [root, me.orgUnit],
  );
  const units = useRef(new Map<string, ScopeUnit>([[rootUnit.code, rootUnit]]));
  const [nodes, setNodes] = useState<Node[]>(() => [
    { id: rootUnit.code, pId: null, value: rootUnit.code, title: rootUnit.name, isLeaf: rootUnit.level >= 5, selectable: !minLevel || rootUnit.level >= minLevel },
  ]);
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Node[] | null>(null);
  const [, forceLabel] = useState(0);

  // Reset when the root changes (another user, or a form rooted elsewhere).
  useEffect(() => {
    units.current.set(rootUnit.code, rootUnit);
    setNodes([
      { id: rootUnit.code, pId: null, value: rootUnit.code, title: rootUnit.name, isLeaf: rootUnit.level >= 5, selectable: !minLevel || rootUnit.level >= minLevel },
    ]);
  }, [rootUnit, minLevel]);

  const remember = useCallback((u: OrgUnit) => {
    units.current.set(u.code, { code: u.code, name: u.name, level: u.level });
  }, []);

  // A value set from outside (e.g. editing a record) whose name we have not loaded yet.
  useEffect(() => {
    if (!value || units.current.has(value) || !value.startsWith(rootUnit.code)) return;
    let live = true;
    orgApi
      .unit(value)
      .then((u) => {
        if (!live) return;
        remember(u);
        forceLabel((n) => n + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value, rootUnit.code, remember]);

  // Debounced server search.
  useEffect(() => {
    const q = search.trim();
    if (!q) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      orgApi
        .search(q, rootUnit.code)
        .then((found) => {
          if (!live) return;
          found.forEach(remember);
          setResults(
            found.map((u) => ({
              id: `s:${u.code}`,
              pId: null,
              value: u.code,
              title: <SearchHit unit={u} rootLevel={rootUnit.level} levelName={t(`level.${u.level}` as 'level.1')} />,
              isLeaf: true,
              selectable: !minLevel || u.level >= minLevel,
            })),
          );
        })
        .catch(() => live && setResults([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search, rootUnit.code, rootUnit.level, remember, minLevel, t]);

  const loadData = useCallback(
    async (node: { value?: string | number }) => {
      const code = String(node.value ?? '');
      if (!code) return;
      const children = await orgApi.children(code);
      children.forEach(remember);
      setNodes((prev) => {
        const known = new Set(prev.map((n) => n.id));
        const added = children
          .filter((c) => !known.has(c.code))
          .map<Node>((c) => ({
            id: c.code,
            pId: code,
            value: c.code,
            title: c.name,
            isLeaf: (c.childCount ?? 1) === 0 || c.level >= 5,
            selectable: !minLevel || c.level >= minLevel,
          }));
        const parentMarked = prev.map((n) => (n.id === code && children.length === 0 ? { ...n, isLeaf: true } : n));
        return [...parentMarked, ...added];
      });
    },
    [remember, minLevel],
  );

  const labeled = value ? { value, label: units.current.get(value)?.name ?? value } : undefined;

  return (
    <TreeSelect<{ value: string; label: ReactNode } | undefined>
      id={id}
      data-testid={rest['data-testid']}
      style={style}
      disabled={disabled}
      labelInValue
      value={labeled}
      treeDataSimpleMode
      treeData={results ?? nodes}
      loadData={results ? undefined : loadData}
      treeDefaultExpandedKeys={[rootUnit.code]}
      allowClear={allowClear}
      placeholder={placeholder ?? t('scope.placeholder')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 280, overflow: 'auto' } } }}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterTreeNode: false,
        autoClearSearchValue: true,
      }}
      notFoundContent={results ? t('common.none') : undefined}
      onChange={(next) => {
        setSearch('');
        const code = next ? String(next.value) : undefined;
        onChange?.(code, code ? units.current.get(code) : undefined);
      }}
    />
  );
}

/** A search result: the unit's name and level, then (greyed) where it sits below the root. */
function SearchHit({ unit, rootLevel, levelName }: { unit: OrgUnit; rootLevel: number; levelName: string }) {
  const path = ancestorPath(unit.pathNames, rootLevel);
  return (
    <span title={(unit.pathNames ?? [unit.name]).join(' / ')}>
      {unit.name}（{levelName}）
      {path && <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, marginInlineStart: 8 }}>{path}</span>}
    </span>
  );
}
