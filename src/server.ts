import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createContext, type GraphContext } from './context';
import { NO_KNOWN_OUTAGE, type DatabaseAvailability } from './db/availability';
import type { CypherExecutor } from './db/executor';
import { ErrorCode } from './db/errors';
import { loadTypeDefs } from './graphql/typeDefs';
import { explorerRoutes } from './explorer-route';
import { exportRoutes } from './export/routes';
import { readyRoute } from './http/ready-route';
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
  /** What /ready knows beyond a ping (the local Neo4j's supervisor). Default: nothing known. */
  databaseAvailability?: DatabaseAvailability;
  /** /ready's bound on its ping, in ms (READY_TIMEOUT_MS). Default 1500. */
  readyTimeoutMs?: number;
}

/** Builds the HTTP app (GraphQL, /health, /ready) without listening, so tests can reuse it. */
export async function createGraphServer(executor: CypherExecutor, options: GraphServerOptions = {}): Promise<GraphServer> {
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
  app.use(readyRoute(executor, options.databaseAvailability ?? NO_KNOWN_OUTAGE, options.readyTimeoutMs ?? 1500));
  app.use(neo4jBrowserRoutes());
  app.use(exportRoutes(executor));
  app.use(explorerRoutes());
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(executor) }),
  );

  return { app, apollo, stop: () => apollo.stop() };
}
