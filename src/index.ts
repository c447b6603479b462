import type { Server } from 'node:http';
import { openDatabase, prepareGraph } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { consoleProgress } from './neo4j-local/progress';
import { createGraphServer, type GraphServer } from './server';

async function main(): Promise<void> {
  const started = Date.now();
  const progress = consoleProgress('start');
  const config = loadConfig();
  const database = await openDatabase(config, progress);
  let httpServer: Server | null = null;
  let graph: GraphServer | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    progress(`${signal}: shutting down`);
    await new Promise<void>((resolve) => (httpServer ? httpServer.close(() => resolve()) : resolve()));
    await graph?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await prepareGraph(database.executor, config.seedOnStart, progress);
  graph = await createGraphServer(database.executor, { operationLimits: config.operationLimits });
  httpServer = graph.app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    httpServer!.once('listening', resolve);
    httpServer!.once('error', reject);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const apiUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`
  Immunotherapy knowledge graph ready in ${seconds} s
    GraphQL API      ${apiUrl}/graphql   (Apollo Sandbox on GET)
    Explorer         ${apiUrl}/explorer
    Health / ready   ${apiUrl}/health  ${apiUrl}/ready
    Neo4j            ${database.connection.uri}  (database ${database.connection.database})${
      database.local
        ? `
    Neo4j Browser    ${database.local.browserUrl}
                     ${
                       config.local.auth === 'none'
                         ? '(connects without a login; style and guide load on connect)'
                         : '(user neo4j, password from NEO4J_LOCAL_PASSWORD)'
                     }`
        : ''
    }
  Ctrl-C stops the API${database.local?.startedHere ? ' and the Neo4j it started' : ''}.
`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('[start] failed:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
