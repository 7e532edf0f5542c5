import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography, type InputRef } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { showFormError, showSuccess } from '../../components/feedback';
import { ExportButton } from '../../components/ExportButton';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useRegistryCodes } from '../../components/registry';
import { useServerTable } from '../../components/useServerTable';
import { fairsApi, type Checkin, type CheckinInput, type FairView, type NewPerson } from './fairApi';
import { namesOf, useFairCodes } from './fairLabels';

/** "S123" (the QR code on a seeker registration) or an ID number. */
const toInput = (raw: string): CheckinInput => {
  const v = raw.trim().toUpperCase();
  return /^S\d+$/.test(v) ? { seekerCode: v } : { citizenId: v };
};

/**
 * 现场签到: the ID number (or the registration's QR code) checks the seeker in; an ID the registry does
 * not know opens 现场登记 (name, phone, 户籍性质, community) and the check-in is sent again with the new person.
 */
export function CheckinsTab({ fair, onChange }: { fair: FairView; onChange: () => void }) {
  const t = useT();
  const codes = useFairCodes();
  const registry = useRegistryCodes();
  const [form] = Form.useForm<{ citizenId: string }>();
  const [personForm] = Form.useForm<NewPerson>();
  const [busy, setBusy] = useState(false);
  const [onSpot, setOnSpot] = useState<{ input: CheckinInput; hint: string } | null>(null);
  const [last, setLast] = useState<Checkin | null>(null);
  const [q, setQ] = useState('');
  const idRef = useRef<InputRef>(null);
  const path = fairsApi.checkinsPath(fair.id);
  const table = useServerTable<Checkin>(path, { q: q.trim() || undefined }, { pageSize: 20 });

  useEffect(() => {
    if (onSpot) personForm.resetFields();
  }, [onSpot, personForm]);

  const done = (c: Checkin) => {
    setLast(c);
    showSuccess(t('fair.checkedIn', { name: c.name }));
    form.resetFields();
    table.reload();
    onChange();
    setTimeout(() => idRef.current?.focus(), 0);
  };

  const checkIn = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = toInput(values.citizenId);
    setBusy(true);
    try {
      done(await fairsApi.checkin(fair.id, input));
    } catch (e) {
      const unknown = isApiError(e) ? e.fieldErrors.find((f) => f.field.replace(/^body\./, '') === 'newPerson') : undefined;
      if (unknown) setOnSpot({ input, hint: unknown.message });
      else showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  const register = async () => {
    if (!onSpot) return;
    const values = await personForm.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const c = await fairsApi.checkin(fair.id, { ...onSpot.input, newPerson: { ...values, name: values.name.trim(), phone: values.phone.trim() } });
      setOnSpot(null);
      done(c);
    } catch (e) {
      const aliases = { 'newPerson.name': 'name', 'newPerson.phone': 'phone', 'newPerson.hukouType': 'hukouType', 'newPerson.regionCode': 'regionCode' };
      showFormError(personForm, e, aliases);
    } finally {
      setBusy(false);
    }
  };

  // The server decides whether today is the fair's day (its clock, not the browser's).
  const open = fair.status === 'published';
  const columns: ColumnsType<Checkin> = [
    { title: t('fair.checkedInAt'), key: 'checkedInAt', width: 140, render: (_, c) => fmtDateTime(c.checkedInAt) },
    { title: t('fair.personName'), dataIndex: 'name', key: 'name', width: 90 },
    { title: t('fair.citizenId'), dataIndex: 'citizenIdMasked', key: 'citizenId', width: 170 },
    { title: t('fair.sexAge'), key: 'sexAge', width: 80, render: (_, c) => `${t(c.sex === 1 ? 'fair.male' : 'fair.female')}/${c.age}` },
    { title: t('fair.residence'), dataIndex: 'regionName', key: 'regionName', width: 120, ellipsis: true },
    {
      title: t('fair.groups'),
      key: 'groups',
      render: (_, c) => (
        <Space size={4} wrap>
          {c.registeredOnSpot && <Tag color="purple">{t('fair.registeredOnSpot')}</Tag>}
          {namesOf(codes.targetGroups, c.groups) || '—'}
        </Space>
      ),
    },
    { title: t('fair.intentions'), dataIndex: 'intentions', key: 'intentions', width: 80, align: 'right' },
  ];

  return (
    <>
      {fair.can.manage && (
        <Form form={form} name="fair-checkin" layout="inline" onFinish={() => void checkIn()} style={{ marginBottom: 12 }}>
          <Form.Item name="citizenId" label={t('fair.citizenId')} rules={[{ required: true, whitespace: true, message: t('fair.citizenIdRequired') }]}>
            <Input ref={idRef} style={{ width: 240 }} maxLength={20} placeholder={t('fair.citizenIdPlaceholder')} disabled={!open} autoComplete="off" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<LoginOutlined />} loading={busy && !onSpot} disabled={!open}>
              {t('fair.checkIn')}
            </Button>
          </Form.Item>
        </Form>
      )}
      {fair.can.manage && !open && <Alert type="info" showIcon title={t('fair.checkinClosed')} style={{ marginBottom: 12 }} />}
      {last && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="checkin-last"
          title={t('fair.lastCheckin', { name: last.name, id: last.citizenIdMasked })}
          description={last.registeredOnSpot ? t('fair.lastRegistered') : undefined}
        />
      )}
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Input.Search allowClear placeholder={t('fair.checkinSearch')} onSearch={(v) => (v === q ? table.reload() : setQ(v))} style={{ width: 220 }} />
        <Space>
          <Typography.Text type="secondary">{t('common.total', { total: table.total })}</Typography.Text>
          <ExportButton listPath={path} query={table.exportQuery} fileName="签到名单.xlsx" />
        </Space>
      </Space>
      <div data-testid="checkins-table">
        <Table<Checkin> rowKey="id" size="middle" columns={columns} {...table.tableProps} scroll={{ x: 900 }} />
      </div>
      <Modal
        open={onSpot !== null}
        title={t('fair.registerOnSpot')}
        onCancel={() => setOnSpot(null)}
        onOk={() => void register()}
        okText={t('fair.registerOnSpot')}
        okButtonProps={{ loading: busy }}
        destroyOnHidden
        forceRender
      >
        {onSpot && <Alert type="warning" showIcon title={onSpot.hint} description={t('fair.registerOnSpotHint', { id: onSpot.input.citizenId ?? onSpot.input.seekerCode ?? '' })} style={{ marginBottom: 12 }} />}
        <Form form={personForm} name="fair-onspot" layout="vertical">
          <Form.Item name="name" label={t('fair.personName')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { min: 2, max: 30, transform: (v?: string) => v?.trim() }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="phone" label={t('fair.phone')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { pattern: /^[0-9+\- ]*$/, message: t('fair.phoneInvalid') }, { min: 7, max: 20, message: t('fair.phoneLength') }]}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="hukouType" label={t('fair.hukouType')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={registry.hukouTypes} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('fair.community')} rules={[{ required: true, message: t('common.required') }]} extra={t('fair.communityHint')}>
            <OrgUnitPicker minLevel={5} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
