import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Empty, Popover, Result, Row, Skeleton, Space, Statistic, Table, Tag } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n';
import { useAuth } from '../../auth/AuthContext';
import { isApiError } from '../../api/client';
import { feedback } from '../../components/feedback';
import { useLoaded } from '../hooks';
import { wageText } from '../format';
import { chinaDateTime, fairsApi, type FreeSlot, type PublicBooth } from '../fairs-api';
import { fairDay } from '../components/FairCard';

/** A fair's page: when and where, who it is for, the employers at their booths with their positions; online fairs: book an interview slot. */
export default function FairPage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const { me, hasRole } = useAuth();
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState<number | null>(null);
  const prog = useLoaded(() => fairsApi.programme(id), [id, version]);

  if (prog.data === undefined)
    return (
      <div className="portal-container">
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );
  if (prog.data === null)
    return (
      <div className="portal-container">
        <Card>
          {isApiError(prog.error) && prog.error.status === 404 ? (
            <Result status="404" title={t('portal.fairs.notFound')} extra={<Link to="/portal/fairs">{t('portal.fairs.back')}</Link>} />
          ) : (
            <Alert type="error" showIcon title={prog.error instanceof Error ? prog.error.message : String(prog.error)} />
          )}
        </Card>
      </div>
    );
  const { fair, booths, totals } = prog.data;
  const online = fair.kind === 'online';
  const seeker = Boolean(me) && hasRole('job_seeker');

  const book = async (slot: FreeSlot) => {
    setBusy(slot.id);
    try {
      await fairsApi.book(slot.id);
      feedback.message?.success(t('portal.fairs.booked'));
      setVersion((v) => v + 1);
    } catch (e) {
      feedback.message?.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const slotCell = (b: PublicBooth) => {
    if (b.freeSlots.length === 0) return <span style={{ color: '#8c8c8c' }}>{t('portal.fairs.noSlots')}</span>;
    const list = (
      <Space orientation="vertical" size={6}>
        {b.freeSlots.map((s) => (
          <Space key={s.id}>
            <span>
              {chinaDateTime(s.startsAt)}（{s.minutes}′）
            </span>
            {seeker && (
              <Button size="small" type="primary" loading={busy === s.id} onClick={() => void book(s)} data-testid="book-slot">
                {t('portal.fairs.book')}
              </Button>
            )}
          </Space>
        ))}
        {!seeker && (
          <Link to="/login" state={{ from: `/portal/fairs/${fair.id}` }}>
            {t('portal.fairs.loginToBook')}
          </Link>
        )}
      </Space>
    );
    return (
      <Popover content={list} trigger="click" title={b.employerName}>
        <Button size="small" data-testid="free-slots">
          {t('portal.fairs.slotsN', { n: b.freeSlots.length })}
        </Button>
      </Popover>
    );
  };

  return (
    <div className="portal-container">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Link to="/portal/fairs">
          <LeftOutlined /> {t('portal.fairs.back')}
        </Link>
        <Card data-testid="fair-header">
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color={online ? 'purple' : 'blue'}>{fair.kindName}</Tag>
            {fair.campaignName && <Tag color="red">{fair.campaignName}</Tag>}
            <Tag color={fair.status === 'closed' ? 'default' : 'green'}>{fair.statusName}</Tag>
          </Space>
          <h1 className="fair-title" data-testid="fair-name">
            {fair.name}
          </h1>
          <Row gutter={[24, 16]}>
            <Col xs={24} md={16}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('portal.fairs.when')}>
                  {fairDay(fair.heldOn, lang, true)} {fair.startsAt}–{fair.endsAt}
                </Descriptions.Item>
                <Descriptions.Item label={t('portal.fairs.venue')}>{fair.venue}</Descriptions.Item>
                <Descriptions.Item label={t('portal.fairs.organiser')}>{fair.regionName}</Descriptions.Item>
                {fair.targetGroupNames.length > 0 && <Descriptions.Item label={t('portal.fairs.groups')}>{fair.targetGroupNames.join('、')}</Descriptions.Item>}
                {fair.campaignName && <Descriptions.Item label={t('portal.fairs.campaign')}>{fair.campaignName}</Descriptions.Item>}
              </Descriptions>
              {fair.description && <p style={{ marginBottom: 0, color: '#595959' }}>{fair.description}</p>}
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('portal.fairs.employer')} value={totals.employers} data-testid="fair-employers" />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('portal.me.fairPositions')} value={totals.positions} data-testid="fair-positions" />
            </Col>
          </Row>
        </Card>
        <Card title={<h2 className="portal-section-title">{t('portal.fairs.booths')}</h2>}>
          {fair.status === 'closed' && <Alert type="info" showIcon title={t('portal.fairs.closedNote')} style={{ marginBottom: 16 }} />}
          <Table<PublicBooth>
            rowKey="boothNo"
            dataSource={booths}
            pagination={booths.length > 30 ? { pageSize: 30 } : false}
            scroll={{ x: 720 }}
            locale={{ emptyText: <Empty description={t('portal.fairs.noBooths')} /> }}
            data-testid="fair-booths"
            columns={[
              { title: t('portal.fairs.booth'), dataIndex: 'boothNo', width: 80, render: (v: string) => <strong>{v}</strong> },
              {
                title: t('portal.fairs.employer'),
                dataIndex: 'employerName',
                width: 240,
                render: (v: string, b) => (
                  <>
                    <Link to={`/portal/employers/${b.employerId}`}>{v}</Link>
                    {b.industryName && <div style={{ fontSize: 12, color: '#8c8c8c' }}>{b.industryName}</div>}
                  </>
                ),
              },
              {
                title: t('portal.fairs.postings'),
                render: (_: unknown, b) => (
                  <Space orientation="vertical" size={2}>
                    {b.postings.map((p) => (
                      <span key={p.postingId} data-testid="booth-posting">
                        {p.open ? <Link to={`/portal/jobs/${p.postingId}`}>{p.title}</Link> : p.title}
                        <span style={{ color: '#8c8c8c' }}>
                          {' '}
                          · {t('portal.fairs.positionsN', { n: p.positions })} · {wageText(t, p.wageMin, p.wageMax)}
                          {p.educationName ? ` · ${p.educationName}` : ''}
                        </span>
                      </span>
                    ))}
                  </Space>
                ),
              },
              ...(online && fair.status !== 'closed' ? [{ title: t('portal.fairs.slots'), width: 150, render: (_: unknown, b: PublicBooth) => slotCell(b) }] : []),
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
