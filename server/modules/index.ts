import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/context.js';
import { healthRoutes } from './health/routes.js';
import { authRoutes } from './auth/routes.js';
import { orgRoutes } from './org/routes.js';
import { userRoutes } from './users/routes.js';
import { auditRoutes } from './audit/routes.js';
import { codeRoutes } from './codes/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { workflowRoutes } from '../platform/workflow/routes.js';
import { employerRoutes } from './employers/routes.js';
import { ruleRoutes } from './rules/routes.js';
import { registryRoutes } from './registry/routes.js';
import { marketRoutes } from './market/routes.js';
import { searchRoutes } from './market/search-routes.js';
import { seekerRoutes } from './market/seeker-routes.js';
import { seekerSearchRoutes } from './market/seeker-search-routes.js';
import { referralRoutes } from './market/referral-routes.js';
import { qualityRoutes } from './registry/quality-routes.js';
import { articleRoutes } from './portal/articles-routes.js';
import { portalLookupRoutes } from './portal/regions-routes.js';
import { fairRoutes } from './fairs/fair-routes.js';
import { campaignRoutes } from './fairs/campaign-routes.js';
import { participationRoutes } from './fairs/participation-routes.js';
import { checkinRoutes } from './fairs/checkin-routes.js';
import { intentionRoutes } from './fairs/intention-routes.js';
import { slotRoutes } from './fairs/slot-routes.js';
import { statsRoutes } from './fairs/stats-routes.js';
import { indicatorRoutes } from './stats/indicators-routes.js';
import { consistencyRoutes } from './stats/consistency-routes.js';
import { snapshotRoutes } from './stats/snapshot-routes.js';
import { publicFairRoutes } from './portal/fairs-public-routes.js';
import { supplyDemandRoutes } from './stats/supply-demand-routes.js';
import { reportRoutes } from './stats/report-routes.js';
import { dashboardRoutes } from './stats/dashboard-routes.js';

/** A module: a name (its OpenAPI tag) and a function registering its routes. */
export interface AppModule {
  name: string;
  routes(app: FastifyInstance, deps: AppDeps): Promise<void>;
}

/** Every module of the system, in registration order. Add a new module here. */
export const MODULES: AppModule[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'auth', routes: authRoutes },
  { name: 'org', routes: orgRoutes },
  { name: 'users', routes: userRoutes },
  { name: 'audit', routes: auditRoutes },
  { name: 'codes', routes: codeRoutes },
  { name: 'calendar', routes: calendarRoutes },
  { name: 'rules', routes: ruleRoutes },
  { name: 'workflow', routes: workflowRoutes },
  { name: 'employers', routes: employerRoutes },
  { name: 'registry', routes: registryRoutes },
  { name: 'market', routes: marketRoutes },
  { name: 'market', routes: searchRoutes },
  { name: 'market', routes: seekerSearchRoutes },
  { name: 'market', routes: seekerRoutes },
  { name: 'market', routes: referralRoutes },
  { name: 'registry', routes: qualityRoutes },
  { name: 'portal', routes: articleRoutes },
  { name: 'portal', routes: portalLookupRoutes },
  { name: 'fairs', routes: statsRoutes },
  { name: 'fairs', routes: campaignRoutes },
  { name: 'fairs', routes: participationRoutes },
  { name: 'fairs', routes: checkinRoutes },
  { name: 'fairs', routes: intentionRoutes },
  { name: 'fairs', routes: slotRoutes },
  { name: 'fairs', routes: fairRoutes },
  { name: 'portal', routes: publicFairRoutes },
  { name: 'stats', routes: indicatorRoutes },
  { name: 'stats', routes: consistencyRoutes },
  { name: 'stats', routes: snapshotRoutes },
  { name: 'stats', routes: supplyDemandRoutes },
  { name: 'stats', routes: reportRoutes },
  { name: 'stats', routes: dashboardRoutes },
];
