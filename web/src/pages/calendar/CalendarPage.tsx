import { useEffect, useMemo, useState } from 'react';
import { Calendar, Card, Col, Row, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarApi } from '../../api/endpoints';
import type { CalendarDay, CalendarMonth } from '../../api/types';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { DeadlineCard } from './DeadlineCard';

const isWeekend = (d: CalendarDay) => d.weekday === 0 || d.weekday === 6;

/** 工作日历: month view of public holidays and make-up working days, plus the deadline calculator. */
export default function CalendarPage() {
  const t = useT();
  const [value, setValue] = useState<Dayjs>(() => dayjs());
  const [month, setMonth] = useState<CalendarMonth | null>(null);
  const monthKey = value.format('YYYY-MM');

  useEffect(() => {
    calendarApi.month(monthKey).then(setMonth).catch(showError);
  }, [monthKey]);

  const days = useMemo(() => new Map((month?.days ?? []).map((d) => [d.date, d])), [month]);

  const cell = (date: Dayjs) => {
    const d = days.get(date.format('YYYY-MM-DD'));
    if (!d) return null;
    if (!d.isWorkday && d.name) {
      return (
        <div className="cal-cell">
          <Tag color="red">{t('cal.holiday')}</Tag>
          <Typography.Text type="danger">{d.name}</Typography.Text>
        </div>
      );
    }
    if (d.isWorkday && isWeekend(d)) {
      return (
        <div className="cal-cell">
          <Tag color="orange">{t('cal.workday')}</Tag>
          <Typography.Text type="warning">{d.name}</Typography.Text>
        </div>
      );
    }
    if (!d.isWorkday) {
      return (
        <div className="cal-cell">
          <Typography.Text type="secondary">{t('cal.weekend')}</Typography.Text>
        </div>
      );
    }
    return null;
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          title={t('cal.title')}
          size="small"
          extra={
            <Space>
              <Tag color="red">{t('cal.holiday')}</Tag>
              <span>{t('cal.legendHoliday')}</span>
              <Tag color="orange">{t('cal.workday')}</Tag>
              <span>{t('cal.legendWorkday')}</span>
            </Space>
          }
        >
          <Calendar
            value={value}
            onChange={setValue}
            onPanelChange={(d) => setValue(d)}
            cellRender={(current, info) => (info.type === 'date' ? cell(current) : info.originNode)}
            data-testid="work-calendar"
          />
          {month && Number(monthKey.slice(0, 4)) > month.coveredThroughYear && (
            <Typography.Text type="warning">{t('cal.beyondOfficial')}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DeadlineCard />
      </Col>
    </Row>
  );
}
