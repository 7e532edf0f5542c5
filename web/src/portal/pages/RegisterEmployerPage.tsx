import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Col, Divider, Form, Input, Result, Row, Select } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';
import { showFormError } from '../../components/feedback';
import { portalApi, type EmployerRegistration } from '../api';
import { useCodeLabel, useCodes } from '../hooks';
import { SIZE_BANDS, sizeBandLabel } from '../format';
import { AccountFields } from '../components/AccountFields';
import { RegionCascader } from '../components/RegionCascader';
import { RegisterShell } from '../components/RegisterShell';

interface Values extends EmployerRegistration {
  confirm: string;
}

/** 用人单位注册: the unit and its account; submitted to the street for first review, then the district. */
export default function RegisterEmployerPage() {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const unitTypes = useCodes('unit_type');
  const ownership = useCodes('ownership_type');
  const industries = useCodes('industry', 2);
  const label = useCodeLabel();

  const industryOptions = useMemo(
    () =>
      industries
        .filter((i) => i.level === 1)
        .map((top) => ({ label: `${top.code} ${label(top)}`, options: industries.filter((i) => i.parentCode === top.code).map((i) => ({ value: i.code, label: `${i.code} ${label(i)}` })) })),
    [industries, label],
  );

  const submit = async (v: Values) => {
    const body: EmployerRegistration = {
      creditCode: v.creditCode.trim().toUpperCase(),
      name: v.name.trim(),
      regionCode: v.regionCode,
      address: v.address.trim(),
      unitType: v.unitType,
      industryCode: v.industryCode,
      ownershipType: v.ownershipType,
      sizeBand: v.sizeBand,
      introduction: v.introduction?.trim() || undefined,
      contactName: v.contactName.trim(),
      contactPhone: v.contactPhone.trim(),
      username: v.username.trim(),
      password: v.password,
    };
    setBusy(true);
    setRefusal(null);
    try {
      const r = await portalApi.registerEmployer(body);
      setDone(r.username);
      window.scrollTo(0, 0);
    } catch (e) {
      showFormError(form, e);
      // A refusal on no field (too many registrations, a network failure) stays on the page, as on the seeker form.
      if (!isApiError(e) || e.fieldErrors.length === 0) setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const steps = [t('portal.reg.stepFill'), t('portal.reg.stepStreet'), t('portal.reg.stepDistrict'), t('portal.reg.stepPost')];
  if (done)
    return (
      <RegisterShell title={t('portal.register.employer')} intro={t('portal.reg.employerIntro')} steps={steps} current={1}>
        <Result
          status="info"
          icon={<ClockCircleOutlined style={{ color: '#fa8c16' }} />}
          title={t('portal.reg.employerDone')}
          subTitle={t('portal.reg.employerNext', { username: done })}
          data-testid="register-pending"
          extra={[
            <Button type="primary" key="login" onClick={() => navigate('/login', { state: { from: '/portal/me' } })}>
              {t('portal.reg.loginNow')}
            </Button>,
          ]}
        />
      </RegisterShell>
    );

  const required = { required: true, whitespace: true, message: t('portal.form.required') };
  /** At least `n` characters once trimmed, as the server counts them. */
  const trimmedMin = (n: number, message: string) => ({
    validator: (_: unknown, v?: string) => (!v?.trim() || [...v.trim()].length >= n ? Promise.resolve() : Promise.reject(new Error(message))),
  });
  return (
    <RegisterShell title={t('portal.register.employer')} intro={t('portal.reg.employerIntro')} steps={steps} current={0}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} scrollToFirstError name="employer" data-testid="employer-form">
        <Divider titlePlacement="start">{t('portal.reg.unit')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('portal.form.unitName')} rules={[required, trimmedMin(2, t('portal.form.unitNameRule'))]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="creditCode" label={t('portal.form.creditCode')} rules={[required, { pattern: /^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$/, message: t('portal.form.creditCodeRule') }]}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unitType" label={t('portal.form.unitType')} rules={[required]}>
              <Select options={unitTypes.map((u) => ({ value: u.code, label: label(u) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ownershipType" label={t('portal.form.ownership')} rules={[required]}>
              <Select options={ownership.map((u) => ({ value: u.code, label: label(u) }))} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryCode" label={t('portal.form.industry')} rules={[required]}>
              <Select options={industryOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sizeBand" label={t('portal.form.size')} rules={[required]}>
              <Select options={SIZE_BANDS.map((s) => ({ value: s, label: sizeBandLabel(t, s) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('portal.form.location')}
              extra={t('portal.form.locationHint')}
              rules={[required, { validator: (_, v?: string) => (!v || v.length >= 9 ? Promise.resolve() : Promise.reject(new Error(t('portal.form.locationRule')))) }]}
            >
              <RegionCascader maxLevel={5} minLevel={4} placeholder={t('portal.form.locationPlaceholder')} testId="employer-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('portal.form.address')} rules={[required, trimmedMin(2, t('portal.form.required'))]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="introduction" label={t('portal.form.introduction')}>
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('portal.reg.contact')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="contactName" label={t('portal.form.contactName')} rules={[required]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label={t('portal.form.contactPhone')} rules={[required, { pattern: /^[0-9+\- ]{5,20}$/, message: t('portal.form.contactPhoneRule') }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('portal.reg.account')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <AccountFields />
          </Col>
          <Col xs={24} md={12}>
            <Alert type="info" showIcon title={t('portal.reg.reviewTitle')} description={t('portal.reg.reviewText')} />
          </Col>
        </Row>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="employer-refusal" />}
        <Button type="primary" htmlType="submit" size="large" loading={busy} block data-testid="employer-submit">
          {t('portal.reg.submitEmployer')}
        </Button>
      </Form>
    </RegisterShell>
  );
}
