import { Tag, Tooltip, Typography } from 'antd';
import type { CalendarDay } from '../../api/types';
import { useT } from '../../i18n';

const isWeekend = (d: CalendarDay) => d.weekday === 0 || d.weekday === 6;

/** One day of the month view: holiday (休), make-up working day (班), weekend; a dot when adjusted locally. */
export function DayCell({ day }: { day: CalendarDay | undefined }) {
  const t = useT();
  if (!day) return null;
  let body = null;
  if (!day.isWorkday && (day.name || !isWeekend(day))) {
    body = (
      <>
        <Tag color="red">{t('cal.holiday')}</Tag>
        <Typography.Text type="danger">{day.name ?? ''}</Typography.Text>
      </>
    );
  } else if (day.isWorkday && isWeekend(day)) {
    body = (
      <>
        <Tag color="orange">{t('cal.workday')}</Tag>
        <Typography.Text type="warning">{day.name ?? ''}</Typography.Text>
      </>
    );
  } else if (!day.isWorkday) {
    body = <Typography.Text type="secondary">{t('cal.weekend')}</Typography.Text>;
  }
  return (
    <div className="cal-cell" data-testid={day.overridden ? `cal-adjusted-${day.date}` : undefined}>
      {day.overridden && (
        <Tooltip title={t('cal.adjustedHint')}>
          <span className="cal-adjusted-dot" style={{ float: 'right' }} />
        </Tooltip>
      )}
      {body}
    </div>
  );
}
