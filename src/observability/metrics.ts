import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CypherObserver, CypherOutcome } from '../db/executor';
import { errorCodeLabel, OperationLabels, routeLabel } from './labels';

/** Seconds; from a cached lookup (~2 ms on 2 cores) to a whole-graph export or a timeout. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const CYPHER_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface HttpObservation {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** Set for GraphQL requests: the operation's name, or null when it has none. */
  operationName?: string | null;
}

/**
 * One server instance's metrics, in a registry of its own (tests build several servers in one
 * process). Every label is bounded: routes from a fixed list, operation names capped, error codes
 * checked. Served at /metrics in the Prometheus text format; the README lists every series.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new OperationLabels();

  private readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route, GraphQL operation name (empty outside /graphql) and status code.',
    labelNames: ['method', 'route', 'operation', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to the last byte of its answer, by method, route and GraphQL operation name.',
    labelNames: ['method', 'route', 'operation'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL responses, by error code (extensions.code).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly cypherDuration = new Histogram({
    name: 'cypher_statement_duration_seconds',
    help: 'Cypher statements sent to Neo4j and their round-trip time, by outcome (success or error); _count is the number of statements.',
    labelNames: ['outcome'] as const,
    buckets: CYPHER_BUCKETS,
    registers: [this.registry],
  });

  private readonly neo4jUp = new Gauge({
    name: 'neo4j_up',
    help: '1 when the last readiness check reached Neo4j, 0 when it failed.',
    registers: [this.registry],
  });

  private readonly responseCacheHits = new Counter({
    name: 'graphql_response_cache_hits_total',
    help: 'GraphQL operations answered from the response cache (in-process or Redis) for the current graph version.',
    registers: [this.registry],
  });

  private readonly responseCacheMisses = new Counter({
    name: 'graphql_response_cache_misses_total',
    help: 'Cacheable GraphQL operations (queries, graph version known) the response cache did not hold: executed against Neo4j.',
    registers: [this.registry],
  });

  private responseCacheBytesOf: () => number = () => 0;

  private readonly responseCacheBytes: Gauge = new Gauge({
    name: 'graphql_response_cache_bytes',
    help: "Bytes the in-process response cache holds (keys and JSON answers), bounded by RESPONSE_CACHE_MAX_BYTES; Redis's own memory is not included.",
    registers: [this.registry],
    collect: (): void => this.responseCacheBytes.set(this.responseCacheBytesOf()),
  });

  /** Passed to the executor: times every Cypher statement this server sends. */
  readonly cypher: CypherObserver = {
    statementFinished: (durationMs: number, outcome: CypherOutcome) => {
      this.cypherDuration.observe({ outcome }, durationMs / 1000);
    },
  };

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The readiness check, and the Neo4j supervisor when there is one, report here. */
  setNeo4jUp(up: boolean): void {
    this.neo4jUp.set(up ? 1 : 0);
  }

  responseCacheHit(): void {
    this.responseCacheHits.inc();
  }

  responseCacheMiss(): void {
    this.responseCacheMisses.inc();
  }

  /** The store whose size graphql_response_cache_bytes reports, read at each scrape. */
  reportResponseCacheBytes(bytes: () => number): void {
    this.responseCacheBytesOf = bytes;
  }

  httpRequestFinished(request: HttpObservation): void {
    const route = routeLabel(request.path);
    const operation = request.operationName === undefined ? '' : this.operations.label(request.operationName);
    const method = /^[A-Z]{1,10}$/.test(request.method) ? request.method : 'OTHER';
    this.httpRequests.inc({ method, route, operation, status: String(request.status) });
    this.httpDuration.observe({ method, route, operation }, request.durationMs / 1000);
  }

  graphqlErrorsAnswered(codes: readonly unknown[]): void {
    for (const code of codes) this.graphqlErrors.inc({ code: errorCodeLabel(code) });
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
