import { useEffect, useState } from 'react';
import { Cascader } from 'antd';
import { loadRegions, useCity } from '../hooks';

interface Option {
  value: string;
  label: string;
  level: number;
  isLeaf: boolean;
  children?: Option[];
}

interface Props {
  /** The chosen unit's code (the last one of the path). */
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Deepest level offered: 4 street, 5 community. */
  maxLevel: 4 | 5;
  /** Any level may be chosen (a filter); otherwise only `minLevel` and deeper. */
  minLevel?: 3 | 4 | 5;
  placeholder?: string;
  id?: string;
  testId?: string;
  allowClear?: boolean;
}

function pathOf(code: string): string[] {
  // Codes nest: 360203 → 360203001 → 360203001002 (district 6, street 9, community 12 digits).
  return [6, 9, 12].filter((n) => code.length >= n).map((n) => code.slice(0, n));
}

/** Picks a district → street (→ community) of the loaded city from the public regions API, loading lazily. */
export function RegionCascader({ value, onChange, maxLevel, minLevel = 3, placeholder, id, testId, allowClear = true }: Props) {
  const city = useCity();
  const [options, setOptions] = useState<Option[]>([]);

  const toOptions = (rows: { code: string; name: string; level: number }[]): Option[] =>
    rows.map((r) => ({ value: r.code, label: r.name, level: r.level, isLeaf: r.level >= maxLevel }));

  useEffect(() => {
    if (!city) return;
    let live = true;
    void loadRegions(city.code).then(async (districts) => {
      let opts = toOptions(districts);
      // Open the path of a value set from outside (the address bar) so its label shows.
      if (value) {
        for (const code of pathOf(value).slice(0, -1)) {
          const children = toOptions(await loadRegions(code));
          const attach = (list: Option[]): Option[] => list.map((o) => (o.value === code ? { ...o, children } : o.children ? { ...o, children: attach(o.children) } : o));
          opts = attach(opts);
        }
      }
      if (live) setOptions(opts);
    });
    return () => {
      live = false;
    };
    // Rebuilt (from the cache) when the value changes from outside, e.g. a facet picked a street.
  }, [city, maxLevel, value]);

  const loadData = (selected: Option[]) => {
    const target = selected[selected.length - 1];
    void loadRegions(target.value).then((rows) => {
      const children = toOptions(rows);
      const attach = (list: Option[]): Option[] =>
        list.map((o) => (o.value === target.value ? { ...o, children, isLeaf: children.length === 0 } : o.children ? { ...o, children: attach(o.children) } : o));
      setOptions((prev) => attach(prev));
    });
  };

  return (
    <Cascader<Option>
      id={id}
      data-testid={testId}
      options={options}
      loadData={loadData}
      value={value ? pathOf(value) : undefined}
      onChange={(path) => {
        const code = Array.isArray(path) && path.length > 0 ? String(path[path.length - 1]) : undefined;
        onChange?.(code);
      }}
      changeOnSelect={minLevel < maxLevel}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={false}
      style={{ width: '100%' }}
    />
  );
}
