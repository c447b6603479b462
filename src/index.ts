import './production-default';
import type { Server } from 'node:http';
import { openDatabase, prepareGraph } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { databaseTarget, explainForOperator } from './errors/operator-messages';
import { consoleProgress } from './neo4j-local/progress';
import { createLogger } from './observability/logger';
import { applyHttpTimeouts } from './http/timeouts';
import { createGraphServer, type GraphServer } from './server';

let loadedConfig: AppConfig | undefined;

async function main(): Promise<void> {
  const started = Date.now();
  const progress = consoleProgress('start');
  const config = loadConfig();
  loadedConfig = config;
  const logger = createLogger({ level: config.logLevel });
  // graphql-js 16 can abandon a rejected promise of a list item once a sibling has already
  // failed the list (its error is in the answer): that must not take the whole API down.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection; still serving');
  });
  let httpServer: Server | null = null;
  let graph: GraphServer | null = null;
  let stopping = false;
  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    progress(`${reason}: shutting down`);
    await new Promise<void>((resolve) => (httpServer ? httpServer.close(() => resolve()) : resolve()));
    await graph?.stop();
    await database.close();
    process.exit(exitCode);
  };
  const database = await openDatabase(config, progress, {
    supervise: {
      onGiveUp: () => void shutdown('Neo4j keeps failing', 1),
      onStateChange: (state) => graph?.metrics.setNeo4jUp(state === 'running'),
    },
  });
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

  await prepareGraph(database.executor, config.seedOnStart, progress);
  graph = await createGraphServer(database.executor, {
    logger,
    publicUrl: config.publicUrl,
    introspection: config.introspection,
    databaseAvailability: database.availability,
    readyTimeoutMs: config.timeouts.readyMs,
    operationLimits: config.operationLimits,
    responseCache: config.cache.response,
    graphVersionRefreshMs: config.cache.graphVersionRefreshMs,
    httpCacheMaxAgeSeconds: config.cache.httpMaxAgeSeconds,
  });
  // Known before the first request, so the first answers are already cacheable.
  await graph.graphVersion.refresh();
  // The graph was just prepared, so Neo4j answered; /ready and the supervisor keep this current.
  graph.metrics.setNeo4jUp(true);
  httpServer = graph.app.listen(config.port, config.host);
  applyHttpTimeouts(httpServer, config.http);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('listening', resolve);
    httpServer.once('error', reject);
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const apiUrl = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`
  Immunotherapy knowledge graph ready in ${seconds} s
    GraphQL API      ${apiUrl}/graphql   (Apollo Sandbox on GET)
    Explorer         ${apiUrl}/explorer
    Health / ready   ${apiUrl}/health  ${apiUrl}/ready
    Metrics          ${apiUrl}/metrics   (Prometheus)
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
  } else if (loadedConfig) {
    console.error(`[start] failed: ${explainForOperator(error, databaseTarget(loadedConfig))}`);
  } else {
    console.error('[start] failed:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
