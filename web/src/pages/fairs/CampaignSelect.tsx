import { useEffect, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { fairsApi, type Campaign } from './fairApi';

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Picks a campaign (专项活动) the user can see, most recent first. */
export function CampaignSelect({ value, onChange, id, placeholder, style, ...rest }: Props) {
  const [items, setItems] = useState<Campaign[]>([]);
  useEffect(() => {
    let live = true;
    fairsApi
      .campaigns({ pageSize: 100 })
      .then((p) => live && setItems(p.items))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <Select<number>
      id={id}
      style={style}
      data-testid={rest['data-testid']}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={items.map((c) => ({ value: c.id, label: `${c.name}（${c.startsOn}～${c.endsOn}）` }))}
      popupMatchSelectWidth={false}
    />
  );
}
