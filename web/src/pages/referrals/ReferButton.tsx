import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Result, Typography } from 'antd';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';
import { showFormError, showSuccess } from '../../components/feedback';
import { referralsApi, type Referral } from './referralApi';

interface Props {
  seekerId: number;
  postingId: number;
  /** Called after a successful referral (e.g. to reload a list). */
  onDone?: () => void;
  /** Button look; defaults to a small link-style button for tables. */
  type?: 'link' | 'primary' | 'default';
  disabled?: boolean;
}

/**
 * 推荐: staff refer a job seeker to a posting. Opens a confirmation with an optional note, POSTs
 * /api/market/referrals and shows the server's refusal (duplicate, out of scope, other district and
 * not shared …) in the dialog; after success it offers the referral letter for printing.
 */
export function ReferButton({ seekerId, postingId, onDone, type = 'link', disabled }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ note?: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Referral | null>(null);

  const close = () => {
    setOpen(false);
    setError(null);
    setDone(null);
    form.resetFields();
  };

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const note = v.note?.trim();
      const r = await referralsApi.create({ seekerId, postingId, ...(note ? { note } : {}) });
      showSuccess(t('referral.referred', { number: r.number }));
      setDone(r);
      onDone?.();
    } catch (e) {
      showFormError(form, e);
      const fieldText = isApiError(e) ? e.fieldErrors.filter((f) => !/note$/.test(f.field)).map((f) => f.message) : [];
      setError([e instanceof Error ? e.message : String(e), ...fieldText].filter((x, i, a) => a.indexOf(x) === i).join('；'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button type={type} size={type === 'link' ? 'small' : 'middle'} disabled={disabled} onClick={() => setOpen(true)} data-testid={`refer-${seekerId}-${postingId}`}>
        {t('referral.refer')}
      </Button>
      <Modal
        open={open}
        title={t('referral.referTitle')}
        onCancel={close}
        destroyOnHidden
        forceRender
        footer={
          done
            ? [
                <Button key="close" onClick={close}>
                  {t('common.close')}
                </Button>,
              ]
            : [
                <Button key="cancel" onClick={close}>
                  {t('common.cancel')}
                </Button>,
                <Button key="ok" type="primary" loading={busy} onClick={() => void submit()} data-testid="refer-confirm">
                  {t('common.confirm')}
                </Button>,
              ]
        }
      >
        {done ? (
          <Result
            status="success"
            title={t('referral.referred', { number: done.number })}
            extra={
              <Button type="primary" href={`/referrals/${done.id}/letter`} target="_blank" data-testid="refer-print-letter">
                {t('referral.printLetter')}
              </Button>
            }
          />
        ) : (
          <>
            <Typography.Paragraph>{t('referral.referConfirm')}</Typography.Paragraph>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="refer-error" />}
            <Form form={form} layout="vertical">
              <Form.Item name="note" label={t('referral.note')} rules={[{ max: 500 }]}>
                <Input.TextArea rows={3} maxLength={500} placeholder={t('referral.notePlaceholder')} />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </>
  );
}
