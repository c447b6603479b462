import { openDatabase, prepareGraph } from '../bootstrap';
import { ConfigError, loadConfig } from '../config';
import { consoleProgress } from '../neo4j-local/progress';

/** `npm run seed`: validate seed/ and (re)load it into the configured or local Neo4j. */
async function main(): Promise<void> {
  const progress = consoleProgress('seed');
  const config = loadConfig();
  const database = await openDatabase(config, progress);
  try {
    await prepareGraph(database.executor, 'always', progress);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
