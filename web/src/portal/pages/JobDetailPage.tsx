import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Modal, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { BankOutlined, CheckCircleOutlined, PhoneOutlined, SendOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { useAuth } from '../../auth/AuthContext';
import { isApiError } from '../../api/client';
import { feedback } from '../../components/feedback';
import { portalApi } from '../api';
import { useCodeNames, useLoaded } from '../hooks';
import { dateOnly, sizeBandLabel, wageText, workTypeLabel } from '../format';
import { TextBlock } from '../components/TextBlock';

/** 岗位详情: the posting as text, the employer link, masked contact, 申请该岗位. */
export default function JobDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { me, hasRole } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const educations = useCodeNames('education');
  const { data: p, error } = useLoaded(() => portalApi.posting(id), [id]);
  const [applied, setApplied] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);
  const [prompt, setPrompt] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const apply = async () => {
    if (!p) return;
    if (!me) {
      setPrompt(true);
      return;
    }
    setApplying(true);
    setRefusal(null);
    try {
      await portalApi.apply(p.id);
      setApplied(t('portal.apply.done'));
      feedback.message?.success(t('portal.apply.done'));
    } catch (e) {
      // Only a duplicate means "already applied"; any other refusal (no registration, expired …) stays a refusal.
      if (isApiError(e) && e.code === 'duplicate') setApplied(e.message);
      else setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setApplying(false);
    }
  };

  if (p === undefined) return <div className="portal-container"><Skeleton active paragraph={{ rows: 10 }} /></div>;
  if (p === null)
    return (
      <div className="portal-container">
        <Result
          status="404"
          title={t('portal.job.notFound')}
          subTitle={isApiError(error) && error.status !== 404 ? error.message : t('portal.job.notFoundHint')}
          extra={<Link to="/portal/jobs"><Button type="primary">{t('portal.job.backToSearch')}</Button></Link>}
        />
      </div>
    );

  const seeker = hasRole('job_seeker');
  const applyBox = (
    <Card data-testid="apply-box">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {refusal && <Alert type="error" showIcon title={refusal} description={<Link to="/portal/me">{t('portal.apply.seeMine')}</Link>} data-testid="apply-refused" />}
        {applied ? (
          <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={applied} description={<Link to="/portal/me">{t('portal.apply.seeMine')}</Link>} data-testid="apply-result" />
        ) : me && !seeker ? (
          <Alert type="info" showIcon title={t('portal.apply.seekersOnly')} />
        ) : (
          <Button type="primary" size="large" block icon={<SendOutlined />} loading={applying} onClick={() => void apply()} data-testid="apply">
            {t('portal.apply.button')}
          </Button>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('portal.apply.hint')}
        </Typography.Text>
      </Space>
    </Card>
  );

  return (
    <div className="portal-container">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/portal">{t('portal.nav.home')}</Link> }, { title: <Link to="/portal/jobs">{t('portal.nav.jobs')}</Link> }, { title: p.title }]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={17}>
          <Card>
            <div className="job-card-head">
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="job-detail-title">
                {p.title}
              </Typography.Title>
              <span className="job-card-wage" style={{ fontSize: 22 }}>
                {wageText(t, p.wageMin, p.wageMax)}
              </span>
            </div>
            <Space wrap style={{ marginTop: 10 }}>
              {p.regionName && <Tag>{p.regionName}</Tag>}
              <Tag>{p.education ? (educations.get(p.education) ?? p.education) : t('portal.job.educationAny')}</Tag>
              {p.experienceYears ? <Tag>{t('portal.job.experience', { n: p.experienceYears })}</Tag> : <Tag>{t('portal.job.experienceAny')}</Tag>}
              <Tag>{t('portal.job.vacancies', { n: p.vacancies })}</Tag>
              <Tag color="blue">{workTypeLabel(t, p.workType)}</Tag>
              {p.occupationName && <Tag color="geekblue">{p.occupationName}</Tag>}
            </Space>
            <div style={{ color: '#8c8c8c', fontSize: 13, marginTop: 10 }}>
              {t('portal.job.published', { date: dateOnly(p.publishedAt) })} · {t('portal.job.validTo', { date: dateOnly(p.validTo) })}
            </div>
          </Card>
          <Card title={t('portal.job.description')} style={{ marginTop: 16 }}>
            <TextBlock text={p.description} testId="job-description" />
            {p.requirements && (
              <>
                <Typography.Title level={5}>{t('portal.job.requirements')}</Typography.Title>
                <TextBlock text={p.requirements} />
              </>
            )}
            {p.benefits && (
              <>
                <Typography.Title level={5}>{t('portal.job.benefits')}</Typography.Title>
                <TextBlock text={p.benefits} />
              </>
            )}
            {p.workingHours && (
              <>
                <Typography.Title level={5}>{t('portal.job.workingHours')}</Typography.Title>
                <TextBlock text={p.workingHours} />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {applyBox}
            <Card title={t('portal.job.employer')} size="small">
              <Link to={`/portal/employers/${p.employer?.id ?? p.employerId}`} data-testid="detail-employer-link" style={{ fontSize: 16, fontWeight: 600 }}>
                <BankOutlined /> {p.employer?.name ?? p.employerName}
              </Link>
              <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
                {p.employer?.industry && <Descriptions.Item label={t('portal.employer.industry')}>{p.employer.industry}</Descriptions.Item>}
                {p.employer?.size && <Descriptions.Item label={t('portal.employer.size')}>{sizeBandLabel(t, p.employer.size)}</Descriptions.Item>}
                {p.employer?.address && <Descriptions.Item label={t('portal.employer.address')}>{p.employer.address}</Descriptions.Item>}
              </Descriptions>
            </Card>
            <Card title={t('portal.job.contact')} size="small" data-testid="job-contact">
              <div>{p.contactName ?? '—'}</div>
              <div>
                <PhoneOutlined /> {p.contactPhone ?? '—'}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('portal.job.contactMasked')}
              </Typography.Text>
            </Card>
          </Space>
        </Col>
      </Row>
      <Modal
        open={prompt}
        onCancel={() => setPrompt(false)}
        title={t('portal.apply.loginTitle')}
        footer={[
          <Button key="register" onClick={() => navigate('/portal/register/seeker')} data-testid="prompt-register">
            {t('portal.register.seeker')}
          </Button>,
          <Button key="login" type="primary" onClick={() => navigate('/login', { state: { from: location.pathname } })} data-testid="prompt-login">
            {t('portal.login')}
          </Button>,
        ]}
      >
        <p data-testid="apply-login-prompt">{t('portal.apply.loginText')}</p>
      </Modal>
    </div>
  );
}
