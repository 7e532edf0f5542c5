import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Empty, Pagination, Segmented, Select, Skeleton, Space } from 'antd';
import { useT } from '../../i18n';
import { useLoaded } from '../hooks';
import { chinaToday, fairsApi } from '../fairs-api';
import { FairCard } from '../components/FairCard';

const KINDS = ['street_fortnightly', 'district_weekly', 'saturday_morning', 'city_monthly', 'quarterly_large', 'special', 'online'] as const;
const KIND_NAMES: Record<(typeof KINDS)[number], string> = {
  street_fortnightly: '街道双周小型招聘会',
  district_weekly: '区县每周中型招聘会',
  saturday_morning: '周六上午招聘会',
  city_monthly: '市月度主题招聘会',
  quarterly_large: '季度大型招聘会',
  special: '专场招聘会',
  online: '网络招聘会',
};
const PAGE_SIZE = 12;

/** 招聘会: the calendar of upcoming fairs (soonest first) and the past ones, filtered by type. */
export default function FairsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const when = params.get('when') === 'past' ? 'past' : 'upcoming';
  const kind = params.get('kind') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const today = chinaToday();
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const list = useLoaded(
    () => fairsApi.list({ ...(when === 'past' ? { to: yesterday } : { from: today }), kind: kind || undefined, page, pageSize: PAGE_SIZE }),
    [when, kind, page, today],
  );
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  return (
    <div className="portal-container">
      <Card>
        <h1 className="portal-section-title" style={{ fontSize: 22, marginBottom: 4 }}>
          {t('portal.fairs.title')}
        </h1>
        <p style={{ color: '#595959', marginTop: 0 }}>{t('portal.fairs.sub')}</p>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={when}
            onChange={(v) => set({ when: v === 'past' ? 'past' : '' })}
            options={[
              { label: t('portal.fairs.upcoming'), value: 'upcoming' },
              { label: t('portal.fairs.past'), value: 'past' },
            ]}
            data-testid="fairs-when"
          />
          <Select
            style={{ width: 220 }}
            value={kind}
            onChange={(v: string) => set({ kind: v })}
            options={[{ value: '', label: t('portal.fairs.allKinds') }, ...KINDS.map((k) => ({ value: k, label: KIND_NAMES[k] }))]}
            data-testid="fairs-kind"
          />
        </Space>
        {list.data === undefined ? (
          <Skeleton active />
        ) : list.data === null ? (
          <Alert type="error" showIcon title={list.error instanceof Error ? list.error.message : String(list.error)} />
        ) : list.data.items.length === 0 ? (
          <Empty description={t('portal.fairs.empty')} />
        ) : (
          <>
            <div className="fair-list" data-testid="fair-list">
              {list.data.items.map((f) => (
                <FairCard key={f.id} fair={f} />
              ))}
            </div>
            {list.data.total > PAGE_SIZE && (
              <Pagination style={{ marginTop: 16, textAlign: 'center' }} current={page} pageSize={PAGE_SIZE} total={list.data.total} showSizeChanger={false} onChange={(p) => set({ page: String(p) })} />
            )}
          </>
        )}
      </Card>
    </div>
  );
}
