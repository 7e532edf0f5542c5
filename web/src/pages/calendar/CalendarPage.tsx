import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Calendar, Card, Col, Row, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarApi } from '../../api/endpoints';
import type { CalendarMonth, CalendarOverride } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError } from '../../components/feedback';
import { DayCell } from './DayCell';
import { DeadlineCard } from './DeadlineCard';
import { OverridesCard } from './OverridesCard';
import { OverrideModal } from './OverrideModal';

/**
 * 工作日历: month view of public holidays and make-up working days (locally adjusted days marked),
 * the deadline calculator, and the list of local adjustments (editable with code.manage).
 */
export default function CalendarPage() {
  const t = useT();
  const { can } = useAuth();
  const manage = can('code.manage');
  const [value, setValue] = useState<Dayjs>(() => dayjs());
  const [month, setMonth] = useState<CalendarMonth | null>(null);
  const [overrides, setOverrides] = useState<CalendarOverride[] | null>(null);
  const [editing, setEditing] = useState<{ date: Dayjs; override?: CalendarOverride } | null>(null);
  const [tick, setTick] = useState(0);
  const monthKey = value.format('YYYY-MM');

  useEffect(() => {
    calendarApi.month(monthKey).then(setMonth).catch(showError);
  }, [monthKey, tick]);

  useEffect(() => {
    calendarApi.overrides().then(setOverrides).catch(showError);
  }, [tick]);

  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const days = useMemo(() => new Map((month?.days ?? []).map((d) => [d.date, d])), [month]);
  const covered = month?.coveredThroughYear ?? null;
  const beyond = covered !== null && Number(monthKey.slice(0, 4)) > covered;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          title={t('cal.title')}
          size="small"
          extra={
            <Space wrap>
              <Tag color="red">{t('cal.holiday')}</Tag>
              <span>{t('cal.legendHoliday')}</span>
              <Tag color="orange">{t('cal.workday')}</Tag>
              <span>{t('cal.legendWorkday')}</span>
              <span className="cal-adjusted-dot" />
              <span>{t('cal.legendAdjusted')}</span>
            </Space>
          }
        >
          {beyond && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('cal.beyondMonth', { year: covered })} data-testid="cal-beyond" />}
          <Calendar
            value={value}
            onChange={setValue}
            onPanelChange={(d) => setValue(d)}
            cellRender={(current, info) => (info.type === 'date' ? <DayCell day={days.get(current.format('YYYY-MM-DD'))} /> : info.originNode)}
            data-testid="work-calendar"
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <DeadlineCard coveredThroughYear={covered} />
          <OverridesCard
            overrides={overrides}
            coveredThroughYear={covered}
            manage={manage}
            onAdd={() => setEditing({ date: value, override: overrides?.find((o) => o.date === value.format('YYYY-MM-DD')) })}
            onEdit={(o) => setEditing({ date: dayjs(o.date), override: o })}
            onChanged={refresh}
            onPick={(date) => setValue(dayjs(date))}
          />
        </Space>
      </Col>
      {manage && (
        <OverrideModal
          initial={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </Row>
  );
}
