/**
 * `npm run difftest -- --operations 20000 --seed 1 [--concurrency 4]`: runs generated operations
 * through an optimised and a plain server instance on the same Neo4j and reports every operation
 * whose answers differ. Starts its own Neo4j (DIFFTEST_NEO4J_BOLT_PORT / _HTTP_PORT, data in
 * .neo4j/difftest, wiped) unless NEO4J_URI is set; seeds a database that holds no entities.
 * Operation i uses seed `--seed` + i, so any reported seed reproduces its operation.
 */
import type { Neo4jConnection } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { CypherExecutor } from '../../src/db/executor';
import { consoleProgress } from '../../src/neo4j-local/progress';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/server';
import { externalNeo4jFromEnv, toolNeo4j } from '../../src/neo4j-local/tool-instances';
import { seedDatabase } from '../../src/seed';
import { createGraphServer } from '../../src/server';
import { DIFFERENTIAL_QUERY_TIMEOUTS, DIFFERENTIAL_SERVER_OPTIONS, describeMismatch, runDifferential } from './compare';
import { loadGeneratorData, loadSchema } from './seed-data';

const progress = consoleProgress('difftest');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a non-negative integer`);
  return value;
}

const DIFFTEST_NEO4J = toolNeo4j({
  folder: 'difftest',
  envPrefix: 'DIFFTEST',
  boltPort: 7692,
  httpPort: 7479,
  auth: 'none',
  password: 'immunotherapy-difftest',
  heapSize: '768m',
  pageCacheSize: '128m',
});

async function main(): Promise<number> {
  const operations = option('operations', 20_000);
  const firstSeed = option('seed', 1);
  const concurrency = Math.max(1, option('concurrency', 4));
  let local: LocalNeo4j | null = null;
  let connection: Neo4jConnection;
  const external = externalNeo4jFromEnv('');
  if (external) {
    connection = external;
  } else {
    local = await startLocalNeo4j(DIFFTEST_NEO4J, progress, { freshData: true });
    connection = local.connection;
    const started = local;
    // Ctrl-C must not leave the Neo4j it started running.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void started.stop().finally(() => process.exit(130)));
    }
  }
  const driver = createDriver(connection);
  try {
    const executor = new CypherExecutor(driver, connection.database, DIFFERENTIAL_QUERY_TIMEOUTS);
    const [{ entities } = { entities: 0 }] = await executor.read<{ entities: number }>(
      'MATCH (n:Entity) RETURN count(n) AS entities',
    );
    if (entities === 0) await seedDatabase(executor, { progress: (m) => progress(`seed: ${m}`) });
    const optimised = await createGraphServer(executor, { ...DIFFERENTIAL_SERVER_OPTIONS, resolution: 'optimised' });
    const plain = await createGraphServer(executor, { ...DIFFERENTIAL_SERVER_OPTIONS, resolution: 'plain' });
    // graphql-js 16 leaves a rejection unhandled when a list item fails synchronously after an
    // earlier item's promise (a non-null error in both): count those instead of dying on them.
    let unhandled = 0;
    process.on('unhandledRejection', () => {
      unhandled += 1;
    });
    // Internal errors are compared, not logged one by one.
    const logError = console.error;
    console.error = () => undefined;
    progress(`${operations} operations from seed ${firstSeed}, ${concurrency} at a time`);
    let report;
    try {
      report = await runDifferential({
        optimised,
        plain,
        schema: loadSchema(),
        data: loadGeneratorData(),
        seeds: Array.from({ length: operations }, (_, i) => firstSeed + i),
        concurrency,
        onProgress: (done) => {
          if (done % 1000 === 0) progress(`${done} operations`);
        },
      });
    } finally {
      console.error = logError;
      await optimised.stop();
      await plain.stop();
    }
    for (const [signature, mismatches] of report.signatures) {
      const smallest = [...mismatches].sort((a, b) => a.operation.query.length - b.operation.query.length)[0]!;
      console.log(
        `\n=== ${mismatches.length} × ${signature} (seeds ${mismatches
          .slice(0, 10)
          .map((m) => m.operation.seed)
          .join(', ')})`,
      );
      console.log(describeMismatch(smallest));
    }
    const perOperation = (n: number) => (n / Math.max(1, report.operations)).toFixed(2);
    console.log(
      [
        '',
        `operations run:          ${report.operations} (seeds ${firstSeed}–${firstSeed + operations - 1})`,
        `mismatches:              ${report.mismatches.length}`,
        `distinct bug signatures: ${report.signatures.size}`,
        `Cypher statements:       optimised ${report.cypherQueries.optimised} (${perOperation(report.cypherQueries.optimised)}/op), plain ${report.cypherQueries.plain} (${perOperation(report.cypherQueries.plain)}/op)`,
        `retried (db timeout):    ${report.retried}`,
        `unhandled rejections:    ${unhandled}`,
        `time:                    ${(report.milliseconds / 1000).toFixed(1)} s (${(report.milliseconds / Math.max(1, report.operations)).toFixed(1)} ms/op, ${concurrency} at a time)`,
      ].join('\n'),
    );
    return report.mismatches.length === 0 && unhandled === 0 ? 0 : 1;
  } finally {
    await driver.close();
    await local?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
