import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { http, isApiError } from '../../api/client';
import { LIST, registryApi } from '../../api/endpoints';
import type { CodeEntry, Page, Person, PersonInput } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { showFormError, showSuccess } from '../../components/feedback';
import { useCodeEntries, useRegistryCodes } from '../../components/registry';

type Values = Omit<PersonInput, 'hukouType'> & { hukouType?: PersonInput['hukouType'] };

/** Options of a code table (searchable by name or code); `level` indents sub-entries in the list. */
function entryOptions(entries: CodeEntry[]) {
  return entries.map((e) => ({ value: e.code, label: e.name, title: `${e.code} ${e.name}`, level: e.level }));
}

/** Level-2 entries (e.g. 大学本科毕业) indented under their level-1 heading in the open list only. */
const indented = (o: { data: { label?: ReactNode; level?: number } }) => <span style={{ paddingInlineStart: ((o.data.level ?? 1) - 1) * 14 }}>{o.data.label}</span>;

/** Fields that may be sent empty to clear them (the server takes '' for these). */
const CLEARABLE = new Set(['address', 'phone', 'skills']);

/**
 * 登记人员 / 编辑. The ID number is checked by the server (check digit, birth date, duplicates);
 * its field errors land on the fields, and a duplicate offers the existing record when visible.
 */
export function PersonFormModal({
  open,
  person,
  defaultRegion,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null = register a new person. */
  person: Person | null;
  /** Community preset for a new person (the header scope when it is a community). */
  defaultRegion?: string;
  onClose: () => void;
  onSaved: (p: Person) => void;
}) {
  const t = useT();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<Person | null>(null);
  const codes = useRegistryCodes();
  const ethnicities = useCodeEntries('ethnicity');
  const educations = useCodeEntries('education');
  const ethnicityOptions = useMemo(() => entryOptions(ethnicities), [ethnicities]);
  const educationOptions = useMemo(() => entryOptions(educations), [educations]);
  // A community worker registers people of their own community.
  const presetRegion = defaultRegion ?? (me.orgUnit.level === 5 ? me.orgUnit.code : undefined);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setExisting(null);
    if (person) {
      form.setFieldsValue({
        citizenId: person.citizenId,
        name: person.name,
        hukouType: person.hukouType as PersonInput['hukouType'],
        regionCode: person.regionCode,
        ethnicity: person.ethnicity ?? undefined,
        education: person.education ?? undefined,
        phone: person.phone ?? undefined,
        address: person.address ?? undefined,
        ableToWork: person.ableToWork,
        wantsWork: person.wantsWork,
        skills: person.skills ?? undefined,
      });
    } else {
      form.setFieldsValue({ regionCode: presetRegion, ableToWork: true, wantsWork: true });
    }
  }, [open, person, presetRegion, form]);

  /** The visible record that already has this ID number (the 409 names it; the list finds its id). */
  const findExisting = async (citizenId: string) => {
    try {
      const page = await http.get<Page<Person>>(LIST.people, { q: citizenId.trim().toUpperCase(), pageSize: 1 });
      setExisting(page.items[0] ?? null);
    } catch {
      setExisting(null);
    }
  };

  const submit = async () => {
    const raw = await form.validateFields().catch(() => null);
    if (!raw) return; // the form shows what is missing
    setBusy(true);
    setExisting(null);
    try {
      let saved: Person;
      if (person) {
        // Send what changed; emptied text fields are sent as '' to clear them.
        const before: Record<string, unknown> = { ...person, ethnicity: person.ethnicity ?? undefined, education: person.education ?? undefined };
        const patch = Object.fromEntries(
          Object.entries(raw)
            .filter(([k]) => k !== 'citizenId')
            .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v] as const)
            .filter(([k, v]) => (v === undefined || v === null || v === '' ? CLEARABLE.has(k) && Boolean(before[k]) : v !== before[k]))
            .map(([k, v]) => [k, v ?? '']),
        );
        saved = Object.keys(patch).length > 0 ? await registryApi.update(person.id, patch) : person;
      } else {
        const values = Object.fromEntries(
          Object.entries(raw)
            .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v] as const)
            .filter(([, v]) => v !== undefined && v !== null && v !== ''),
        ) as unknown as PersonInput;
        values.citizenId = values.citizenId.toUpperCase();
        saved = await registryApi.create(values);
      }
      showSuccess(person ? t('common.saved') : t('person.created'));
      onSaved(saved);
    } catch (e) {
      showFormError(form, e);
      if (isApiError(e) && e.code === 'duplicate') {
        // The message names the existing person: show it on the field, and offer the record.
        form.setFields([{ name: 'citizenId', errors: [e.message] }]);
        void findExisting(raw.citizenId);
      }
    } finally {
      setBusy(false);
    }
  };

  const req = [{ required: true, message: t('common.required') }];

  return (
    <Modal
      open={open}
      title={person ? t('person.editTitle') : t('person.createTitle')}
      width={760}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'person-save' }}
      okText={t('common.save')}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="person" layout="vertical" autoComplete="off">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="citizenId"
              label={t('person.citizenId')}
              rules={req}
              extra={
                existing ? (
                  <Link to={`/people/${existing.id}`} onClick={onClose} data-testid="person-open-existing">
                    {t('person.openExisting')}：{existing.name}（{existing.regionName}）
                  </Link>
                ) : person ? (
                  t('person.citizenIdFixed')
                ) : (
                  t('person.citizenIdHint')
                )
              }
            >
              <Input maxLength={18} disabled={Boolean(person)} style={{ textTransform: 'uppercase', fontFamily: 'monospace' }} data-testid="person-citizen-id" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('person.name')} rules={[...req, { min: 2, max: 30, message: '2–30' }]}>
              <Input maxLength={30} data-testid="person-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="hukouType" label={t('person.hukouType')} rules={req}>
              <Select options={codes.hukouTypes} data-testid="person-hukou" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('person.region')} rules={req}>
              <OrgUnitPicker minLevel={5} placeholder={t('person.regionHint')} data-testid="person-region" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ethnicity" label={t('person.ethnicity')}>
              <Select allowClear={!person} showSearch={{ optionFilterProp: ['label', 'value'] }} options={ethnicityOptions} data-testid="person-ethnicity" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label={t('person.education')}>
              <Select allowClear={!person} showSearch={{ optionFilterProp: ['label', 'value'] }} options={educationOptions} optionRender={indented} data-testid="person-education" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('person.phone')} rules={[{ pattern: /^[0-9+\- ]*$/, message: t('person.phoneInvalid') }]}>
              <Input maxLength={20} data-testid="person-phone" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="address" label={t('person.address')}>
              <Input maxLength={200} data-testid="person-address" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="ableToWork" label={t('person.ableToWork')} valuePropName="checked">
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} data-testid="person-able" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="wantsWork" label={t('person.wantsWork')} valuePropName="checked">
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} data-testid="person-wants" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="skills" label={t('person.skills')}>
              <Input.TextArea rows={2} maxLength={500} placeholder={t('person.skillsPlaceholder')} data-testid="person-skills" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
