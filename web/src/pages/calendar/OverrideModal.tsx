import { useEffect, useState } from 'react';
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { calendarApi } from '../../api/endpoints';
import type { CalendarOverride } from '../../api/types';
import { useT } from '../../i18n';
import { showFormError, showSuccess } from '../../components/feedback';

interface Values {
  date: Dayjs;
  isWorkday: boolean;
  name?: string;
}

interface Props {
  /** The day to set (an existing override is replaced); null closes the dialog. */
  initial: { date: Dayjs; override?: CalendarOverride } | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 设置某日: a rest day (holiday) or a working day (make-up day), with the holiday's name. */
export function OverrideModal({ initial, onClose, onSaved }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!initial) return;
    form.resetFields();
    form.setFieldsValue({ date: initial.date, isWorkday: initial.override?.isWorkday ?? false, name: initial.override?.name ?? undefined });
  }, [initial, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await calendarApi.setOverride(v.date.format('YYYY-MM-DD'), { isWorkday: v.isWorkday, name: v.name?.trim() || undefined });
      showSuccess(t('common.saved'));
      onSaved();
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={initial !== null}
      title={initial?.override ? t('cal.override.editTitle') : t('cal.override.addTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'override-save' }}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" autoComplete="off">
        <Form.Item name="date" label={t('cal.override.date')} rules={[{ required: true, message: t('common.required') }]} extra={t('cal.override.replaceHint')}>
          <DatePicker style={{ width: '100%' }} allowClear={false} disabled={Boolean(initial?.override)} data-testid="override-date" />
        </Form.Item>
        <Form.Item name="isWorkday" label={t('cal.override.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('cal.override.rest') },
              { value: true, label: t('cal.override.work') },
            ]}
            data-testid="override-kind"
          />
        </Form.Item>
        <Form.Item name="name" label={t('cal.override.name')} extra={t('cal.override.nameHint')}>
          <Input maxLength={20} showCount data-testid="override-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
