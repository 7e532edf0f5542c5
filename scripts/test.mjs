// `npm test`: every test, in tiers. Unit tests; API tests on the embedded database (PGlite);
// the same API tests on PostgreSQL when TEST_DATABASE_URL is set; browser flows when Chromium is
// installed. Ends with one summary line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();

const WORK = resolve('.data-test');
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const totals = { pass: 0, fail: 0, skipped: 0 };
let failedPhases = [];

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const all = [...walk('server'), ...walk('tests')].filter((f) => f.endsWith('.test.ts')).sort();
const unit = all.filter((f) => !f.endsWith('.api.test.ts') && !f.includes('tests/browser/'));
const api = all.filter((f) => f.endsWith('.api.test.ts'));
const browser = all.filter((f) => f.includes('tests/browser/'));
// The issues' "done when" flows run in the browser on both databases; the other flows on the embedded one.
const doneWhen = browser.filter((f) => f.includes('done-when'));

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function phase(name, files, env = {}) {
  console.log(`\n━━━ ${name} (${files.length} files) ━━━`);
  const tap = join(WORK, `${name.replace(/\W+/g, '-')}.tap`);
  const ok = run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    env,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.pass += count('pass');
  totals.fail += count('fail');
  totals.skipped += count('skipped');
  if (!ok) failedPhases.push(name);
}

console.log('\n━━━ typecheck and lint ━━━');
if (!run('npx', ['tsc', '-p', 'tsconfig.json']) || !run('npx', ['tsc', '-p', 'web/tsconfig.json'])) failedPhases.push('typecheck');
if (!run('npx', ['eslint', '.'])) failedPhases.push('lint');

phase('unit', unit);

const templateDir = join(WORK, 'template-embedded');
if (run('npx', ['tsx', 'tests/prepare-template.ts', 'embedded', templateDir])) {
  phase('api-embedded', api, { TEST_DB: 'embedded', TEST_TEMPLATE_DIR: templateDir });
} else failedPhases.push('template-embedded');

const pgTemplate = `jy_test_template_${process.pid}`;
let pgReady = false;
if (process.env.TEST_DATABASE_URL) {
  pgReady = run('npx', ['tsx', 'tests/prepare-template.ts', 'postgres', process.env.TEST_DATABASE_URL, pgTemplate]);
  if (pgReady) phase('api-postgres', api, { TEST_DB: 'postgres', TEST_PG_TEMPLATE: pgTemplate });
  else failedPhases.push('template-postgres');
} else {
  console.log('\n!!! TEST_DATABASE_URL is not set: API tests did NOT run against PostgreSQL (.ci/run sets it).');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (run('npx', ['vite', 'build', 'web', '--logLevel', 'warn'])) {
    phase('browser', browser, { CHROMIUM_PATH: chromium, TEST_TEMPLATE_DIR: templateDir });
    if (pgReady) phase('browser-postgres', doneWhen, { CHROMIUM_PATH: chromium, TEST_DB: 'postgres', TEST_PG_TEMPLATE: pgTemplate });
  } else failedPhases.push('web-build');
} else {
  console.log('\n' + '!'.repeat(78));
  console.log(`!!! Chromium not found at ${chromium}: the BROWSER FLOWS DID NOT RUN.`);
  console.log('!!! Install it with: apt-get install -y chromium fonts-noto-cjk  (CI always does)');
  console.log('!'.repeat(78));
}

if (pgReady) run('npx', ['tsx', 'tests/drop-template.ts', process.env.TEST_DATABASE_URL, pgTemplate]);

console.log(`\nPhases failed: ${failedPhases.length ? failedPhases.join(', ') : 'none'}`);
console.log(`${totals.pass} passed, ${totals.fail} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedPhases.length || totals.fail ? 1 : 0);
