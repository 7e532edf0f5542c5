import { useEffect, useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { useT } from '../../i18n';
import { showSuccess } from '../../components/feedback';
import { useFormSubmit } from '../../components/useFormSubmit';
import { fairsApi, type Checkin, type FairView, type Participation } from './fairApi';

interface Values {
  checkinId: number;
  participationId: number;
  postingId?: number | null;
  note?: string;
}

/** 登记意向: a checked-in seeker, an approved employer of this fair and optionally one of the postings it brought. */
export function IntentionModal({ fair, open, onClose, onSaved }: { fair: FairView; open: boolean; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const participationId = Form.useWatch('participationId', form);
  const [search, setSearch] = useState('');
  const [checkins, setCheckins] = useState<Checkin[]>([]);
  const [booths, setBooths] = useState<Participation[]>([]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setSearch('');
    fairsApi
      .participations(fair.id)
      .then((rows) => setBooths(rows.filter((p) => p.status === 'approved')))
      .catch(() => setBooths([]));
  }, [open, fair.id, form]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      fairsApi
        .checkins(fair.id, { q: search.trim() || undefined, pageSize: 50 })
        .then((p) => live && setCheckins(p.items))
        .catch(() => live && setCheckins([]));
    }, search ? 250 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, fair.id, search]);

  const { busy, submit } = useFormSubmit(
    form,
    (v: Values) => ({ checkinId: v.checkinId, participationId: v.participationId, postingId: v.postingId ?? null, ...(v.note?.trim() ? { note: v.note.trim() } : {}) }),
    async (input) => {
      await fairsApi.addIntention(fair.id, input);
      showSuccess(t('fair.intentionSaved'));
      onSaved();
    },
  );

  const booth = booths.find((b) => b.id === participationId);
  return (
    <Modal
      open={open}
      title={t('fair.addIntention')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
      forceRender
    >
      <Form form={form} name="fair-intention" layout="vertical">
        <Form.Item name="checkinId" label={t('fair.seeker')} rules={[{ required: true, message: t('common.required') }]} extra={t('fair.seekerHint')}>
          <Select<number>
            showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
            options={checkins.map((c) => ({ value: c.id, label: `${c.name} ${c.citizenIdMasked}` }))}
            onChange={() => setSearch('')}
          />
        </Form.Item>
        <Form.Item name="participationId" label={t('fair.employer')} rules={[{ required: true, message: t('common.required') }]}>
          <Select<number>
            showSearch={{ optionFilterProp: 'label' }}
            options={booths.map((b) => ({ value: b.id, label: `${b.boothNo ?? ''} ${b.employerName}`.trim() }))}
            onChange={() => form.setFieldValue('postingId', null)}
          />
        </Form.Item>
        <Form.Item name="postingId" label={t('fair.posting')}>
          <Select<number> allowClear disabled={!booth} options={(booth?.postings ?? []).map((p) => ({ value: p.postingId, label: p.title }))} />
        </Form.Item>
        <Form.Item name="note" label={t('fair.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
