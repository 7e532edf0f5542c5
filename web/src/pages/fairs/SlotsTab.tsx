import { useCallback, useState } from 'react';
import { Button, Form, InputNumber, Modal, Select, Space, Table, Tag, TimePicker, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { fmtChinaDateTime } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fairsApi, type FairView, type Participation, type Slot } from './fairApi';
import { toOptions, useFairCodes } from './fairLabels';
import { useFetched } from '../../components/useFetched';

interface SlotValues {
  participationId: number;
  first: Dayjs;
  count: number;
  minutes: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Why the outcome of a slot cannot be recorded (now): already recorded, or the interview is still to come. */
function outcomeLock(s: Slot): 'fair.slotOutcomeDone' | 'fair.slotNotStarted' | null {
  if (s.outcome !== null) return 'fair.slotOutcomeDone';
  if (Date.parse(s.startsAt) > Date.now()) return 'fair.slotNotStarted';
  return null;
}

/** 网络面试 (online fairs): interview slots per employer, who booked them, and the outcome. */
export function SlotsTab({ fair }: { fair: FairView }) {
  const t = useT();
  const codes = useFairCodes();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<SlotValues>();

  const fetchBoth = useCallback(async () => {
    const [s, p] = await Promise.all([fairsApi.slots(fair.id), fairsApi.participations(fair.id)]);
    return { slots: s, booths: p.filter((x) => x.status === 'approved') };
  }, [fair.id]);
  const { data, loading, reload: load } = useFetched(fetchBoth, { slots: [] as Slot[], booths: [] as Participation[] });
  const { slots, booths } = data;

  const { busy, submit } = useFormSubmit(
    form,
    (v: SlotValues) => {
      // The fair day and the chosen time are China time (as the server judges the day), whatever the browser's zone.
      const first = Date.parse(`${fair.heldOn}T${two(v.first.hour())}:${two(v.first.minute())}:00+08:00`);
      return { pid: v.participationId, minutes: v.minutes, startsAt: Array.from({ length: v.count }, (_, i) => new Date(first + i * v.minutes * 60_000).toISOString()) };
    },
    async ({ pid, minutes, startsAt }) => {
      await fairsApi.addSlots(pid, startsAt, minutes);
      showSuccess(t('fair.slotsAdded', { count: startsAt.length }));
      setAdding(false);
      void load();
    },
  );

  const setOutcome = async (s: Slot, outcome: string) => {
    try {
      await fairsApi.outcome(s.id, outcome);
      showSuccess(t('common.saved'));
      void load();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<Slot> = [
    { title: t('fair.employer'), dataIndex: 'employerName', key: 'employerName', width: 200, ellipsis: true },
    { title: t('fair.slotStart'), key: 'startsAt', width: 150, render: (_, s) => fmtChinaDateTime(s.startsAt) },
    { title: t('fair.slotMinutes'), dataIndex: 'minutes', key: 'minutes', width: 80, align: 'right' },
    {
      title: t('fair.slotBooked'),
      key: 'booked',
      width: 150,
      render: (_, s) => (s.booked ? s.personName ?? <Tag color="blue">{t('fair.slotTaken')}</Tag> : <Tag>{t('fair.slotFree')}</Tag>),
    },
    {
      title: t('fair.slotOutcome'),
      key: 'outcome',
      width: 200,
      render: (_, s) => {
        if (!s.booked || !fair.can.manage) return s.outcomeName ?? '—';
        const lock = outcomeLock(s);
        return (
          <Tooltip title={lock ? t(lock) : undefined}>
            <span>
              <Select
                size="small"
                style={{ width: 170 }}
                placeholder={t('fair.slotOutcome')}
                value={s.outcome ?? undefined}
                disabled={lock !== null}
                options={toOptions(codes.slotOutcomes)}
                onChange={(v: string) => void setOutcome(s, v)}
              />
            </span>
          </Tooltip>
        );
      },
    },
  ];

  return (
    <>
      {fair.can.manage && (
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} disabled={booths.length === 0} onClick={() => setAdding(true)}>
            {t('fair.addSlots')}
          </Button>
        </Space>
      )}
      <Table<Slot> rowKey="id" size="middle" loading={loading} columns={columns} dataSource={slots} pagination={false} />
      <Modal open={adding} title={t('fair.addSlots')} onCancel={() => setAdding(false)} onOk={() => void submit()} okButtonProps={{ loading: busy }} destroyOnHidden forceRender>
        <Form form={form} name="fair-slots" layout="vertical" initialValues={{ first: dayjs('09:00', 'HH:mm'), count: 6, minutes: 20 }}>
          <Form.Item name="participationId" label={t('fair.employer')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={booths.map((b) => ({ value: b.id, label: b.employerName }))} />
          </Form.Item>
          <Form.Item name="first" label={t('fair.slotFirst', { date: fair.heldOn })} rules={[{ required: true, message: t('common.required') }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
          <Form.Item name="count" label={t('fair.slotCount')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={1} max={40} precision={0} />
          </Form.Item>
          <Form.Item name="minutes" label={t('fair.slotMinutes')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={5} max={240} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
