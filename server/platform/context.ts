import type { Clock } from './clock.js';
import type { Db, DatabaseKind } from './db/database.js';
import type { Config } from '../config.js';
import type { Role } from './roles.js';

/** The logged-in person on whose behalf a request runs. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  kind: 'staff' | 'external';
  orgCode: string;
  orgLevel: number;
  roles: Role[];
  employerId: number | null;
  sessionId: string;
}

/** What a service needs to know about the request besides its input. */
export interface RequestContext {
  actor: Actor;
  ip: string;
}

/** Everything the modules depend on, passed in explicitly (no globals). */
export interface AppDeps {
  db: Db;
  dbKind: DatabaseKind;
  clock: Clock;
  config: Config;
}
