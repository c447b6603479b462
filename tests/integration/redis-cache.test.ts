/**
 * The shared response cache: two API instances on one real redis-server (started here, port
 * TEST_REDIS_PORT, default 6390). An answer computed by A is served by B without Cypher; when
 * Redis goes away both keep answering from the database and say so in a warning.
 */
import { createLogger } from '../../src/observability/logger';
import { startApi, type TestApi } from './helpers/api';
import { startRedis, type TestRedis } from './helpers/redis';

jest.setTimeout(120_000);

let redis: TestRedis;
let a: TestApi;
let b: TestApi;
const logLines: string[] = [];

async function post(api: TestApi, query: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { cache: response.headers.get('x-cache'), body: await response.json() };
}

beforeAll(async () => {
  redis = await startRedis();
  const logger = createLogger({ level: 'warn', destination: { write: (line: string) => void logLines.push(line) } });
  const server = {
    logger,
    responseCache: { maxBytes: 8 * 1024 * 1024, redisUrl: redis.url },
    graphVersionRefreshMs: 0,
  };
  a = await startApi(undefined, {}, { server });
  b = await startApi(undefined, {}, { server });
  await Promise.all([a.graph.graphVersion.refresh(), b.graph.graphVersion.refresh()]);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await redis?.stop();
});

it('serves on instance B an answer that instance A computed', async () => {
  const query = '{ therapy(id: "atezolizumab") { id name synonyms description } }';
  const fromA = await post(a, query);
  const fromB = await post(b, query);
  expect(fromA.cache).toBe('MISS');
  expect(fromA.body.extensions.cypherQueries).toBeGreaterThan(0);
  expect(fromB.cache).toBe('HIT');
  expect(fromB.body.extensions.cypherQueries).toBe(0);
  expect(fromB.body.data).toEqual(fromA.body.data);
  expect(fromB.body.data.therapy.name).toBe('Atezolizumab');
});

it('keeps answering from the database when Redis goes away, with a warning', async () => {
  await redis.stop();
  const query = '{ therapy(id: "durvalumab") { id name } }';
  for (const api of [a, b]) {
    const answer = await post(api, query);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.therapy.name).toBe('Durvalumab');
  }
  // Still cached in each instance's own memory.
  expect((await post(a, query)).cache).toBe('HIT');
  const warnings = logLines.map((line) => JSON.parse(line)).filter((entry) => entry.level === 40);
  expect(warnings.map((w) => w.msg)).toContain('response cache: Redis unavailable, answering from the database');
});
