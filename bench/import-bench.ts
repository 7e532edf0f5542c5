import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../server/platform/db/schema.js';
import { citizenIdCheckChar } from '../server/platform/validators/citizen-id.js';
import { importWorkbook, type ImportCells } from '../tests/support/import-workbook.js';

export interface ImportBenchResult {
  rows: number;
  fileBytes: number;
  validRows: number;
  rejectedRows: number;
  uploadAndValidateSeconds: number;
  confirmSeconds: number;
  totalSeconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂';

/**
 * A community-style hand-in of `rows` people across the district's communities: 40% with an
 * employment registration, 30% unemployed, 5% with a broken ID number (so the report has work).
 * ID numbers use address code 110101 and a per-row sequence, so none is already registered.
 */
export function* handIn(rows: number, communities: readonly string[]): Generator<ImportCells> {
  for (let i = 0; i < rows; i += 1) {
    const birth = new Date(Date.UTC(1978, 0, 1) + (i % 9_000) * 86_400_000).toISOString().slice(0, 10);
    const first17 = `110101${birth.replaceAll('-', '')}${String(Math.floor(i / 9_000)).padStart(3, '0')}`;
    const check = citizenIdCheckChar(first17);
    const id = i % 20 === 7 ? `${first17}${check === '0' ? '1' : '0'}` : first17 + check;
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13) % GIVEN.length];
    const base: ImportCells = { name, citizenId: id, hukouType: '本地城镇', community: communities[i % communities.length], ethnicity: '汉族', education: '高中', phone: `139${String(i).padStart(8, '0')}` };
    if (i % 10 < 4) yield { ...base, registration: '就业', employmentKind: '单位就业', employerName: '景德镇某陶瓷有限公司', startedOn: '2026-03-01' };
    else if (i % 10 < 7) yield { ...base, registration: '失业', registeredOn: '2026-09-15', unemploymentReason: '被单位解除劳动合同' };
    else yield base;
  }
}

/** Uploads, validates and confirms a `rows`-row file through the HTTP API, sampling memory throughout. */
export async function benchImport(app: FastifyInstance, db: Kysely<DB>, cookie: string, csrf: string, district: string, rows: number): Promise<ImportBenchResult> {
  const communities = (await db.selectFrom('org_unit').select('code').where('level', '=', 5).where('code', 'like', `${district}%`).orderBy('code').execute()).map((c) => c.code);
  const file = await importWorkbook(handIn(rows, communities));
  const mb = (n: number) => Number((n / 1024 / 1024).toFixed(1));
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  try {
    const start = performance.now();
    const headers = { cookie, 'x-csrf-token': csrf };
    const uploaded = await app.inject({ method: 'POST', url: '/api/registry/imports?fileName=bench.xlsx', headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, payload: file });
    if (uploaded.statusCode !== 200) throw new Error(`import upload failed: ${uploaded.statusCode} ${uploaded.body.slice(0, 300)}`);
    const report = uploaded.json() as { id: number; validRows: number; rejectedRows: number };
    const validated = performance.now();
    const confirmed = await app.inject({ method: 'POST', url: `/api/registry/imports/${report.id}/confirm`, headers, payload: {} });
    if (confirmed.statusCode !== 200) throw new Error(`import confirm failed: ${confirmed.statusCode} ${confirmed.body.slice(0, 300)}`);
    const done = performance.now();
    return {
      rows,
      fileBytes: file.length,
      validRows: report.validRows,
      rejectedRows: report.rejectedRows,
      uploadAndValidateSeconds: Number(((validated - start) / 1000).toFixed(2)),
      confirmSeconds: Number(((done - validated) / 1000).toFixed(2)),
      totalSeconds: Number(((done - start) / 1000).toFixed(2)),
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(peakRss),
      peakHeapUsedMb: mb(peakHeap),
    };
  } finally {
    clearInterval(sampler);
  }
}
