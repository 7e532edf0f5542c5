import { useEffect, useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useT } from '../../i18n';
import { showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';
import { EmployerSelect, type EmployerChoice } from '../people/EmployerSelect';
import { fairsApi, type EmployerPosting, type FairView, type ParticipationInput } from './fairApi';
import { wageText } from './fairLabels';

type Picked = { postingId: number; positions: number }[];

interface Values {
  employer?: EmployerChoice;
  postings: Picked;
  contactName?: string;
  contactPhone?: string;
  note?: string;
}

/** The employer's published postings valid on the fair's day, ticked with the number of positions it brings. */
function PostingPicker({ fairId, employerId, value = [], onChange, id }: { fairId: number; employerId?: number; value?: Picked; onChange?: (v: Picked) => void; id?: string }) {
  const t = useT();
  const [postings, setPostings] = useState<EmployerPosting[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!employerId) {
      setPostings([]);
      return;
    }
    let live = true;
    setLoading(true);
    fairsApi
      .employerPostings(fairId, employerId)
      .then((p) => live && setPostings(p.items))
      .catch(() => live && setPostings([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [fairId, employerId]);

  const validOn = (p: EmployerPosting) => p.validOnFairDay;
  const picked = new Map(value.map((v) => [v.postingId, v.positions]));
  return (
    <div id={id}>
      <Table<EmployerPosting>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={postings}
        locale={{ emptyText: employerId ? t('fair.noPublishedPostings') : t('fair.pickEmployerFirst') }}
        rowSelection={{
          selectedRowKeys: value.map((v) => v.postingId),
          getCheckboxProps: (p) => ({ disabled: !validOn(p), 'aria-label': p.title }),
          onChange: (keys) => onChange?.(keys.map((k) => ({ postingId: Number(k), positions: picked.get(Number(k)) ?? postings.find((p) => p.id === k)?.vacancies ?? 1 }))),
        }}
        columns={[
          {
            title: t('fair.postingTitle'),
            dataIndex: 'title',
            render: (v: string, p) => (
              <span>
                {v}
                {!validOn(p) && (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                    {t('fair.postingNotValidOn', { from: p.validFrom, to: p.validTo })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          { title: t('fair.wage'), key: 'wage', width: 110, render: (_, p) => wageText(p.wageMin, p.wageMax) },
          {
            title: t('fair.positions'),
            key: 'positions',
            width: 110,
            render: (_, p) =>
              picked.has(p.id) ? (
                <InputNumber
                  size="small"
                  min={1}
                  max={9999}
                  precision={0}
                  value={picked.get(p.id)}
                  aria-label={`${p.title} ${t('fair.positions')}`}
                  onChange={(n) => onChange?.(value.map((v) => (v.postingId === p.id ? { ...v, positions: n ?? 1 } : v)))}
                />
              ) : (
                <Typography.Text type="secondary">{p.vacancies}</Typography.Text>
              ),
          },
        ]}
      />
    </div>
  );
}

/** 添加参会单位 (staff): an employer and the reviewed postings it brings; the application then waits for 批准. */
export function AddParticipationModal({ fair, open, onClose, onSaved }: { fair: FairView; open: boolean; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const employer = Form.useWatch('employer', form);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const toInput = (v: Values): ParticipationInput => ({
    employerId: v.employer?.id ?? 0,
    postings: v.postings,
    ...(v.contactName?.trim() ? { contactName: v.contactName.trim() } : {}),
    ...(v.contactPhone?.trim() ? { contactPhone: v.contactPhone.trim() } : {}),
    ...(v.note?.trim() ? { note: v.note.trim() } : {}),
  });

  const { busy, submit } = useFormSubmit(
    form,
    toInput,
    async (input) => {
      await fairsApi.addParticipation(fair.id, input);
      showSuccess(t('fair.participationAdded'));
      onSaved();
    },
    () => ({ employerId: 'employer' }),
  );

  return (
    <Modal
      open={open}
      width={760}
      title={t('fair.addEmployer')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon title={t('fair.addEmployerHint', { date: fair.heldOn })} style={{ marginBottom: 12 }} />
      <Form form={form} name="fair-participation" layout="vertical" initialValues={{ postings: [] }}>
        <Form.Item name="employer" label={t('fair.employer')} rules={[{ required: true, message: t('common.required') }]}>
          <EmployerSelect registeredOnly onChange={() => form.setFieldValue('postings', [])} />
        </Form.Item>
        <Form.Item
          name="postings"
          label={t('fair.postingsBrought')}
          rules={[{ validator: (_, v: Picked) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('fair.pickPostings')))) }]}
        >
          <PostingPicker fairId={fair.id} employerId={employer?.id} />
        </Form.Item>
        <Form.Item name="contactName" label={t('fair.contactName')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('fair.contactPhone')} rules={[{ max: 20 }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="note" label={t('fair.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
