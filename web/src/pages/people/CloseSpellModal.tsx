import { useEffect } from 'react';
import { DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CodeOption } from '../../api/types';
import { useT } from '../../i18n';
import { chinaToday } from '../../components/format';
import { useFormSubmit } from '../../components/useFormSubmit';

/**
 * Closes a registration with a date and a coded reason: 就业终止登记 (endedOn + reason),
 * 注销失业登记 (cancelledOn + ground) or 就业困难人员退出 (exitedOn + reason). The field names are
 * the request's, so errors land on them.
 */
export function CloseSpellModal({
  open,
  title,
  dateField,
  dateLabel,
  reasonField,
  reasonLabel,
  options,
  notBefore,
  defaultReason,
  okText,
  testId,
  onClose,
  onSubmit,
}: {
  open: boolean;
  title: string;
  dateField: 'endedOn' | 'cancelledOn' | 'exitedOn';
  dateLabel: string;
  reasonField: 'reason' | 'ground';
  reasonLabel: string;
  options: CodeOption[];
  /** The spell's start: the closing date cannot be earlier. */
  notBefore?: string;
  /** The reason chosen when the dialog opens (e.g. the one the facts suggest). */
  defaultReason?: string;
  okText: string;
  testId: string;
  onClose: () => void;
  onSubmit: (body: Record<string, string>) => Promise<void>;
}) {
  const t = useT();
  const [form] = Form.useForm<Record<string, Dayjs | string>>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ [dateField]: dayjs(chinaToday()), ...(defaultReason ? { [reasonField]: defaultReason } : {}) });
  }, [open, form, dateField, reasonField, defaultReason]);

  const { busy, submit } = useFormSubmit(form, (v) => ({ [dateField]: (v[dateField] as Dayjs).format('YYYY-MM-DD'), [reasonField]: v[reasonField] as string }), onSubmit);

  const req = [{ required: true, message: t('common.required') }];
  const outside = (d: Dayjs) => {
    const s = d.format('YYYY-MM-DD');
    return s > chinaToday() || (notBefore !== undefined && s < notBefore);
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText}
      okButtonProps={{ loading: busy, danger: true, 'data-testid': `${testId}-save` }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name={testId} layout="vertical" autoComplete="off">
        <Form.Item name={dateField} label={dateLabel} rules={req}>
          <DatePicker disabledDate={outside} style={{ width: '100%' }} data-testid={`${testId}-date`} />
        </Form.Item>
        <Form.Item name={reasonField} label={reasonLabel} rules={req}>
          <Select options={options} data-testid={`${testId}-reason`} popupMatchSelectWidth={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
