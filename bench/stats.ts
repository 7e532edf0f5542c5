import { performance } from 'node:perf_hooks';

export interface Stat {
  name: string;
  iterations: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  mean_ms: number;
}

/** Percentiles of latency samples (milliseconds). */
export function summarise(name: string, samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(3));
  return {
    name,
    iterations: sorted.length,
    p50_ms: pick(0.5),
    p95_ms: pick(0.95),
    p99_ms: pick(0.99),
    mean_ms: Number((sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)).toFixed(3)),
  };
}

/** Times `fn(i)` for i = 0 … iterations-1 after `warmup` untimed calls (given negative indexes). */
export async function timeEach(name: string, iterations: number, fn: (i: number) => Promise<unknown>, warmup = 10): Promise<Stat> {
  for (let i = 0; i < warmup; i += 1) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarise(name, samples);
}
