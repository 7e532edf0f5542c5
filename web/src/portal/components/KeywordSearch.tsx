import { useEffect, useState } from 'react';
import { AutoComplete, Input } from 'antd';
import { useT } from '../../i18n';
import { portalApi, type OccupationSuggestion } from '../api';

interface Props {
  initial?: string;
  size?: 'large' | 'middle';
  /** A keyword search (Enter or the button), or an occupation picked from the suggestions. */
  onSearch: (choice: { q: string } | { occupation: string; occupationName: string }) => void;
}

/** The keyword box with occupation typeahead (/api/public/occupations/suggest). */
export function KeywordSearch({ initial = '', size = 'large', onSearch }: Props) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [suggestions, setSuggestions] = useState<OccupationSuggestion[]>([]);

  useEffect(() => setText(initial), [initial]);

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setSuggestions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      portalApi
        .suggestOccupations(q)
        .then((rows) => live && setSuggestions(rows.slice(0, 8)))
        .catch(() => live && setSuggestions([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  const options = suggestions.map((s) => ({
    value: `occ:${s.code}`,
    label: (
      <span data-testid="occupation-suggestion">
        <span style={{ color: '#8c8c8c', marginRight: 8 }}>{t('portal.search.occupationHint')}</span>
        {s.name}
      </span>
    ),
  }));

  return (
    <AutoComplete
      options={options}
      defaultActiveFirstOption={false}
      value={text}
      onChange={(v: string) => setText(v.startsWith('occ:') ? text : v)}
      onSelect={(v: string) => {
        const hit = suggestions.find((s) => `occ:${s.code}` === v);
        if (hit) {
          setText('');
          onSearch({ occupation: hit.code, occupationName: hit.name });
        }
      }}
      style={{ width: '100%' }}
    >
      <Input.Search
        size={size}
        placeholder={t('portal.search.placeholder')}
        enterButton={t('portal.search.button')}
        allowClear
        data-testid="portal-search-input"
        onSearch={(v, e) => {
          // Enter while a suggestion is highlighted selects it instead (onSelect above).
          if (e && 'key' in e && document.querySelector('.ant-select-item-option-active')) return;
          onSearch({ q: v.trim() });
        }}
      />
    </AutoComplete>
  );
}
