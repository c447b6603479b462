import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './graphql/operation-limits';

export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

const port = z.coerce.number({ error: 'a port number from 1 to 65535' }).int().min(1).max(65535);
const memorySize = z.string().regex(/^\d+[kmgKMG]$/, 'a size such as 512m or 1g');
const millis = (min: number) => z.coerce.number({ error: 'a whole number of milliseconds' }).int().min(min);
/** The response cache's bound: a cache must never be what runs the service out of memory. */
export const MAX_RESPONSE_CACHE_BYTES = 256 * 1024 * 1024;
const positiveInt = z.coerce.number({ error: 'a positive whole number' }).int().min(1);

const envSchema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: port.default(4000),
    PUBLIC_URL: z.url({ error: 'an http(s) URL such as http://localhost:4000' }).optional(),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_LOCAL_DIR: z.string().default('.neo4j/local'),
    NEO4J_LOCAL_BOLT_PORT: port.default(7687),
    NEO4J_LOCAL_HTTP_PORT: port.default(7474),
    NEO4J_LOCAL_AUTH: z.enum(['none', 'password']).default('none'),
    NEO4J_LOCAL_PASSWORD: z.string().min(8, 'at least 8 characters (Neo4j rule)').default('immunotherapy-local'),
    NEO4J_HEAP_SIZE: memorySize.default('1g'),
    NEO4J_PAGECACHE_SIZE: memorySize.default('256m'),
    SEED_ON_START: z.enum(['if-empty', 'always', 'never']).default('if-empty'),
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false'], { error: 'true or false' }).default('true'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    NEO4J_QUERY_TIMEOUT_MS: millis(100).default(15_000),
    NEO4J_SEED_TIMEOUT_MS: millis(1000).default(600_000),
    NEO4J_CONNECTION_TIMEOUT_MS: millis(100).default(5000),
    NEO4J_ACQUISITION_TIMEOUT_MS: millis(100).default(10_000),
    READY_TIMEOUT_MS: millis(100).max(1900, 'at most 1900 (/ready answers within 2 s)').default(1500),
    HTTP_HEADERS_TIMEOUT_MS: millis(1000).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: millis(1000).default(30_000),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: millis(100).default(5000),
    NEO4J_LIVENESS_INTERVAL_MS: millis(100).default(5000),
    NEO4J_LIVENESS_TIMEOUT_MS: millis(100).default(3000),
    NEO4J_LIVENESS_FAILURES: z.coerce.number().int().min(1).default(3),
    NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).default(5),
    NEO4J_RESTART_WINDOW_MS: millis(1000).default(600_000),
    NEO4J_RESTART_BACKOFF_MS: millis(0).default(1000),
    GRAPHQL_MAX_DEPTH: positiveInt.default(DEFAULT_OPERATION_LIMITS.maxDepth),
    GRAPHQL_MAX_ALIASES: z.coerce
      .number({ error: 'a whole number ≥ 0' })
      .int()
      .min(0)
      .default(DEFAULT_OPERATION_LIMITS.maxAliases),
    GRAPHQL_MAX_ROOT_FIELDS: positiveInt.default(DEFAULT_OPERATION_LIMITS.maxRootFields),
    GRAPHQL_MAX_TOKENS: positiveInt.default(DEFAULT_OPERATION_LIMITS.maxTokens),
    GRAPHQL_MAX_COST: positiveInt.default(DEFAULT_OPERATION_LIMITS.maxCost),
    GRAPHQL_MAX_BODY_BYTES: positiveInt.default(DEFAULT_OPERATION_LIMITS.maxBodyBytes),
    RESPONSE_CACHE_MAX_BYTES: z.coerce
      .number({ error: 'a whole number of bytes from 0 (off) to 268435456 (256 MiB)' })
      .int()
      .min(0, 'at least 0 (0 turns the cache off)')
      .max(MAX_RESPONSE_CACHE_BYTES, 'at most 268435456 (256 MiB)')
      .default(64 * 1024 * 1024),
    RESPONSE_CACHE_REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL such as redis://127.0.0.1:6379')
      .optional(),
    RESPONSE_CACHE_REDIS_TTL_SECONDS: z.coerce
      .number({ error: 'a whole number of seconds ≥ 1' })
      .int()
      .min(1)
      .default(3600),
    GRAPH_VERSION_REFRESH_MS: millis(100)
      .max(60_000, 'at most 60000 (it bounds how long a reseed stays unnoticed)')
      .default(1000),
    HTTP_CACHE_MAX_AGE_SECONDS: z.coerce
      .number({ error: 'a whole number of seconds from 0 to 86400' })
      .int()
      .min(0)
      .max(86_400)
      .default(60),
  })
  .superRefine((env, ctx) => {
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HTTP_HEADERS_TIMEOUT_MS'],
        message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS',
      });
    }
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface LocalNeo4jSettings {
  homeDir: string;
  boltPort: number;
  httpPort: number;
  /**
   * 'none' lets Neo4j Browser connect without a login form (it listens on 127.0.0.1 only);
   * 'password' requires `password`.
   */
  auth: 'none' | 'password';
  password: string;
  heapSize: string;
  pageCacheSize: string;
  /** The service's address as a browser sees it; Neo4j Browser fetches its style and guide there. */
  serviceUrl: string | null;
}

/** Bounds on every wait for Neo4j (see README, "Timeouts and supervision"). */
export interface DatabaseTimeouts {
  /** Server-side transaction timeout of API queries; the client gives up shortly after. */
  queryMs: number;
  /** The same for schema, seeding and bulk loads, which legitimately run longer. */
  maintenanceMs: number;
  connectionMs: number;
  acquisitionMs: number;
  /** /ready's own bound on its ping. */
  readyMs: number;
}

export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

/** When the supervisor of the local Neo4j declares it dead and how hard it tries to bring it back. */
export interface SupervisionPolicy {
  pingIntervalMs: number;
  pingTimeoutMs: number;
  /** Consecutive failed liveness pings before a running but silent Neo4j is killed and restarted. */
  failuresBeforeRestart: number;
  /** More restarts than this within restartWindowMs, and the process exits non-zero. */
  maxRestarts: number;
  restartWindowMs: number;
  /** Delay before the first restart; doubles with each further attempt in the window. */
  backoffMs: number;
}

export interface AppConfig {
  host: string;
  port: number;
  /** The address users' browsers reach the service at (links, Neo4j Browser's guide). */
  publicUrl: string;
  /** Set when an external Neo4j is configured; otherwise the project starts its own. */
  external: Neo4jConnection | null;
  local: LocalNeo4jSettings;
  seedOnStart: Env['SEED_ON_START'];
  /** Whether the schema can be introspected (Apollo Sandbox, codegen against the live API). */
  introspection: boolean;
  /** Request and error log threshold; `silent` turns the JSON logs off. */
  logLevel: Env['LOG_LEVEL'];
  timeouts: DatabaseTimeouts;
  http: HttpTimeouts;
  supervision: SupervisionPolicy;
  /** Checked on every GraphQL request before any Cypher runs. */
  operationLimits: OperationLimits;
  /** Response cache, graph version refresh and HTTP caching (README, "Caching"). */
  cache: CacheSettings;
}

export interface CacheSettings {
  response: {
    /** 0 = off. */
    maxBytes: number;
    redisUrl: string | null;
    redisTtlSeconds: number;
  };
  /** The staleness bound after a reseed by another process is this plus one read. */
  graphVersionRefreshMs: number;
  httpMaxAgeSeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the whole environment at once so a user sees every problem in one run. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const env = parsed.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return {
    host: env.HOST,
    port: env.PORT,
    publicUrl: publicUrl,
    external: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          username: env.NEO4J_USERNAME,
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE,
        }
      : null,
    local: {
      homeDir: path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_DIR),
      boltPort: env.NEO4J_LOCAL_BOLT_PORT,
      httpPort: env.NEO4J_LOCAL_HTTP_PORT,
      auth: env.NEO4J_LOCAL_AUTH,
      password: env.NEO4J_LOCAL_PASSWORD,
      heapSize: env.NEO4J_HEAP_SIZE,
      pageCacheSize: env.NEO4J_PAGECACHE_SIZE,
      serviceUrl: publicUrl,
    },
    seedOnStart: env.SEED_ON_START,
    introspection: env.GRAPHQL_INTROSPECTION === 'true',
    logLevel: env.LOG_LEVEL,
    timeouts: {
      queryMs: env.NEO4J_QUERY_TIMEOUT_MS,
      maintenanceMs: env.NEO4J_SEED_TIMEOUT_MS,
      connectionMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionMs: env.NEO4J_ACQUISITION_TIMEOUT_MS,
      readyMs: env.READY_TIMEOUT_MS,
    },
    http: {
      headersMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: env.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    supervision: {
      pingIntervalMs: env.NEO4J_LIVENESS_INTERVAL_MS,
      pingTimeoutMs: env.NEO4J_LIVENESS_TIMEOUT_MS,
      failuresBeforeRestart: env.NEO4J_LIVENESS_FAILURES,
      maxRestarts: env.NEO4J_MAX_RESTARTS,
      restartWindowMs: env.NEO4J_RESTART_WINDOW_MS,
      backoffMs: env.NEO4J_RESTART_BACKOFF_MS,
    },
    operationLimits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxRootFields: env.GRAPHQL_MAX_ROOT_FIELDS,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      maxBodyBytes: env.GRAPHQL_MAX_BODY_BYTES,
    },
    cache: {
      response: {
        maxBytes: env.RESPONSE_CACHE_MAX_BYTES,
        redisUrl: env.RESPONSE_CACHE_REDIS_URL ?? null,
        redisTtlSeconds: env.RESPONSE_CACHE_REDIS_TTL_SECONDS,
      },
      graphVersionRefreshMs: env.GRAPH_VERSION_REFRESH_MS,
      httpMaxAgeSeconds: env.HTTP_CACHE_MAX_AGE_SECONDS,
    },
  };
}
