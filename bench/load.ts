import http from 'node:http';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { summarise } from './stats.js';

/**
 * A closed-loop HTTP load generator, run as its own process so it does not share the server's
 * event loop: `tsx bench/load.ts <baseUrl> <concurrency> <seconds> <pathsFile>`. Each of the
 * `concurrency` workers sends the next path of the file (one per line, in order, wrapping around)
 * over keep-alive connections and waits for the answer before the next. Prints one JSON line:
 * requests, errors, requests/s, latency percentiles, and the share of `x-search-cache: hit` answers.
 */
const [base, concurrencyArg, secondsArg, pathsFile] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const seconds = Number(secondsArg);
const paths = readFileSync(pathsFile, 'utf8').split('\n').filter(Boolean);
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function get(path: string): Promise<{ status: number; hit: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, hit: res.headers['x-search-cache'] === 'hit' }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

let next = 0;
let errors = 0;
let hits = 0;
const samples: number[] = [];
const started = performance.now();
const end = started + seconds * 1000;

async function worker(): Promise<void> {
  while (performance.now() < end) {
    const path = paths[next % paths.length];
    next += 1;
    const t = performance.now();
    try {
      const r = await get(path);
      samples.push(performance.now() - t);
      if (r.status !== 200) errors += 1;
      if (r.hit) hits += 1;
    } catch {
      errors += 1;
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, () => worker()));
const elapsed = (performance.now() - started) / 1000;
const stat = summarise('load', samples);
agent.destroy();
console.log(
  JSON.stringify({
    concurrency,
    seconds: Number(elapsed.toFixed(2)),
    requests: samples.length,
    errors,
    rps: Number((samples.length / elapsed).toFixed(1)),
    p50_ms: stat.p50_ms,
    p95_ms: stat.p95_ms,
    p99_ms: stat.p99_ms,
    mean_ms: stat.mean_ms,
    cacheHitRatio: Number((hits / Math.max(1, samples.length)).toFixed(3)),
  }),
);
