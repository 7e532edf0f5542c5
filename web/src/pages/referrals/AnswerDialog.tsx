import { useEffect, useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';
import { referralsApi, type ReasonCode, type Referral, type ReferralAnswerInput, type ReferralAnswerStatus } from './referralApi';
import { answersAfter, statusLabel } from './referralLabels';

interface Values {
  status: ReferralAnswerStatus;
  reasonCode?: string;
  hiredOn?: Dayjs;
  note?: string;
}

let reasonCache: Promise<ReasonCode[]> | null = null;
const loadReasons = () => (reasonCache ??= referralsApi.reasons().catch((e: unknown) => {
  reasonCache = null;
  throw e;
}));

/**
 * 反馈结果: the employer (or staff on its behalf) answers a referral — interviewed, hired (with the
 * start date: the registry registers the employment), not hired (with a coded reason), no-show.
 * The server's refusals land on the fields or above the form.
 */
export function AnswerDialog({ referral, onClose, onDone }: { referral: Referral | null; onClose: () => void; onDone: (r: Referral) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [reasons, setReasons] = useState<ReasonCode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const status = Form.useWatch('status', form);

  useEffect(() => {
    if (!referral) return;
    form.resetFields();
    setError(null);
    loadReasons().then(setReasons, () => setReasons([]));
  }, [referral, form]);

  const toInput = (v: Values): ReferralAnswerInput => ({
    status: v.status,
    ...(v.status === 'not_hired' && v.reasonCode ? { reasonCode: v.reasonCode } : {}),
    ...(v.status === 'hired' && v.hiredOn ? { hiredOn: v.hiredOn.format('YYYY-MM-DD') } : {}),
    ...(v.note?.trim() ? { note: v.note.trim() } : {}),
  });

  const { busy, submit } = useFormSubmit(form, toInput, async (input) => {
    if (!referral) return;
    setError(null);
    try {
      const r = await referralsApi.answer(referral.id, input);
      showSuccess(t('referral.answered', { status: statusLabel(t, r.status) }));
      onDone(r);
    } catch (e) {
      // A refusal of the registry (e.g. already employed full time) or of the state is not a field of this form.
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    }
  });

  const today = dayjs(chinaToday());
  return (
    <Modal
      open={referral !== null}
      title={referral ? t('referral.answerTitle', { name: referral.personName, title: referral.postingTitle }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'referral-answer-save' }}
      destroyOnHidden
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="referral-answer-error" />}
      <Form form={form} layout="vertical">
        <Form.Item name="status" label={t('referral.answerStatus')} rules={[{ required: true, message: t('referral.answerStatusRequired') }]}>
          <Radio.Group
            data-testid="referral-answer-status"
            options={(referral ? answersAfter(referral.status).filter((s) => s !== 'hired' || referral.can.hire) : []).map((s) => ({ value: s, label: statusLabel(t, s) }))}
          />
        </Form.Item>
        {status === 'not_hired' && (
          <Form.Item name="reasonCode" label={t('referral.reason')} rules={[{ required: true, message: t('referral.reasonRequired') }]}>
            <Select options={reasons.map((r) => ({ value: r.code, label: r.name }))} data-testid="referral-answer-reason" />
          </Form.Item>
        )}
        {status === 'hired' && (
          <>
            <Form.Item name="hiredOn" label={t('referral.hiredOn')} rules={[{ required: true, message: t('referral.hiredOnRequired') }]} initialValue={today}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(today, 'day') || (referral ? d.isBefore(dayjs(referral.referredOn), 'day') : false)}
                data-testid="referral-answer-hired-on"
              />
            </Form.Item>
            <Alert type="info" showIcon title={t('referral.hireHint')} style={{ marginBottom: 12 }} />
          </>
        )}
        <Form.Item name="note" label={t('referral.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
