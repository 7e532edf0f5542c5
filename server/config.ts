import { resolve } from 'node:path';
import type { DatabaseTarget } from './platform/db/database.js';

/** Runtime configuration, read once from the environment (see the table in README.md). */
export interface Config {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseTarget;
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: number;
  /** Hours after which a session ends regardless of activity. */
  sessionMaxHours: number;
  /** Failed logins before the account is locked, and for how long. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Login attempts per IP per minute. */
  loginRateLimit: number;
  /** Public registrations (citizen and employer accounts) per IP per minute. */
  registerRateLimit: number;
  /**
   * Which proxies to believe about the client address (X-Forwarded-For): false (default, the
   * socket address), a hop count, or addresses/CIDRs. Used by the login rate limit and the audit.
   */
  trustProxy: boolean | number | string;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Seconds the leaders' dashboard is served from its materialised copy before it is recomputed (0: always live). */
  dashboardMaxAgeSeconds: number;
  demoCity: string;
  adminPassword: string | undefined;
  version: string;
}

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Builds the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const url = env.DATABASE_URL;
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    database: url ? { kind: 'postgres', url } : { kind: 'embedded', dataDir: resolve(env.DATA_DIR ?? 'data') },
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: int(env.SESSION_MAX_HOURS, 12),
    lockoutThreshold: int(env.LOCKOUT_THRESHOLD, 5),
    lockoutMinutes: int(env.LOCKOUT_MINUTES, 15),
    loginRateLimit: int(env.LOGIN_RATE_LIMIT, 30),
    registerRateLimit: int(env.REGISTER_RATE_LIMIT, 10),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    secureCookies: env.SECURE_COOKIES === 'true',
    dashboardMaxAgeSeconds: Math.max(0, int(env.DASHBOARD_MAX_AGE_SECONDS, 600)),
    demoCity: env.DEMO_CITY ?? '3602',
    adminPassword: env.ADMIN_PASSWORD,
    version: env.npm_package_version ?? '0.1.0',
  };
}
