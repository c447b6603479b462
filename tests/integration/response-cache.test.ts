/**
 * Graph version, response cache and HTTP caching over real HTTP on the test Neo4j. Servers here
 * refresh the graph version only when the test says so (graphVersionRefreshMs 0 +
 * graph.graphVersion.refresh()), except one that proves the background refresh on its own.
 * Reseeding rewrites the shared test database with a variant and puts the real seed back.
 */
import { createHash } from 'node:crypto';
import { stampGraphVersion } from '../../src/db/graph-info';
import { createGraphServer, type GraphServer } from '../../src/server';
import { DEFAULT_SEED_DIR, loadSeed } from '../../src/seed';
import type { SeedGraph } from '../../src/seed/model';
import { writeSeed } from '../../src/seed/write';
import { answer, DIFFERENTIAL_SERVER_OPTIONS, firstDifference, type Answer } from '../../scripts/differential/compare';
import { generateOperation } from '../../scripts/differential/generator';
import { loadGeneratorData, loadSchema, mergeGeneratorData } from '../../scripts/differential/seed-data';
import { startApi, type TestApi } from './helpers/api';
import { API_FIXTURE_DIR } from './helpers/fixture-seed';
import { waitFor } from './helpers/wait';

jest.setTimeout(300_000);

const CACHE = { maxBytes: 16 * 1024 * 1024 };
const LOOKUP = '{ therapy(id: "pembrolizumab") { id name } }';

interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function request(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // 304 and friends: no JSON
  }
  return { status: response.status, headers: response.headers, text, body };
}

const post = (api: TestApi, query: string, variables?: Record<string, unknown>) =>
  request(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

/** A GET as Apollo Client sends it: CSRF prevention lets it through because of apollo-require-preflight. */
function get(
  api: TestApi,
  params: { query?: string; hash?: string; variables?: object },
  headers: Record<string, string> = {},
) {
  const search = new URLSearchParams();
  if (params.query) search.set('query', params.query);
  if (params.variables) search.set('variables', JSON.stringify(params.variables));
  if (params.hash)
    search.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: params.hash } }));
  return request(`${api.url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

const metric = async (api: TestApi, name: string) => {
  const text = (await request(`${api.url}/metrics`)).text;
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
};

/** The real seed with one therapy renamed: a different content, so a different version. */
function variant(graph: SeedGraph): SeedGraph {
  return {
    ...graph,
    entities: graph.entities.map((e) => (e.id === 'pembrolizumab' ? { ...e, name: `${e.name} (variant)` } : e)),
  };
}

let api: TestApi;
const realSeed = loadSeed(DEFAULT_SEED_DIR);

beforeAll(async () => {
  api = await startApi(undefined, {}, { server: { responseCache: CACHE, graphVersionRefreshMs: 0 } });
  await api.graph.graphVersion.refresh();
});

afterAll(async () => {
  await api.close();
});

describe('the graph version', () => {
  it('is in stats and in every response, the same', async () => {
    const { body } = await post(api, '{ stats { graphVersion { hash seededAt } } }');
    expect(body.data.stats.graphVersion).toEqual({
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      seededAt: expect.any(String),
    });
    expect(body.extensions.graphVersion).toEqual(body.data.stats.graphVersion);
    // Errors carry it too.
    expect((await post(api, '{ therapy(id: 1) { nope } }')).body.extensions.graphVersion).toEqual(
      body.data.stats.graphVersion,
    );
  });

  it('is the same hash when the same data is seeded twice', async () => {
    const first = await writeSeed(api.executor, realSeed);
    const second = await writeSeed(api.executor, realSeed);
    // Same content, same version: the graph is left exactly as it was.
    expect(second.version).toEqual(first.version);
    expect(await api.graph.graphVersion.refresh()).toEqual(second.version);
  });
});

describe('the response cache over POST', () => {
  it('answers a repeated operation from the cache without Cypher, and reports it on /metrics', async () => {
    const before = {
      hits: await metric(api, 'graphql_response_cache_hits_total'),
      misses: await metric(api, 'graphql_response_cache_misses_total'),
    };
    const first = await post(api, '{ therapy(id: "nivolumab") { id name targets { id } } }');
    const second = await post(
      api,
      '# same operation, other layout\n{\n  therapy(id: "nivolumab") {\n    id\n    name\n    targets { id }\n  }\n}',
    );
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body.data).toEqual(first.body.data);
    expect(first.body.extensions.cypherQueries).toBeGreaterThan(0);
    expect(second.body.extensions.cypherQueries).toBe(0);
    expect(await metric(api, 'graphql_response_cache_hits_total')).toBe(before.hits + 1);
    expect(await metric(api, 'graphql_response_cache_misses_total')).toBe(before.misses + 1);
    expect(await metric(api, 'graphql_response_cache_bytes')).toBeGreaterThan(0);
    // POST answers are for this client only.
    expect(second.headers.get('cache-control')).toBe('no-store');
    expect(second.headers.get('etag')).toBeNull();
  });

  it('never stores an answer with errors', async () => {
    const bad = '{ cancers(first: -1) { totalCount } }';
    const first = await post(api, bad);
    const second = await post(api, bad);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('cache-control')).toBe('no-store');
  });
});

describe('HTTP caching of GET operations', () => {
  const query = '{ therapy(id: "ipilimumab") { id name } }';
  const hash = createHash('sha256').update(query).digest('hex');

  it('needs the CSRF-safe header Apollo Client sends', async () => {
    const search = new URLSearchParams({ query });
    expect((await request(`${api.url}/graphql?${search}`)).status).toBe(400);
  });

  it('answers automatic persisted queries by hash with Cache-Control and a stable ETag, and 304 on If-None-Match', async () => {
    const unknown = await get(api, { hash });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(unknown.headers.get('etag')).toBeNull();

    const registered = await get(api, { query, hash });
    expect(registered.status).toBe(200);
    expect(registered.body.data.therapy.name).toBe('Ipilimumab');
    expect(registered.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = registered.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{32}"$/);
    expect(etag!.slice(1, 17)).toBe(api.graph.graphVersion.current()!.hash.slice(0, 16));

    const byHash = await get(api, { hash });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
    expect(byHash.headers.get('etag')).toBe(etag);
    expect(byHash.headers.get('x-cache')).toBe('HIT');

    const revalidated = await get(api, { hash }, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(revalidated.headers.get('cache-control')).toBe('public, max-age=60');

    const changed = await get(api, { hash }, { 'if-none-match': '"something-else"' });
    expect(changed.status).toBe(200);
  });
});

describe('cached answers against plain resolution (differential guard)', () => {
  const OPERATIONS = 100;
  // Errors of the moment (a statement timing out on a loaded machine) say nothing about the cache.
  const TRANSIENT = new Set(['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE']);
  const transient = (a: { errors: Array<{ code?: unknown }> }) => a.errors.some((e) => TRANSIENT.has(String(e.code)));
  let cached: GraphServer;
  let plain: GraphServer;
  let logError: typeof console.error;

  beforeAll(async () => {
    const executor = api.executor;
    cached = await createGraphServer(executor, {
      ...DIFFERENTIAL_SERVER_OPTIONS,
      responseCache: { maxBytes: 64 * 1024 * 1024 },
      graphVersionRefreshMs: 0,
    });
    plain = await createGraphServer(executor, { ...DIFFERENTIAL_SERVER_OPTIONS, resolution: 'plain' });
    await cached.graphVersion.refresh();
    logError = console.error;
    console.error = () => undefined;
  });

  afterAll(async () => {
    console.error = logError;
    await cached.stop();
    await plain.stop();
  });

  it(`answers ${OPERATIONS} generated operations like plain resolution, computed and then from the cache`, async () => {
    const schema = loadSchema();
    const data = mergeGeneratorData(loadGeneratorData(), loadGeneratorData(API_FIXTURE_DIR));
    const operations = Array.from({ length: OPERATIONS }, (_, i) =>
      generateOperation(schema, data, i + 1, { fieldBudget: [4, 24] }),
    );
    // As a client receives them: JSON (a cached answer is parsed JSON, an executed one graphql-js's null-prototype objects).
    const asJson = (a: Answer) => JSON.parse(JSON.stringify({ data: a.data, errors: a.errors }));
    // Plain answers are computed once (cache off), then compared with the cached server's answers
    // twice: computed (and stored), then served from the cache.
    const expected: unknown[] = [];
    const pass = async (first: boolean) => {
      const mismatches: string[] = [];
      let statements = 0;
      let skipped = 0;
      let next = 0;
      const worker = async () => {
        while (next < operations.length) {
          const index = next++;
          const operation = operations[index]!;
          const [fromCached, fromPlain] = await Promise.all([
            answer(cached, operation),
            first ? answer(plain, operation) : null,
          ]);
          if (fromPlain) expected[index] = asJson(fromPlain);
          statements += fromCached.cypherQueries;
          // Executed again (an answer with errors is never stored): compare with a fresh plain answer,
          // since errors such as timeouts depend on the moment.
          const reference =
            !first && fromCached.cypherQueries > 0 ? asJson(await answer(plain, operation)) : expected[index];
          const got = asJson(fromCached);
          if (transient(got) || transient(reference)) {
            skipped += 1;
            continue;
          }
          const path = firstDifference(got, reference);
          if (path !== null) {
            const at = (root: any) => JSON.stringify(path.split('.').reduce((v, k) => v?.[k], root))?.slice(0, 300);
            mismatches.push(
              `seed ${operation.seed} (pass ${first ? 1 : 2}): answers differ at ${path}: ${at(got)} vs plain ${at(reference)}\n${operation.query}`,
            );
          }
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      return { mismatches, statements, skipped };
    };
    const computed = await pass(true);
    const fromCache = await pass(false);
    expect(computed.mismatches.slice(0, 3)).toEqual([]);
    expect(fromCache.mismatches.slice(0, 3)).toEqual([]);
    const hits = Number(
      (await cached.metrics.exposition()).body.match(/^graphql_response_cache_hits_total (\d+)/m)?.[1],
    );
    process.stderr.write(
      `[response-cache] ${OPERATIONS} operations: Cypher statements computed ${computed.statements}, second pass ${fromCache.statements}; cache hits ${hits}; skipped for timeouts ${computed.skipped} + ${fromCache.skipped}\n`,
    );
    // Most generated operations succeed and are served from the cache the second time.
    expect(hits).toBeGreaterThan(OPERATIONS / 2);
    expect(fromCache.statements).toBeLessThan(computed.statements / 2);
    expect(computed.skipped + fromCache.skipped).toBeLessThan(OPERATIONS / 2);
  }, 600_000);
});

describe('after a reseed with different data', () => {
  let background: TestApi;

  beforeAll(async () => {
    // The interval users get, but shorter: the background refresh must notice the reseed by itself.
    background = await startApi(undefined, {}, { server: { responseCache: CACHE, graphVersionRefreshMs: 200 } });
    await background.graph.graphVersion.refresh();
  });

  afterAll(async () => {
    await writeSeed(api.executor, realSeed);
    await background.close();
  });

  it('serves the old version only until the version is re-read, then fresh answers and a new ETag', async () => {
    const oldVersion = api.graph.graphVersion.current()!;
    const old = await post(api, LOOKUP);
    await post(background, LOOKUP);
    expect(old.body.data.therapy.name).toBe('Pembrolizumab');
    const lookupHash = createHash('sha256').update(LOOKUP).digest('hex');
    const oldGet = await get(api, { query: LOOKUP, hash: lookupHash });
    const oldEtag = oldGet.headers.get('etag')!;

    const { version } = await writeSeed(api.executor, variant(realSeed));
    expect(version.hash).not.toBe(oldVersion.hash);

    // Within the staleness bound: this instance has not re-read the version yet, so it still
    // answers, consistently, for the version it knows.
    const stale = await post(api, LOOKUP);
    expect(stale.body.extensions.graphVersion).toEqual(oldVersion);
    expect(stale.body.data.therapy.name).toBe('Pembrolizumab');

    // The refresh the background loop would do: from now on the old entries are never served.
    expect(await api.graph.graphVersion.refresh()).toEqual(version);
    const fresh = await post(api, LOOKUP);
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(fresh.body.data.therapy.name).toBe('Pembrolizumab (variant)');
    expect(fresh.body.extensions.graphVersion).toEqual(version);

    const revalidated = await get(api, { hash: lookupHash }, { 'if-none-match': oldEtag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.data.therapy.name).toBe('Pembrolizumab (variant)');
    const newEtag = revalidated.headers.get('etag');
    expect(newEtag).not.toBe(oldEtag);
    expect(newEtag!.slice(1, 17)).toBe(version.hash.slice(0, 16));

    // The other instance re-reads the version on its own (every 200 ms here, GRAPH_VERSION_REFRESH_MS).
    await waitFor(
      'the background refresh serves the new data',
      async () => (await post(background, LOOKUP)).body.data?.therapy?.name === 'Pembrolizumab (variant)',
      30_000,
    );
    expect(background.graph.graphVersion.current()).toEqual(version);

    // Seeding the original back returns to the original hash: its answers are valid again.
    const restored = await writeSeed(api.executor, realSeed);
    expect(restored.version.hash).toBe(oldVersion.hash);
    await api.graph.graphVersion.refresh();
    expect((await post(api, LOOKUP)).body.data.therapy.name).toBe('Pembrolizumab');
  });
});

describe('a writer other than the seed', () => {
  afterAll(async () => {
    await writeSeed(api.executor, realSeed);
    await api.graph.graphVersion.refresh();
  });

  it('must stamp a new version: until it does, cached answers stay; after, they are never served', async () => {
    const before = await post(api, LOOKUP);
    expect(before.body.data.therapy.name).toBe('Pembrolizumab');
    await api.executor.write('MATCH (t:Entity {id: $id}) SET t.name = $name', {
      id: 'pembrolizumab',
      name: 'Pembrolizumab (written directly)',
    });
    // The graph changed but its version did not: the cache cannot know (README, "Caching").
    await api.graph.graphVersion.refresh();
    expect((await post(api, LOOKUP)).body.data.therapy.name).toBe('Pembrolizumab');

    const version = await stampGraphVersion(api.executor, 'f'.repeat(64));
    expect(await api.graph.graphVersion.refresh()).toEqual(version);
    const fresh = await post(api, LOOKUP);
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect(fresh.body.data.therapy.name).toBe('Pembrolizumab (written directly)');
    expect(fresh.body.extensions.graphVersion).toEqual(version);
  });
});
