/**
 * `npm run hostile -- --requests 10000 --seed 1`: malformed and hostile requests against the real
 * service (a separate process on its own Neo4j, seeded), then checks that no answer was a 5xx,
 * every error was coded JSON, the service still answers, the graph is unchanged, and how much the
 * service's RSS grew. Exits 1 when a rule was broken.
 *
 * Options: --requests 10000  --seed 1  --concurrency 4  --max-rss-growth-mb 256
 *          --url http://127.0.0.1:4000 [--pid N]   use a running service instead (RSS needs its pid)
 * Ports of its own Neo4j and service: HOSTILE_NEO4J_BOLT_PORT (7691), HOSTILE_NEO4J_HTTP_PORT (7478), HOSTILE_PORT (4102).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { CypherExecutor } from '../src/db/executor';
import { consoleProgress } from '../src/neo4j-local/progress';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/server';
import { toolNeo4j } from '../src/neo4j-local/tool-instances';
import { seedDatabase } from '../src/seed';
import { codesOf, hostileRequests, problemsWith, send, type HostileRequest } from './hostile-corpus';

const progress = consoleProgress('hostile');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const SETTINGS = {
  requests: Number(option('requests', '10000')),
  seed: Number(option('seed', '1')),
  concurrency: Number(option('concurrency', '4')),
  url: option('url', ''),
  pid: Number(option('pid', '0')) || null,
  maxRssGrowthMb: Number(option('max-rss-growth-mb', '256')),
};

const HOSTILE_NEO4J = toolNeo4j({
  folder: 'hostile',
  envPrefix: 'HOSTILE',
  boltPort: 7691,
  httpPort: 7478,
  auth: 'password',
  password: 'immunotherapy-hostile',
  heapSize: '1g',
  pageCacheSize: '256m',
});

function memoryMb(pid: number | null, field: 'VmRSS' | 'VmHWM'): number | null {
  if (!pid) return null;
  try {
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function graphCounts(base: string): Promise<{ nodeCount: number; relationshipCount: number }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { nodeCount relationshipCount } }' }),
  });
  const body = (await response.json()) as { data?: { stats: { nodeCount: number; relationshipCount: number } } };
  if (!body.data) throw new Error(`the service did not answer a normal query (HTTP ${response.status})`);
  return body.data.stats;
}

async function startService(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'index.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, PORT: String(port), SEED_ON_START: 'never' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', () => undefined);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the service did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function run(base: string, pid: number | null): Promise<boolean> {
  for (let i = 0; i < 20; i++) await graphCounts(base); // warm-up, so RSS before is not start-up RSS
  const countsBefore = await graphCounts(base);
  const rssBefore = memoryMb(pid, 'VmRSS');
  const byStatus = new Map<number, number>();
  const byCode = new Map<string, number>();
  const byKindStatus = new Map<string, number>();
  const problems = new Map<string, number>();
  let sent = 0;
  let failures = 0;
  const started = Date.now();
  const requests = hostileRequests(SETTINGS.requests, SETTINGS.seed);
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const worker = async () => {
    for (let next = requests.next(); !next.done; next = requests.next()) {
      const request: HostileRequest = next.value;
      sent += 1;
      if (sent % 1000 === 0) progress(`${sent} requests sent, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      try {
        const answer = await send(new URL(base), request);
        bump(byStatus, answer.status);
        bump(byKindStatus, `${request.kind} ${answer.status}`);
        for (const code of codesOf(answer)) bump(byCode, code);
        for (const problem of problemsWith(request, answer))
          bump(problems, `${request.kind} ${request.method} ${request.path.slice(0, 60)}: ${problem}`);
      } catch (error) {
        failures += 1;
        bump(problems, `${request.kind} ${request.method} ${request.path.slice(0, 60)}: no answer (${String(error)})`);
      }
    }
  };
  await Promise.all(Array.from({ length: SETTINGS.concurrency }, worker));
  const seconds = (Date.now() - started) / 1000;
  const rssAfter = memoryMb(pid, 'VmRSS');
  const countsAfter = await graphCounts(base);
  const fiveXX = [...byStatus].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);

  const table = (map: Map<string | number, number>) =>
    [...map]
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      .map(([k, n]) => `    ${String(k).padEnd(34)} ${n}`)
      .join('\n');
  console.log(`
hostile requests: ${sent} (seed ${SETTINGS.seed}, concurrency ${SETTINGS.concurrency}) in ${seconds.toFixed(1)} s
  by HTTP status:
${table(byStatus)}
  by error code:
${table(byCode)}
  by kind and status:
${table(byKindStatus)}
  5xx answers: ${fiveXX}; requests without an answer: ${failures}
  service RSS: ${rssBefore ?? '?'} MB before, ${rssAfter ?? '?'} MB after, peak ${memoryMb(pid, 'VmHWM') ?? '?'} MB (allowed growth ${SETTINGS.maxRssGrowthMb} MB)
  graph: ${countsBefore.nodeCount} nodes / ${countsBefore.relationshipCount} relationships before, ${countsAfter.nodeCount} / ${countsAfter.relationshipCount} after
  broken rules: ${problems.size === 0 ? 'none' : ''}`);
  for (const [problem, n] of [...problems].slice(0, 30)) console.log(`    ${n}× ${problem}`);
  const unchanged =
    countsBefore.nodeCount === countsAfter.nodeCount &&
    countsBefore.relationshipCount === countsAfter.relationshipCount;
  const memoryBounded = rssBefore === null || rssAfter === null || rssAfter - rssBefore <= SETTINGS.maxRssGrowthMb;
  return problems.size === 0 && fiveXX === 0 && failures === 0 && unchanged && memoryBounded;
}

async function main(): Promise<void> {
  if (SETTINGS.url) {
    process.exit((await run(SETTINGS.url.replace(/\/$/, ''), SETTINGS.pid)) ? 0 : 1);
  }
  let local: LocalNeo4j | null = null;
  let service: ChildProcess | null = null;
  let ok = false;
  try {
    local = await startLocalNeo4j(HOSTILE_NEO4J, progress, { freshData: true });
    const driver = createDriver(local.connection);
    try {
      await seedDatabase(new CypherExecutor(driver, local.connection.database), {
        progress: (m) => progress(`seed: ${m}`),
      });
    } finally {
      await driver.close();
    }
    const port = Number(process.env.HOSTILE_PORT ?? 4102);
    progress(`starting the service on port ${port}`);
    service = await startService(
      {
        NEO4J_URI: local.connection.uri,
        NEO4J_USERNAME: local.connection.username,
        NEO4J_PASSWORD: local.connection.password,
        NEO4J_DATABASE: local.connection.database,
      },
      port,
    );
    ok = await run(`http://127.0.0.1:${port}`, service.pid ?? null);
    if (service.exitCode !== null) {
      console.log(`  the service exited (code ${service.exitCode})`);
      ok = false;
    }
  } finally {
    service?.kill('SIGTERM');
    await local?.stop();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
