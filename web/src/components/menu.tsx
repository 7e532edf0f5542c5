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
  DatabaseOutlined,
  FileSearchOutlined,
  FlagOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  InteractionOutlined,
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

export interface MenuEntry {
  key: string;
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
  { key: 'people', path: '/people', label: 'menu.people', icon: <IdcardOutlined />, permission: 'person.view', testId: 'menu-people' },
  { key: 'ledgers', path: '/ledgers', label: 'menu.ledgers', icon: <BookOutlined />, permission: 'person.view', testId: 'menu-ledgers' },
  { key: 'imports', path: '/imports', label: 'menu.imports', icon: <UploadOutlined />, permission: 'person.manage', testId: 'menu-imports' },
  { key: 'difficulty', path: '/difficulty', label: 'menu.difficulty', icon: <SafetyCertificateOutlined />, permission: 'person.view', testId: 'menu-difficulty' },
  { key: 'assistance', path: '/assistance', label: 'menu.assistance', icon: <HeartOutlined />, permission: 'person.view', testId: 'menu-assistance' },
  { key: 'quality', path: '/quality', label: 'menu.quality', icon: <AlertOutlined />, permission: 'person.view', testId: 'menu-quality' },
  { key: 'employers', path: '/employers', label: 'menu.employers', icon: <BankOutlined />, permission: 'employer.view', testId: 'menu-employers' },
  { key: 'postings', path: '/postings', label: 'menu.postings', icon: <SolutionOutlined />, permission: 'posting.view', testId: 'menu-postings' },
  // Staff pages: citizens hold seeker.view and referral.view for their own records on the portal only.
  { key: 'seekers', path: '/seekers', label: 'menu.seekers', icon: <UserSwitchOutlined />, permission: 'person.view', testId: 'menu-seekers' },
  { key: 'referrals', path: '/referrals', label: 'menu.referrals', icon: <InteractionOutlined />, permission: 'person.view', testId: 'menu-referrals' },
  { key: 'fairs', path: '/fairs', label: 'menu.fairs', icon: <ShopOutlined />, permission: 'fair.view', testId: 'menu-fairs' },
  { key: 'fairs-stats', path: '/fairs-stats', label: 'menu.fairsStats', icon: <BarChartOutlined />, permission: 'fair.view', testId: 'menu-fairs-stats' },
  { key: 'fairs-forecast', path: '/fairs-forecast', label: 'menu.fairsForecast', icon: <ScheduleOutlined />, permission: 'fair.view', testId: 'menu-fairs-forecast' },
  { key: 'campaigns', path: '/campaigns', label: 'menu.campaigns', icon: <FlagOutlined />, permission: 'fair.view', testId: 'menu-campaigns' },
  { key: 'articles', path: '/articles', label: 'menu.articles', icon: <NotificationOutlined />, permission: 'article.manage', testId: 'menu-articles' },
  { key: 'users', path: '/users', label: 'menu.users', icon: <TeamOutlined />, permission: 'user.view', testId: 'menu-users' },
  { key: 'org', path: '/org', label: 'menu.org', icon: <ApartmentOutlined />, permission: 'org.view', testId: 'menu-org' },
  { key: 'codes', path: '/codes', label: 'menu.codes', icon: <DatabaseOutlined />, permission: 'code.view', testId: 'menu-codes' },
  { key: 'rules', path: '/rules', label: 'menu.rules', icon: <ControlOutlined />, permission: 'code.view', testId: 'menu-rules' },
  { key: 'audit', path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.view', testId: 'menu-audit' },
  { key: 'calendar', path: '/calendar', label: 'menu.calendar', icon: <CalendarOutlined />, permission: 'calendar.view', testId: 'menu-calendar' },
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
