import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { Select, Typography } from 'antd';
import { http } from '../../api/client';
import { LIST } from '../../api/endpoints';
import type { Employer, Page } from '../../api/types';
import { useT } from '../../i18n';

/** A registered employer (id) or just a name typed in (an employer not in the system). */
export interface EmployerChoice {
  id?: number;
  name: string;
}

interface Props {
  value?: EmployerChoice;
  onChange?: (value: EmployerChoice | undefined) => void;
  id?: string;
  /** Only employers registered in the system (no typed-in name). */
  registeredOnly?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

const keyOf = (c: EmployerChoice) => (c.id ? `id:${c.id}` : `name:${c.name}`);

/** Searches the employers the user may see (GET /api/employers?q=), or (unless `registeredOnly`) takes the typed name as is. */
export function EmployerSelect({ value, onChange, id, registeredOnly, placeholder, style, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Employer[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      http
        .get<Page<Employer>>(LIST.employers, { q: search.trim() || undefined, pageSize: 20 })
        .then((p) => live && setFound(p.items))
        .catch(() => live && setFound([]))
        .finally(() => live && setLoading(false));
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  const typed = search.trim();
  const options: { value: string; label: ReactNode; choice: EmployerChoice }[] = [
    ...(typed && !registeredOnly && !found.some((e) => e.name === typed) ? [{ value: `name:${typed}`, label: t('reg.employerFree', { name: typed }), choice: { name: typed } }] : []),
    ...found.map((e) => ({
      value: `id:${e.id}`,
      label: (
        <span>
          {e.name}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
            {e.creditCode}
          </Typography.Text>
        </span>
      ),
      choice: { id: e.id, name: e.name },
    })),
  ];
  // The chosen value stays selectable (and labelled) after the search changes.
  if (value && !options.some((o) => o.value === keyOf(value))) options.push({ value: keyOf(value), label: <span>{value.name}</span>, choice: value });

  return (
    <Select<string>
      id={id}
      style={style}
      data-testid={rest['data-testid']}
      value={value ? keyOf(value) : undefined}
      allowClear
      placeholder={placeholder ?? t('reg.employerPlaceholder')}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search, autoClearSearchValue: true }}
      options={options}
      onChange={(v) => {
        setSearch('');
        onChange?.(v ? options.find((o) => o.value === v)?.choice : undefined);
      }}
      popupMatchSelectWidth={false}
    />
  );
}
