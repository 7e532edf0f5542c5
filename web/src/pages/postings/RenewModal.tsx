import { useEffect, useState } from 'react';
import { DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { postingsApi } from '../../api/endpoints';
import type { Posting } from '../../api/types';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { showFormError, showSuccess } from '../../components/feedback';

/** How far ahead a renewal may reach (the server's MAX_VALIDITY_DAYS); the server has the last word. */
const MAX_RENEW_DAYS = 180;
/** A renewal proposes this many more days by default. */
const DEFAULT_RENEW_DAYS = 30;

/** 续期: a new end of validity between today and 180 days ahead. */
export function RenewModal({ posting, onClose, onDone }: { posting: Posting | null; onClose: () => void; onDone: (p: Posting) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const today = dayjs(chinaToday());
  const latest = today.add(MAX_RENEW_DAYS, 'day');

  useEffect(() => {
    if (!posting) return;
    const now = dayjs(chinaToday());
    const base = dayjs(posting.validTo).isBefore(now) ? now : dayjs(posting.validTo);
    const proposed = base.add(DEFAULT_RENEW_DAYS, 'day');
    const last = now.add(MAX_RENEW_DAYS, 'day');
    form.resetFields();
    form.setFieldsValue({ validTo: proposed.isAfter(last) ? last : proposed });
  }, [posting, form]);

  const submit = async () => {
    if (!posting) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      const date = v.validTo.format('YYYY-MM-DD');
      const renewed = await postingsApi.renew(posting.id, date);
      showSuccess(t('posting.renewed', { date }));
      onDone(renewed);
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={posting !== null}
      title={posting ? t('posting.renewTitle', { title: posting.title }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'posting-renew-save' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="posting-renew" layout="vertical">
        <Form.Item name="validTo" label={t('posting.renewTo')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker disabledDate={(d) => d.isBefore(today, 'day') || d.isAfter(latest, 'day')} style={{ width: '100%' }} data-testid="posting-renew-date" />
        </Form.Item>
        {posting && (
          <Typography.Text type="secondary">
            {t('posting.renewHint', { current: posting.validTo, max: latest.format('YYYY-MM-DD'), days: MAX_RENEW_DAYS })}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
