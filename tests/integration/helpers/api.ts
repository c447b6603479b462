import net, { type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { LevelWithSilent } from 'pino';
import { loadConfig, type Neo4jConnection } from '../../../src/config';
import { createDriver } from '../../../src/db/driver';
import { CypherExecutor } from '../../../src/db/executor';
import { applyHttpTimeouts } from '../../../src/http/timeouts';
import { createLogger } from '../../../src/observability/logger';
import { createGraphServer, type GraphServer, type GraphServerOptions } from '../../../src/server';
import { readTestConnection } from '../test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }>;
  extensions?: { cypherQueries?: number };
}

export interface TestApi {
  url: string;
  executor: CypherExecutor;
  /** The server behind `url` (its graph version, response cache and metrics). */
  graph: GraphServer;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  get(path: string): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Request logs would drown the test output; TEST_LOG_LEVEL=info shows them. */
export const testLogger = () =>
  createLogger({ level: (process.env.TEST_LOG_LEVEL as LevelWithSilent | undefined) ?? 'silent' });

/** The real server (Express + Apollo) on an ephemeral port, talking to the test Neo4j over Bolt. */
export async function startApi(
  connection: Neo4jConnection = readTestConnection(),
  driverOptions = {},
  options: { port?: number; server?: GraphServerOptions } = {},
): Promise<TestApi> {
  const driver: Driver = createDriver(connection, driverOptions);
  const executor = new CypherExecutor(driver, connection.database);
  const logger = testLogger();
  const graph: GraphServer = await createGraphServer(executor, { logger, ...options.server });
  const server: Server = await new Promise((resolve) => {
    const s = graph.app.listen(options.port ?? 0, '127.0.0.1', () => resolve(s));
  });
  applyHttpTimeouts(server, loadConfig({}).http);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    executor,
    graph,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async get(path) {
      const response = await fetch(`${url}${path}`);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.stop();
      await driver.close();
    },
  };
}

/** The real server with a real driver pointed at a loopback port where nothing listens. */
export async function startApiWithoutNeo4j(options: { server?: GraphServerOptions } = {}): Promise<TestApi> {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const free = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(free));
    });
  });
  return startApi(
    { uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'irrelevant', database: 'neo4j' },
    { connectionTimeoutMs: 1000 },
    options,
  );
}
