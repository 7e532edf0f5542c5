import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { isApiError } from '../../api/client';
import type { DifficultyIdentification, DifficultyInput, Person } from '../../api/types';
import { useT } from '../../i18n';
import { showFormError } from '../../components/feedback';
import { useCodeEntries } from '../../components/registry';

interface Values {
  category: string;
  statement?: string;
}

/**
 * 申请就业困难人员认定 (category + statement), or, with `returned`, the correction of an application
 * returned for revision. The server checks the category's facts (age, unemployment, household);
 * its refusals land on the category or show as a message.
 */
export function DifficultyModal({
  open,
  person,
  returned,
  onClose,
  onSubmit,
}: {
  open: boolean;
  person: Person;
  /** The application being corrected (resubmission); null for a new application. */
  returned: DifficultyIdentification | null;
  onClose: () => void;
  onSubmit: (input: DifficultyInput) => Promise<void>;
}) {
  const t = useT();
  const categories = useCodeEntries('difficulty_category');
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setRefusal(null);
    if (returned) form.setFieldsValue({ category: returned.category });
  }, [open, form, returned]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const statement = v.statement?.trim();
    setBusy(true);
    setRefusal(null);
    try {
      await onSubmit({ category: v.category, ...(statement ? { statement } : {}) });
    } catch (e) {
      // A refusal of the category lands on its field; one about the person (e.g. no unemployment
      // registration) has no field of the form, so it stays in view above it.
      const onCategory = isApiError(e) && e.fieldErrors.some((f) => f.field.replace(/^body\./, '') === 'category');
      if (onCategory) showFormError(form, e);
      else setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const notUnemployed = !returned && person.labourStatus !== 'unemployed';

  return (
    <Modal
      open={open}
      title={returned ? t('diff.resubmitTitle', { name: person.name }) : t('diff.applyTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={returned ? t('diff.resubmit') : t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'difficulty-save' }}
      destroyOnHidden
      forceRender
    >
      {notUnemployed && !refusal && <Alert type="warning" showIcon title={t('diff.needsUnemployment')} style={{ marginBottom: 16 }} data-testid="difficulty-needs-unemployment" />}
      {returned && <Alert type="warning" showIcon title={t('diff.returnedHint')} style={{ marginBottom: 16 }} />}
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="difficulty-refusal" />}
      <Form form={form} name="difficulty" layout="vertical" autoComplete="off">
        <Form.Item name="category" label={t('diff.category')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            options={categories.map((c) => ({ value: c.code, label: c.name }))}
            loading={categories.length === 0}
            onChange={() => setRefusal(null)}
            data-testid="difficulty-category"
          />
        </Form.Item>
        <Form.Item name="statement" label={t('diff.statement')} extra={returned ? t('diff.statementKeep') : t('diff.reviewHint')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('diff.statementPlaceholder')} data-testid="difficulty-statement" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
