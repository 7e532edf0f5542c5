import { useEffect } from 'react';
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { useMe } from '../../auth/AuthContext';
import { chinaToday } from '../../components/format';
import { showSuccess } from '../../components/feedback';
import { OrgUnitPicker } from '../../components/OrgUnitPicker';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fairsApi, type FairInput, type FairView, type Recurrence } from './fairApi';
import { CampaignSelect } from './CampaignSelect';
import { toOptions, useFairCodes } from './fairLabels';

interface Values {
  name: string;
  kind: string;
  regionCode: string;
  targetGroups: string[];
  campaignId: number | null;
  venue: string;
  heldOn: Dayjs;
  startsAt: Dayjs;
  endsAt: Dayjs;
  boothCapacity: number;
  description?: string;
  every?: Recurrence | 'none';
  until?: Dayjs;
}

const TIME = 'HH:mm';

/**
 * 计划招聘会 (new, optionally recurring: 每周/每两周/每月 until a date) or 修改 (an existing fair).
 * The server's field refusals (date in the past, end before start, capacity, campaign period…) land on the fields.
 */
export function FairFormModal({ open, fair, onClose, onSaved }: { open: boolean; fair?: FairView; onClose: () => void; onSaved: (ids: number[]) => void }) {
  const t = useT();
  const me = useMe();
  const codes = useFairCodes();
  const [form] = Form.useForm<Values>();
  const every = Form.useWatch('every', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (fair) {
      form.setFieldsValue({
        name: fair.name,
        kind: fair.kind,
        regionCode: fair.regionCode,
        targetGroups: fair.targetGroups,
        campaignId: fair.campaignId,
        venue: fair.venue,
        heldOn: dayjs(fair.heldOn),
        startsAt: dayjs(fair.startsAt, TIME),
        endsAt: dayjs(fair.endsAt, TIME),
        boothCapacity: fair.boothCapacity,
        description: fair.description ?? undefined,
      });
    }
  }, [open, fair, form]);

  const toInput = (v: Values): FairInput => ({
    name: v.name.trim(),
    kind: v.kind,
    regionCode: v.regionCode,
    targetGroups: v.targetGroups ?? [],
    campaignId: v.campaignId ?? null,
    venue: v.venue.trim(),
    heldOn: v.heldOn.format('YYYY-MM-DD'),
    startsAt: v.startsAt.format(TIME),
    endsAt: v.endsAt.format(TIME),
    boothCapacity: v.boothCapacity,
    ...(v.description?.trim() ? { description: v.description.trim() } : {}),
    ...(!fair && v.every && v.every !== 'none' && v.until ? { recurrence: { every: v.every, until: v.until.format('YYYY-MM-DD') } } : {}),
  });

  const { busy, submit } = useFormSubmit(
    form,
    toInput,
    async (input) => {
      if (fair) {
        const saved = await fairsApi.update(fair.id, { ...input, version: fair.version });
        showSuccess(t('common.saved'));
        onSaved([saved.id]);
      } else {
        const res = await fairsApi.create(input);
        showSuccess(t('fair.planned', { count: res.items.length }));
        onSaved(res.items.map((f) => f.id));
      }
    },
    () => ({ 'recurrence.until': 'until', 'recurrence.every': 'every', recurrence: 'until' }),
  );

  const today = dayjs(chinaToday());
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      width={760}
      title={fair ? t('fair.editTitle') : t('fair.planTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'fair-form-save' }}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        name="fair"
        layout="vertical"
        initialValues={{ regionCode: me.orgUnit.code, targetGroups: [], campaignId: null, startsAt: dayjs('08:30', TIME), endsAt: dayjs('11:30', TIME), boothCapacity: 30, every: 'none' }}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label={t('fair.name')} rules={[...required, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('fair.kind')} rules={required}>
              <Select options={toOptions(codes.kinds)} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('fair.organiser')} rules={required}>
              <OrgUnitPicker />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="campaignId" label={t('fair.campaign')}>
              <CampaignSelect placeholder={t('fair.noCampaign')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="targetGroups" label={t('fair.targetGroups')}>
              <Select mode="multiple" allowClear options={toOptions(codes.targetGroups)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="venue" label={t('fair.venue')} rules={[...required, { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="heldOn" label={t('fair.heldOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(today, 'day')} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="startsAt" label={t('fair.startsAt')} rules={required}>
              <TimePicker format={TIME} minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="endsAt" label={t('fair.endsAt')} rules={required}>
              <TimePicker format={TIME} minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="boothCapacity" label={t('fair.boothCapacity')} rules={required}>
              <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {!fair && (
            <>
              <Col span={12}>
                <Form.Item name="every" label={t('fair.recurrence')}>
                  <Select
                    options={[
                      { value: 'none', label: t('fair.every.none') },
                      { value: 'week', label: t('fair.every.week') },
                      { value: 'two_weeks', label: t('fair.every.two_weeks') },
                      { value: 'month', label: t('fair.every.month') },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                {every && every !== 'none' && (
                  <Form.Item name="until" label={t('fair.until')} rules={required} extra={t('fair.untilHint')}>
                    <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(today, 'day')} />
                  </Form.Item>
                )}
              </Col>
            </>
          )}
          <Col span={24}>
            <Form.Item name="description" label={t('fair.description')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
