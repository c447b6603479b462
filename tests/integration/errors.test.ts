import { startApi, startApiWithoutNeo4j, type TestApi } from './helpers/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('bad arguments give BAD_USER_INPUT saying what is allowed', () => {
  it.each([
    ['depth 10', `{ neighborhood(id: "pd-1", depth: 10) { truncated } }`, /depth must be an integer from 1 to 3/],
    ['limit 0', `{ neighborhood(id: "pd-1", limit: 0) { truncated } }`, /limit must be an integer from 1 to 2000/],
    ['first 100000', `{ therapies(first: 100000) { totalCount } }`, /first must be an integer from 1 to 100/],
    ['first -1', `{ cancers(first: -1) { totalCount } }`, /first must be an integer from 1 to 100/],
    ['bad cursor', `{ therapies(after: "garbage") { totalCount } }`, /after is not a cursor/],
    [
      'maxLength 9',
      `{ paths(from: "a", to: "b", maxLength: 9) { paths { length } } }`,
      /maxLength must be an integer from 1 to 4/,
    ],
    ['same path ends', `{ paths(from: "pd-1", to: "pd-1") { paths { length } } }`, /from and to must be different/],
    [
      'empty name filter',
      `{ therapies(filter: { nameContains: " " }) { totalCount } }`,
      /nameContains must not be empty/,
    ],
    [
      '101 ids',
      `{ entities(ids: [${Array.from({ length: 101 }, (_, i) => `"id${i}"`).join(',')}]) { id } }`,
      /at most 100 ids/,
    ],
  ])('%s', async (_name, query, message) => {
    const res = await api.gql(query);
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(message);
  });

  it('rejects an unknown enum value at validation, listing nothing internal', async () => {
    const res = await api.gql(`{ neighborhood(id: "pd-1", relationTypes: [LIKES]) { truncated } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not splice input into Cypher: quotes and Cypher text are just data', async () => {
    const sneaky = `x"}) MATCH (n) DETACH DELETE n //`;
    const res = await api.gql(
      `query($id: ID!, $t: String!) { entity(id: $id) { id } therapies(filter: { nameContains: $t }) { totalCount } search(text: $t) { entity { id } } }`,
      {
        id: sneaky,
        t: sneaky,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity).toBeNull();
    const stats = await api.gql(`{ stats { nodeCount } }`);
    expect(stats.data!.stats.nodeCount).toBeGreaterThan(150);
  });
});

describe('health and readiness', () => {
  it('reports alive and ready when Neo4j answers', async () => {
    expect(await api.get('/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await api.get('/ready')).toEqual({ status: 200, body: { status: 'ready', neo4j: 'reachable' } });
  });
});

describe('an unreachable Neo4j', () => {
  let down: TestApi;
  beforeAll(async () => {
    down = await startApiWithoutNeo4j();
  });
  afterAll(() => down.close());

  it('answers queries with a coded error and stays up', async () => {
    const res = await down.gql(`{ therapy(id: "pembrolizumab") { name } }`);
    expect(res.status).toBe(200);
    expect(res.errors![0]!.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(res.data).toEqual({ therapy: null });
    const again = await down.gql(`{ stats { nodeCount } }`);
    expect(again.errors![0]!.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('is alive but not ready', async () => {
    expect((await down.get('/health')).status).toBe(200);
    expect(await down.get('/ready')).toEqual({
      status: 503,
      body: { status: 'unavailable', neo4j: 'unreachable', code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
