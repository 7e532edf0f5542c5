import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Empty, Popconfirm, Result, Row, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowLeftOutlined, CheckOutlined, CustomerServiceOutlined, EditOutlined, FileDoneOutlined, IdcardOutlined, LogoutOutlined, PrinterOutlined, RedoOutlined, SolutionOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { registryApi } from '../../api/endpoints';
import type { DifficultyIdentification, DifficultyInput, EmploymentInput, EmploymentSpell, FollowUp, PersonRecord, ServiceInput, ServiceRecord, UnemploymentInput, UnemploymentSpell } from '../../api/types';
import { useT } from '../../i18n';
import { labelOf } from '../../components/labels';
import { showError, showSuccess } from '../../components/feedback';
import { DIFFICULTY_STATUS_COLORS, LABOUR_STATUS_COLORS, OPEN_DIFFICULTY, useCodeEntries, useEntryNamer, useLabeler, useRegistryCodes } from '../../components/registry';
import { PersonFormModal } from './PersonFormModal';
import { EmploymentModal } from './EmploymentModal';
import { UnemploymentModal } from './UnemploymentModal';
import { CloseSpellModal } from './CloseSpellModal';
import { DifficultyModal } from './DifficultyModal';
import { ServiceModal } from './ServiceModal';
import { FollowUpDoneModal } from './FollowUpDoneModal';
import { HouseholdPanel } from './HouseholdPanel';
import { chinaToday } from '../../components/format';

const TIMELINE_COLORS: Record<string, string> = {
  employment_started: 'green',
  employment_ended: 'gray',
  unemployment_registered: 'orange',
  unemployment_cancelled: 'blue',
  card_issued: 'purple',
  difficulty_applied: '#13c2c2',
  difficulty_started: '#fa541c',
  difficulty_exited: 'gray',
  service: '#2f54eb',
  follow_up: '#722ed1',
};

type Dialog = 'edit' | 'employment' | 'unemployment' | 'cancel' | 'end' | 'difficulty' | 'exitDifficulty' | 'service' | null;
type Tab = 'employment' | 'unemployment' | 'difficulty' | 'services' | 'household';
const TABS: readonly string[] = ['employment', 'unemployment', 'difficulty', 'services', 'household'];

/**
 * 个人档案: the person, employment and unemployment registrations, employment difficulty
 * identifications, the card, and the timeline; registration commands when allowed.
 * `?tab=difficulty` opens on the identifications (the ledger links here to handle an exit);
 * `?tab=services` on the employment services and follow-up visits, `?tab=household` on the household.
 */
export default function PersonPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [search] = useSearchParams();
  const codes = useRegistryCodes();
  const hukouName = useLabeler(codes.hukouTypes);
  const endReasonName = useLabeler(codes.employmentEndReasons);
  const ethnicityName = useEntryNamer(useCodeEntries('ethnicity'));
  const educationName = useEntryNamer(useCodeEntries('education'));
  const [record, setRecord] = useState<PersonRecord | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The spell being ended (kept while the dialog closes).
  const [ending, setEnding] = useState<EmploymentSpell | null>(null);
  // The returned application being corrected, or null for a new one (kept while the dialog closes).
  const [correcting, setCorrecting] = useState<DifficultyIdentification | null>(null);
  const [issuing, setIssuing] = useState(false);
  // The follow-up visit being completed.
  const [visiting, setVisiting] = useState<FollowUp | null>(null);
  const [tab, setTab] = useState<Tab>(() => {
    const asked = search.get('tab') ?? '';
    return TABS.includes(asked) ? (asked as Tab) : 'employment';
  });

  const load = useCallback(async () => {
    try {
      setRecord(await registryApi.record(id));
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  }, [id]);

  useEffect(() => {
    setRecord(null);
    void load();
  }, [load]);

  /** Runs a registration command; the server answers with the refreshed record. Errors go back to the dialog. */
  const command = async (run: () => Promise<PersonRecord>, show: Tab, done = t('reg.done')) => {
    const next = await run();
    setRecord(next);
    setDialog(null);
    setTab(show); // show the registrations just changed
    showSuccess(done);
  };

  const issueCard = async () => {
    setIssuing(true);
    try {
      const next = await registryApi.issueCard(id);
      setRecord(next);
      showSuccess(t('reg.cardIssued', { number: next.card?.cardNumber ?? '' }));
    } catch (e) {
      showError(e);
    } finally {
      setIssuing(false);
    }
  };

  if (failed) return <Result status="warning" title={failed} extra={<Button onClick={() => navigate('/people')}>{t('common.back')}</Button>} />;
  if (!record) return <Spin style={{ display: 'block', margin: '80px auto' }} />;

  const { person, card } = record;
  const canRegister = person.can.register;
  const openUnemployment = record.unemployment.find((u) => !u.cancelledOn);
  // At most one identification is open (under review, returned or in force) at a time.
  const openDifficulty = record.difficulty.find((d) => OPEN_DIFFICULTY.includes(d.status)) ?? null;
  const returnedDifficulty = openDifficulty?.status === 'returned' ? openDifficulty : null;
  const activeDifficulty = openDifficulty?.status === 'active' ? openDifficulty : null;

  const employmentColumns: ColumnsType<EmploymentSpell> = [
    {
      title: t('reg.kind'),
      dataIndex: 'kindName',
      key: 'kind',
      width: 170,
      render: (v: string, r) => (
        <span>
          {v}
          {!r.fullTime && <Tag style={{ marginInlineStart: 6 }}>{t('reg.partTime')}</Tag>}
        </span>
      ),
    },
    { title: t('reg.employer'), dataIndex: 'employerName', key: 'employer', ellipsis: { showTitle: true }, render: (v: string | null) => v ?? '—' },
    {
      title: t('reg.startedOn'),
      dataIndex: 'startedOn',
      key: 'startedOn',
      width: 120,
      render: (v: string, r) => (
        <span title={`${t('reg.registeredOn')}：${r.registeredOn}`}>
          {v}
          {r.registeredOn !== v && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('reg.registeredOnShort', { date: r.registeredOn })}
              </Typography.Text>
            </div>
          )}
          {r.lateDays !== null && (
            <Tag color="orange" data-testid={`late-${r.id}`}>
              {t('reg.lateRegistration', { days: r.lateDays })}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('reg.state'),
      key: 'state',
      width: 170,
      render: (_, r) =>
        r.endedOn ? (
          <span>
            <Tag>{t('reg.state.ended')}</Tag>
            {r.endedOn}
            <div>
              <Typography.Text type="secondary">{endReasonName(r.endReason)}</Typography.Text>
            </div>
            {r.endLateDays !== null && <Tag color="orange">{t('reg.lateRegistration', { days: r.endLateDays })}</Tag>}
          </span>
        ) : (
          <Tag color="green">{t('reg.state.open')}</Tag>
        ),
    },
    ...(canRegister
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 70,
            render: (_: unknown, r: EmploymentSpell) =>
              !r.endedOn && (
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() => {
                    setEnding(r);
                    setDialog('end');
                  }}
                  data-testid={`end-employment-${r.id}`}
                >
                  {t('reg.end')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const unemploymentColumns: ColumnsType<UnemploymentSpell> = [
    { title: t('reg.registeredOn'), dataIndex: 'registeredOn', key: 'registeredOn', width: 110 },
    { title: t('reg.reason'), dataIndex: 'reasonName', key: 'reason', width: 170 },
    { title: t('reg.countsInRate'), dataIndex: 'countsInRate', key: 'countsInRate', width: 120, render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
    {
      title: t('reg.state'),
      key: 'state',
      render: (_, r) =>
        r.cancelledOn ? (
          <span>
            <Tag>{t('reg.state.cancelled')}</Tag>
            {r.cancelledOn}
            <div>
              <Typography.Text type="secondary">{r.cancelGroundName}</Typography.Text>
            </div>
          </span>
        ) : (
          <Tag color="orange">{t('reg.state.open')}</Tag>
        ),
    },
    ...(canRegister
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, r: UnemploymentSpell) =>
              !r.cancelledOn && (
                <Button type="link" size="small" danger onClick={() => setDialog('cancel')} data-testid="cancel-unemployment">
                  {t('reg.cancel')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const difficultyColumns: ColumnsType<DifficultyIdentification> = [
    { title: t('diff.category'), dataIndex: 'categoryName', key: 'category', width: 170 },
    { title: t('diff.appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 110 },
    {
      title: t('diff.status'),
      key: 'status',
      width: 110,
      render: (_, r) => (
        <Tag color={DIFFICULTY_STATUS_COLORS[r.status] ?? 'default'} data-testid={`difficulty-status-${r.id}`}>
          {r.statusName}
        </Tag>
      ),
    },
    { title: t('diff.startedOn'), dataIndex: 'startedOn', key: 'startedOn', width: 110, render: (v: string | null) => v ?? '—' },
    {
      title: t('diff.exitedOn'),
      key: 'exit',
      render: (_, r) =>
        r.exitedOn ? (
          <span>
            {r.exitedOn}
            <div>
              <Typography.Text type="secondary">{r.exitReasonName}</Typography.Text>
            </div>
          </span>
        ) : (
          '—'
        ),
    },
  ];

  // Apply when nothing is open; correct a returned application; exit one in force.
  const difficultyActions = canRegister && (!openDifficulty || returnedDifficulty || activeDifficulty) && (
    <Space wrap>
      {!openDifficulty && (
        <Button
          type="primary"
          icon={<FileDoneOutlined />}
          onClick={() => {
            setCorrecting(null);
            setDialog('difficulty');
          }}
          data-testid="apply-difficulty"
        >
          {t('diff.apply')}
        </Button>
      )}
      {returnedDifficulty && (
        <Button
          type="primary"
          icon={<RedoOutlined />}
          onClick={() => {
            setCorrecting(returnedDifficulty);
            setDialog('difficulty');
          }}
          data-testid="resubmit-difficulty"
        >
          {t('diff.resubmit')}
        </Button>
      )}
      {activeDifficulty && (
        <Button danger icon={<LogoutOutlined />} onClick={() => setDialog('exitDifficulty')} data-testid="exit-difficulty">
          {t('diff.exit')}
        </Button>
      )}
    </Space>
  );

  const serviceColumns: ColumnsType<ServiceRecord> = [
    { title: t('svc.servedOn'), dataIndex: 'servedOn', key: 'servedOn', width: 110 },
    {
      title: t('svc.kind'),
      dataIndex: 'kindName',
      key: 'kind',
      width: 200,
      render: (v: string, r) => (
        <span>
          {v}
          {r.refused && (
            <Tag color="red" style={{ marginInlineStart: 6 }} data-testid={`service-refused-${r.id}`}>
              {t('svc.refusedTag')}
            </Tag>
          )}
        </span>
      ),
    },
    { title: t('svc.content'), dataIndex: 'content', key: 'content', ellipsis: { showTitle: true } },
  ];

  const today = chinaToday();
  const followUpColumns: ColumnsType<FollowUp> = [
    { title: t('fu.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 110 },
    {
      title: t('reg.state'),
      key: 'state',
      width: 110,
      render: (_, r) =>
        r.doneOn ? (
          <Tag color="green">{t('fu.state.done')}</Tag>
        ) : r.dueOn < today ? (
          <Tag color="red">{t('fu.state.overdue')}</Tag>
        ) : (
          <Tag color="processing">{t('fu.state.open')}</Tag>
        ),
    },
    { title: t('fu.doneOn'), dataIndex: 'doneOn', key: 'doneOn', width: 110, render: (v: string | null) => v ?? '—' },
    { title: t('fu.note'), dataIndex: 'note', key: 'note', ellipsis: { showTitle: true }, render: (v: string | null) => v ?? '' },
    ...(canRegister
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r: FollowUp) =>
              !r.doneOn && (
                <Button type="link" size="small" icon={<CheckOutlined />} onClick={() => setVisiting(r)} data-testid={`follow-up-done-${r.id}`}>
                  {t('fu.done')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/people')} data-testid="person-back" />
            <span data-testid="person-header-name">{person.name}</span>
            <Tag color={LABOUR_STATUS_COLORS[person.labourStatus] ?? 'default'} data-testid="person-status">
              {person.labourStatusName}
            </Tag>
            {activeDifficulty && (
              <Tag color="volcano" data-testid="person-difficulty" style={{ cursor: 'pointer' }} onClick={() => setTab('difficulty')}>
                {t('diff.activeTag')}：{activeDifficulty.categoryName}
              </Tag>
            )}
          </Space>
        }
        extra={
          <Space wrap>
            {card && (
              <Button icon={<PrinterOutlined />} onClick={() => navigate(`/people/${person.id}/card`)} data-testid="print-card">
                {t('reg.printCard')}
              </Button>
            )}
            {person.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="person-edit">
                {t('common.edit')}
              </Button>
            )}
            {canRegister && (
              <>
                <Button type="primary" icon={<SolutionOutlined />} onClick={() => setDialog('employment')} data-testid="register-employment">
                  {t('reg.registerEmployment')}
                </Button>
                <Button icon={<UserDeleteOutlined />} onClick={() => setDialog('unemployment')} data-testid="register-unemployment">
                  {t('reg.registerUnemployment')}
                </Button>
                {!card && (
                  <Popconfirm title={t('reg.issueCardConfirm', { name: person.name })} onConfirm={() => void issueCard()} okButtonProps={{ 'data-testid': 'issue-card-confirm' }}>
                    <Button icon={<IdcardOutlined />} loading={issuing} data-testid="issue-card">
                      {t('reg.issueCard')}
                    </Button>
                  </Popconfirm>
                )}
              </>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="person-details">
          <Descriptions.Item label={t('person.citizenId')}>
            <span style={{ fontFamily: 'monospace' }} data-testid="person-citizen-id-value">
              {person.citizenId}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('person.sex')}>{labelOf(t, 'person.sex.', String(person.sex))}</Descriptions.Item>
          <Descriptions.Item label={t('person.age')}>
            {t('person.ageValue', { age: person.age })}
            <Typography.Text type="secondary">（{person.birthDate}）</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('person.ethnicity')}>{ethnicityName(person.ethnicity)}</Descriptions.Item>
          <Descriptions.Item label={t('person.education')}>{educationName(person.education)}</Descriptions.Item>
          <Descriptions.Item label={t('person.hukouType')}>{hukouName(person.hukouType)}</Descriptions.Item>
          <Descriptions.Item label={t('person.region')}>{person.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('person.phone')}>{person.phone}</Descriptions.Item>
          <Descriptions.Item label={t('person.cardNumber')}>
            {card ? (
              <span data-testid="person-card-number">
                {card.cardNumber}
                <Typography.Text type="secondary">
                  （{card.issuerName}，{card.issuedOn}）
                </Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{t('person.noCard')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.address')}>{person.address}</Descriptions.Item>
          <Descriptions.Item label={t('person.ableToWork')}>{yesNo(person.ableToWork)}</Descriptions.Item>
          <Descriptions.Item label={t('person.wantsWork')}>{yesNo(person.wantsWork)}</Descriptions.Item>
          <Descriptions.Item label={t('person.skills')}>{person.skills}</Descriptions.Item>
          <Descriptions.Item label={t('person.lastContactOn')}>{person.lastContactOn}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card styles={{ body: { paddingTop: 4 } }}>
            <Tabs
              activeKey={tab}
              onChange={(k) => setTab(k as Tab)}
              items={[
                {
                  key: 'employment',
                  label: `${t('reg.employment')}（${record.employment.length}）`,
                  children: (
                    <Table<EmploymentSpell>
                      rowKey="id"
                      size="small"
                      pagination={false}
                      columns={employmentColumns}
                      dataSource={record.employment}
                      locale={{ emptyText: t('reg.noEmployment') }}
                      data-testid="employment-table"
                      scroll={{ x: 660 }}
                    />
                  ),
                },
                {
                  key: 'unemployment',
                  label: `${t('reg.unemployment')}（${record.unemployment.length}）`,
                  children: (
                    <Table<UnemploymentSpell>
                      rowKey="id"
                      size="small"
                      pagination={false}
                      columns={unemploymentColumns}
                      dataSource={record.unemployment}
                      locale={{ emptyText: t('reg.noUnemployment') }}
                      data-testid="unemployment-table"
                      scroll={{ x: 600 }}
                    />
                  ),
                },
                {
                  key: 'difficulty',
                  label: <span data-testid="difficulty-tab">{`${t('diff.tab')}（${record.difficulty.length}）`}</span>,
                  children: (
                    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                      {difficultyActions}
                      {openDifficulty?.status === 'pending' && <Alert type="info" showIcon title={t('diff.pendingHint')} />}
                      {returnedDifficulty && <Alert type="warning" showIcon title={t('diff.returnedHint')} />}
                      <Table<DifficultyIdentification>
                        rowKey="id"
                        size="small"
                        pagination={false}
                        columns={difficultyColumns}
                        dataSource={record.difficulty}
                        locale={{ emptyText: t('diff.none') }}
                        data-testid="difficulty-table"
                        scroll={{ x: 660 }}
                      />
                    </Space>
                  ),
                },
                {
                  key: 'services',
                  label: <span data-testid="services-tab">{`${t('svc.tab')}（${record.services.length}）`}</span>,
                  children: (
                    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                      {canRegister && (
                        <Button type="primary" icon={<CustomerServiceOutlined />} onClick={() => setDialog('service')} data-testid="record-service">
                          {t('svc.record')}
                        </Button>
                      )}
                      <Table<ServiceRecord>
                        rowKey="id"
                        size="small"
                        pagination={false}
                        columns={serviceColumns}
                        dataSource={record.services}
                        locale={{ emptyText: t('svc.none') }}
                        data-testid="services-table"
                        scroll={{ x: 600 }}
                      />
                      <Typography.Title level={5} style={{ marginTop: 8, marginBottom: 0 }}>
                        {t('fu.title')}
                        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginInlineStart: 8 }}>
                          {t('fu.hint')}
                        </Typography.Text>
                      </Typography.Title>
                      <Table<FollowUp>
                        rowKey="id"
                        size="small"
                        pagination={false}
                        columns={followUpColumns}
                        dataSource={record.followUps}
                        locale={{ emptyText: t('fu.none') }}
                        data-testid="follow-ups-table"
                        scroll={{ x: 600 }}
                      />
                    </Space>
                  ),
                },
                {
                  key: 'household',
                  label: <span data-testid="household-tab">{t('hh.tab')}</span>,
                  children: <HouseholdPanel person={person} onRecord={setRecord} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('reg.timeline')}>
            {record.timeline.length === 0 ? (
              <Empty description={t('reg.noTimeline')} />
            ) : (
              <Timeline
                data-testid="person-timeline"
                items={record.timeline.map((e) => ({
                  key: `${e.type}-${e.recordId}`,
                  color: TIMELINE_COLORS[e.type] ?? 'gray',
                  content: (
                    <div data-testid={`timeline-${e.type}-${e.recordId}`}>
                      <Typography.Text type="secondary">{e.date}</Typography.Text>
                      <div>
                        <Typography.Text strong>{e.title}</Typography.Text>
                      </div>
                      {e.detail && <div>{e.detail}</div>}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>

      <PersonFormModal
        open={dialog === 'edit'}
        person={person}
        onClose={() => setDialog(null)}
        onSaved={(p) => {
          setDialog(null);
          setRecord((r) => (r ? { ...r, person: p } : r));
        }}
      />
      <EmploymentModal
        open={dialog === 'employment'}
        person={person}
        onClose={() => setDialog(null)}
        onSubmit={(input: EmploymentInput) => command(() => registryApi.registerEmployment(id, input), 'employment')}
      />
      <UnemploymentModal
        open={dialog === 'unemployment'}
        person={person}
        onClose={() => setDialog(null)}
        onSubmit={(input: UnemploymentInput) => command(() => registryApi.registerUnemployment(id, input), 'unemployment')}
      />
      <CloseSpellModal
        open={dialog === 'end' && ending !== null}
        title={ending ? t('reg.endTitle', { name: ending.employerName ?? ending.kindName }) : ''}
        dateField="endedOn"
        dateLabel={t('reg.endedOn')}
        reasonField="reason"
        reasonLabel={t('reg.endReason')}
        options={codes.employmentEndReasons}
        notBefore={ending?.startedOn}
        okText={t('reg.end')}
        testId="end-employment"
        onClose={() => setDialog(null)}
        onSubmit={(body) => (ending ? command(() => registryApi.endEmployment(id, ending.id, body as { endedOn: string; reason: string }), 'employment') : Promise.resolve())}
      />
      <CloseSpellModal
        open={dialog === 'cancel'}
        title={t('reg.cancelTitle')}
        dateField="cancelledOn"
        dateLabel={t('reg.cancelledOn')}
        reasonField="ground"
        reasonLabel={t('reg.cancelGround')}
        options={codes.cancelGrounds}
        notBefore={openUnemployment?.registeredOn}
        okText={t('reg.cancel')}
        testId="cancel-unemployment"
        onClose={() => setDialog(null)}
        onSubmit={(body) => command(() => registryApi.cancelUnemployment(id, body as { cancelledOn: string; ground: string }), 'unemployment')}
      />
      <DifficultyModal
        open={dialog === 'difficulty'}
        person={person}
        returned={correcting}
        onClose={() => setDialog(null)}
        onSubmit={(input: DifficultyInput) =>
          correcting
            ? command(() => registryApi.resubmitDifficulty(id, input), 'difficulty', t('diff.resubmitted'))
            : command(() => registryApi.applyDifficulty(id, input), 'difficulty', t('diff.applied'))
        }
      />
      <ServiceModal
        open={dialog === 'service'}
        person={person}
        onClose={() => setDialog(null)}
        onSubmit={(input: ServiceInput) => command(() => registryApi.recordService(id, input), 'services', t('svc.saved'))}
      />
      <FollowUpDoneModal
        followUp={visiting}
        onClose={() => setVisiting(null)}
        onDone={() => {
          setVisiting(null);
          void load();
        }}
      />
      <CloseSpellModal
        open={dialog === 'exitDifficulty' && activeDifficulty !== null}
        title={t('diff.exitTitle', { name: person.name })}
        dateField="exitedOn"
        dateLabel={t('diff.exitedOn')}
        reasonField="reason"
        reasonLabel={t('diff.exitReason')}
        options={codes.difficultyExitReasons}
        notBefore={activeDifficulty?.startedOn ?? undefined}
        // Someone who works again exits as employed; other reasons are the assistant's finding.
        defaultReason={person.labourStatus !== 'unemployed' && person.labourStatus !== 'none' ? 'employed' : undefined}
        okText={t('diff.exit')}
        testId="exit-difficulty"
        onClose={() => setDialog(null)}
        onSubmit={(body) => command(() => registryApi.exitDifficulty(id, body as { exitedOn: string; reason: string }), 'difficulty', t('diff.exitedDone'))}
      />
    </Space>
  );
}
