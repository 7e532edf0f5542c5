import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, InputNumber, Popconfirm, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n';
import { isApiError } from '../../api/client';
import { feedback } from '../../components/feedback';
import { useLoaded } from '../hooks';
import { chinaToday, fairsApi, type MyParticipation } from '../fairs-api';

const STATUS_COLORS: Record<string, string> = { applied: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default', absent: 'warning' };

/** The failure as one line: the message and any field errors. */
function errorText(e: unknown): string {
  if (isApiError(e) && e.fieldErrors.length > 0) return e.fieldErrors.map((f) => f.message).join('；');
  return e instanceof Error ? e.message : String(e);
}

/**
 * 参加招聘会: an employer picks an upcoming published fair and the postings it brings (its own
 * published postings valid on the fair day, with the positions offered), applies, and follows its
 * applications: status, booth number and the reviewer's reason.
 */
export function FairApplyCard({ verified }: { verified: boolean }) {
  const t = useT();
  const [version, setVersion] = useState(0);
  const [fairId, setFairId] = useState<number | null>(null);
  const [chosen, setChosen] = useState<Record<number, number>>({});
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const today = chinaToday();
  const fairs = useLoaded(() => (verified ? fairsApi.list({ from: today, pageSize: 100 }).then((p) => p.items.filter((f) => f.status === 'published')) : Promise.resolve([])), [verified, today]);
  const postings = useLoaded(() => (verified ? fairsApi.myPostings().then((p) => p.items) : Promise.resolve([])), [verified]);
  const mine = useLoaded(() => fairsApi.myParticipations(), [version]);

  const fair = fairs.data?.find((f) => f.id === fairId) ?? null;
  const valid = useMemo(() => (fair ? (postings.data ?? []).filter((p) => p.status === 'published' && p.validFrom <= fair.heldOn && fair.heldOn <= p.validTo) : []), [fair, postings.data]);

  const apply = async () => {
    if (!fair) return;
    setSending(true);
    setRefusal(null);
    try {
      await fairsApi.apply(fair.id, {
        postings: Object.entries(chosen).map(([postingId, positions]) => ({ postingId: Number(postingId), positions })),
        contactName: contactName.trim() || null,
        contactPhone: contactPhone.trim() || null,
      });
      feedback.message?.success(t('portal.me.fairApplied'));
      setChosen({});
      setFairId(null);
      setVersion((v) => v + 1);
    } catch (e) {
      setRefusal(errorText(e));
    } finally {
      setSending(false);
    }
  };

  const withdraw = async (p: MyParticipation) => {
    try {
      await fairsApi.withdraw(p.id);
      feedback.message?.success(t('portal.me.fairWithdrawn'));
      setVersion((v) => v + 1);
    } catch (e) {
      feedback.message?.error(errorText(e));
    }
  };

  const form = !verified ? (
    <Alert type="info" showIcon title={t('portal.me.fairNotVerified')} />
  ) : fairs.data === undefined || postings.data === undefined ? (
    <Skeleton active paragraph={{ rows: 2 }} />
  ) : (
    <Form layout="vertical" style={{ maxWidth: 720 }} data-testid="fair-apply-form">
      <Form.Item label={t('portal.me.fairPick')}>
        <Select
          value={fairId ?? undefined}
          onChange={(v: number) => {
            setFairId(v);
            setChosen({});
            setRefusal(null);
          }}
          placeholder={t('portal.me.fairPick')}
          showSearch={{ optionFilterProp: 'label' }}
          options={(fairs.data ?? []).map((f) => ({ value: f.id, label: `${f.heldOn} ${f.name}（${f.venue}）` }))}
          data-testid="fair-apply-fair"
        />
      </Form.Item>
      {fair && (
        <Form.Item label={t('portal.me.fairPostings')}>
          {valid.length === 0 ? (
            <Alert type="warning" showIcon title={t('portal.me.fairNoPostings')} />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {valid.map((p) => (
                <Space key={p.id} wrap>
                  <Checkbox
                    checked={p.id in chosen}
                    onChange={(e) => setChosen((c) => (e.target.checked ? { ...c, [p.id]: Math.min(Math.max(1, p.vacancies), 5) } : Object.fromEntries(Object.entries(c).filter(([k]) => Number(k) !== p.id))))}
                    data-testid="fair-apply-posting"
                  >
                    {p.title}
                  </Checkbox>
                  {p.id in chosen && (
                    <Space size={4}>
                      <InputNumber min={1} max={9999} value={chosen[p.id]} onChange={(n) => setChosen((c) => ({ ...c, [p.id]: Number(n) || 1 }))} size="small" style={{ width: 80 }} />
                      <span>{t('portal.me.fairPositions')}</span>
                    </Space>
                  )}
                </Space>
              ))}
            </Space>
          )}
        </Form.Item>
      )}
      {fair && valid.length > 0 && (
        <Space wrap align="end">
          <Form.Item label={t('portal.me.fairContact')} style={{ marginBottom: 0 }}>
            <Input value={contactName} onChange={(e) => setContactName(e.target.value)} maxLength={30} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t('portal.me.fairPhone')} style={{ marginBottom: 0 }}>
            <Input value={contactPhone} onChange={(e) => setContactPhone(e.target.value)} maxLength={20} style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" loading={sending} disabled={Object.keys(chosen).length === 0} onClick={() => void apply()} data-testid="fair-apply-submit">
            {t('portal.me.fairApply')}
          </Button>
        </Space>
      )}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginTop: 12 }} data-testid="fair-apply-error" />}
    </Form>
  );

  return (
    <Card title={t('portal.me.fairTitle')} data-testid="fair-apply">
      <Typography.Paragraph>{t('portal.me.fairText')}</Typography.Paragraph>
      {form}
      <h3 style={{ marginTop: 24 }}>{t('portal.me.fairMine')}</h3>
      {mine.data === undefined ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : mine.data === null ? (
        <Alert type="error" showIcon title={errorText(mine.error)} />
      ) : (
        <Table<MyParticipation>
          rowKey="id"
          size="small"
          dataSource={mine.data}
          pagination={mine.data.length > 10 ? { pageSize: 10 } : false}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description={t('portal.me.fairNone')} /> }}
          data-testid="my-participations"
          columns={[
            { title: t('portal.me.slotFair'), dataIndex: 'fairName', render: (v: string, p) => (p.fairStatus === 'published' || p.fairStatus === 'closed' ? <Link to={`/portal/fairs/${p.fairId}`}>{v}</Link> : v) },
            { title: t('portal.fairs.when'), dataIndex: 'heldOn', width: 110, sorter: (a, b) => a.heldOn.localeCompare(b.heldOn), defaultSortOrder: 'descend' },
            { title: t('portal.fairs.postings'), render: (_: unknown, p) => p.postings.map((x) => `${x.title}×${x.positions}`).join('、') },
            {
              title: t('portal.me.fairStatus'),
              dataIndex: 'statusName',
              width: 100,
              render: (v: string, p) => (
                <Tag color={STATUS_COLORS[p.status] ?? 'default'} data-testid="participation-status">
                  {v}
                </Tag>
              ),
            },
            { title: t('portal.me.fairBooth'), dataIndex: 'boothNo', width: 80, render: (v: string | null) => (v ? <strong data-testid="participation-booth">{v}</strong> : '—') },
            { title: t('portal.me.fairReason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
            {
              title: t('common.actions'),
              width: 90,
              render: (_: unknown, p) =>
                p.can.withdraw ? (
                  <Popconfirm title={t('portal.me.fairWithdrawConfirm')} onConfirm={() => withdraw(p)}>
                    <Button size="small" danger>
                      {t('portal.me.fairWithdraw')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      )}
    </Card>
  );
}
