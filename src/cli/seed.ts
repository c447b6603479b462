import { openDatabase, prepareGraph } from '../bootstrap';
import { ConfigError, loadConfig, type AppConfig } from '../config';
import { databaseTarget, explainForOperator } from '../errors/operator-messages';
import { consoleProgress } from '../neo4j-local/progress';

/** `npm run seed`: validate seed/ and (re)load it into the configured or local Neo4j. */
let config: AppConfig | undefined;

async function main(): Promise<void> {
  const progress = consoleProgress('seed');
  config = loadConfig();
  const database = await openDatabase(config, progress);
  try {
    await prepareGraph(database.executor, 'always', progress);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || !config) console.error(error instanceof Error ? error.message : error);
  else console.error(`[seed] failed: ${explainForOperator(error, databaseTarget(config))}`);
  process.exit(1);
});
