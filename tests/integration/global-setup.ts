import type { Neo4jConnection } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { CypherExecutor } from '../../src/db/executor';
import { consoleProgress } from '../../src/neo4j-local/progress';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/server';
import { externalNeo4jFromEnv } from '../../src/neo4j-local/tool-instances';
import { seedDatabase } from '../../src/seed';
import { writeApiFixture } from './helpers/fixture-seed';
import { TEST_NEO4J, writeTestConnection } from './test-database';

declare global {
  // Shared with global-teardown, which runs in the same process.
  var __TEST_NEO4J__: LocalNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  const progress = consoleProgress('test-neo4j');
  process.stderr.write('\n');
  let connection: Neo4jConnection;
  const external = externalNeo4jFromEnv('TEST_');
  if (external) {
    connection = external;
    progress(`using the external test database ${connection.uri} (it will be wiped)`);
  } else {
    const local = await startLocalNeo4j(TEST_NEO4J, progress, { freshData: true });
    globalThis.__TEST_NEO4J__ = local;
    connection = local.connection;
  }
  const driver = createDriver(connection);
  try {
    const executor = new CypherExecutor(driver, connection.database);
    await executor.write('MATCH (n) DETACH DELETE n');
    const started = Date.now();
    const result = await seedDatabase(executor);
    progress(`seeded ${result.nodes} nodes, ${result.relationships} relationships in ${Date.now() - started} ms`);
    // Beside the real seed, under its own origin: the API's exact-answer fixture (tests/fixtures/api-seed).
    await writeApiFixture(executor);
    progress('wrote the API fixture graph (tests/fixtures/api-seed)');
  } finally {
    await driver.close();
  }
  writeTestConnection(connection);
}
