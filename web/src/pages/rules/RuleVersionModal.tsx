import { useEffect, useState } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { rulesApi } from '../../api/endpoints';
import type { BusinessRule } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { showFormError, showSuccess } from '../../components/feedback';

interface Values {
  key: string;
  regionCode?: string;
  effectiveFrom: Dayjs;
  value: number;
  note?: string;
}

interface Props {
  open: boolean;
  rules: BusinessRule[];
  /** The rule the version is for (null: choose in the form). */
  rule: BusinessRule | null;
  onClose: () => void;
  onSaved: (rules: BusinessRule[]) => void;
}

/** 新增版本: a value for a rule from a date, for one unit and below (or every region). */
export function RuleVersionModal({ open, rules, rule, onClose, onSaved }: Props) {
  const t = useT();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // Only a province-level (or higher) user may set a version for every region; others must choose.
  const mayChooseAll = me.orgUnit.level <= 1;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      key: rule?.key,
      regionCode: mayChooseAll ? undefined : me.orgUnit.code,
      effectiveFrom: dayjs().add(1, 'day'),
      value: rule?.value,
    });
  }, [open, rule, form, mayChooseAll, me.orgUnit.code]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      const next = await rulesApi.set({
        key: v.key,
        regionCode: v.regionCode || undefined,
        effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
        value: v.value,
        note: v.note?.trim() || undefined,
      });
      showSuccess(t('common.saved'));
      onSaved(next);
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={rule ? t('rule.addVersionFor', { name: rule.name }) : t('rule.addVersion')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'rule-save' }}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" autoComplete="off">
        <Form.Item name="key" label={t('rule.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            disabled={rule !== null}
            showSearch={{ optionFilterProp: 'label' }}
            options={rules.map((r) => ({ value: r.key, label: r.name }))}
            onChange={(key: string) => form.setFieldValue('value', rules.find((r) => r.key === key)?.value)}
            data-testid="rule-key"
          />
        </Form.Item>
        <Form.Item name="regionCode" label={t('rule.region')} extra={mayChooseAll ? t('rule.regionHintAll') : t('rule.regionHint')}>
          <OrgUnitPicker allowClear placeholder={t('rule.allRegions')} data-testid="rule-region" />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('rule.effectiveFrom')} rules={[{ required: true, message: t('common.required') }]} extra={t('rule.effectiveHint')}>
          <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="rule-effective" />
        </Form.Item>
        <Form.Item name="value" label={t('rule.value')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} style={{ width: '100%' }} data-testid="rule-value" />
        </Form.Item>
        <Form.Item name="note" label={t('rule.note')}>
          <Input.TextArea maxLength={200} showCount rows={2} placeholder={t('rule.notePlaceholder')} data-testid="rule-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
