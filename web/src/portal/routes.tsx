import { lazy, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router-dom';
import { Spin } from 'antd';

const PortalLayout = lazy(() => import('./PortalLayout'));
const PortalHome = lazy(() => import('./pages/PortalHome'));
const JobSearchPage = lazy(() => import('./pages/JobSearchPage'));
const JobDetailPage = lazy(() => import('./pages/JobDetailPage'));
const EmployerPage = lazy(() => import('./pages/EmployerPage'));
const RegisterSeekerPage = lazy(() => import('./pages/RegisterSeekerPage'));
const RegisterEmployerPage = lazy(() => import('./pages/RegisterEmployerPage'));
const MyPage = lazy(() => import('./pages/MyPage'));
const ArticlesPage = lazy(() => import('./pages/ArticlesPage'));
const ArticlePage = lazy(() => import('./pages/ArticlePage'));
const FairsPage = lazy(() => import('./pages/FairsPage'));
const FairPage = lazy(() => import('./pages/FairPage'));
const PortalNotFound = lazy(() => import('./pages/PortalNotFound'));

const fallback = (
  <div style={{ display: 'flex', justifyContent: 'center', padding: '20vh 0' }}>
    <Spin />
  </div>
);
const page = (node: ReactNode) => <Suspense fallback={fallback}>{node}</Suspense>;

/** The public portal (网上人力资源市场) under /portal: no login to browse, outside the staff shell. */
export function portalRoutes() {
  return (
    <Route path="/portal" element={page(<PortalLayout />)}>
      <Route index element={page(<PortalHome />)} />
      <Route path="jobs" element={page(<JobSearchPage />)} />
      <Route path="jobs/:id" element={page(<JobDetailPage />)} />
      <Route path="employers/:id" element={page(<EmployerPage />)} />
      <Route path="register/seeker" element={page(<RegisterSeekerPage />)} />
      <Route path="register/employer" element={page(<RegisterEmployerPage />)} />
      <Route path="me" element={page(<MyPage />)} />
      <Route path="fairs" element={page(<FairsPage />)} />
      <Route path="fairs/:id" element={page(<FairPage />)} />
      <Route path="articles" element={page(<ArticlesPage />)} />
      <Route path="articles/:id" element={page(<ArticlePage />)} />
      <Route path="*" element={page(<PortalNotFound />)} />
    </Route>
  );
}
