import type { Actor } from '../../platform/context.js';
import { rolesAllow } from '../../platform/roles.js';
import type { MarketReportStatus } from '../../platform/db/schema-reports.js';

/** Who may do what with a market report: pure rules on the actor and the report. */

export const DISTRICT_LEVEL = 3;

export const REPORT_STATUS_NAMES: Record<MarketReportStatus | 'none', string> = {
  none: '未生成',
  draft: '草稿',
  reviewing: '审核中',
  returned: '已退回',
  submitted: '已报送',
  accepted: '已接收',
};

type ActorFacts = Pick<Actor, 'kind' | 'orgCode' | 'orgLevel' | 'roles'>;

/** A district's operator makes (generates, edits, submits) the district's own reports. */
export function mayMakeReports(actor: ActorFacts): boolean {
  return actor.kind === 'staff' && actor.orgLevel === DISTRICT_LEVEL && rolesAllow(actor.roles, 'report.manage');
}

/** Whether the report is the actor's district's and still with the district (a draft, or returned to fix). */
export function mayChange(actor: ActorFacts, report: { region_code: string; status: MarketReportStatus }): boolean {
  return mayMakeReports(actor) && actor.orgCode === report.region_code && (report.status === 'draft' || report.status === 'returned');
}
