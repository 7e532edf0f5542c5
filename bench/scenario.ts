import { performance } from 'node:perf_hooks';
import type { CompiledQuery, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow, QueryId } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../server/platform/db/database.js';
import type { AppDeps } from '../server/platform/context.js';
import { summarise, timeEach, type Stat } from './stats.js';

/**
 * A benchmark scenario: a list of GET requests timed through the full HTTP stack (in-process inject),
 * then the SQL those requests ran, captured by QueryRecorder and replayed on the raw connection, so
 * every HTTP figure stands beside the database floor of the same work in the same run.
 */

/** Records the queries the app runs while `recording` is on; changes nothing. */
export class QueryRecorder implements KyselyPlugin {
  recording = false;
  captured: { node: RootOperationNode; queryId: QueryId }[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.recording) this.captured.push({ node: args.node, queryId: args.queryId });
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

export interface Scenario {
  name: string;
  target: { p95_ms?: number; rps?: number; p99_ms?: number };
  http: Stat;
  /** The SQL statements each request ran (the session look-up excluded), replayed at once (on PGlite they queue). */
  sql: Stat | null;
  /** The same statements replayed one after another (their sum). */
  sqlSequential: Stat | null;
  /** The slowest single statement of each request, replayed. */
  sqlSlowest: Stat | null;
  statementsPerRequest: number | null;
  pass: boolean;
}

export interface ScenarioContext {
  app: FastifyInstance;
  deps: AppDeps;
  raw: Db;
  recorder: QueryRecorder;
  iterations: number;
}

/** Builds the request list of each scenario, times it over HTTP, then replays its captured SQL. */
export async function scenario(c: ScenarioContext, name: string, target: number, urls: string[], headers: Record<string, string>, beforeEach?: () => void): Promise<Scenario> {
  const warmup = 10;
  const perRequest: CompiledQuery[][] = [];
  const url = (i: number) => urls[(i < 0 ? -1 - i : warmup + i) % urls.length];
  const http = await timeEach(
    `http ${name}`,
    c.iterations,
    async (i) => {
      beforeEach?.();
      c.recorder.captured = [];
      c.recorder.recording = i >= 0;
      const res = await c.app.inject({ method: 'GET', url: url(i), headers });
      c.recorder.recording = false;
      if (res.statusCode !== 200) throw new Error(`${url(i)} → ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= 0) perRequest.push(c.recorder.captured.map((q) => c.raw.getExecutor().compileQuery(q.node, q.queryId)).filter((q) => !/"user_session"/.test(q.sql)));
    },
    warmup,
  );
  if (process.env.BENCH_DEBUG) for (const q of perRequest[0] ?? []) console.log(`-- ${name}\n${q.sql}\n${JSON.stringify(q.parameters)}`);
  const parallel: number[] = [];
  for (const queries of perRequest) {
    const start = performance.now();
    await Promise.all(queries.map((q) => c.raw.executeQuery(q)));
    parallel.push(performance.now() - start);
  }
  const all: number[] = [];
  const slowest: number[] = [];
  for (const queries of perRequest) {
    let total = 0;
    let max = 0;
    for (const q of queries) {
      const start = performance.now();
      await c.raw.executeQuery(q);
      const t = performance.now() - start;
      total += t;
      max = Math.max(max, t);
    }
    all.push(total);
    slowest.push(max);
  }
  const statements = perRequest.reduce((n, q) => n + q.length, 0) / Math.max(1, perRequest.length);
  return {
    name,
    target: { p95_ms: target },
    http,
    sql: summarise(`sql  ${name} (replayed at once)`, parallel),
    sqlSequential: summarise(`sql  ${name} (replayed one by one)`, all),
    sqlSlowest: summarise(`sql  ${name} (slowest statement)`, slowest),
    statementsPerRequest: Number(statements.toFixed(2)),
    pass: http.p95_ms <= target,
  };
}
