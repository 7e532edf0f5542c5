import { DatePicker, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n';
import type { PeriodKind } from './sdApi';

/** A statistical period as the address keeps it (PeriodQuery of the server). */
export interface PeriodValue {
  period: PeriodKind;
  year?: number;
  quarter?: number;
  month?: number;
  from?: string;
  to?: string;
}

const KINDS: PeriodKind[] = ['quarter', 'month', 'year', 'custom'];

/** The first day the value stands for (today's period when it names none). */
function anchor(v: PeriodValue): Dayjs {
  const now = dayjs();
  const year = v.year ?? now.year();
  if (v.period === 'month') return dayjs(new Date(year, (v.month ?? now.month() + 1) - 1, 1));
  if (v.period === 'year') return dayjs(new Date(year, 0, 1));
  const q = v.quarter ?? Math.floor(now.month() / 3) + 1;
  return dayjs(new Date(year, (q - 1) * 3, 1));
}

/** 统计期: quarter (default), month, year or a custom span, with the matching picker. */
export function PeriodPicker({ value, onChange }: { value: PeriodValue; onChange: (v: PeriodValue) => void }) {
  const t = useT();
  const at = anchor(value);
  const pick = (d: Dayjs | null) => {
    if (!d) return;
    if (value.period === 'month') onChange({ period: 'month', year: d.year(), month: d.month() + 1 });
    else if (value.period === 'year') onChange({ period: 'year', year: d.year() });
    else onChange({ period: 'quarter', year: d.year(), quarter: Math.floor(d.month() / 3) + 1 });
  };
  return (
    <Space wrap>
      <Radio.Group
        optionType="button"
        value={value.period}
        onChange={(e) => onChange({ period: e.target.value as PeriodKind })}
        options={KINDS.map((k) => ({ value: k, label: t(`sd.period.${k}`) }))}
        data-testid="sd-period-kind"
      />
      {value.period === 'custom' ? (
        <DatePicker.RangePicker
          value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
          onChange={(r) => r?.[0] && r[1] && onChange({ period: 'custom', from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })}
        />
      ) : (
        <DatePicker picker={value.period} allowClear={false} value={at} onChange={pick} aria-label={t('sd.period')} data-testid="sd-period-picker" />
      )}
    </Space>
  );
}
