import type { ReactNode } from 'react';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ControlOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  InteractionOutlined,
  LineChartOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UploadOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../i18n';

/** Headings the menu's entries are grouped under (the entries of a group stay together, in order). */
export type MenuGroup = 'registry' | 'market' | 'fairs' | 'stats' | 'system';

export interface MenuEntry {
  key: string;
  /** The heading it sits under; none for the first entries (home, tasks, reviews). */
  group?: MenuGroup;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Shown when the user holds this permission (always when absent). */
  permission?: string;
  testId: string;
}

/** The left menu, in display order; permissions from /api/auth/me decide what shows. */
export const MENU: MenuEntry[] = [
  { key: 'home', path: '/', label: 'menu.home', icon: <HomeOutlined />, testId: 'menu-home' },
  { key: 'tasks', path: '/tasks', label: 'menu.tasks', icon: <CheckSquareOutlined />, permission: 'workflow.view', testId: 'menu-tasks' },
  { key: 'workflow', path: '/workflow', label: 'menu.workflow', icon: <FileSearchOutlined />, permission: 'workflow.view', testId: 'menu-workflow' },
  { key: 'people', group: 'registry', path: '/people', label: 'menu.people', icon: <IdcardOutlined />, permission: 'person.view', testId: 'menu-people' },
  { key: 'ledgers', group: 'registry', path: '/ledgers', label: 'menu.ledgers', icon: <BookOutlined />, permission: 'person.view', testId: 'menu-ledgers' },
  { key: 'imports', group: 'registry', path: '/imports', label: 'menu.imports', icon: <UploadOutlined />, permission: 'person.manage', testId: 'menu-imports' },
  { key: 'difficulty', group: 'registry', path: '/difficulty', label: 'menu.difficulty', icon: <SafetyCertificateOutlined />, permission: 'person.view', testId: 'menu-difficulty' },
  { key: 'assistance', group: 'registry', path: '/assistance', label: 'menu.assistance', icon: <HeartOutlined />, permission: 'person.view', testId: 'menu-assistance' },
  { key: 'quality', group: 'registry', path: '/quality', label: 'menu.quality', icon: <AlertOutlined />, permission: 'person.view', testId: 'menu-quality' },
  { key: 'employers', group: 'market', path: '/employers', label: 'menu.employers', icon: <BankOutlined />, permission: 'employer.view', testId: 'menu-employers' },
  { key: 'postings', group: 'market', path: '/postings', label: 'menu.postings', icon: <SolutionOutlined />, permission: 'posting.view', testId: 'menu-postings' },
  // Staff pages: citizens hold seeker.view and referral.view for their own records on the portal only.
  { key: 'seekers', group: 'market', path: '/seekers', label: 'menu.seekers', icon: <UserSwitchOutlined />, permission: 'person.view', testId: 'menu-seekers' },
  { key: 'referrals', group: 'market', path: '/referrals', label: 'menu.referrals', icon: <InteractionOutlined />, permission: 'person.view', testId: 'menu-referrals' },
  { key: 'fairs', group: 'fairs', path: '/fairs', label: 'menu.fairs', icon: <ShopOutlined />, permission: 'fair.view', testId: 'menu-fairs' },
  { key: 'fairs-stats', group: 'fairs', path: '/fairs-stats', label: 'menu.fairsStats', icon: <BarChartOutlined />, permission: 'fair.view', testId: 'menu-fairs-stats' },
  { key: 'campaigns', group: 'fairs', path: '/campaigns', label: 'menu.campaigns', icon: <FlagOutlined />, permission: 'fair.view', testId: 'menu-campaigns' },
  { key: 'stats-dashboard', group: 'stats', path: '/dashboard', label: 'menu.statsDashboard', icon: <DashboardOutlined />, permission: 'stats.view', testId: 'menu-stats-dashboard' },
  { key: 'stats-supply-demand', group: 'stats', path: '/stats/supply-demand', label: 'menu.statsSupplyDemand', icon: <LineChartOutlined />, permission: 'stats.view', testId: 'menu-stats-supply-demand' },
  { key: 'stats-indicators', group: 'stats', path: '/stats/indicators', label: 'menu.statsIndicators', icon: <BarChartOutlined />, permission: 'stats.view', testId: 'menu-stats-indicators' },
  { key: 'stats-consistency', group: 'stats', path: '/stats/consistency', label: 'menu.statsConsistency', icon: <CheckSquareOutlined />, permission: 'stats.view', testId: 'menu-stats-consistency' },
  { key: 'stats-reports', group: 'stats', path: '/stats/reports', label: 'menu.statsReports', icon: <ScheduleOutlined />, permission: 'stats.view', testId: 'menu-stats-reports' },
  { key: 'articles', group: 'system', path: '/articles', label: 'menu.articles', icon: <NotificationOutlined />, permission: 'article.manage', testId: 'menu-articles' },
  { key: 'users', group: 'system', path: '/users', label: 'menu.users', icon: <TeamOutlined />, permission: 'user.view', testId: 'menu-users' },
  { key: 'org', group: 'system', path: '/org', label: 'menu.org', icon: <ApartmentOutlined />, permission: 'org.view', testId: 'menu-org' },
  { key: 'codes', group: 'system', path: '/codes', label: 'menu.codes', icon: <DatabaseOutlined />, permission: 'code.view', testId: 'menu-codes' },
  { key: 'rules', group: 'system', path: '/rules', label: 'menu.rules', icon: <ControlOutlined />, permission: 'code.view', testId: 'menu-rules' },
  { key: 'audit', group: 'system', path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.view', testId: 'menu-audit' },
  { key: 'calendar', group: 'system', path: '/calendar', label: 'menu.calendar', icon: <CalendarOutlined />, permission: 'calendar.view', testId: 'menu-calendar' },
];

/** The menu key for a location (longest matching path prefix). */
export function menuKeyOf(pathname: string): string {
  if (pathname.startsWith('/workflow/items/')) return 'tasks';
  let best = MENU[0];
  for (const entry of MENU) {
    if (entry.path !== '/' && (pathname === entry.path || pathname.startsWith(entry.path + '/')) && entry.path.length > best.path.length) best = entry;
  }
  return best.key;
}
