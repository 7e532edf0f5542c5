import { useEffect, useRef, useState } from 'react';
import { Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch, Typography, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldError } from '../../api/client';
import { postingsApi } from '../../api/endpoints';
import type { Posting, PostingFinding, PostingInput, PostingPatch, PostingWorkType } from '../../api/types';
import { useMe } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { CodeSelect } from '../../components/CodeSelect';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useScopeUnit } from '../../components/ScopeContext';
import { chinaToday } from '../../components/format';
import { showFormError, showSuccess } from '../../components/feedback';
import { EmployerSelect, type EmployerChoice } from '../people/EmployerSelect';
import { PrereviewAlert } from './PrereviewAlert';
import { FORM_FIELD_OF } from './postingLabels';

interface Values {
  employer?: EmployerChoice;
  title: string;
  occupationCode: string;
  industryCode?: string;
  vacancies: number;
  wageMin: number;
  wageMax: number;
  education?: string;
  experienceYears?: number | null;
  workingHours?: string;
  benefits?: string;
  description: string;
  requirements?: string;
  regionCode: string;
  contactName: string;
  contactPhone: string;
  validity?: [Dayjs, Dayjs] | null;
  workType: PostingWorkType;
  shared: boolean;
}

const WORK_TYPES: PostingWorkType[] = ['full_time', 'part_time', 'temporary', 'internship'];

const OPTIONAL_TEXT = ['industryCode', 'education', 'workingHours', 'benefits', 'requirements'] as const;
/** The lowest org level a work location may be (4 = street / township). */
const STREET_LEVEL = 4;

/** The body of a new posting: the form's values, empty optional fields left out. */
function inputOf(v: Values): PostingInput {
  const input: PostingInput = {
    title: v.title.trim(),
    occupationCode: v.occupationCode,
    vacancies: v.vacancies,
    wageMin: v.wageMin,
    wageMax: v.wageMax,
    description: v.description.trim(),
    regionCode: v.regionCode,
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    workType: v.workType,
    shared: v.shared,
  };
  for (const key of OPTIONAL_TEXT) {
    const text = v[key]?.trim() ?? '';
    if (text) input[key] = text;
  }
  if (v.experienceYears !== undefined && v.experienceYears !== null) input.experienceYears = v.experienceYears;
  if (v.validity) {
    input.validFrom = v.validity[0].format('YYYY-MM-DD');
    input.validTo = v.validity[1].format('YYYY-MM-DD');
  }
  if (v.employer?.id) input.employerId = v.employer.id;
  return input;
}

/** The body of an edit: every field as the form holds it, an emptied optional field as null (cleared). */
function patchOf(v: Values): PostingPatch {
  const { employerId: _employer, ...input } = inputOf(v);
  const patch: PostingPatch = input;
  for (const key of OPTIONAL_TEXT) if (!v[key]?.trim()) patch[key] = null;
  if (v.experienceYears === undefined || v.experienceYears === null) patch.experienceYears = null;
  return patch;
}

function valuesOf(p: Posting): Values {
  return {
    title: p.title,
    occupationCode: p.occupationCode,
    industryCode: p.industryCode || undefined,
    vacancies: p.vacancies,
    wageMin: p.wageMin,
    wageMax: p.wageMax,
    education: p.education || undefined,
    experienceYears: p.experienceYears,
    workingHours: p.workingHours ?? undefined,
    benefits: p.benefits ?? undefined,
    description: p.description,
    requirements: p.requirements ?? undefined,
    regionCode: p.regionCode,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    validity: [dayjs(p.validFrom), dayjs(p.validTo)],
    workType: p.workType,
    shared: p.shared,
  };
}

/** Brings the first field with an error into view (a refusal may name a field far down the form). */
function scrollToFirstError(form: FormInstance<Values>): void {
  const first = form.getFieldsError().find((f) => f.errors.length > 0);
  if (first) form.scrollToField(first.name, { block: 'center' });
}

/** Puts the pre-review findings on the fields they are in: blocking ones as errors, the others as warnings. */
function markFindings(form: FormInstance<Values>, findings: PostingFinding[]): void {
  const registered = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, { errors: string[]; warnings: string[] }>();
  for (const f of findings) {
    const name = FORM_FIELD_OF[f.field] ?? f.field;
    if (!registered.has(name)) continue;
    const marks = byField.get(name) ?? { errors: [], warnings: [] };
    (f.severity === 'block' ? marks.errors : marks.warnings).push(f.message);
    byField.set(name, marks);
  }
  form.setFields([...byField].map(([name, marks]) => ({ name: name as keyof Values, ...marks })));
}

const beforeToday = (d: Dayjs) => d.format('YYYY-MM-DD') < chinaToday();

/**
 * 登记 / 修改岗位: every save runs the automatic pre-review and shows its result above the form and
 * on the fields; 提交审核 saves first, and a refusal (the blocking phrases) lands on the fields while
 * the draft stays as saved.
 */
export function PostingFormDrawer({
  open,
  posting,
  fieldErrors,
  onClose,
  onSaved,
  onSubmitted,
}: {
  open: boolean;
  /** The posting to edit; null for a new one. */
  posting: Posting | null;
  /** Errors to show on opening (a submission refused from the detail view). */
  fieldErrors?: FieldError[];
  onClose: () => void;
  onSaved: (p: Posting) => void;
  onSubmitted: (p: Posting) => void;
}) {
  const t = useT();
  const me = useMe();
  const { unit: scope } = useScopeUnit();
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState<Posting | null>(posting);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const staff = me.user.kind === 'staff';

  useEffect(() => {
    if (!open) return;
    setCurrent(posting);
    form.resetFields();
    if (posting) {
      form.setFieldsValue(valuesOf(posting));
      markFindings(form, posting.findings);
      if (fieldErrors?.length) {
        form.setFields(fieldErrors.map((fe) => ({ name: (FORM_FIELD_OF[fe.field] ?? fe.field) as keyof Values, errors: [fe.message] })));
        setTimeout(() => scrollToFirstError(form));
      }
    } else {
      const place = staff ? scope : me.orgUnit;
      if (place.level >= STREET_LEVEL) form.setFieldsValue({ regionCode: place.code });
    }
  }, [open, posting, fieldErrors, form, staff, scope, me.orgUnit]);

  /** Creates or updates the draft; returns it with its fresh pre-review (null when refused). */
  const save = async (): Promise<Posting | null> => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return null; // the form shows what is missing
    try {
      const saved = current ? await postingsApi.update(current.id, patchOf(values)) : await postingsApi.create(inputOf(values));
      setCurrent(saved);
      // The server fills in the default validity: show it.
      if (!values.validity) form.setFieldsValue({ validity: [dayjs(saved.validFrom), dayjs(saved.validTo)] });
      markFindings(form, saved.findings);
      // The pre-review result sits above the form: bring it into view.
      requestAnimationFrame(() => top.current?.scrollIntoView({ block: 'start' }));
      onSaved(saved);
      return saved;
    } catch (e) {
      showFormError(form, e, FORM_FIELD_OF);
      return null;
    }
  };

  const saveDraft = async () => {
    setBusy('save');
    const saved = await save();
    setBusy(null);
    if (saved) showSuccess(t('posting.saved'));
  };

  const submit = async () => {
    setBusy('submit');
    try {
      const saved = await save();
      if (!saved) return;
      try {
        const submitted = await postingsApi.submit(saved.id);
        showSuccess(t('posting.submitted'));
        onSubmitted(submitted);
      } catch (e) {
        // Refused (a blocking phrase, an unverified employer): the reasons go on the fields; the draft stays.
        if (showFormError(form, e, FORM_FIELD_OF)) scrollToFirstError(form);
      }
    } finally {
      setBusy(null);
    }
  };

  const req = [{ required: true, message: t('common.required') }];
  const wageOrder: Rule = ({ getFieldValue }) => ({
    validator: (_: unknown, max: number | null) => {
      const min = getFieldValue('wageMin') as number | null;
      return max === null || max === undefined || min === null || min === undefined || max >= min ? Promise.resolve() : Promise.reject(new Error(t('posting.wageOrder')));
    },
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={860}
      title={current ? t('posting.editTitle', { title: current.title }) : t('posting.createTitle')}
      destroyOnHidden
      forceRender
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void saveDraft()} loading={busy === 'save'} disabled={busy === 'submit'} data-testid="posting-save">
            {t('posting.save')}
          </Button>
          <Button type="primary" onClick={() => void submit()} loading={busy === 'submit'} disabled={busy === 'save'} data-testid="posting-form-submit">
            {t('posting.submit')}
          </Button>
        </Space>
      }
    >
      <div ref={top}>
        {current && (
          <div style={{ marginBottom: 16 }}>
            <PrereviewAlert posting={current} />
          </div>
        )}
      </div>
      <Form form={form} name="posting" layout="vertical" autoComplete="off" initialValues={{ workType: 'full_time', shared: true }}>
        <Row gutter={16}>
          {staff && (
            <Col span={24}>
              {current ? (
                <Form.Item label={t('posting.employer')}>
                  <Typography.Text strong>{current.employerName}</Typography.Text>
                </Form.Item>
              ) : (
                <Form.Item name="employer" label={t('posting.employer')} rules={[{ required: true, validator: (_, v?: EmployerChoice) => (v?.id ? Promise.resolve() : Promise.reject(new Error(t('common.required')))) }]}>
                  <EmployerSelect registeredOnly placeholder={t('posting.employerPlaceholder')} data-testid="posting-employer" />
                </Form.Item>
              )}
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="title" label={t('posting.name')} rules={[...req, { min: 2, message: t('posting.minChars', { n: 2 }) }]}>
              <Input maxLength={60} data-testid="posting-title" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="occupationCode" label={t('posting.occupation')} rules={req}>
              <CodeSelect type="occupation" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="industryCode" label={t('posting.industry')}>
              <CodeSelect type="industry" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="vacancies" label={t('posting.vacancies')} rules={req}>
              <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} data-testid="posting-vacancies" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="wageMin" label={t('posting.wageMin')} rules={req}>
              <InputNumber min={0} max={1_000_000} precision={0} suffix={t('posting.yuan')} style={{ width: '100%' }} data-testid="posting-wage-min" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="wageMax" label={t('posting.wageMax')} dependencies={['wageMin']} rules={[...req, wageOrder]}>
              <InputNumber min={0} max={1_000_000} precision={0} suffix={t('posting.yuan')} style={{ width: '100%' }} data-testid="posting-wage-max" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label={t('posting.education')}>
              <CodeSelect type="education" placeholder={t('posting.noRequirement')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="experienceYears" label={t('posting.experienceYears')}>
              <InputNumber min={0} max={40} precision={0} placeholder={t('posting.noRequirement')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="workType" label={t('posting.workType')} rules={req}>
              <Select options={WORK_TYPES.map((w) => ({ value: w, label: t(`posting.workType.${w}`) }))} data-testid="posting-work-type" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="shared" label={t('posting.shared')} valuePropName="checked" extra={t('posting.sharedHint')}>
              <Switch data-testid="posting-shared" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="workingHours" label={t('posting.workingHours')}>
              <Input maxLength={100} placeholder={t('posting.workingHoursPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="benefits" label={t('posting.benefits')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('posting.description')} rules={[...req, { min: 10, message: t('posting.minChars', { n: 10 }) }]}>
              <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('posting.descriptionPlaceholder')} data-testid="posting-description" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="requirements" label={t('posting.requirements')}>
              <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('posting.requirementsPlaceholder')} data-testid="posting-requirements" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('posting.region')} rules={req} extra={t('posting.regionHint')}>
              <OrgUnitPicker minLevel={STREET_LEVEL} data-testid="posting-region" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="validity" label={t('posting.validity')} extra={t('posting.validityHint')}>
              <DatePicker.RangePicker disabledDate={beforeToday} style={{ width: '100%' }} data-testid="posting-validity" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactName" label={t('posting.contactName')} rules={req}>
              <Input maxLength={30} data-testid="posting-contact-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="contactPhone" label={t('posting.contactPhone')} rules={req}>
              <Input maxLength={20} data-testid="posting-contact-phone" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
