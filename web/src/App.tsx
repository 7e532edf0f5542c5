import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useI18n } from './i18n';
import { AuthProvider } from './auth/AuthContext';
import { FeedbackBinder } from './components/FeedbackBinder';
import { AppLayout } from './components/AppLayout';
import { ScopeProvider } from './components/ScopeContext';
import { NotFound, RequireAuth, RequirePermission } from './components/guards';
import { screenRoutes } from './screen/routes';
import { portalRoutes } from './portal/routes';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const HomePage = lazy(() => import('./pages/home/HomePage'));
const TasksPage = lazy(() => import('./pages/tasks/TasksPage'));
const WorkflowItemPage = lazy(() => import('./pages/workflow-item/WorkflowItemPage'));
const WorkflowItemsPage = lazy(() => import('./pages/workflow-items/WorkflowItemsPage'));
const EmployersPage = lazy(() => import('./pages/employers/EmployersPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const CodesPage = lazy(() => import('./pages/codes/CodesPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const OrgPage = lazy(() => import('./pages/org/OrgPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const RulesPage = lazy(() => import('./pages/rules/RulesPage'));
const WorkflowPrintPage = lazy(() => import('./pages/workflow-print/WorkflowPrintPage'));
const PeoplePage = lazy(() => import('./pages/people/PeoplePage'));
const PersonPage = lazy(() => import('./pages/people/PersonPage'));
const LedgersPage = lazy(() => import('./pages/ledgers/LedgersPage'));
const CardPrintPage = lazy(() => import('./pages/person-card/CardPrintPage'));
const DifficultyPage = lazy(() => import('./pages/difficulty/DifficultyPage'));
const AssistancePage = lazy(() => import('./pages/assistance/AssistancePage'));
const QualityPage = lazy(() => import('./pages/quality/QualityPage'));
const ImportPage = lazy(() => import('./pages/imports/ImportPage'));
const PostingsPage = lazy(() => import('./pages/postings/PostingsPage'));
const SeekersPage = lazy(() => import('./pages/seekers/SeekersPage'));
const SeekerPage = lazy(() => import('./pages/seekers/SeekerPage'));
const ReferralsPage = lazy(() => import('./pages/referrals/ReferralsPage'));
const ReferralLetterPage = lazy(() => import('./pages/referrals/ReferralLetterPage'));
const ArticlesPage = lazy(() => import('./pages/articles/ArticlesPage'));
const FairsPage = lazy(() => import('./pages/fairs/FairsPage'));
const FairPage = lazy(() => import('./pages/fairs/FairPage'));
const FairStatsPage = lazy(() => import('./pages/fairs/FairStatsPage'));
const ReportsPage = lazy(() => import('./pages/stats/reports/ReportsPage'));
const ReportPage = lazy(() => import('./pages/stats/reports/ReportPage'));
const ReportPrintPage = lazy(() => import('./pages/stats/reports/ReportPrintPage'));
const ProgrammePrintPage = lazy(() => import('./pages/fairs/ProgrammePrintPage'));
const SupplyDemandPage = lazy(() => import('./pages/stats/supply-demand/SupplyDemandPage'));
const SupplyDemandRecordsPage = lazy(() => import('./pages/stats/supply-demand/SupplyDemandRecordsPage'));
const SupplyDemandPrintPage = lazy(() => import('./pages/stats/supply-demand/SupplyDemandPrintPage'));
const CampaignsPage = lazy(() => import('./pages/campaigns/CampaignsPage'));
const IndicatorsPage = lazy(() => import('./pages/stats/indicators/IndicatorsPage'));
const IndicatorRecordsPage = lazy(() => import('./pages/stats/indicators/IndicatorRecordsPage'));
const ConsistencyPage = lazy(() => import('./pages/stats/consistency/ConsistencyPage'));
const CampaignPage = lazy(() => import('./pages/campaigns/CampaignPage'));
const DashboardPage = lazy(() => import('./pages/stats/dashboard/DashboardPage'));
const DashboardScreen = lazy(() => import('./screen/DashboardScreen'));

const pageFallback = <Spin style={{ display: 'block', margin: '20vh auto' }} />;

const guard = (permission: string, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={pageFallback}>
            <LoginPage />
          </Suspense>
        }
      />
      {/* The public portal: no login, its own frame. */}
      {portalRoutes()}
      {/* The market-hall LED screen and touch-screen kiosk: no login, full screen. */}
      {screenRoutes()}
      {/* The dashboard's big screen: signed in (stats.view), full screen without the shell. */}
      <Route
        path="/screen/dashboard"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('stats.view', <DashboardScreen />)}</Suspense>
          </RequireAuth>
        }
      />
      {/* The printable form: signed in, but without the shell (menu, header). */}
      <Route
        path="/workflow/items/:id/print"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('workflow.view', <WorkflowPrintPage />)}</Suspense>
          </RequireAuth>
        }
      />
      <Route
        path="/referrals/:id/letter"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('referral.view', <ReferralLetterPage />)}</Suspense>
          </RequireAuth>
        }
      />
      <Route
        path="/fairs/:id/programme/print"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('fair.view', <ProgrammePrintPage />)}</Suspense>
          </RequireAuth>
        }
      />
      <Route
        path="/stats/supply-demand/print"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('stats.view', <SupplyDemandPrintPage />)}</Suspense>
          </RequireAuth>
        }
      />
      <Route
        path="/stats/reports/:id/print"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('stats.view', <ReportPrintPage />)}</Suspense>
          </RequireAuth>
        }
      />
      <Route
        path="/people/:id/card"
        element={
          <RequireAuth>
            <Suspense fallback={pageFallback}>{guard('person.view', <CardPrintPage />)}</Suspense>
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <ScopeProvider>
              <AppLayout />
            </ScopeProvider>
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="tasks" element={guard('workflow.view', <TasksPage />)} />
        <Route path="workflow" element={guard('workflow.view', <WorkflowItemsPage />)} />
        <Route path="workflow/items/:id" element={guard('workflow.view', <WorkflowItemPage />)} />
        <Route path="people" element={guard('person.view', <PeoplePage />)} />
        <Route path="people/:id" element={guard('person.view', <PersonPage />)} />
        <Route path="ledgers" element={guard('person.view', <LedgersPage />)} />
        <Route path="imports" element={guard('person.manage', <ImportPage />)} />
        <Route path="difficulty" element={guard('person.view', <DifficultyPage />)} />
        <Route path="assistance" element={guard('person.view', <AssistancePage />)} />
        <Route path="quality" element={guard('person.view', <QualityPage />)} />
        <Route path="employers" element={guard('employer.view', <EmployersPage />)} />
        <Route path="postings" element={guard('posting.view', <PostingsPage />)} />
        <Route path="seekers" element={guard('person.view', <SeekersPage />)} />
        <Route path="seekers/:id" element={guard('person.view', <SeekerPage />)} />
        <Route path="referrals" element={guard('person.view', <ReferralsPage />)} />
        <Route path="articles" element={guard('article.manage', <ArticlesPage />)} />
        <Route path="fairs" element={guard('fair.view', <FairsPage />)} />
        <Route path="fairs/:id" element={guard('fair.view', <FairPage />)} />
        <Route path="fairs-stats" element={guard('fair.view', <FairStatsPage />)} />
        <Route path="fairs-forecast" element={<Navigate to="/stats/reports?kind=weekly_forecast" replace />} />
        <Route path="stats/reports" element={guard('stats.view', <ReportsPage />)} />
        <Route path="stats/reports/:id" element={guard('stats.view', <ReportPage />)} />
        <Route path="stats/supply-demand" element={guard('stats.view', <SupplyDemandPage />)} />
        <Route path="stats/supply-demand/records" element={guard('stats.view', <SupplyDemandRecordsPage />)} />
        <Route path="campaigns" element={guard('fair.view', <CampaignsPage />)} />
        <Route path="campaigns/:id" element={guard('fair.view', <CampaignPage />)} />
        <Route path="stats/indicators" element={guard('stats.view', <IndicatorsPage />)} />
        <Route path="stats/indicators/records" element={guard('stats.view', <IndicatorRecordsPage />)} />
        <Route path="stats/consistency" element={guard('stats.view', <ConsistencyPage />)} />
        <Route path="dashboard" element={guard('stats.view', <DashboardPage />)} />
        <Route path="users" element={guard('user.view', <UsersPage />)} />
        <Route path="codes" element={guard('code.view', <CodesPage />)} />
        <Route path="rules" element={guard('code.view', <RulesPage />)} />
        <Route path="audit" element={guard('audit.view', <AuditPage />)} />
        <Route path="org" element={guard('org.view', <OrgPage />)} />
        <Route path="calendar" element={guard('calendar.view', <CalendarPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/** Providers: antd locale/theme follow the chosen language; router; session. */
export function Root() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={{ token: { colorPrimary: '#0b5fd6', borderRadius: 6 } }}>
      <AntApp>
        <FeedbackBinder />
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
