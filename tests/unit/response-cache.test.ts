import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphVersion } from '../../src/db/graph-info';
import { canonicalJson, contentHash } from '../../src/db/graph-info';
import { etagOf, matchesIfNoneMatch, responseCachePlugin } from '../../src/cache/response-cache';
import { MemoryResponseStore, type CachedEntry, type ResponseStore } from '../../src/cache/store';
import { loadConfig, ConfigError } from '../../src/config';

/**
 * The plugin on a toy schema whose resolver counts executions: what is a hit, what is a miss,
 * what is never stored, and that an entry of another version is never served. The real schema,
 * HTTP (GET, ETag, 304) and reseeding are in tests/integration/response-cache.test.ts.
 */
const typeDefs = `type Query { echo(text: String, n: Int): String, fail: String }  type Mutation { touch: Int }`;

function build(store: ResponseStore | null) {
  let version: GraphVersion | null = { hash: 'a'.repeat(64), seededAt: '2026-11-27T00:00:00.000Z' };
  const counts = { executions: 0, hits: 0, misses: 0 };
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        echo: (_: unknown, args: { text?: string; n?: number }) => {
          counts.executions += 1;
          return `${args.text ?? ''}${args.n ?? ''}@${version?.hash.slice(0, 1)}`;
        },
        fail: () => {
          counts.executions += 1;
          throw new Error('no');
        },
      },
      Mutation: { touch: () => ++counts.executions },
    },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin({
        versions: { current: () => version },
        store,
        counters: { responseCacheHit: () => void counts.hits++, responseCacheMiss: () => void counts.misses++ },
        serverFingerprint: 'test',
        httpMaxAgeSeconds: 60,
      }),
    ],
  });
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('single answers only');
    return { ...response.body.singleResult, headers: response.http.headers };
  };
  return { server, run, counts, setVersion: (v: GraphVersion | null) => (version = v) };
}

describe('the response cache plugin', () => {
  it('serves a repeated operation from the cache, whatever its whitespace, comments and variable order', async () => {
    const { run, counts } = build(new MemoryResponseStore(1 << 20));
    const first = await run('query Q($t: String, $n: Int) { echo(text: $t, n: $n) }', { t: 'x', n: 1 });
    const again = await run('# a comment\nquery Q($t: String,$n: Int){\n  echo(text:$t, n:$n)\n}', { n: 1, t: 'x' });
    expect(again.data).toEqual(first.data);
    expect(counts).toEqual({ executions: 1, hits: 1, misses: 1 });
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(again.headers.get('x-cache')).toBe('HIT');
    // Different variables, a different answer.
    expect((await run('query Q($t: String, $n: Int) { echo(text: $t, n: $n) }', { t: 'y', n: 1 })).data).toEqual({
      echo: 'y1@a',
    });
    expect(counts.executions).toBe(2);
  });

  it('keys on the graph version: a new version is a miss and computes a fresh answer', async () => {
    const { run, counts, setVersion } = build(new MemoryResponseStore(1 << 20));
    expect((await run('{ echo(text: "v") }')).data).toEqual({ echo: 'v@a' });
    setVersion({ hash: 'b'.repeat(64), seededAt: '2026-11-27T01:00:00.000Z' });
    const fresh = await run('{ echo(text: "v") }');
    expect(fresh.data).toEqual({ echo: 'v@b' });
    expect(fresh.extensions?.graphVersion).toEqual({ hash: 'b'.repeat(64), seededAt: '2026-11-27T01:00:00.000Z' });
    expect(counts).toMatchObject({ executions: 2, hits: 0 });
  });

  it('never serves an entry stored for another version, even under the same key', async () => {
    const entries = new Map<string, CachedEntry>();
    // A store that answers every key with an entry of an old version (as a shared store might).
    const stale: ResponseStore = {
      get: async () => ({ version: 'old', data: JSON.stringify({ echo: 'stale' }) }),
      set: async (key, entry) => void entries.set(key, entry),
      bytes: () => 0,
      close: async () => undefined,
    };
    const { run, counts } = build(stale);
    expect((await run('{ echo(text: "s") }')).data).toEqual({ echo: 's@a' });
    expect(counts).toMatchObject({ executions: 1, hits: 0, misses: 1 });
    expect([...entries.values()]).toEqual([{ version: 'a'.repeat(64), data: JSON.stringify({ echo: 's@a' }) }]);
  });

  it('stores no answer with errors, no mutation, and nothing while the version is unknown', async () => {
    const store = new MemoryResponseStore(1 << 20);
    const { run, counts, setVersion } = build(store);
    await run('{ fail }');
    await run('{ fail }');
    await run('mutation { touch }');
    await run('mutation { touch }');
    expect(counts.executions).toBe(4);
    expect(store.bytes()).toBe(0);
    setVersion(null);
    const unknown = await run('{ echo(text: "u") }');
    await run('{ echo(text: "u") }');
    expect(counts.executions).toBe(6);
    expect(store.bytes()).toBe(0);
    expect(unknown.extensions?.graphVersion).toBeNull();
    expect(unknown.headers.get('cache-control')).toBe('no-store');
  });

  it('gives POST-style answers no shared-cache headers', async () => {
    const { run } = build(new MemoryResponseStore(1 << 20));
    const answer = await run('{ echo(text: "p") }');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('etag')).toBeUndefined();
  });
});

describe('the in-process store', () => {
  it('stays within its byte bound, dropping the least recently used answers', async () => {
    const store = new MemoryResponseStore(10_000);
    const data = JSON.stringify({ text: 'x'.repeat(1000) });
    for (let i = 0; i < 20; i++) await store.set(`key-${i}`, { version: 'v', data });
    expect(store.bytes()).toBeLessThanOrEqual(10_000);
    expect(await store.get('key-19')).toBeDefined();
    expect(await store.get('key-0')).toBeUndefined();
    // An answer larger than the whole bound is not kept.
    await store.set('huge', { version: 'v', data: 'y'.repeat(20_000) });
    expect(await store.get('huge')).toBeUndefined();
  });
});

describe('cache helpers', () => {
  it('hashes content canonically: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const tag = etagOf({ hash: 'f'.repeat(64), seededAt: '' }, 'e'.repeat(64));
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
  });
});

describe('cache configuration', () => {
  it('defaults to a 64 MiB cache, a 1 s version refresh and 60 s HTTP max-age', () => {
    expect(loadConfig({}).cache).toEqual({
      response: { maxBytes: 64 * 1024 * 1024, redisUrl: null, redisTtlSeconds: 3600 },
      graphVersionRefreshMs: 1000,
      httpMaxAgeSeconds: 60,
    });
    expect(loadConfig({ RESPONSE_CACHE_MAX_BYTES: '0' }).cache.response.maxBytes).toBe(0);
  });

  it('refuses a cache over 256 MiB, a non-Redis URL and a refresh interval out of range, naming each', () => {
    let error: unknown;
    try {
      loadConfig({
        RESPONSE_CACHE_MAX_BYTES: String(512 * 1024 * 1024),
        RESPONSE_CACHE_REDIS_URL: 'http://x',
        GRAPH_VERSION_REFRESH_MS: '5',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/RESPONSE_CACHE_MAX_BYTES: at most 268435456/);
    expect(problems).toMatch(/RESPONSE_CACHE_REDIS_URL: a redis:\/\//);
    expect(problems).toMatch(/GRAPH_VERSION_REFRESH_MS/);
  });
});
