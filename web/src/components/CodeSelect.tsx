import { useEffect, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { http } from '../api/client';
import { LIST } from '../api/endpoints';
import type { CodeEntry, Page } from '../api/types';

interface Props {
  /** Code table type, e.g. "unit_type", "industry". */
  type: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

const labelOf = (e: CodeEntry) => `${e.code} ${e.name}`;

/** Picks a code from a code table (edition in force), searching on the server by code or name. */
export function CodeSelect({ type, value, onChange, placeholder, id, allowClear = true, style }: Props) {
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<CodeEntry[]>([]);
  const [selected, setSelected] = useState<CodeEntry | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      http
        .get<Page<CodeEntry>>(LIST.codeEntries, { type, q: search.trim() || undefined, pageSize: 50, sort: 'sort', order: 'asc' })
        .then((p) => live && setOptions(p.items))
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [type, search]);

  // Label for a value that is not among the loaded options (editing an existing record).
  useEffect(() => {
    if (!value || selected?.code === value || options.some((o) => o.code === value)) return;
    let live = true;
    http
      .get<Page<CodeEntry>>(LIST.codeEntries, { type, q: value, pageSize: 20 })
      .then((p) => {
        const hit = p.items.find((e) => e.code === value);
        if (live && hit) setSelected(hit);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [type, value, options, selected]);

  const all = selected && !options.some((o) => o.code === selected.code) ? [selected, ...options] : options;

  return (
    <Select<string>
      id={id}
      style={style}
      value={value}
      allowClear={allowClear}
      placeholder={placeholder}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      options={all.map((e) => ({ value: e.code, label: labelOf(e), disabled: false }))}
      onChange={(v) => {
        const hit = all.find((e) => e.code === v) ?? null;
        setSelected(hit);
        setSearch('');
        onChange?.(v);
      }}
      popupMatchSelectWidth={false}
    />
  );
}
