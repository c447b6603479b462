/**
 * Fault tests: a Neo4j of their own (auth on, fresh data in .neo4j/faults, own ports), seeded,
 * supervised exactly as `npm start` wires it, and the real HTTP server. First the password and
 * reseeding under concurrent readers; then Neo4j is paused (SIGSTOP), resumed, killed (SIGKILL)
 * and hung, and the API must answer with coded errors within its bounds and recover without
 * being restarted. Timings go to test-artifacts/fault-timings.json.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openDatabase, prepareGraph, type Database } from '../../src/bootstrap';
import { loadConfig, PROJECT_ROOT, type AppConfig } from '../../src/config';
import { CypherExecutor } from '../../src/db/executor';
import { applyHttpTimeouts } from '../../src/http/timeouts';
import { consoleProgress } from '../../src/neo4j-local/progress';
import { createGraphServer, type GraphServer } from '../../src/server';
import { DEFAULT_SEED_DIR, loadSeed } from '../../src/seed';
import type { SeedGraph } from '../../src/seed/model';
import { writeSeed } from '../../src/seed/write';
import { waitFor } from './helpers/wait';
import { testLogger } from './helpers/api';

jest.setTimeout(300_000);

const QUERY_TIMEOUT_MS = 2000;
const READY_TIMEOUT_MS = 1000;
// The executor's client-side deadline is the query timeout plus 1 s; this covers HTTP and a busy machine.
const ANSWER_MARGIN_MS = 1500;
const password = `faults-${randomBytes(12).toString('hex')}`;

const config: AppConfig = loadConfig({
  NEO4J_LOCAL_DIR: '.neo4j/faults',
  NEO4J_LOCAL_BOLT_PORT: process.env.TEST_FAULTS_NEO4J_BOLT_PORT ?? '7690',
  NEO4J_LOCAL_HTTP_PORT: process.env.TEST_FAULTS_NEO4J_HTTP_PORT ?? '7477',
  NEO4J_LOCAL_AUTH: 'password',
  NEO4J_LOCAL_PASSWORD: password,
  NEO4J_HEAP_SIZE: '512m',
  NEO4J_PAGECACHE_SIZE: '64m',
  NEO4J_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  NEO4J_CONNECTION_TIMEOUT_MS: '1000',
  NEO4J_ACQUISITION_TIMEOUT_MS: '2000',
  READY_TIMEOUT_MS: String(READY_TIMEOUT_MS),
  NEO4J_LIVENESS_INTERVAL_MS: '500',
  NEO4J_LIVENESS_TIMEOUT_MS: '1000',
  // A pause must not be taken for a hang until the hang test lowers this (the policy is read live).
  NEO4J_LIVENESS_FAILURES: '1000000',
  NEO4J_MAX_RESTARTS: '5',
  NEO4J_RESTART_BACKOFF_MS: '200',
});

const supervisorLog: string[] = [];
const gaveUp: string[] = [];
const timings: Record<string, number> = {};
let database: Database | null = null;
let graph: GraphServer | null = null;
let server: Server | null = null;
let url = '';

function neo4jPid(): number {
  const pid = database?.local?.pid;
  if (!pid) throw new Error('no Neo4j process of this test is running');
  return pid;
}

async function gql(
  query: string,
): Promise<{ ms: number; data?: any; errors?: Array<{ extensions?: { code?: string; [key: string]: unknown } }> }> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as object;
  return { ms: Date.now() - started, ...body };
}

async function ready(): Promise<{ ms: number; status: number; body: any }> {
  const started = Date.now();
  const response = await fetch(`${url}/ready`);
  return { ms: Date.now() - started, status: response.status, body: await response.json() };
}

const LOOKUP = `{ therapy(id: "pembrolizumab") { id name } }`;
const answers = async () => (await gql(LOOKUP)).data?.therapy?.name === 'Pembrolizumab';
const isReady = async () => (await ready()).status === 200;

beforeAll(async () => {
  // As a user would pass it: children inherit this process's environment unless it is kept from them.
  process.env.NEO4J_LOCAL_PASSWORD = password;
  const progress = consoleProgress('faults-neo4j');
  database = await openDatabase(config, progress, {
    freshData: true,
    supervise: {
      onGiveUp: (reason) => gaveUp.push(reason),
      log: (line) => {
        supervisorLog.push(line);
        progress(line);
      },
    },
  });
  await prepareGraph(database.executor, 'always', progress);
  graph = await createGraphServer(database.executor, {
    logger: testLogger(),
    databaseAvailability: database.availability,
    readyTimeoutMs: config.timeouts.readyMs,
  });
  server = await new Promise<Server>((resolve) => {
    const s = graph!.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  applyHttpTimeouts(server, config.http);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.NEO4J_LOCAL_PASSWORD;
  // A paused JVM would not act on the SIGTERM of stop(): resume it first.
  const pid = database?.local?.pid;
  if (pid) process.kill(pid, 'SIGCONT');
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await graph?.stop();
  await database?.close();
  const file = path.join(PROJECT_ROOT, 'test-artifacts', 'fault-timings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ timings, supervisorLog }, null, 2)}\n`);
  process.stderr.write(`[faults] timings (ms): ${JSON.stringify(timings)}\n`);
});

describe('the local Neo4j password', () => {
  it('is in no process argv or environment, and logging in with it works', async () => {
    const pid = neo4jPid();
    expect(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('CommunityEntryPoint');
    const leaks: string[] = [];
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      for (const file of ['cmdline', 'environ']) {
        try {
          if (fs.readFileSync(`/proc/${entry}/${file}`, 'latin1').includes(password)) leaks.push(`${entry}/${file}`);
        } catch {
          // gone, or another user's: not ours to read
        }
      }
    }
    expect(leaks).toEqual([]);
    // The API's driver logs in with the password: an answer proves it was set.
    expect(await answers()).toBe(true);
    expect(await ready()).toMatchObject({ status: 200 });
  });
});

/** What a reader of the whole-graph export sees: entity names and relationships, order-free. */
function fingerprint(exported: { elements: { nodes: Array<{ data: any }>; edges: Array<{ data: any }> } }): string {
  const nodes = exported.elements.nodes.map((n) => `${n.data.id}=${n.data.label}`).sort();
  const edges = exported.elements.edges.map((e) => `${e.data.source}-${e.data.type}->${e.data.target}`).sort();
  return JSON.stringify({ nodes, edges });
}

/** Variant B: every entity renamed and every third relationship gone, so any mix of A and B shows. */
function variantB(graph: SeedGraph): SeedGraph {
  return {
    ...graph,
    entities: graph.entities.map((e) => ({ ...e, name: `${e.name} (B)` })),
    relations: graph.relations.filter((_, i) => i % 3 !== 0),
  };
}

describe('reseeding under concurrent reads', () => {
  // Readers with the default query timeout: the fault tests' 2 s is too short for a cold
  // whole-graph export on a busy machine, and a timeout here would say nothing about isolation.
  let readers: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    const executor = new CypherExecutor(database!.driver, database!.connection.database);
    const readerGraph = await createGraphServer(executor, { logger: testLogger() });
    const readerServer = await new Promise<Server>((resolve) => {
      const s = readerGraph.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    readers = {
      url: `http://127.0.0.1:${(readerServer.address() as AddressInfo).port}`,
      close: async () => {
        readerServer.closeAllConnections();
        await new Promise<void>((resolve) => readerServer.close(() => resolve()));
        await readerGraph.stop();
      },
    };
  });
  afterAll(() => readers.close());

  it('readers of the whole graph see the old graph or the new one, never a mix', async () => {
    const variantA = loadSeed(DEFAULT_SEED_DIR);
    const variants = [variantA, variantB(variantA)];
    const exportFingerprint = async () => {
      const response = await fetch(`${readers.url}/export/graph.json`);
      if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
      return fingerprint(await response.json());
    };
    const expected: string[] = [];
    for (const variant of variants) {
      await writeSeed(database!.executor, variant);
      expected.push(await exportFingerprint());
    }
    expect(expected[0]).not.toBe(expected[1]);

    const RESEEDS = 20;
    let writing = true;
    // A torn read shows as a third graph, or as an error (a relationship read after its delete).
    const seen = { a: 0, b: 0, mixed: 0, errors: 0 };
    const reader = async () => {
      while (writing) {
        let print: string;
        try {
          print = await exportFingerprint();
        } catch {
          seen.errors += 1;
          continue;
        }
        if (print === expected[0]) seen.a += 1;
        else if (print === expected[1]) seen.b += 1;
        else seen.mixed += 1;
      }
    };
    const writer = async () => {
      try {
        for (let i = 0; i < RESEEDS; i++) await writeSeed(database!.executor, variants[i % 2]!);
      } finally {
        writing = false;
      }
    };
    await Promise.all([writer(), reader(), reader(), reader()]);
    process.stderr.write(`[faults] reseed isolation: ${JSON.stringify(seen)} reads during ${RESEEDS} reseeds\n`);
    timings.reseedReadsA = seen.a;
    timings.reseedReadsB = seen.b;
    timings.reseedReadsMixed = seen.mixed;
    timings.reseedReadsFailed = seen.errors;
    expect(seen.a).toBeGreaterThan(0);
    expect(seen.b).toBeGreaterThan(0);
    expect({ mixed: seen.mixed, errors: seen.errors }).toEqual({ mixed: 0, errors: 0 });
    // Leave variant A, which the fault tests below read.
    await writeSeed(database!.executor, variantA);
  });
});

describe('a paused Neo4j (SIGSTOP)', () => {
  it('gives DATABASE_TIMEOUT within the query timeout and /ready 503 within 2 s; answers again once resumed', async () => {
    expect(await answers()).toBe(true);
    const pid = neo4jPid();
    process.kill(pid, 'SIGSTOP');
    try {
      const [query, readiness] = await Promise.all([gql(LOOKUP), ready()]);
      timings.pauseToTimeoutMs = query.ms;
      timings.pauseToReady503Ms = readiness.ms;
      expect(query.errors?.[0]?.extensions?.code).toBe('DATABASE_TIMEOUT');
      expect(query.ms).toBeLessThan(QUERY_TIMEOUT_MS + 1000 + ANSWER_MARGIN_MS);
      expect(readiness).toMatchObject({ status: 503, body: { code: 'DATABASE_TIMEOUT' } });
      expect(readiness.ms).toBeLessThan(2000);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const resumed = Date.now();
    await waitFor('the API answers after SIGCONT', async () => (await isReady()) && (await answers()), 60_000);
    timings.resumeToAnsweringMs = Date.now() - resumed;
    expect(database!.local!.pid).toBe(pid);
  });
});

describe('a killed Neo4j (SIGKILL)', () => {
  it('gives a coded error, is restarted by the supervisor on the same data, and the API answers again', async () => {
    const pid = neo4jPid();
    process.kill(pid, 'SIGKILL');
    const killed = Date.now();
    const query = await gql(LOOKUP);
    expect(['DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT']).toContain(query.errors?.[0]?.extensions?.code);
    expect(query.ms).toBeLessThan(QUERY_TIMEOUT_MS + 1000 + ANSWER_MARGIN_MS);
    const readiness = await ready();
    expect(readiness.status).toBe(503);
    expect(readiness.ms).toBeLessThan(2000);
    // Once the supervisor knows, requests are refused at once instead of waiting on the driver.
    await waitFor(
      'the supervisor reports the restart',
      async () => (await ready()).body?.neo4j === 'restarting',
      30_000,
    );
    const duringRestart = await gql(LOOKUP);
    expect(duringRestart.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', neo4j: 'restarting' });
    timings.duringRestartAnswerMs = duringRestart.ms;

    await waitFor(
      'the supervisor restarts Neo4j and the API answers',
      async () => (await isReady()) && (await answers()),
      180_000,
    );
    timings.killToAnsweringMs = Date.now() - killed;
    expect(database!.local!.pid).not.toBe(pid);
    expect(supervisorLog).toContainEqual(
      expect.stringMatching(/^Neo4j exited with signal SIGKILL; restarting in 200 ms \(attempt 1 of 5\)$/),
    );
    expect(supervisorLog).toContainEqual(expect.stringMatching(/^Neo4j is back/));
    expect(gaveUp).toEqual([]);
  });
});

describe('a hung Neo4j (SIGSTOP, no resume)', () => {
  it('is killed after failed liveness pings and restarted', async () => {
    config.supervision.failuresBeforeRestart = 2;
    const pid = neo4jPid();
    const restartsBefore = supervisorLog.filter((line) => line.startsWith('Neo4j is back')).length;
    process.kill(pid, 'SIGSTOP');
    const hung = Date.now();
    try {
      await waitFor('the hung Neo4j is replaced', async () => database!.local!.pid !== pid, 60_000);
    } finally {
      // Already dead when the supervisor killed it; otherwise (test failure) let it go on.
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // gone
      }
    }
    await waitFor('the API answers after the restart', async () => (await isReady()) && (await answers()), 180_000);
    timings.hangToAnsweringMs = Date.now() - hung;
    expect(supervisorLog).toContainEqual(`Neo4j (pid ${pid}) stopped answering; killing it`);
    expect(supervisorLog.filter((line) => line.startsWith('Neo4j is back')).length).toBe(restartsBefore + 1);
    expect(gaveUp).toEqual([]);
  });
});
