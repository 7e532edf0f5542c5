import { useCallback, useState } from 'react';
import { Button, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../i18n';
import { fmtDateTime } from '../../components/format';
import { showError, showSuccess } from '../../components/feedback';
import { fairsApi, type FairView, type Participation } from './fairApi';
import { AddParticipationModal } from './AddParticipationModal';
import { PromptModal, type Prompt } from './PromptModal';
import { PARTICIPATION_STATUS_COLORS, toOptions, useFairCodes, wageText } from './fairLabels';
import { useFetched } from '../../components/useFetched';

/** 参会单位: applications and booths — 批准 with a booth number, 不批准 with a reason, 调整展位, 缺席; staff add an employer. */
export function ParticipationsTab({ fair, onChange }: { fair: FairView; onChange: () => void }) {
  const t = useT();
  const codes = useFairCodes();
  const [status, setStatus] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const [prompt, setPrompt] = useState<Prompt | null>(null);

  const { data: rows, loading, reload: load } = useFetched(useCallback(() => fairsApi.participations(fair.id), [fair.id]), [] as Participation[]);

  const changed = (text: string) => {
    showSuccess(text);
    void load();
    onChange();
  };

  const absent = async (p: Participation) => {
    try {
      await fairsApi.absent(p.id);
      changed(t('fair.markedAbsent'));
    } catch (e) {
      showError(e);
    }
  };

  const columns: ColumnsType<Participation> = [
    {
      title: t('fair.boothNo'),
      dataIndex: 'boothNo',
      key: 'boothNo',
      width: 80,
      render: (v: string | null) => (v ? <Typography.Text strong>{v}</Typography.Text> : '—'),
    },
    { title: t('fair.employer'), dataIndex: 'employerName', key: 'employerName', width: 200, ellipsis: true },
    {
      title: t('fair.postingsBrought'),
      key: 'postings',
      width: 260,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.postings.map((x) => (
            <span key={x.postingId}>
              {x.title}
              <Typography.Text type="secondary">
                {' '}
                ×{x.positions} · {wageText(x.wageMin, x.wageMax)}
              </Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
    { title: t('fair.positions'), dataIndex: 'positions', key: 'positions', width: 90, align: 'right' },
    {
      title: t('fair.contact'),
      key: 'contact',
      width: 140,
      render: (_, p) => [p.contactName, p.contactPhoneMasked].filter(Boolean).join(' ') || '—',
    },
    { title: t('fair.via'), key: 'via', width: 80, render: (_, p) => t(p.via === 'portal' ? 'fair.viaPortal' : 'fair.viaStaff') },
    { title: t('fair.appliedAt'), key: 'appliedAt', width: 140, render: (_, p) => fmtDateTime(p.appliedAt) },
    {
      title: t('common.status'),
      key: 'status',
      width: 130,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Tag color={PARTICIPATION_STATUS_COLORS[p.status]}>{p.statusName}</Tag>
          {p.reason && <Typography.Text type="secondary">{p.reason}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      fixed: 'right',
      render: (_, p) => (
        <Space size={0} wrap>
          {p.can.decide && (
            <Button
              type="link"
              size="small"
              onClick={() =>
                setPrompt({
                  title: t('fair.approveTitle', { name: p.employerName }),
                  field: 'boothNo',
                  label: t('fair.boothNo'),
                  run: async (boothNo) => {
                    await fairsApi.approve(p.id, boothNo);
                    changed(t('fair.approved'));
                  },
                })
              }
            >
              {t('fair.approve')}
            </Button>
          )}
          {p.can.decide && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() =>
                setPrompt({
                  title: t('fair.rejectTitle', { name: p.employerName }),
                  field: 'reason',
                  label: t('fair.reason'),
                  multiline: true,
                  danger: true,
                  run: async (reason) => {
                    await fairsApi.reject(p.id, reason);
                    changed(t('fair.rejected'));
                  },
                })
              }
            >
              {t('fair.reject')}
            </Button>
          )}
          {p.can.changeBooth && (
            <Button
              type="link"
              size="small"
              onClick={() =>
                setPrompt({
                  title: t('fair.changeBoothTitle', { name: p.employerName }),
                  field: 'boothNo',
                  label: t('fair.boothNo'),
                  initial: p.boothNo ?? '',
                  run: async (boothNo) => {
                    await fairsApi.booth(p.id, boothNo);
                    changed(t('fair.boothChanged'));
                  },
                })
              }
            >
              {t('fair.changeBooth')}
            </Button>
          )}
          {p.can.markAbsent && (
            <Popconfirm title={t('fair.absentConfirm')} onConfirm={() => void absent(p)}>
              <Button type="link" size="small">
                {t('fair.absent')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const shown = status ? rows.filter((r) => r.status === status) : rows;
  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Select allowClear placeholder={t('common.status')} style={{ width: 140 }} value={status} onChange={setStatus} options={toOptions(codes.participationStatuses)} />
        {fair.can.manage && (fair.status === 'planned' || fair.status === 'published') && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('fair.addEmployer')}
          </Button>
        )}
      </Space>
      <div data-testid="participations-table">
        <Table<Participation> rowKey="id" size="middle" loading={loading} columns={columns} dataSource={shown} pagination={false} scroll={{ x: 1200 }} />
      </div>
      <AddParticipationModal
        fair={fair}
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          void load();
          onChange();
        }}
      />
      <PromptModal prompt={prompt} onClose={() => setPrompt(null)} />
    </>
  );
}
