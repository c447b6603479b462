/**
 * `npm run bench`: this service vs the Neo4j GraphQL Library vs hand-written Cypher, on the same
 * Neo4j and data, interleaved, at several scales. Writes docs/benchmarks.md and docs/benchmarks.json.
 *
 * Options: --scales 1,10,100,1000  --runs 3  --iterations 60  --duration 3  --connections 10  --seed 42
 *          --session-scales 1,10 (where explorer sessions are replayed)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, type Neo4jConnection } from '../src/config';
import { createDriver } from '../src/db/driver';
import { CypherExecutor, toCypherValue } from '../src/db/executor';
import { consoleProgress } from '../src/neo4j-local/progress';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { BENCH_NEO4J } from './bench-neo4j';
import { DEFAULT_SEED_DIR, loadSeed, seedDatabase } from '../src/seed';
import { growToScale } from './load';
import { FLOOR_CYPHER, OPERATIONS, type Operation, type OperationName } from './operations';
import {
  CONTENDERS,
  writeReport,
  type BenchReport,
  type Contender,
  type ScaleResult,
  type SessionResult,
} from './report';
import { buildSessions, sameAnswer, STEP_KINDS, type GraphQLRequest, type SessionStep, type StepKind } from './session';
import { median, summarize } from './stats';
import { ScaleUpGenerator } from './synthetic';

const progress = consoleProgress('bench');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const SETTINGS = {
  scales: option('scales', '1,10,100,1000').split(',').map(Number),
  runs: Number(option('runs', '3')),
  iterations: Number(option('iterations', '60')),
  durationSeconds: Number(option('duration', '3')),
  connections: Number(option('connections', '10')),
  seed: Number(option('seed', '42')),
  /**
   * Scales at which explorer sessions are replayed. Not above ×10 by default: at ×100 a session's
   * paths step (between hubs, up to the explorer's path length) ran past the 15 s query timeout
   * (2026-11-28), and a timed-out step costs its full timeout on every replay.
   */
  sessionScales: option('session-scales', '1,10').split(',').map(Number),
};

// Movable so that several checkouts can bench on one machine at once.
const OURS_PORT = Number(process.env.BENCH_OURS_PORT ?? 4100);
const LIBRARY_PORT = Number(process.env.BENCH_LIBRARY_PORT ?? 4101);
const WARM_PORT = Number(process.env.BENCH_OURS_WARM_PORT ?? 4102);
/** Cold: our response cache off; warm: on, at its default bound (256 MiB). */
const CACHE_OFF = { RESPONSE_CACHE_MAX_BYTES: '0' };
const CACHE_ON = { RESPONSE_CACHE_MAX_BYTES: String(256 * 1024 * 1024) };
/** Explorer sessions replayed per scale (see bench/session.ts). */
const SESSIONS = 24;

interface Server {
  child: ChildProcess;
  url: string;
  startupMs: number;
  getSchemaMs?: number;
}

function startProcess(
  script: string,
  env: Record<string, string>,
  readyUrl: string,
  onLine?: (line: string) => void,
): Promise<Server> {
  const started = Date.now();
  const child = spawn(process.execPath, [script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .forEach((l) => l && onLine?.(l)),
  );
  child.stderr.on('data', () => undefined);
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        const response = await fetch(readyUrl, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } });
        if (response.status < 500) return resolve({ child, url: readyUrl, startupMs: Date.now() - started });
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null || Date.now() > deadline) return reject(new Error(`${script} did not start`));
      // poll settles the outer promise itself and catches its own failures: nothing to wait for.
      setTimeout(() => void poll(), 50);
    };
    void poll();
  });
}

/**
 * Waits until every server reports `hash` in its answers' extensions.graphVersion: they re-read the
 * version in the background (GRAPH_VERSION_REFRESH_MS), and the warm one must not answer the
 * grown graph from entries of the smaller one. Returns the wait in ms.
 */
async function untilServing(hash: string, servers: Server[], timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  for (const server of servers) {
    for (;;) {
      const answer = await gql(server.url, { query: '{ stats { nodeCount } }' });
      if (answer.extensions?.graphVersion?.hash === hash) break;
      if (Date.now() - started > timeoutMs) throw new Error(`${server.url} still answers for an older graph version`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return Date.now() - started;
}

function peakRssMb(pid: number | undefined): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function gql(url: string, op: { query: string; variables?: Record<string, unknown> }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(op),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: unknown[];
    extensions?: { cypherQueries?: number; graphVersion?: { hash: string } | null };
  };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body;
}

async function main(): Promise<void> {
  const benchStarted = Date.now();
  progress(`settings: ${JSON.stringify(SETTINGS)}`);
  const local = await startLocalNeo4j(BENCH_NEO4J, progress, { freshData: true });
  const connection: Neo4jConnection = local.connection;
  const driver = createDriver(connection);
  const executor = new CypherExecutor(driver, connection.database);
  const servers: Server[] = [];
  try {
    await seedDatabase(executor, { progress: (m) => progress(`seed: ${m}`) });
    const neo4jEnv = {
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
      // graphql-js checks every type test for a duplicate module outside production: both
      // GraphQL servers run the way they would be deployed.
      NODE_ENV: 'production',
    };
    progress('starting this service and the library server');
    const ours = await startProcess(
      path.join(PROJECT_ROOT, 'dist', 'src', 'index.js'),
      { ...neo4jEnv, ...CACHE_OFF, PORT: String(OURS_PORT), SEED_ON_START: 'never' },
      `http://127.0.0.1:${OURS_PORT}/health`,
    );
    ours.url = `http://127.0.0.1:${OURS_PORT}/graphql`;
    servers.push(ours);
    const warm = await startProcess(
      path.join(PROJECT_ROOT, 'dist', 'src', 'index.js'),
      { ...neo4jEnv, ...CACHE_ON, PORT: String(WARM_PORT), SEED_ON_START: 'never' },
      `http://127.0.0.1:${WARM_PORT}/health`,
    );
    warm.url = `http://127.0.0.1:${WARM_PORT}/graphql`;
    servers.push(warm);
    let libraryInfo: { getSchemaMs?: number } = {};
    const library = await startProcess(
      path.join(PROJECT_ROOT, 'dist', 'bench', 'library-server.js'),
      { ...neo4jEnv, PORT: String(LIBRARY_PORT) },
      `http://127.0.0.1:${LIBRARY_PORT}/`,
      (line) => {
        if (line.startsWith('{')) libraryInfo = JSON.parse(line) as { getSchemaMs?: number };
      },
    );
    library.url = `http://127.0.0.1:${LIBRARY_PORT}/`;
    library.getSchemaMs = libraryInfo.getSchemaMs;
    servers.push(library);
    progress(
      `start-up: service ${ours.startupMs} ms, library ${library.startupMs} ms (getSchema ${library.getSchemaMs} ms)`,
    );

    const reportOf = (scales: ScaleResult[]): BenchReport => ({
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      versions: versions(),
      settings: SETTINGS,
      startup: {
        ours: { ms: ours.startupMs },
        library: { ms: library.startupMs, getSchemaMs: library.getSchemaMs ?? null },
      },
      peakRssMb: {
        ours: peakRssMb(ours.child.pid),
        warm: peakRssMb(warm.child.pid),
        library: peakRssMb(library.child.pid),
      },
      scales,
      totalSeconds: Math.round((Date.now() - benchStarted) / 1000),
    });

    const generator = new ScaleUpGenerator(loadSeed(DEFAULT_SEED_DIR), SETTINGS.seed);
    const scales: ScaleResult[] = [];
    let currentScale = 1;
    for (const scale of SETTINGS.scales) {
      if (scale > currentScale) {
        progress(`growing the graph ×${currentScale} → ×${scale}`);
        const grown = await growToScale(executor, generator, currentScale, scale, progress);
        progress(`  +${grown.nodes} nodes, +${grown.relationships} relationships in ${grown.seconds.toFixed(1)} s`);
        const seen = await untilServing(grown.version.hash, [ours, warm]);
        progress(`  both instances of this service answer for the new graph version after ${seen} ms`);
        currentScale = scale;
      }
      const scaleStarted = Date.now();
      const result = await benchmarkScale(scale, executor, driver, ours, warm, library);
      if (SETTINGS.sessionScales.includes(scale)) {
        result.sessions = await benchmarkSessions(scale, ours, warm, library);
      }
      result.cacheBytes = await cacheBytes(warm);
      result.seconds = Math.round((Date.now() - scaleStarted) / 1000);
      progress(`×${scale} measured in ${result.seconds} s`);
      scales.push(result);
      // After every scale, so a run stopped at a larger scale keeps what it measured.
      writeReport(reportOf(scales));
    }
    // The report of the last scale is the whole report.
    progress(`done in ${Math.round((Date.now() - benchStarted) / 1000)} s: docs/benchmarks.md, docs/benchmarks.json`);
  } finally {
    for (const server of servers) server.child.kill('SIGTERM');
    await driver.close();
    await local.stop();
  }
}

function versions(): Record<string, string> {
  const read = (name: string) => {
    try {
      return (
        JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    } catch {
      return '?';
    }
  };
  const pom = fs.readFileSync(path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'), 'utf8');
  return {
    node: process.version,
    neo4j: /<neo4j\.version>([^<]+)/.exec(pom)?.[1] ?? '?',
    '@apollo/server': read('@apollo/server'),
    '@neo4j/graphql': read('@neo4j/graphql'),
    'neo4j-driver': read('neo4j-driver'),
    graphql: read('graphql'),
    autocannon: read('autocannon'),
  };
}

async function floorQuery(driver: ReturnType<typeof createDriver>, op: Operation): Promise<unknown> {
  const result = await driver.executeQuery(FLOOR_CYPHER[op.name], toCypherValue(op.floor.params), {
    database: 'neo4j',
    routing: neo4j.routing.READ,
  });
  return result.records[0]?.get('result');
}

async function benchmarkScale(
  scale: number,
  executor: CypherExecutor,
  driver: ReturnType<typeof createDriver>,
  ours: Server,
  warm: Server,
  library: Server,
): Promise<ScaleResult> {
  const [counts] = await executor.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) WHERE n:Entity OR n:Source RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  progress(`×${scale}: ${counts?.nodes} nodes, ${counts?.relationships} relationships — checking answers agree`);

  const roundTrips: Record<OperationName, Record<Contender, number>> = {} as never;
  for (const op of OPERATIONS) {
    const a = await gql(ours.url, op.ours);
    const w = await gql(warm.url, op.ours);
    const b = await gql(library.url, op.library);
    const c = await floorQuery(driver, op);
    const [canonA, canonW, canonB, canonC] = [
      op.canonOurs(a.data),
      op.canonOurs(w.data),
      op.canonLibrary(b.data),
      op.canonFloor(c),
    ];
    if (
      !isDeepStrictEqual(canonA, canonC) ||
      !isDeepStrictEqual(canonW, canonC) ||
      !isDeepStrictEqual(canonB, canonC)
    ) {
      throw new Error(
        `×${scale} ${op.name}: answers differ\n ours:    ${JSON.stringify(canonA).slice(0, 400)}\n warm:    ${JSON.stringify(canonW).slice(0, 400)}\n library: ${JSON.stringify(canonB).slice(0, 400)}\n floor:   ${JSON.stringify(canonC).slice(0, 400)}`,
      );
    }
    // The warm server's first answer filled its cache; a repeat is what warm measures.
    const repeated = await gql(warm.url, op.ours);
    roundTrips[op.name] = {
      ours: a.extensions?.cypherQueries ?? NaN,
      warm: repeated.extensions?.cypherQueries ?? NaN,
      library: b.extensions?.cypherQueries ?? NaN,
      floor: 1,
    };
  }

  const latency: Record<OperationName, Record<Contender, number[][]>> = {} as never;
  const throughput: Record<OperationName, Record<Contender, number[]>> = {} as never;
  for (const op of OPERATIONS) {
    latency[op.name] = { ours: [], warm: [], library: [], floor: [] };
    throughput[op.name] = { ours: [], warm: [], library: [], floor: [] };
  }
  const contenders: Array<[Contender, (op: Operation) => Promise<unknown>]> = [
    ['ours', (op) => gql(ours.url, op.ours)],
    ['warm', (op) => gql(warm.url, op.ours)],
    ['library', (op) => gql(library.url, op.library)],
    ['floor', (op) => floorQuery(driver, op)],
  ];

  for (let run = 1; run <= SETTINGS.runs; run++) {
    progress(
      `×${scale} run ${run}/${SETTINGS.runs}: sequential latency (${SETTINGS.iterations} × ${OPERATIONS.length} ops × ${contenders.length}, interleaved)`,
    );
    const samples = new Map<string, number[]>();
    for (let i = 0; i < SETTINGS.iterations + 5; i++) {
      for (const op of OPERATIONS) {
        // Rotate who goes first so no contender always meets a warm or cold cache.
        for (let k = 0; k < contenders.length; k++) {
          const [name, call] = contenders[(i + k) % contenders.length]!;
          const t = process.hrtime.bigint();
          await call(op);
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          if (i >= 5) samples.set(`${op.name}|${name}`, [...(samples.get(`${op.name}|${name}`) ?? []), ms]);
        }
      }
    }
    for (const op of OPERATIONS)
      for (const [name] of contenders) latency[op.name][name].push(samples.get(`${op.name}|${name}`)!);

    progress(
      `×${scale} run ${run}/${SETTINGS.runs}: throughput (${SETTINGS.connections} connections, ${SETTINGS.durationSeconds} s each)`,
    );
    for (const op of OPERATIONS) {
      for (const [name, server, body] of [
        ['ours', ours, op.ours],
        ['warm', warm, op.ours],
        ['library', library, op.library],
      ] as const) {
        const result = await autocannon({
          url: server.url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          connections: SETTINGS.connections,
          duration: SETTINGS.durationSeconds,
        });
        if (result.non2xx > 0 || result.errors > 0)
          throw new Error(`${name} ${op.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
        throughput[op.name][name].push(result.requests.average);
      }
      throughput[op.name].floor.push(await floorThroughput(driver, op));
    }
  }

  return {
    scale,
    seconds: 0,
    nodes: counts?.nodes ?? 0,
    relationships: counts?.relationships ?? 0,
    operations: OPERATIONS.map((op) => ({
      name: op.name,
      title: op.title,
      roundTrips: roundTrips[op.name],
      latency: Object.fromEntries(
        CONTENDERS.map((c) => {
          const perRun = latency[op.name][c].map(summarize);
          return [
            c,
            {
              p50: median(perRun.map((s) => s.p50)),
              p95: median(perRun.map((s) => s.p95)),
              p99: median(perRun.map((s) => s.p99)),
            },
          ];
        }),
      ) as ScaleResult['operations'][number]['latency'],
      throughput: Object.fromEntries(CONTENDERS.map((c) => [c, median(throughput[op.name][c])])) as Record<
        Contender,
        number
      >,
    })),
  };
}

/** The warm server's cache memory, from its /metrics gauge; null while the service has no cache. */
async function cacheBytes(server: Server): Promise<number | null> {
  const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
  const match = /^graphql_response_cache_bytes(?:\{[^}]*\})?\s+(\S+)/m.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * The explorer-session replay (bench/session.ts): sequential latency per step over every session
 * (twice: a first visit, then a repeat), and throughput with `connections` users replaying
 * sessions concurrently, each from its own offset.
 */
async function benchmarkSessions(scale: number, ours: Server, warm: Server, library: Server): Promise<SessionResult> {
  const sessions = await buildSessions(loadSeed(DEFAULT_SEED_DIR), SESSIONS, SETTINGS.seed + scale, (r) =>
    gql(ours.url, r),
  );
  const steps = sessions.flat();
  progress(`×${scale}: explorer sessions — ${sessions.length} sessions, ${steps.length} steps`);
  let mismatches = 0;
  for (const step of steps) {
    const [a, b] = [await gql(ours.url, step.ours), await gql(library.url, step.library)];
    if (!sameAnswer(step, a.data, b.data)) mismatches += 1;
  }
  type Who = 'ours' | 'warm' | 'library';
  const targets: Array<[Who, string, (s: SessionStep) => GraphQLRequest]> = [
    ['ours', ours.url, (s) => s.ours],
    ['warm', warm.url, (s) => s.ours],
    ['library', library.url, (s) => s.library],
  ];
  const result: SessionResult = {
    sessions: sessions.length,
    steps: steps.length,
    libraryMismatches: mismatches,
    contenders: {} as never,
  };
  for (const [who, url, request] of targets) {
    const perKind = new Map<StepKind, number[]>(STEP_KINDS.map((k) => [k, []]));
    const sessionMs: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const session of sessions) {
        const started = process.hrtime.bigint();
        for (const step of session) {
          const t = process.hrtime.bigint();
          await gql(url, request(step));
          perKind.get(step.kind)!.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
        sessionMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    const deadline = Date.now() + SETTINGS.durationSeconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: SETTINGS.connections }, async (_, user) => {
        for (let i = user * 7; Date.now() < deadline; i++) {
          await gql(url, request(steps[i % steps.length]!));
          done += 1;
        }
      }),
    );
    result.contenders[who] = {
      stepP50: Object.fromEntries(STEP_KINDS.map((k) => [k, summarize(perKind.get(k)!).p50])) as Record<
        StepKind,
        number
      >,
      allSteps: summarize([...perKind.values()].flat()),
      sessionP50: summarize(sessionMs).p50,
      stepsPerSecond: done / SETTINGS.durationSeconds,
    };
  }
  return result;
}

/** The floor's throughput: `connections` concurrent workers sending the Cypher for a fixed time. */
async function floorThroughput(driver: ReturnType<typeof createDriver>, op: Operation): Promise<number> {
  const deadline = Date.now() + SETTINGS.durationSeconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: SETTINGS.connections }, async () => {
      while (Date.now() < deadline) {
        await floorQuery(driver, op);
        done += 1;
      }
    }),
  );
  return done / SETTINGS.durationSeconds;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
