import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/context.js';

// Placeholder while the module is being built; replaced by its owner.
export async function slotRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
