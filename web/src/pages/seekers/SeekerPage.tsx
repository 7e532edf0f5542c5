import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Popconfirm, Result, Space, Spin, Tag } from 'antd';
import { EditOutlined, FieldTimeOutlined, StopOutlined } from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { showError, showSuccess } from '../../components/feedback';
import { SeekerQrCode, seekerCode } from '../../components/SeekerQrCode';
import { seekersApi, type Seeker } from './seekerApi';
import { SeekerFormModal } from './SeekerFormModal';
import { RecommendationsCard } from './RecommendationsCard';
import { SEEKER_STATUS_COLORS, names, sexAge, statusLabel } from './seekerLabels';

/** 求职登记详情: the registration (opening it is audited), 修改 / 续期 / 注销, and the 推荐岗位 card. */
export default function SeekerPage() {
  const t = useT();
  const { can } = useAuth();
  const id = Number(useParams().id);
  const [seeker, setSeeker] = useState<Seeker | null>(null);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setSeeker(await seekersApi.get(id));
    } catch (e) {
      if (isApiError(e) && e.status === 404) setMissing(true);
      else showError(e);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async (key: 'close' | 'renew', done: string) => {
    if (!seeker) return;
    setBusy(key);
    try {
      setSeeker(key === 'close' ? await seekersApi.close(seeker.id) : await seekersApi.renew(seeker.id));
      showSuccess(done);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  if (missing) return <Result status="404" title={t('common.notFound')} extra={<Link to="/seekers">{t('common.back')}</Link>} />;
  if (!seeker) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {t('seeker.detailTitle')}：{seeker.name}
            <Tag color={SEEKER_STATUS_COLORS[seeker.displayStatus] ?? 'default'}>{statusLabel(t, seeker)}</Tag>
            {seeker.difficulty && <Tag color="volcano">{t('match.priority')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {can('person.view') && <Link to={`/people/${seeker.personId}`}>{t('seeker.personRecord')}</Link>}
            {seeker.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="seeker-edit">
                {t('seeker.edit')}
              </Button>
            )}
            {seeker.can.renew && (
              <Button icon={<FieldTimeOutlined />} loading={busy === 'renew'} onClick={() => void run('renew', t('seeker.renewed'))} data-testid="seeker-renew">
                {t('seeker.renew')}
              </Button>
            )}
            {seeker.can.close && (
              <Popconfirm title={t('seeker.closeConfirm')} onConfirm={() => void run('close', t('seeker.closed'))}>
                <Button danger icon={<StopOutlined />} loading={busy === 'close'} data-testid="seeker-close">
                  {t('seeker.close')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered data-testid="seeker-descriptions" style={{ flex: '1 1 480px', minWidth: 0 }}>
            <Descriptions.Item label={t('seeker.name')}>{seeker.name}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.citizenId')}>{seeker.citizenIdMasked}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.sexAge')}>{sexAge(t, seeker)}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.phone')}>{seeker.phoneMasked ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.region')}>{seeker.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.categories')}>{names(seeker.categories) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.occupations')}>{names(seeker.desiredOccupations) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.industries')}>{names(seeker.desiredIndustries) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.regions')}>{names(seeker.desiredRegions) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.wage')}>{seeker.wageExpected ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.workType')}>{t(`seeker.workType.${seeker.workType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.education')}>{seeker.educationName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.experience')}>{seeker.experienceYears ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.validity')}>{`${seeker.validFrom} ~ ${seeker.validTo}`}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.source')}>{t(`seeker.source.${seeker.source as 'staff' | 'portal' | 'fair'}`)}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.consent')}>{t(seeker.consentShare ? 'common.yes' : 'common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.skills')} span={2}>{seeker.skills ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.certificates')} span={3}>{seeker.certificates ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('seeker.introduction')} span={3}>{seeker.introduction ?? '—'}</Descriptions.Item>
          </Descriptions>
          {seeker.displayStatus === 'active' && <SeekerQrCode seekerId={seeker.id} caption={t('seeker.qrCaption', { code: seekerCode(seeker.id) })} hint={t('seeker.qrHint')} />}
        </div>
      </Card>
      <RecommendationsCard key={`${seeker.id}-${seeker.updatedAt}`} seeker={seeker} />
      <SeekerFormModal
        open={editing}
        seeker={seeker}
        onClose={() => setEditing(false)}
        onSaved={(s) => {
          setEditing(false);
          setSeeker(s);
        }}
      />
    </Space>
  );
}
