import { createHash, randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { buildSchema } from 'graphql';
import { GraphVersionTracker } from './cache/graph-version';
import { responseCachePlugin } from './cache/response-cache';
import { MemoryResponseStore, TieredResponseStore, type ResponseStore } from './cache/store';
import { createContext, type GraphContext } from './context';
import { NO_KNOWN_OUTAGE, type DatabaseAvailability } from './db/availability';
import type { CypherExecutor } from './db/executor';
import type { ResolutionMode } from './graphql/fetch-plans';
import { loadTypeDefs } from './graphql/typeDefs';
import { formatError } from './graphql/errors';
import {
  DEFAULT_OPERATION_LIMITS,
  operationCostPlugin,
  refuseOversizedDocuments,
  type OperationLimits,
} from './graphql/operation-limits';
import { graphqlBodyErrors, notFoundAsJson } from './http/body-errors';
import { explorerRoutes } from './explorer-route';
import { exportRoutes } from './export/routes';
import { readyRoute } from './http/ready-route';
import { neo4jBrowserRoutes } from './neo4j-browser/routes';
import { observabilityPlugin, type ObservedContext } from './observability/graphql-plugin';
import { createLogger, type Logger } from './observability/logger';
import { ServiceMetrics } from './observability/metrics';
import {
  answerUnhandledErrors,
  observationOf,
  observeRequests,
  type RequestObservation,
} from './observability/requests';
import { resolvers } from './resolvers';

export interface GraphServer {
  app: Express;
  apollo: ApolloServer<ObservedContext>;
  /** This instance's metrics; whoever watches Neo4j calls `metrics.setNeo4jUp`. */
  metrics: ServiceMetrics;
  /** A fresh per-request context of this instance, for `apollo.executeOperation` in-process. */
  createRequestContext(): ObservedContext;
  /** The graph version this instance serves and caches under; tests call `refresh()` instead of waiting for the interval. */
  graphVersion: GraphVersionTracker;
  /** The response cache's store; null when it is off. */
  responseCache: ResponseStore | null;
  stop(): Promise<void>;
}

/** Tells clients (and the tests) how many Cypher statements a request cost. */
const cypherCountPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cypherQueries: contextValue.cypherQueryCount(),
          };
        }
      },
    };
  },
};

/**
 * What Apollo's cache-control plugin (disabled below) answered when no field had a cache hint:
 * `no-store`, unless something earlier set its own policy.
 */
const noStoreByDefaultPlugin: ApolloServerPlugin<GraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * How one server instance behaves beyond its executor. Each capability adds its own field, with a
 * default that matches `npm start`, so tests build exactly the server users run.
 */
export interface GraphServerOptions {
  /** Request and error logs, JSON lines. Default: level info, to stdout. */
  logger?: Logger;
  /** Served at /metrics. Default: a registry of this instance's own. */
  metrics?: ServiceMetrics;
  /** The address browsers reach the service at; the Browser guide's links use it. Default: http://localhost:4000. */
  publicUrl?: string;
  /** Schema introspection; on by default whatever NODE_ENV says (Apollo's default depends on it). */
  introspection?: boolean;
  /** What /ready knows beyond a ping (the local Neo4j's supervisor). Default: nothing known. */
  databaseAvailability?: DatabaseAvailability;
  /** /ready's bound on its ping, in ms (READY_TIMEOUT_MS). Default 1500. */
  readyTimeoutMs?: number;
  /** Depth, aliases, root fields, tokens, cost and body size of one request. Default: DEFAULT_OPERATION_LIMITS (config.ts reads the GRAPHQL_MAX_* variables). */
  operationLimits?: Partial<OperationLimits>;
  /**
   * 'optimised' (default): root fields read the operation ahead and prefetch. 'plain': every
   * entity fetched whole, every list through DataLoaders; the differential test's reference.
   */
  resolution?: ResolutionMode;
  /** Appended after the service's own plugins (the profiler, bench/profile.ts, times phases with one). */
  plugins?: ApolloServerPlugin<ObservedContext>[];
  /**
   * Whole-operation response cache (see README, "Caching"). Default: off (maxBytes 0), so tests
   * that count Cypher statements per request count real executions; index.ts passes the
   * RESPONSE_CACHE_* settings, on by default for `npm start`.
   */
  responseCache?: ResponseCacheOptions;
  /** How often the graph version is re-read in the background, in ms (GRAPH_VERSION_REFRESH_MS); 0 = only on `graphVersion.refresh()`. Default 1000. */
  graphVersionRefreshMs?: number;
  /** Cache-Control max-age of successful GET answers, in seconds (HTTP_CACHE_MAX_AGE_SECONDS). Default 60. */
  httpCacheMaxAgeSeconds?: number;
}

export interface ResponseCacheOptions {
  /** Bytes of answers kept in this process; 0 turns the response cache off (Redis too). */
  maxBytes: number;
  /** Shared second tier for several instances (RESPONSE_CACHE_REDIS_URL). */
  redisUrl?: string | null;
  /** Seconds Redis keeps an entry (RESPONSE_CACHE_REDIS_TTL_SECONDS). Default 3600. */
  redisTtlSeconds?: number;
}

/** Builds the HTTP app (GraphQL, /health, /ready, /metrics) without listening, so tests can reuse it. */
export async function createGraphServer(
  executor: CypherExecutor,
  options: GraphServerOptions = {},
): Promise<GraphServer> {
  const logger = options.logger ?? createLogger();
  const metrics = options.metrics ?? new ServiceMetrics();
  const availability = options.databaseAvailability ?? NO_KNOWN_OUTAGE;
  const observed = executor.withObserver(metrics.cypher).withAvailability(availability);
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...options.operationLimits };
  const resolution = options.resolution ?? 'optimised';
  const typeDefs = loadTypeDefs();
  const graphVersion = new GraphVersionTracker(executor.withAvailability(availability), {
    refreshMs: options.graphVersionRefreshMs ?? 1000,
    logger,
  });
  // Not awaited: a server must build without a reachable Neo4j (the version stays unknown, nothing is cached, until a read succeeds).
  void graphVersion.start();
  const cacheOptions = options.responseCache ?? { maxBytes: 0 };
  let responseCache: ResponseStore | null = null;
  if (cacheOptions.maxBytes > 0) {
    const memory = new MemoryResponseStore(cacheOptions.maxBytes);
    responseCache = cacheOptions.redisUrl
      ? new TieredResponseStore(memory, {
          url: cacheOptions.redisUrl,
          ttlSeconds: cacheOptions.redisTtlSeconds ?? 3600,
          logger,
        })
      : memory;
    metrics.reportResponseCacheBytes(() => memory.bytes());
  }
  const publicUrl = options.publicUrl ?? 'http://localhost:4000';
  // Instances share Redis only when they would give the same answers: same schema, resolution and public URL.
  const serverFingerprint = createHash('sha256').update([typeDefs, resolution, publicUrl].join('\n')).digest('hex');
  const contextFor = (observation: RequestObservation): ObservedContext => ({
    ...createContext(observed, resolution),
    observation,
  });
  // In-process operations have no HTTP request: a fresh id, the server's logger.
  const createRequestContext = () => contextFor({ requestId: randomUUID(), log: logger });
  const apollo = new ApolloServer<ObservedContext>({
    typeDefs,
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    // index.ts owns shutdown order (HTTP, Apollo, driver, then the local Neo4j).
    stopOnTerminationSignals: false,
    plugins: [
      operationCostPlugin(limits),
      responseCachePlugin<ObservedContext>({
        versions: graphVersion,
        store: responseCache,
        counters: metrics,
        serverFingerprint,
        httpMaxAgeSeconds: options.httpCacheMaxAgeSeconds ?? 60,
      }),
      cypherCountPlugin,
      observabilityPlugin(metrics),
      ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      // Apollo installs its cache-control plugin by default: it hooks willResolveField, which makes
      // Apollo wrap every resolver and call the plugin once per field (10% of a 3,600-object
      // neighborhood's CPU). No type or field carries a cache hint, so it only ever computed
      // "no-store"-equivalent policies nobody read. The response cache plugin owns Cache-Control
      // (GET answers are cacheable); noStoreByDefaultPlugin covers every other answer.
      ApolloServerPluginCacheControlDisabled(),
      noStoreByDefaultPlugin,
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(observeRequests(logger, metrics));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(readyRoute(observed, availability, options.readyTimeoutMs ?? 1500, (up) => metrics.setNeo4jUp(up)));
  app.get('/metrics', async (_req, res) => {
    const { contentType, body } = await metrics.exposition();
    res.set('Content-Type', contentType).send(body);
  });
  app.use(neo4jBrowserRoutes(publicUrl));
  app.use(exportRoutes(observed));
  app.use(explorerRoutes());
  // A sub-app only to turn off Express's automatic weak ETag here: the cache plugin sets ETags on
  // successful GET answers only, so an answer with errors is never revalidated into a 304.
  const graphqlApp = express();
  graphqlApp.set('etag', false);
  app.use('/graphql', graphqlApp);
  graphqlApp.use(
    cors(),
    express.json({ limit: limits.maxBodyBytes }),
    graphqlBodyErrors(limits.maxBodyBytes),
    refuseOversizedDocuments(buildSchema(typeDefs), limits),
    expressMiddleware(apollo, { context: async ({ res }) => contextFor(observationOf(res)) }),
  );
  app.use(notFoundAsJson);
  app.use(answerUnhandledErrors);

  const stop = async () => {
    await apollo.stop();
    await graphVersion.stop();
    await responseCache?.close();
  };
  return { app, apollo, metrics, createRequestContext, graphVersion, responseCache, stop };
}
