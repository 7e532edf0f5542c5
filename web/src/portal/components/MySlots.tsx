import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Empty, Popconfirm, Skeleton, Table, Tag } from 'antd';
import { useT } from '../../i18n';
import { feedback } from '../../components/feedback';
import { useLoaded } from '../hooks';
import { chinaDateTime, chinaToday, fairsApi, type SeekerSlot } from '../fairs-api';

type Booking = SeekerSlot & { fairName: string };

/** The online fairs of the last month and ahead, and the seeker's interview bookings at them. */
async function loadBookings(): Promise<Booking[]> {
  const from = new Date(Date.parse(`${chinaToday()}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  const fairs = (await fairsApi.list({ kind: 'online', from, pageSize: 50 })).items;
  const slots = await Promise.all(fairs.map((f) => fairsApi.slots(f.id).then((items) => items.filter((s) => s.mine).map((s) => ({ ...s, fairName: f.name })))));
  return slots.flat().sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** 我的面试预约: remote interviews booked at online fairs, with their outcome; cancel before the start. */
export function MySlots() {
  const t = useT();
  const [version, setVersion] = useState(0);
  const bookings = useLoaded(loadBookings, [version]);

  const cancel = async (s: Booking) => {
    try {
      await fairsApi.cancel(s.id);
      feedback.message?.success(t('portal.me.slotCancelled'));
      setVersion((v) => v + 1);
    } catch (e) {
      feedback.message?.error(e instanceof Error ? e.message : String(e));
    }
  };

  if (bookings.data === undefined) return <Skeleton active />;
  if (bookings.data === null) return <Alert type="error" showIcon title={bookings.error instanceof Error ? bookings.error.message : t('portal.me.loadFailed')} />;
  return (
    <Table<Booking>
      rowKey="id"
      size="middle"
      dataSource={bookings.data}
      pagination={false}
      scroll={{ x: 600 }}
      locale={{ emptyText: <Empty description={<Link to="/portal/fairs?kind=online">{t('portal.me.slotsNone')}</Link>} /> }}
      data-testid="my-slots"
      columns={[
        { title: t('portal.me.slotFair'), dataIndex: 'fairName', render: (v: string, s) => <Link to={`/portal/fairs/${s.fairId}`}>{v}</Link> },
        { title: t('portal.me.slotTime'), dataIndex: 'startsAt', width: 150, render: (v: string, s) => `${chinaDateTime(v)}（${s.minutes}′）` },
        { title: t('portal.me.slotEmployer'), dataIndex: 'employerName' },
        { title: t('portal.me.slotOutcome'), width: 120, render: (_: unknown, s) => <Tag color={s.outcome ? 'blue' : 'processing'}>{s.outcomeName ?? t('portal.me.slotWaiting')}</Tag> },
        {
          title: t('common.actions'),
          width: 110,
          render: (_: unknown, s) =>
            !s.outcome && Date.parse(s.startsAt) > Date.now() ? (
              <Popconfirm title={t('portal.me.slotCancelConfirm')} onConfirm={() => cancel(s)}>
                <Button size="small" danger data-testid="cancel-slot">
                  {t('portal.me.slotCancel')}
                </Button>
              </Popconfirm>
            ) : null,
        },
      ]}
    />
  );
}
