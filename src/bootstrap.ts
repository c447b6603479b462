import type { AppConfig, Neo4jConnection } from './config';
import { createDriver } from './db/driver';
import { NO_KNOWN_OUTAGE, type DatabaseAvailability } from './db/availability';
import { CypherExecutor } from './db/executor';
import { applySchema } from './db/schema';
import { startLocalNeo4j, type LocalNeo4j } from './neo4j-local/server';
import { consoleProgress, type Progress } from './neo4j-local/progress';
import { superviseNeo4j, type SupervisorOptions } from './neo4j-local/supervisor';
import { seedDatabase } from './seed';
import { databaseHasEntities } from './seed/write';
import type { Driver } from 'neo4j-driver';

export interface Database {
  connection: Neo4jConnection;
  driver: Driver;
  executor: CypherExecutor;
  /** Set when this process started the Neo4j it uses. */
  local: LocalNeo4j | null;
  /** What /ready knows beyond a ping: the supervisor's view of a local Neo4j. */
  availability: DatabaseAvailability;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Supervise a local Neo4j started here (restart it when it dies or hangs); `npm start` does. */
  supervise?: Pick<SupervisorOptions, 'onGiveUp' | 'onStateChange'> & { log?: Progress };
  freshData?: boolean;
}

/** Connects to the configured Neo4j, or provisions and starts the project's own. */
export async function openDatabase(
  config: AppConfig,
  progress: Progress,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let connection: Neo4jConnection;
  if (config.external) {
    connection = config.external;
    progress(`using the external Neo4j at ${connection.uri} (database ${connection.database})`);
  } else {
    local = await startLocalNeo4j(config.local, progress, { freshData: options.freshData });
    connection = local.connection;
  }
  const { timeouts } = config;
  const driver = createDriver(connection, {
    connectionTimeoutMs: timeouts.connectionMs,
    acquisitionTimeoutMs: timeouts.acquisitionMs,
  });
  const executor = new CypherExecutor(driver, connection.database, {
    queryMs: timeouts.queryMs,
    maintenanceMs: timeouts.maintenanceMs,
  });
  const supervisor =
    local?.startedHere && options.supervise
      ? superviseNeo4j(local, {
          policy: config.supervision,
          ping: (timeoutMs) => executor.ping(timeoutMs),
          log: options.supervise.log ?? consoleProgress('neo4j'),
          onGiveUp: options.supervise.onGiveUp,
          onStateChange: options.supervise.onStateChange,
        })
      : null;
  return {
    connection,
    driver,
    executor,
    local,
    availability: supervisor ?? NO_KNOWN_OUTAGE,
    close: async () => {
      supervisor?.stop();
      await driver.close();
      if (local?.startedHere) {
        progress('stopping Neo4j…');
        await local.stop();
      }
    },
  };
}

/** Seed according to SEED_ON_START; the schema (idempotent) is applied either way, once. */
export async function prepareGraph(
  executor: CypherExecutor,
  mode: AppConfig['seedOnStart'],
  progress: Progress,
): Promise<void> {
  const reseed = mode === 'always' || (mode === 'if-empty' && !(await databaseHasEntities(executor)));
  if (!reseed) {
    progress('applying constraints and indexes');
    await applySchema(executor);
    if (mode === 'if-empty') progress('graph already present; not reseeding (npm run seed reloads it)');
    return;
  }
  const started = Date.now();
  const result = await seedDatabase(executor, { progress: (m) => progress(`seed: ${m}`) });
  progress(
    `seeded ${result.nodes} nodes and ${result.relationships} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
