import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Checkbox, Descriptions, Empty, Form, Input, InputNumber, Modal, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { registryApi } from '../../api/endpoints';
import type { Household, HouseholdMember, Person, PersonRecord } from '../../api/types';
import { useT } from '../../i18n';
import { labelOf } from '../../components/labels';
import { showError, showFormError, showSuccess } from '../../components/feedback';
import { LABOUR_STATUS_COLORS } from '../../components/registry';

const ZERO_FAMILY_COLORS: Record<string, string> = { pending: 'processing', returned: 'warning', active: 'orange', cleared: 'green', rejected: 'red' };

interface JoinValues {
  mode: 'new' | 'existing';
  householdId?: number;
  householdType?: 'urban' | 'rural';
  address?: string;
  relation?: string;
}

/**
 * 家庭: the person's household with its members and their labour status; for operators, joining or
 * creating a household (in the person's community) and applying for 零就业家庭认定.
 */
export function HouseholdPanel({ person, onRecord }: { person: Person; onRecord: (next: PersonRecord) => void }) {
  const t = useT();
  const navigate = useNavigate();
  const canRegister = person.can.register;
  const [household, setHousehold] = useState<Household | null>(null);
  const [loading, setLoading] = useState(false);
  const [dialog, setDialog] = useState<'join' | 'zero' | null>(null);

  const load = useCallback(async () => {
    if (!person.householdId) {
      setHousehold(null);
      return;
    }
    setLoading(true);
    try {
      setHousehold(await registryApi.household(person.householdId));
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  }, [person.householdId]);

  useEffect(() => {
    void load();
  }, [load, person.labourStatus]);

  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  const columns: ColumnsType<HouseholdMember> = [
    {
      title: t('person.name'),
      dataIndex: 'name',
      key: 'name',
      width: 120,
      render: (v: string, m) =>
        m.id === person.id ? (
          <span>
            {v} <Tag>{t('hh.self')}</Tag>
          </span>
        ) : (
          <Typography.Link onClick={() => navigate(`/people/${m.id}?tab=household`)}>{v}</Typography.Link>
        ),
    },
    { title: t('hh.relation'), dataIndex: 'relation', key: 'relation', width: 100, render: (v: string | null) => v ?? '—' },
    { title: t('person.sex'), dataIndex: 'sex', key: 'sex', width: 60, render: (v: number) => labelOf(t, 'person.sex.', String(v)) },
    { title: t('person.age'), dataIndex: 'age', key: 'age', width: 70 },
    {
      title: t('person.labourStatus'),
      dataIndex: 'labourStatusName',
      key: 'labourStatus',
      width: 110,
      render: (v: string, m) => <Tag color={LABOUR_STATUS_COLORS[m.labourStatus] ?? 'default'}>{v}</Tag>,
    },
    { title: t('hh.ableToWork'), dataIndex: 'ableToWork', key: 'ableToWork', width: 100, render: yesNo },
    { title: t('hh.wantsWork'), dataIndex: 'wantsWork', key: 'wantsWork', width: 100, render: yesNo },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="household-panel">
      {canRegister && (
        <Space wrap>
          <Button icon={<HomeOutlined />} onClick={() => setDialog('join')} data-testid="household-join">
            {person.householdId ? t('hh.change') : t('hh.join')}
          </Button>
          {person.householdId && (
            <Button
              type="primary"
              icon={<TeamOutlined />}
              onClick={() => setDialog('zero')}
              disabled={household?.zeroFamily?.open ?? false}
              title={household?.zeroFamily?.open ? t('zf.alreadyOpen') : undefined}
              data-testid="apply-zero-family"
            >
              {t('zf.apply')}
            </Button>
          )}
        </Space>
      )}
      {!person.householdId ? (
        <Empty description={t('hh.none')} />
      ) : !household ? (
        <Spin spinning={loading} style={{ display: 'block', margin: '24px auto' }} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="household-details">
            <Descriptions.Item label={t('hh.number')}>
              <span data-testid="household-id">{household.id}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('hh.type')}>{labelOf(t, 'hh.type.', household.householdType)}</Descriptions.Item>
            <Descriptions.Item label={t('hh.region')}>{household.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('hh.address')}>{household.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('hh.relation')}>{person.householdRelation ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('zf.tab')}>
              {household.zeroFamily ? (
                <Space size={4} wrap data-testid="household-zero-family">
                  <Tag color={ZERO_FAMILY_COLORS[household.zeroFamily.status] ?? 'default'}>{labelOf(t, 'zf.status.', household.zeroFamily.status)}</Tag>
                  {household.zeroFamily.status === 'active' && household.zeroFamily.firstDueOn && (
                    <Typography.Text type="secondary">{t('zf.dueOn', { date: household.zeroFamily.firstDueOn })}</Typography.Text>
                  )}
                  {household.zeroFamily.clearedOn && <Typography.Text type="secondary">{household.zeroFamily.clearedOn}</Typography.Text>}
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
          </Descriptions>
          <Table<HouseholdMember>
            rowKey="id"
            size="small"
            pagination={false}
            loading={loading}
            columns={columns}
            dataSource={household.members}
            data-testid="household-members"
            scroll={{ x: 660 }}
          />
        </>
      )}
      <JoinHouseholdModal
        open={dialog === 'join'}
        person={person}
        onClose={() => setDialog(null)}
        onSaved={(next) => {
          setDialog(null);
          onRecord(next);
          showSuccess(t('hh.saved'));
        }}
      />
      {person.householdId && (
        <ZeroFamilyModal
          open={dialog === 'zero'}
          householdId={person.householdId}
          onClose={() => setDialog(null)}
          onApplied={() => {
            setDialog(null);
            void load();
            showSuccess(t('zf.applied'));
          }}
        />
      )}
    </Space>
  );
}

/** 加入/新建家庭户: a new household in the person's community, or an existing one by its number. */
function JoinHouseholdModal({ open, person, onClose, onSaved }: { open: boolean; person: Person; onClose: () => void; onSaved: (next: PersonRecord) => void }) {
  const t = useT();
  const [form] = Form.useForm<JoinValues>();
  const mode = Form.useWatch('mode', form);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      mode: 'new',
      householdType: person.hukouType === 'rural' ? 'rural' : 'urban',
      address: person.address ?? undefined,
      relation: person.householdRelation ?? undefined,
    });
  }, [open, form, person]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const relation = v.relation?.trim() || undefined;
    setBusy(true);
    try {
      let householdId = v.householdId ?? null;
      if (v.mode === 'new') {
        const address = v.address?.trim();
        const created = await registryApi.createHousehold({ regionCode: person.regionCode, householdType: v.householdType ?? 'urban', ...(address ? { address } : {}) });
        householdId = created.id;
        // From here on the household exists: a retry should join it rather than create another.
        form.setFieldsValue({ mode: 'existing', householdId });
      }
      onSaved(await registryApi.setHousehold(person.id, { householdId, ...(relation ? { relation } : {}) }));
    } catch (e) {
      showFormError(form, e);
    } finally {
      setBusy(false);
    }
  };

  const req = [{ required: true, message: t('common.required') }];

  return (
    <Modal
      open={open}
      title={t('hh.joinTitle', { name: person.name })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'household-save' }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="household" layout="vertical" autoComplete="off">
        <Form.Item name="mode" label={t('hh.mode')}>
          <Radio.Group
            options={[
              { value: 'new', label: t('hh.mode.new') },
              { value: 'existing', label: t('hh.mode.existing') },
            ]}
            data-testid="household-mode"
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="householdId" label={t('hh.id')} extra={t('hh.idHint')} rules={req}>
            <InputNumber min={1} precision={0} style={{ width: 200 }} data-testid="household-id-input" />
          </Form.Item>
        ) : (
          <>
            <Alert type="info" showIcon title={t('hh.newHint', { region: person.regionName })} style={{ marginBottom: 16 }} />
            <Form.Item name="householdType" label={t('hh.type')} rules={req}>
              <Select
                options={[
                  { value: 'urban', label: t('hh.type.urban') },
                  { value: 'rural', label: t('hh.type.rural') },
                ]}
                data-testid="household-type"
              />
            </Form.Item>
            <Form.Item name="address" label={t('hh.address')}>
              <Input maxLength={200} data-testid="household-address" />
            </Form.Item>
          </>
        )}
        <Form.Item name="relation" label={t('hh.relation')}>
          <Input maxLength={10} placeholder={t('hh.relationPlaceholder')} data-testid="household-relation" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 申请零就业家庭认定, optionally for 双就业; a refusal (the household does not qualify) stays in view. */
function ZeroFamilyModal({ open, householdId, onClose, onApplied }: { open: boolean; householdId: number; onClose: () => void; onApplied: () => void }) {
  const t = useT();
  const [double, setDouble] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setDouble(false);
    setRefusal(null);
  }, [open]);

  const submit = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      await registryApi.applyZeroFamily(householdId, double ? { doubleEmployment: true } : {});
      onApplied();
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('zf.applyTitle', { id: householdId })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      okButtonProps={{ loading: busy, 'data-testid': 'zero-family-save' }}
      destroyOnHidden
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('zf.applyHint')} />
        {refusal && <Alert type="error" showIcon title={refusal} data-testid="zero-family-refusal" />}
        <div>
          <Checkbox checked={double} onChange={(e) => setDouble(e.target.checked)} data-testid="zero-family-double">
            {t('zf.double')}
          </Checkbox>
          <div>
            <Typography.Text type="secondary">{t('zf.doubleHint')}</Typography.Text>
          </div>
        </div>
      </Space>
    </Modal>
  );
}
