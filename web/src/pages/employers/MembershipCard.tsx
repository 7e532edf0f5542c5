import { useEffect, useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { employersApi } from '../../api/endpoints';
import type { Employer } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';

interface Values {
  window: [Dayjs, Dayjs];
}

/** 会员资格: whether the employer is a member today, its window, and (employer.manage) set or end it. */
export function MembershipCard({ employer, onChanged }: { employer: Employer; onChanged: () => void }) {
  const t = useT();
  const { can } = useAuth();
  const [open, setOpen] = useState(false);
  const [ending, setEnding] = useState(false);
  const [form] = Form.useForm<Values>();
  const manage = can('employer.manage');
  const verified = employer.status === 'verified';

  useEffect(() => {
    if (!open) return;
    const start = employer.memberSince ? dayjs(employer.memberSince) : dayjs(chinaToday());
    const end = employer.memberUntil ? dayjs(employer.memberUntil) : start.add(1, 'year').subtract(1, 'day');
    form.setFieldsValue({ window: [start, end] });
  }, [open, employer, form]);

  const { busy, submit } = useFormSubmit<Values, { memberSince: string; memberUntil: string }>(
    form,
    (v) => ({ memberSince: v.window[0].format('YYYY-MM-DD'), memberUntil: v.window[1].format('YYYY-MM-DD') }),
    async (input) => {
      await employersApi.setMembership(employer.id, input);
      showSuccess(t('common.saved'));
      setOpen(false);
      onChanged();
    },
    () => ({ memberSince: 'window', memberUntil: 'window' }),
  );

  const end = async () => {
    setEnding(true);
    try {
      await employersApi.endMembership(employer.id);
      showSuccess(t('common.saved'));
      onChanged();
    } catch (e) {
      showError(e);
    } finally {
      setEnding(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('emp.membership')}
      extra={
        manage && (
          <Space>
            <Button size="small" disabled={!verified} title={verified ? undefined : t('emp.memberOnlyVerified')} onClick={() => setOpen(true)} data-testid="membership-set">
              {t('emp.memberSet')}
            </Button>
            {employer.memberSince && (
              <Popconfirm title={t('emp.memberEndConfirm', { name: employer.name })} onConfirm={() => void end()}>
                <Button size="small" danger loading={ending} data-testid="membership-end">
                  {t('emp.memberEnd')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <Descriptions column={2} size="small">
        <Descriptions.Item label={t('emp.member')}>
          {employer.member ? <Tag color="gold" data-testid="member-tag">{t('emp.member.yes')}</Tag> : <Typography.Text type="secondary">{t('emp.notMember')}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('emp.memberWindow')}>
          {employer.memberSince ? `${employer.memberSince} ~ ${employer.memberUntil ?? ''}` : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Modal open={open} title={t('emp.memberSet')} onCancel={() => setOpen(false)} onOk={() => void submit()} okButtonProps={{ loading: busy, 'data-testid': 'membership-save' }} okText={t('common.save')} destroyOnHidden forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="window" label={t('emp.memberWindow')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} placeholder={[t('emp.memberSince'), t('emp.memberUntil')]} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
