import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { ABUSE_CASES } from '../../bench/abuse-cases';
import { createDriver } from '../../src/db/driver';
import { CypherExecutor } from '../../src/db/executor';
import { createGraphServer, type GraphServer, type GraphServerOptions } from '../../src/server';
import { readTestConnection } from './test-database';
import { testLogger } from './helpers/api';

/** The real server on an executor that counts every statement sent to Neo4j. */
async function startCountingServer(options: GraphServerOptions = {}) {
  const connection = readTestConnection();
  const driver: Driver = createDriver(connection);
  let statements = 0;
  const executor = new CypherExecutor(driver, connection.database).withQueryListener(() => {
    statements += 1;
  });
  // The graph version is read once at start, then only on demand: the count is the requests' alone.
  const graph: GraphServer = await createGraphServer(executor, {
    logger: testLogger(),
    graphVersionRefreshMs: 0,
    ...options,
  });
  await graph.graphVersion.refresh();
  statements = 0;
  const server: Server = await new Promise((resolve) => {
    const s = graph.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    statements: () => statements,
    async post(body: string, headers: Record<string, string> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.stop();
      await driver.close();
    },
  };
}

let api: Awaited<ReturnType<typeof startCountingServer>>;
beforeAll(async () => {
  api = await startCountingServer();
});
afterAll(() => api.close());

describe('operation limits on the real server', () => {
  it.each(ABUSE_CASES.map((c) => [c.name, c]))('refuses %s before any Cypher runs', async (_name, abuse) => {
    const before = api.statements();
    const { status, body } = await api.post(JSON.stringify({ query: abuse.query, variables: abuse.variables }));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      limit: abuse.limit,
      max: expect.any(Number),
      actual: expect.any(Number),
    });
    expect(body.errors[0].message).toMatch(/; at most \d+ (is|are) allowed/);
    expect(body.extensions.cypherQueries).toBe(0);
    expect(api.statements()).toBe(before);
  });

  it('refuses a body over the size limit with 413 and the same error shape', async () => {
    const before = api.statements();
    const text = 'x'.repeat(200 * 1024);
    const { status, body } = await api.post(
      JSON.stringify({ query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: text } }),
    );
    expect(status).toBe(413);
    expect(body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      limit: 'bodyBytes',
      max: 102_400,
      actual: expect.any(Number),
    });
    expect(body.errors[0].extensions.actual).toBeGreaterThan(200 * 1024);
    expect(api.statements()).toBe(before);
  });

  it('still answers the largest operations the explorer sends', async () => {
    const { status, body } = await api.post(
      JSON.stringify({
        query: `query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 2000) { truncated nodes { id label caption type distance } edges { id source target type label } } }`,
        variables: { id: 'pembrolizumab' },
      }),
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.neighborhood.nodes.length).toBeGreaterThan(100);
  });

  it('takes its limits from GraphServerOptions', async () => {
    const strict = await startCountingServer({ operationLimits: { maxDepth: 2, maxCost: 50 } });
    try {
      const deep = await strict.post(
        JSON.stringify({ query: '{ therapy(id: "pembrolizumab") { inhibits { mechanism } } }' }),
      );
      expect(deep.body.errors[0].extensions).toMatchObject({ limit: 'depth', max: 2, actual: 3 });
      const costly = await strict.post(JSON.stringify({ query: '{ therapies(first: 60) { totalCount } }' }));
      expect(costly.body.errors[0].extensions).toMatchObject({ limit: 'cost', max: 50, actual: 60 });
      const fine = await strict.post(JSON.stringify({ query: '{ therapies(first: 50) { totalCount } }' }));
      expect(fine.body.errors).toBeUndefined();
      expect(strict.statements()).toBe(1);
    } finally {
      await strict.close();
    }
  });
});
