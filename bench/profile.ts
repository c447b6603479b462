/**
 * `node dist/bench/profile.js [--scale 10] [--requests 300] [--duration 5] [--connections 10] [--ops neighborhood,paths]`:
 * where one request's time goes, per benchmark operation, on this service (in-process, so the
 * profiler sees it; load comes from autocannon in a child process so its work is not counted).
 *
 * 1. Phases, sequentially (one connection, `requests` requests): Express in → Apollo start, parse,
 *    validate, operation resolution + cost check, execute (of which waiting on Neo4j), serialise,
 *    Apollo end → response finished. Means in ms.
 * 2. CPU under load (`connections` connections for `duration` s): V8's sampling profiler, self
 *    time bucketed by the module that spent it (HTTP/Express, Apollo, parse, validate, graphql-js
 *    execution, our resolvers, the Neo4j driver, limits/cost, observability, GC, idle).
 *
 * Writes test-artifacts/profile.json; docs/profile.md is written from it by hand, with the reading.
 * Uses the benchmark's Neo4j (BENCH_NEO4J_*, wiped).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import express from 'express';
import { parse } from 'graphql';
import pino from 'pino';
import type { ApolloServerPlugin } from '@apollo/server';
import { PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { CypherExecutor } from '../src/db/executor';
import { consoleProgress } from '../src/neo4j-local/progress';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { DEFAULT_SEED_DIR, loadSeed, seedDatabase } from '../src/seed';
import { createGraphServer } from '../src/server';
import { ServiceMetrics } from '../src/observability/metrics';
import { checkCost, DEFAULT_OPERATION_LIMITS, documentRefusal } from '../src/graphql/operation-limits';
import { loadTypeDefs } from '../src/graphql/typeDefs';
import { buildSchema } from 'graphql';
import type { ObservedContext } from '../src/observability/graphql-plugin';
import { BENCH_NEO4J } from './bench-neo4j';
import { growToScale } from './load';
import { OPERATIONS } from './operations';
import { ScaleUpGenerator } from './synthetic';

const progress = consoleProgress('profile');
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}
const SETTINGS = {
  scale: Number(option('scale', '10')),
  requests: Number(option('requests', '300')),
  duration: Number(option('duration', '5')),
  connections: Number(option('connections', '10')),
  /** Comma-separated operation names (bench/operations.ts); all by default. */
  ops: option('ops', ''),
};
const PORT = Number(process.env.PROFILE_PORT ?? 4103);

type Phase =
  | 'http_in'
  | 'parse'
  | 'validate'
  | 'resolve_operation'
  | 'execute'
  | 'neo4j_wait'
  | 'serialise'
  | 'http_out'
  | 'total';
const PHASES: Phase[] = [
  'http_in',
  'parse',
  'validate',
  'resolve_operation',
  'execute',
  'neo4j_wait',
  'serialise',
  'http_out',
  'total',
];

/** Marks of the one request in flight (the phase run is sequential). */
let marks: Record<string, number> = {};
let neo4jWait = 0;
const totals = new Map<Phase, number>();
let measured = 0;
let recording = false;

const timingPlugin: ApolloServerPlugin<ObservedContext> = {
  async requestDidStart() {
    marks.apolloStart = performance.now();
    return {
      async parsingDidStart() {
        marks.parseStart = performance.now();
        return async () => void (marks.parseEnd = performance.now());
      },
      async validationDidStart() {
        marks.validateStart = performance.now();
        return async () => void (marks.validateEnd = performance.now());
      },
      async didResolveOperation() {
        marks.resolved = performance.now();
      },
      async executionDidStart() {
        marks.executeStart = performance.now();
        neo4jWait = 0;
        return {
          async executionDidEnd() {
            marks.executeEnd = performance.now();
          },
        };
      },
      async willSendResponse({ response }) {
        marks.willSend = performance.now();
        // Apollo stringifies the body after this hook; this times the same work.
        const t = performance.now();
        if (response.body.kind === 'single') JSON.stringify(response.body.singleResult);
        marks.serialise = performance.now() - t;
        marks.neo4jWait = neo4jWait;
      },
    };
  },
};

function recordRequest(arrived: number, finished: number): void {
  if (!recording) return;
  const m = marks;
  const parse = m.parseEnd && m.parseStart ? m.parseEnd - m.parseStart : 0;
  const validate = m.validateEnd && m.validateStart ? m.validateEnd - m.validateStart : 0;
  const beforeResolve = m.validateEnd ?? m.parseEnd ?? m.apolloStart!;
  const add = (phase: Phase, ms: number) => totals.set(phase, (totals.get(phase) ?? 0) + ms);
  add('http_in', m.apolloStart! - arrived);
  add('parse', parse);
  add('validate', validate);
  add('resolve_operation', (m.executeStart ?? m.resolved!) - beforeResolve);
  add('execute', m.executeEnd! - m.executeStart!);
  add('neo4j_wait', m.neo4jWait ?? 0);
  add('serialise', m.serialise ?? 0);
  add('http_out', finished - m.willSend!);
  add('total', finished - arrived);
  measured += 1;
}

function autocannon(url: string, body: string, args: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'node_modules', 'autocannon', 'autocannon.js'),
      '-m',
      'POST',
      '-H',
      'content-type=application/json',
      '-b',
      body,
      '--json',
      ...args,
      url,
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited ${code}`)))),
  );
}

type Bucket =
  | 'idle'
  | 'gc'
  | 'node http/net'
  | 'express + body parsing'
  | 'apollo server'
  | 'parse'
  | 'validate'
  | 'limits + cost'
  | 'graphql-js execute'
  | 'our resolvers + repositories'
  | 'neo4j-driver'
  | 'observability (pino, prom-client)'
  | 'serialise (JSON.stringify)'
  | 'other';

function bucketOf(url: string, fn: string): Bucket {
  if (fn === '(idle)') return 'idle';
  if (fn === '(garbage collector)') return 'gc';
  if (fn === 'prettyJSONStringify' || fn === 'stringify') return 'serialise (JSON.stringify)';
  if (/graphql-query-complexity|graphql-armor|src\/graphql\/operation-(limits|cost)/.test(url)) return 'limits + cost';
  if (/node_modules\/graphql\/language/.test(url)) return 'parse';
  if (/node_modules\/graphql\/validation/.test(url)) return 'validate';
  if (/node_modules\/graphql\//.test(url)) return 'graphql-js execute';
  if (/@apollo\/|@as-integrations/.test(url)) return 'apollo server';
  if (/neo4j-driver/.test(url)) return 'neo4j-driver';
  if (/pino|prom-client|src\/observability|sonic-boom|thread-stream/.test(url))
    return 'observability (pino, prom-client)';
  if (
    /node_modules\/(express|router|body-parser|raw-body|cors|finalhandler|send|on-finished|type-is|content-type|qs|iconv-lite|mime|statuses|depd|vary|accepts|negotiator|parseurl|media-typer|etag|fresh|http-errors)/.test(
      url,
    )
  )
    return 'express + body parsing';
  if (/dist\/src\//.test(url) || /dataloader/.test(url)) return 'our resolvers + repositories';
  if (
    /^node:(_http|http|net|stream|internal\/(http|streams|stream_base|net))|^node:internal\/(timers|process)/.test(url)
  )
    return 'node http/net';
  return 'other';
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; hitCount?: number }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per bucket (ms), and the biggest contributors to 'other' so the buckets can be checked. */
function bucketise(profile: CpuProfile): { buckets: Record<string, number>; otherTop: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const time = new Map<string, number>();
  const other = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { url, functionName } = node.callFrame;
    // (program) is V8 itself outside JS (compilation, IC misses, native callbacks).
    const bucket = functionName === '(program)' ? 'v8 (program)' : bucketOf(url, functionName);
    const us = profile.timeDeltas[i] ?? 0;
    time.set(bucket, (time.get(bucket) ?? 0) + us);
    if (bucket === 'other') {
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '')}`;
      other.set(key, (other.get(key) ?? 0) + us);
    }
  });
  return {
    buckets: Object.fromEntries([...time.entries()].map(([k, us]) => [k, us / 1000])),
    otherTop: [...other.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, us]) => [k, us / 1000]),
  };
}

async function main(): Promise<void> {
  const local = await startLocalNeo4j(BENCH_NEO4J, progress, { freshData: true });
  const driver = createDriver(local.connection);
  const executor = new CypherExecutor(driver, local.connection.database);
  const session = new Session();
  let server: http.Server | undefined;
  try {
    await seedDatabase(executor, { progress: (m) => progress(`seed: ${m}`) });
    if (SETTINGS.scale > 1) {
      await growToScale(executor, new ScaleUpGenerator(loadSeed(DEFAULT_SEED_DIR), 42), 1, SETTINGS.scale, progress);
    }
    const metrics = new ServiceMetrics();
    const inner = metrics.cypher;
    Object.defineProperty(metrics, 'cypher', {
      value: {
        statementFinished: (ms: number, outcome: 'success' | 'error') => {
          neo4jWait += ms;
          inner.statementFinished(ms, outcome);
        },
      },
    });
    const graph = await createGraphServer(executor, {
      metrics,
      logger: pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false })),
      plugins: [timingPlugin],
    });
    const outer = express();
    outer.use((_req, res, next) => {
      const arrived = performance.now();
      marks = {};
      res.on('finish', () => recordRequest(arrived, performance.now()));
      next();
    });
    outer.use(graph.app);
    server = outer.listen(PORT, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    const url = `http://127.0.0.1:${PORT}/graphql`;
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });

    const schema = buildSchema(loadTypeDefs());
    const results: Record<string, unknown> = {};
    for (const op of OPERATIONS.filter((o) => !SETTINGS.ops || SETTINGS.ops.split(',').includes(o.name))) {
      const body = JSON.stringify(op.ours);
      // Warm up: JIT, Apollo's document cache, our accepted-document cache.
      await autocannon(url, body, ['-c', '1', '-a', '50']);
      totals.clear();
      measured = 0;
      recording = true;
      const seq = JSON.parse(await autocannon(url, body, ['-c', '1', '-a', String(SETTINGS.requests)])) as {
        latency: { p50: number };
      };
      recording = false;
      const phases = Object.fromEntries(PHASES.map((p) => [p, (totals.get(p) ?? 0) / measured]));

      // The per-request checks our code adds, timed on their own.
      const document = parse(op.ours.query);
      const operation = document.definitions[0] as never;
      let t = performance.now();
      for (let i = 0; i < 1000; i++)
        checkCost(schema, document, operation, op.ours.variables, DEFAULT_OPERATION_LIMITS);
      const costCheckMs = (performance.now() - t) / 1000;
      t = performance.now();
      for (let i = 0; i < 200; i++) documentRefusal(schema, op.ours.query, DEFAULT_OPERATION_LIMITS);
      const shapeCheckMs = (performance.now() - t) / 200;

      await session.post('Profiler.start');
      const load = JSON.parse(
        await autocannon(url, body, ['-c', String(SETTINGS.connections), '-d', String(SETTINGS.duration)]),
      ) as {
        requests: { average: number; total: number };
        latency: { p50: number };
      };
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      const cpu = bucketise(profile);
      const perRequest = Object.fromEntries(
        Object.entries(cpu.buckets).map(([k, ms]) => [k, ms / load.requests.total]),
      );
      results[op.name] = {
        title: op.title,
        sequential: {
          requests: measured,
          clientP50Ms: seq.latency.p50,
          phasesMeanMs: phases,
          costCheckMs,
          shapeCheckMsUncached: shapeCheckMs,
        },
        load: {
          requestsPerSecond: load.requests.average,
          p50Ms: load.latency.p50,
          cpuMsPerRequest: perRequest,
          otherTopMsTotal: cpu.otherTop,
        },
      };
      progress(`${op.name}: ${JSON.stringify(results[op.name])}`);
    }
    const out = path.join(PROJECT_ROOT, 'test-artifacts', 'profile.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), settings: SETTINGS, results }, null, 2)}\n`,
    );
    progress(`written ${out}`);
    await graph.stop();
  } finally {
    session.disconnect();
    server?.close();
    await driver.close();
    await local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
