import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { buildSchema, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createContext, type GraphContext } from './context';
import type { CypherExecutor } from './db/executor';
import { ErrorCode } from './db/errors';
import { loadTypeDefs } from './graphql/typeDefs';
import { DEFAULT_OPERATION_LIMITS, operationCostPlugin, refuseOversizedDocuments, type OperationLimits } from './graphql/operation-limits';
import { answerErrorsAsJson, graphqlBodyErrors, notFoundAsJson } from './http-errors';
import { explorerRoutes } from './explorer-route';
import { exportRoutes } from './export/routes';
import { neo4jBrowserRoutes } from './neo4j-browser/routes';
import { resolvers } from './resolvers';

export interface GraphServer {
  app: Express;
  apollo: ApolloServer<GraphContext>;
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
  /** Depth, aliases, root fields, tokens, cost and body size of one request. Default: DEFAULT_OPERATION_LIMITS (config.ts reads the GRAPHQL_MAX_* variables). */
  operationLimits?: Partial<OperationLimits>;
}

/** Builds the HTTP app (GraphQL, /health, /ready) without listening, so tests can reuse it. */
export async function createGraphServer(executor: CypherExecutor, options: GraphServerOptions = {}): Promise<GraphServer> {
  const limits: OperationLimits = { ...DEFAULT_OPERATION_LIMITS, ...options.operationLimits };
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // index.ts owns shutdown order (HTTP, Apollo, driver, then the local Neo4j).
    stopOnTerminationSignals: false,
    plugins: [operationCostPlugin(limits), cypherCountPlugin, ApolloServerPluginLandingPageLocalDefault({ embed: true })],
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
    express.json({ limit: limits.maxBodyBytes }),
    graphqlBodyErrors(limits.maxBodyBytes),
    refuseOversizedDocuments(buildSchema(loadTypeDefs()), limits),
    expressMiddleware(apollo, { context: async () => createContext(executor) }),
  );
  app.use(notFoundAsJson);
  app.use(answerErrorsAsJson);

  return { app, apollo, stop: () => apollo.stop() };
}
