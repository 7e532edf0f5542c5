import { useEffect } from 'react';
import { Form, Input, Modal } from 'antd';
import { useT } from '../../i18n';
import { useFormSubmit } from '../../components/useFormSubmit';

export interface Prompt {
  title: string;
  /** The server's field name (errors on it land on the input). */
  field: string;
  label: string;
  initial?: string;
  multiline?: boolean;
  okText?: string;
  danger?: boolean;
  run: (value: string) => Promise<void>;
}

/** One required text value asked in a dialog (booth number, reason…); the server's refusal shows on the field. */
export function PromptModal({ prompt, onClose }: { prompt: Prompt | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string>>();

  useEffect(() => {
    if (!prompt) return;
    form.resetFields();
    form.setFieldsValue({ [prompt.field]: prompt.initial ?? '' });
  }, [prompt, form]);

  const { busy, submit } = useFormSubmit(
    form,
    (v) => String(v[prompt?.field ?? ''] ?? '').trim(),
    async (value) => {
      if (!prompt) return;
      await prompt.run(value);
      onClose();
    },
  );

  return (
    <Modal
      open={prompt !== null}
      title={prompt?.title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={prompt?.okText ?? t('common.confirm')}
      okButtonProps={{ loading: busy, danger: prompt?.danger }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="fair-prompt" layout="vertical" onFinish={() => void submit()}>
        {prompt && (
          <Form.Item name={prompt.field} label={prompt.label} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 500 }]}>
            {prompt.multiline ? <Input.TextArea rows={3} maxLength={500} /> : <Input maxLength={20} autoFocus />}
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
