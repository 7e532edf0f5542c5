import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Checkbox, Col, Divider, Form, Input, InputNumber, Result, Row, Select } from 'antd';
import { useT } from '../../i18n';
import { isApiError } from '../../api/client';
import { showFormError } from '../../components/feedback';
import { portalApi, type SeekerRegistration } from '../api';
import { useCodeLabel, useCodes } from '../hooks';
import { workTypeLabel } from '../format';
import { AccountFields } from '../components/AccountFields';
import { RegionCascader } from '../components/RegionCascader';
import { RegisterShell } from '../components/RegisterShell';

interface Values {
  username: string;
  password: string;
  confirm: string;
  name: string;
  citizenId: string;
  phone: string;
  regionCode: string;
  hukouType: SeekerRegistration['hukouType'];
  desiredOccupations: string[];
  wageExpected?: number;
  education?: string;
  workType?: string;
  consentShare?: boolean;
  agree?: boolean;
}

const SEEKER_WORK_TYPES = ['full_time', 'part_time', 'temporary', 'internship', 'any'];
const HUKOU_TYPES = ['urban', 'rural', 'non_local'] as const;

/** 求职者注册: account, identity (real name, linked to the registry by ID number), community, what work is wanted. */
export default function RegisterSeekerPage() {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const occupations = useCodes('occupation');
  const educations = useCodes('education');
  const label = useCodeLabel();

  const occupationOptions = useMemo(
    () =>
      occupations
        .filter((o) => o.level === 1)
        .map((major) => ({ label: label(major), options: occupations.filter((o) => o.parentCode === major.code).map((m) => ({ value: m.code, label: label(m) })) })),
    [occupations, label],
  );
  const educationOptions = useMemo(
    () =>
      educations
        .filter((e) => e.level === 1)
        .map((top) => ({ label: label(top), options: educations.filter((e) => e.parentCode === top.code).map((e) => ({ value: e.code, label: label(e) })) })),
    [educations, label],
  );

  const submit = async (v: Values) => {
    const body: SeekerRegistration = {
      username: v.username.trim(),
      password: v.password,
      citizenId: v.citizenId.trim().toUpperCase(),
      name: v.name.trim(),
      phone: v.phone.trim(),
      regionCode: v.regionCode,
      hukouType: v.hukouType,
      desiredOccupations: v.desiredOccupations ?? [],
      wageExpected: v.wageExpected ?? undefined,
      education: v.education,
      workType: v.workType,
      consentShare: Boolean(v.consentShare),
    };
    setBusy(true);
    setRefusal(null);
    try {
      await portalApi.registerSeeker(body);
      setDone(body.username);
      window.scrollTo(0, 0);
    } catch (e) {
      showFormError(form, e);
      // The identity check names no field (it does not tell which of name, ID number and phone was wrong): keep it on the page.
      if (isApiError(e) && e.fieldErrors.length === 0) setRefusal(e.message);
    } finally {
      setBusy(false);
    }
  };

  const steps = [t('portal.reg.stepFill'), t('portal.reg.stepLogin'), t('portal.reg.stepApply')];
  if (done)
    return (
      <RegisterShell title={t('portal.register.seeker')} intro={t('portal.reg.seekerIntro')} steps={steps} current={1}>
        <Result
          status="success"
          title={t('portal.reg.seekerDone')}
          subTitle={t('portal.reg.seekerNext', { username: done })}
          data-testid="register-done"
          extra={[
            <Button type="primary" key="login" onClick={() => navigate('/login', { state: { from: '/portal/me' } })} data-testid="register-login">
              {t('portal.reg.loginNow')}
            </Button>,
            <Link key="jobs" to="/portal/jobs">
              <Button>{t('portal.nav.jobs')}</Button>
            </Link>,
          ]}
        />
      </RegisterShell>
    );

  return (
    <RegisterShell title={t('portal.register.seeker')} intro={t('portal.reg.seekerIntro')} steps={steps} current={0}>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ workType: 'full_time', desiredOccupations: [] }} scrollToFirstError name="seeker" data-testid="seeker-form">
        <Divider titlePlacement="start">{t('portal.reg.identity')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('portal.form.name')} rules={[
                { required: true, whitespace: true, message: t('portal.form.required') },
                { validator: (_, v?: string) => (!v?.trim() || [...v.trim()].length >= 2 ? Promise.resolve() : Promise.reject(new Error(t('portal.form.nameRule')))) },
              ]}
            >
              <Input maxLength={30} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="citizenId"
              label={t('portal.form.citizenId')}
              rules={[
                { required: true, message: t('portal.form.required') },
                { pattern: /^\d{17}[\dXx]$/, message: t('portal.form.citizenIdRule') },
              ]}
            >
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('portal.form.phone')}
              extra={t('portal.form.phoneHint')}
              rules={[
                { required: true, message: t('portal.form.required') },
                { pattern: /^1\d{10}$/, message: t('portal.form.phoneRule') },
              ]}
            >
              <Input maxLength={11} autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hukouType" label={t('portal.form.hukouType')} extra={t('portal.form.hukouHint')} rules={[{ required: true, message: t('portal.form.required') }]}>
              <Select options={HUKOU_TYPES.map((h) => ({ value: h, label: t(`portal.hukou.${h}`) }))} data-testid="seeker-hukou" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="regionCode"
              label={t('portal.form.community')}
              extra={t('portal.form.communityHint')}
              rules={[
                { required: true, message: t('portal.form.required') },
                { validator: (_, v?: string) => (!v || v.length >= 12 ? Promise.resolve() : Promise.reject(new Error(t('portal.form.communityRule')))) },
              ]}
            >
              <RegionCascader maxLevel={5} minLevel={5} placeholder={t('portal.form.communityPlaceholder')} testId="seeker-community" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('portal.reg.intention')}</Divider>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item
              name="desiredOccupations"
              label={t('portal.form.desiredOccupations')}
              rules={[
                { required: true, type: 'array', min: 1, message: t('portal.form.desiredOccupationsRule') },
                { type: 'array', max: 5, message: t('portal.form.desiredOccupationsRule') },
              ]}
            >
              <Select mode="multiple" options={occupationOptions} showSearch={{ optionFilterProp: 'label' }} maxCount={5} placeholder={t('portal.form.desiredOccupationsPlaceholder')} data-testid="seeker-occupations" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="wageExpected" label={t('portal.form.wageExpected')}>
              <InputNumber min={0} max={1000000} step={500} style={{ width: '100%' }} suffix={t('portal.wage.unit')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="education" label={t('portal.form.education')}>
              <Select allowClear options={educationOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="workType" label={t('portal.form.workType')}>
              <Select options={SEEKER_WORK_TYPES.map((w) => ({ value: w, label: w === 'any' ? t('portal.filter.any') : workTypeLabel(t, w) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('portal.reg.account')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <AccountFields />
          </Col>
          <Col xs={24} md={12}>
            <Alert type="info" showIcon title={t('portal.reg.realName')} description={t('portal.reg.realNameText')} />
          </Col>
        </Row>
        <Form.Item name="consentShare" valuePropName="checked">
          <Checkbox data-testid="seeker-consent-share">{t('portal.form.consentShare')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="agree"
          valuePropName="checked"
          rules={[{ validator: (_, v?: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('portal.form.agreeRule')))) }]}
        >
          <Checkbox data-testid="seeker-agree">{t('portal.form.agree')}</Checkbox>
        </Form.Item>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="seeker-refusal" />}
        <Button type="primary" htmlType="submit" size="large" loading={busy} block data-testid="seeker-submit">
          {t('portal.reg.submit')}
        </Button>
      </Form>
    </RegisterShell>
  );
}
