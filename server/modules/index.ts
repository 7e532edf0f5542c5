import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/context.js';
import { healthRoutes } from './health/routes.js';
import { authRoutes } from './auth/routes.js';
import { orgRoutes } from './org/routes.js';

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
];
