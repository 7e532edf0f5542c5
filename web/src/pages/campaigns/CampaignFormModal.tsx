import { useEffect } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { useMe } from '../../auth/AuthContext';
import { showSuccess } from '../../components/feedback';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fairsApi, type Campaign, type CampaignGoals, type CampaignInput } from '../fairs/fairApi';
import { toOptions, useFairCodes } from '../fairs/fairLabels';
import { useChildUnits } from './useChildUnits';

interface Values {
  name: string;
  kind: string;
  regionCode: string;
  period: [Dayjs, Dayjs];
  targetGroups: string[];
  participantUnits: string[];
  goals: CampaignGoals;
  description?: string;
}

const GOALS = ['fairs', 'employers', 'positions', 'seekers', 'intentions'] as const;

/** 新建/修改专项活动: period, target groups, participating units and goals. */
export function CampaignFormModal({ open, campaign, onClose, onSaved }: { open: boolean; campaign?: Campaign; onClose: () => void; onSaved: (c: Campaign) => void }) {
  const t = useT();
  const me = useMe();
  const codes = useFairCodes();
  const [form] = Form.useForm<Values>();
  const regionCode = Form.useWatch('regionCode', form);
  const units = useChildUnits(regionCode);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (campaign) {
      form.setFieldsValue({
        name: campaign.name,
        kind: campaign.kind,
        regionCode: campaign.regionCode,
        period: [dayjs(campaign.startsOn), dayjs(campaign.endsOn)],
        targetGroups: campaign.targetGroups,
        participantUnits: campaign.participantUnits.map((u) => u.code),
        goals: campaign.goals,
        description: campaign.description ?? undefined,
      });
    }
  }, [open, campaign, form]);

  const toInput = (v: Values): CampaignInput => ({
    name: v.name.trim(),
    kind: v.kind,
    regionCode: v.regionCode,
    startsOn: v.period[0].format('YYYY-MM-DD'),
    endsOn: v.period[1].format('YYYY-MM-DD'),
    targetGroups: v.targetGroups ?? [],
    participantUnits: v.participantUnits ?? [],
    goals: Object.fromEntries(GOALS.filter((g) => typeof v.goals?.[g] === 'number').map((g) => [g, v.goals[g]])),
    ...(v.description?.trim() ? { description: v.description.trim() } : {}),
  });

  const { busy, submit } = useFormSubmit(
    form,
    toInput,
    async (input) => {
      const saved = campaign ? await fairsApi.updateCampaign(campaign.id, input) : await fairsApi.createCampaign(input);
      showSuccess(t('common.saved'));
      onSaved(saved);
    },
    () => ({ startsOn: 'period', endsOn: 'period' }),
  );

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      width={720}
      title={campaign ? t('campaign.editTitle') : t('campaign.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="campaign" layout="vertical" initialValues={{ regionCode: me.orgUnit.code, targetGroups: [], participantUnits: [], goals: {} }}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={t('campaign.name')} rules={[...required, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('campaign.kind')} rules={required}>
              <Select options={toOptions(codes.campaignKinds)} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('campaign.organiser')} rules={required}>
              <OrgUnitPicker />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="period" label={t('campaign.period')} rules={required}>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="targetGroups" label={t('fair.targetGroups')}>
              <Select mode="multiple" allowClear options={toOptions(codes.targetGroups)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="participantUnits" label={t('campaign.participantUnits')} extra={t('campaign.participantUnitsHint')}>
              <Select mode="multiple" allowClear optionFilterProp="label" options={units.map((u) => ({ value: u.code, label: u.name }))} />
            </Form.Item>
          </Col>
          {GOALS.map((g) => (
            <Col span={g === 'fairs' ? 4 : 5} key={g}>
              <Form.Item name={['goals', g]} label={t(`campaign.goal.${g}`)}>
                <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col span={24}>
            <Form.Item name="description" label={t('campaign.description')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
