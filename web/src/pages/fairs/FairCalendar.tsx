import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Calendar, Spin, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showError } from '../../components/feedback';
import { fairsApi, type FairSummary } from './fairApi';
import { hm } from './fairLabels';

const STATUS_DOT: Record<string, string> = { planned: '#1677ff', published: '#52c41a', closed: '#8c8c8c', cancelled: '#ff4d4f' };

/** 日历: the fairs of a month (GET /api/fairs/calendar over the visible grid), each a link to the fair. */
export function FairCalendar({ regionCode }: { regionCode: string }) {
  const [value, setValue] = useState<Dayjs>(() => dayjs());
  const monthKey = value.format('YYYY-MM');
  const [fairs, setFairs] = useState<FairSummary[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    const month = dayjs(`${monthKey}-01`);
    const from = month.subtract(7, 'day');
    const to = month.endOf('month').add(14, 'day');
    setLoading(true);
    fairsApi
      .calendar({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), regionCode })
      .then((items) => live && setFairs(items))
      .catch((e: unknown) => live && showError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [monthKey, regionCode]);

  const byDay = useMemo(() => {
    const map = new Map<string, FairSummary[]>();
    for (const f of fairs) map.set(f.heldOn, [...(map.get(f.heldOn) ?? []), f]);
    return map;
  }, [fairs]);

  return (
    <Spin spinning={loading}>
      <div data-testid="fairs-calendar">
        <Calendar
          value={value}
          onChange={setValue}
          mode="month"
          cellRender={(d, info) => {
            if (info.type !== 'date') return info.originNode;
            const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
            return (
              <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
                {list.map((f) => (
                  <Tooltip key={f.id} title={`${hm(f.startsAt)}–${hm(f.endsAt)} ${f.venue}（${f.regionName}，${f.statusName}）`}>
                    <Link
                      to={`/fairs/${f.id}`}
                      style={{
                        fontSize: 12,
                        whiteSpace: 'nowrap',
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        textDecoration: f.status === 'cancelled' ? 'line-through' : undefined,
                      }}
                    >
                      <span style={{ display: 'inline-block', width: 6, height: 6, borderRadius: 3, background: STATUS_DOT[f.status], marginInlineEnd: 4 }} />
                      {hm(f.startsAt)} {f.name}
                    </Link>
                  </Tooltip>
                ))}
              </div>
            );
          }}
        />
      </div>
    </Spin>
  );
}
