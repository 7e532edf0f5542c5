import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** Installs npm dependencies when node_modules is missing or older than package-lock.json. */
export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  console.log('Installing dependencies (npm install)…');
  // --include=dev: the UI build tools are needed even when NODE_ENV=production.
  execSync('npm install --include=dev --no-audit --no-fund', { stdio: 'inherit' });
}
