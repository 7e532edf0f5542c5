import { rmSync } from 'node:fs';
import { buildTemplate, preparePostgresTemplate } from './support/template.js';

/** Used by scripts/test.mjs: `tsx tests/prepare-template.ts embedded <dir>` or `postgres <url> <name>`. */
const [kind, where, name] = process.argv.slice(2);
const started = Date.now();
if (kind === 'embedded') {
  rmSync(where, { recursive: true, force: true });
  await buildTemplate({ kind: 'embedded', dataDir: where });
} else if (kind === 'postgres') {
  await preparePostgresTemplate(where, name);
} else {
  console.error('usage: prepare-template.ts embedded <dir> | postgres <url> <templateName>');
  process.exit(2);
}
console.log(`Test template (${kind}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
