import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarApi } from '../../api/endpoints';
import type { Deadline } from '../../api/types';
import { useT } from '../../i18n';
import { showFormError } from '../../components/feedback';

interface Values {
  from: Dayjs;
  mode: 'workingDays' | 'calendarDays';
  days: number;
}

/** 办理时限计算: from a date, N working days or N calendar days (statutory holidays respected). */
export function DeadlineCard({ coveredThroughYear }: { coveredThroughYear: number | null }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<(Deadline & { days: number; mode: Values['mode'] }) | null>(null);
  const [busy, setBusy] = useState(false);

  const calculate = async (v: Values) => {
    setBusy(true);
    try {
      const r = await calendarApi.deadline({ from: v.from.format('YYYY-MM-DD'), [v.mode]: v.days });
      setResult({ ...r, days: v.days, mode: v.mode });
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('cal.deadline')} size="small">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ from: dayjs(), mode: 'workingDays', days: 10 }}
        onFinish={(v) => void calculate(v)}
      >
        <Form.Item name="from" label={t('cal.from')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="deadline-from" />
        </Form.Item>
        <Form.Item name="mode" label={t('cal.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'workingDays', label: t('cal.workingDays') },
              { value: 'calendarDays', label: t('cal.calendarDays') },
            ]}
          />
        </Form.Item>
        <Form.Item name="days" label={t('cal.days')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} max={3660} style={{ width: '100%' }} data-testid="deadline-days" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="deadline-calc">
          {t('cal.calculate')}
        </Button>
      </Form>
      {result && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="deadline-result"
          title={`${t('cal.result')}：${result.due}（${dayjs(result.due).format('dddd')}）`}
          description={t('cal.resultText', {
            from: result.from,
            days: result.days,
            mode: result.mode === 'workingDays' ? t('cal.workingDays') : t('cal.calendarDays'),
            deadline: result.due,
          })}
        />
      )}
      {result?.beyondOfficialCalendar && (
        <Alert
          style={{ marginTop: 8 }}
          type="warning"
          showIcon
          data-testid="deadline-beyond"
          title={t('cal.beyondTitle')}
          description={
            coveredThroughYear === null ? t('cal.beyondText') : t('cal.beyondTextYear', { year: coveredThroughYear, next: coveredThroughYear + 1 })
          }
        />
      )}
    </Card>
  );
}
