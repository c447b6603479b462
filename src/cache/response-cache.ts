import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { OperationTypeNode, print, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { canonicalJson, type GraphVersion } from '../db/graph-info';
import type { GraphVersionSource } from './graph-version';
import type { ResponseStore } from './store';

export interface ResponseCacheCounters {
  responseCacheHit(): void;
  responseCacheMiss(): void;
}

export interface ResponseCachePluginOptions {
  versions: GraphVersionSource;
  /** null: no response cache (RESPONSE_CACHE_MAX_BYTES=0); versions, ETags and 304s still work. */
  store: ResponseStore | null;
  counters: ResponseCacheCounters;
  /** Whatever else decides an answer besides the operation and the graph (schema, resolution mode, public URL). */
  serverFingerprint: string;
  /** Cache-Control max-age of successful GET answers, in seconds (HTTP_CACHE_MAX_AGE_SECONDS). */
  httpMaxAgeSeconds: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The printed AST's hash per query text: whitespace, comments and commas do not split the cache,
 * and printing runs once per distinct text (bounded, the texts a service sees repeat).
 */
const normalised = new LRUCache<string, string>({ max: 2000 });
export function normalisedOperationHash(source: string, document: DocumentNode): string {
  let hash = normalised.get(source);
  if (hash === undefined) {
    hash = sha256(print(document));
    normalised.set(source, hash);
  }
  return hash;
}

/** sha256 of (server fingerprint, normalised operation, operation name, canonical variables, graph version). */
export function responseCacheKey(parts: {
  serverFingerprint: string;
  operationHash: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
  version: GraphVersion;
}): string {
  return sha256(
    [
      parts.serverFingerprint,
      parts.operationHash,
      parts.operationName ?? '',
      canonicalJson(parts.variables ?? {}),
      parts.version.hash,
    ].join('\n'),
  );
}

/** Strong ETag: the graph version's hash (so a reseed visibly changes it) and the cache key. */
export const etagOf = (version: GraphVersion, key: string) => `"${version.hash.slice(0, 16)}-${key.slice(0, 32)}"`;

/** If-None-Match: a list of (possibly weak) tags or "*". */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

type Outcome = 'HIT' | 'MISS' | 'NOT_MODIFIED' | null;

/**
 * Whole-operation response cache and HTTP caching, as one Apollo plugin.
 * - Runs after parsing, validation and the operation limits (responseForOperation), so a cached
 *   answer is only given to an operation that would have been executed.
 * - Only queries, only while the graph version is known, only answers without errors are stored;
 *   a stored entry carries its version and is served only while that version is current.
 * - GET answers get Cache-Control public + an ETag; If-None-Match with it → 304 without executing.
 *   POST answers and every answer with errors get `Cache-Control: no-store`.
 * - Every answer carries extensions.graphVersion: the version it was computed (or cached) under.
 */
export function responseCachePlugin<TContext extends object>(
  options: ResponseCachePluginOptions,
): ApolloServerPlugin<TContext> {
  const { versions, store, counters } = options;
  return {
    async requestDidStart() {
      // Taken once, before execution: an answer stored under it was read after the version was
      // known, or belongs to an older version that is no longer served.
      const version = versions.current();
      let key: string | null = null;
      let outcome: Outcome = null;
      return {
        async responseForOperation(rc: GraphQLRequestContext<TContext>) {
          const isGet = rc.request.http?.method === 'GET';
          if (!version || rc.operation?.operation !== OperationTypeNode.QUERY || (!store && !isGet)) return null;
          key = responseCacheKey({
            serverFingerprint: options.serverFingerprint,
            operationHash: normalisedOperationHash(rc.source ?? '', rc.document!),
            operationName: rc.operationName,
            variables: rc.request.variables,
            version,
          });
          if (isGet && matchesIfNoneMatch(rc.request.http?.headers.get('if-none-match'), etagOf(version, key))) {
            outcome = 'NOT_MODIFIED';
            return { http: { status: 304, headers: new HeaderMap() }, body: { kind: 'single', singleResult: {} } };
          }
          if (!store) return null;
          const entry = await store.get(key);
          if (entry && entry.version === version.hash) {
            counters.responseCacheHit();
            outcome = 'HIT';
            return {
              http: { headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: JSON.parse(entry.data) as Record<string, unknown> } },
            };
          }
          counters.responseCacheMiss();
          outcome = 'MISS';
          return null;
        },

        async willSendResponse({ response, request }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, graphVersion: version ?? versions.current() };
          const succeeded = outcome === 'NOT_MODIFIED' || (!result.errors?.length && result.data != null);
          if (outcome === 'MISS' && succeeded && key && store && version) {
            await store.set(key, { version: version.hash, data: JSON.stringify(result.data) });
          }
          const headers = response.http.headers;
          if (store) headers.set('x-cache', outcome === 'HIT' || outcome === 'NOT_MODIFIED' ? 'HIT' : 'MISS');
          if (request.http?.method === 'GET' && succeeded && key && version) {
            headers.set('cache-control', `public, max-age=${options.httpMaxAgeSeconds}`);
            headers.set('etag', etagOf(version, key));
          } else {
            headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
