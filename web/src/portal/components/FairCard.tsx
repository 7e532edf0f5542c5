import { Link } from 'react-router-dom';
import { Space, Tag } from 'antd';
import { CalendarOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import type { PublicFair } from '../fairs-api';

/** '2026-11-25' → '11月25日周三' / 'Wed 25 Nov' (with the year: '2026年11月25日周三'). */
export function fairDay(heldOn: string, lang: string, withYear = false): string {
  const d = new Date(`${heldOn}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { ...(withYear && { year: 'numeric' }), month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(d);
}

/** One fair in a list: date block, name, time and venue, who it is for, how many employers and positions. */
export function FairCard({ fair }: { fair: PublicFair }) {
  const { t, lang } = useI18n();
  const [, month, day] = fair.heldOn.split('-');
  return (
    <Link to={`/portal/fairs/${fair.id}`} className="fair-card" data-testid="fair-card">
      <div className={`fair-card-date${fair.status === 'closed' ? ' past' : ''}`}>
        <div className="fair-card-month">{lang === 'en' ? fair.heldOn.slice(0, 7) : `${Number(month)}月`}</div>
        <div className="fair-card-day">{Number(day)}</div>
      </div>
      <div className="fair-card-body">
        <div className="fair-card-title">{fair.name}</div>
        <Space size={[12, 4]} wrap className="fair-card-meta">
          <span>
            <CalendarOutlined /> {fairDay(fair.heldOn, lang)} {fair.startsAt}–{fair.endsAt}
          </span>
          <span>
            <EnvironmentOutlined /> {fair.venue}
          </span>
          <span>
            <TeamOutlined /> {t('portal.fairs.count', { employers: fair.employers, positions: fair.positions })}
          </span>
        </Space>
        <div style={{ marginTop: 6 }}>
          <Tag color={fair.kind === 'online' ? 'purple' : 'blue'}>{fair.kindName}</Tag>
          {fair.campaignName && <Tag color="red">{fair.campaignName}</Tag>}
          {fair.targetGroupNames.map((g) => (
            <Tag key={g}>{g}</Tag>
          ))}
          {fair.status === 'closed' && <Tag>{fair.statusName}</Tag>}
        </div>
      </div>
    </Link>
  );
}
