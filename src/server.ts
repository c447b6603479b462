import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createContext, type GraphContext } from './context';
import type { CypherExecutor } from './db/executor';
import { ErrorCode } from './db/errors';
import type { ResolutionMode } from './graphql/fetch-plans';
import { loadTypeDefs } from './graphql/typeDefs';
import { explorerRoutes } from './explorer-route';
import { exportRoutes } from './export/routes';
import { neo4jBrowserRoutes } from './neo4j-browser/routes';
import { resolvers } from './resolvers';

export interface GraphServer {
  app: Express;
  apollo: ApolloServer<GraphContext>;
  /** A fresh per-request context of this instance, for `apollo.executeOperation` in-process. */
  createRequestContext(): GraphContext;
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

/** Internal failures are logged in full and answered with their code only. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === ErrorCode.Internal) {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    console.error('[api] internal error:', original);
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  return formatted;
}

/**
 * How one server instance behaves beyond its executor. Each capability adds its own field, with a
 * default that matches `npm start`, so tests build exactly the server users run.
 */
export interface GraphServerOptions {
  /**
   * 'optimised' (default): root fields read the operation ahead and prefetch. 'plain': every
   * entity fetched whole, every list through DataLoaders; the differential test's reference.
   */
  resolution?: ResolutionMode;
}

/** Builds the HTTP app (GraphQL, /health, /ready) without listening, so tests can reuse it. */
export async function createGraphServer(executor: CypherExecutor, options: GraphServerOptions = {}): Promise<GraphServer> {
  const resolution = options.resolution ?? 'optimised';
  const createRequestContext = () => createContext(executor, resolution);
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // index.ts owns shutdown order (HTTP, Apollo, driver, then the local Neo4j).
    stopOnTerminationSignals: false,
    plugins: [cypherCountPlugin, ApolloServerPluginLandingPageLocalDefault({ embed: true })],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await executor.ping();
      res.json({ status: 'ready', neo4j: 'reachable' });
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : ErrorCode.Internal;
      res.status(503).json({ status: 'unavailable', neo4j: 'unreachable', code });
    }
  });
  app.use(neo4jBrowserRoutes());
  app.use(exportRoutes(executor));
  app.use(explorerRoutes());
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createRequestContext() }),
  );

  return { app, apollo, createRequestContext, stop: () => apollo.stop() };
}
