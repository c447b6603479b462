import { createLogger } from '../../src/observability/logger';
import { startApi, startApiWithoutNeo4j, type TestApi } from './helpers/api';

/** One Prometheus sample: the value of `name` with exactly these labels, 0 when absent. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [k, v]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) total += Number(match[3]);
  }
  return total;
}

/** Polls a condition (the log line and HTTP metrics are written once the answer has gone out). */
async function until<T>(probe: () => Promise<T> | T, accept: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const logLines: string[] = [];
let api: TestApi;

beforeAll(async () => {
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } });
  api = await startApi(undefined, {}, { server: { logger } });
});
afterAll(() => api.close());

const metrics = async () => {
  const response = await fetch(`${api.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const logsOf = (requestId: string) =>
  logLines.map((line) => JSON.parse(line) as Record<string, any>).filter((entry) => entry.reqId === requestId);

describe('request ids', () => {
  it('echoes a sane incoming x-request-id', async () => {
    const response = await post({ query: '{ stats { nodeCount } }' }, { 'x-request-id': 'obs-echo-1' });
    expect(response.headers.get('x-request-id')).toBe('obs-echo-1');
  });

  it('replaces a missing or unsafe id with a generated one, different per request', async () => {
    const a = await fetch(`${api.url}/health`);
    const b = await fetch(`${api.url}/health`, { headers: { 'x-request-id': '{"forged":true}' } });
    const uuid = /^[0-9a-f-]{36}$/;
    expect(a.headers.get('x-request-id')).toMatch(uuid);
    expect(b.headers.get('x-request-id')).toMatch(uuid);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});

describe('logs', () => {
  it('writes one JSON line per request with its id, route, status, operation, error codes and Cypher count', async () => {
    const response = await post(
      { query: 'query ObsLogged { therapy(id: "pembrolizumab") { name } }' },
      { 'x-request-id': 'obs-log-1' },
    );
    const body = (await response.json()) as { extensions: { cypherQueries: number } };
    const [entry] = await until(
      () => logsOf('obs-log-1'),
      (entries) => entries.length > 0,
      'the request log line',
    );
    expect(entry).toMatchObject({
      level: 30,
      msg: 'request completed',
      reqId: 'obs-log-1',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'ObsLogged',
      errorCodes: [],
      cypherQueries: body.extensions.cypherQueries,
    });
    expect(entry!.durationMs).toBeGreaterThan(0);
    expect(logsOf('obs-log-1')).toHaveLength(1);
  });

  it('logs the error codes of a failed operation, as a warning', async () => {
    await post(
      { query: 'query ObsBadDepth { neighborhood(id: "pd-1", depth: 10) { truncated } }' },
      { 'x-request-id': 'obs-log-2' },
    );
    const [entry] = await until(
      () => logsOf('obs-log-2'),
      (entries) => entries.length > 0,
      'the request log line',
    );
    expect(entry).toMatchObject({ level: 40, status: 200, operation: 'ObsBadDepth', errorCodes: ['BAD_USER_INPUT'] });

    await post({ query: '{ nope }' }, { 'x-request-id': 'obs-log-3' });
    const [invalid] = await until(
      () => logsOf('obs-log-3'),
      (entries) => entries.length > 0,
      'the request log line',
    );
    expect(invalid).toMatchObject({
      level: 40,
      status: 400,
      operation: null,
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
    });
  });
});

describe('/metrics', () => {
  it('counts a named operation once, and its Cypher statements as many as extensions.cypherQueries', async () => {
    const before = await metrics();
    const response = await post({
      query:
        'query ObsNested { therapies(first: 5) { nodes { id inhibits { checkpoint { id expressedOn { cell { id } } } } } } }',
    });
    const body = (await response.json()) as { errors?: unknown; extensions: { cypherQueries: number } };
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cypherQueries).toBeGreaterThan(0);
    const labels = { method: 'POST', route: '/graphql', operation: 'ObsNested', status: '200' };
    const after = await until(
      metrics,
      (text) => sample(text, 'http_requests_total', labels) > 0,
      'the request counter',
    );

    expect(sample(after, 'http_requests_total', labels)).toBe(1);
    expect(sample(after, 'http_request_duration_seconds_count', { route: '/graphql', operation: 'ObsNested' })).toBe(1);
    expect(
      sample(after, 'http_request_duration_seconds_sum', { route: '/graphql', operation: 'ObsNested' }),
    ).toBeGreaterThan(0);
    const statements = (text: string) => sample(text, 'cypher_statement_duration_seconds_count');
    expect(statements(after) - statements(before)).toBe(body.extensions.cypherQueries);
    expect(
      sample(after, 'cypher_statement_duration_seconds_count', { outcome: 'success' }) -
        sample(before, 'cypher_statement_duration_seconds_count', { outcome: 'success' }),
    ).toBe(body.extensions.cypherQueries);
  });

  it('counts a BAD_USER_INPUT answer under its code and labels unnamed operations "anonymous"', async () => {
    const before = await metrics();
    const response = await post({ query: '{ therapies(first: 100000) { totalCount } }' });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    const labels = { route: '/graphql', operation: 'anonymous', status: '200' };
    const after = await until(
      metrics,
      (text) => sample(text, 'http_requests_total', labels) > sample(before, 'http_requests_total', labels),
      'the request counter',
    );
    expect(
      sample(after, 'graphql_errors_total', { code: 'BAD_USER_INPUT' }) -
        sample(before, 'graphql_errors_total', { code: 'BAD_USER_INPUT' }),
    ).toBe(1);
    expect(sample(after, 'graphql_errors_total') - sample(before, 'graphql_errors_total')).toBe(1);
    expect(sample(after, 'http_requests_total', labels) - sample(before, 'http_requests_total', labels)).toBe(1);
  });

  it('labels other routes by their route, with no operation', async () => {
    await fetch(`${api.url}/health`);
    await fetch(`${api.url}/no/such/page?x=1`);
    const after = await until(
      metrics,
      (text) => sample(text, 'http_requests_total', { route: 'other', status: '404' }) > 0,
      'the 404 counter',
    );
    expect(
      sample(after, 'http_requests_total', { method: 'GET', route: '/health', operation: '', status: '200' }),
    ).toBeGreaterThan(0);
    expect(after).not.toContain('/no/such/page');
  });

  it('sets neo4j_up from the readiness check and exposes process metrics', async () => {
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
    const text = await metrics();
    expect(sample(text, 'neo4j_up')).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024);
    expect(text).toMatch(/^# TYPE nodejs_eventloop_lag_seconds gauge$/m);
  });
});

describe('with Neo4j unreachable', () => {
  let down: TestApi;
  beforeAll(async () => {
    down = await startApiWithoutNeo4j();
  });
  afterAll(() => down.close());

  it('reports neo4j_up 0 and counts failed statements and DATABASE_UNAVAILABLE errors', async () => {
    expect((await fetch(`${down.url}/ready`)).status).toBe(503);
    const res = await down.gql('query ObsDown { therapy(id: "pembrolizumab") { name } }');
    expect(res.errors![0]!.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const text = await (await fetch(`${down.url}/metrics`)).text();
    expect(sample(text, 'neo4j_up')).toBe(0);
    // The readiness ping and the lookup.
    expect(sample(text, 'cypher_statement_duration_seconds_count', { outcome: 'error' })).toBe(2);
    expect(sample(text, 'graphql_errors_total', { code: 'DATABASE_UNAVAILABLE' })).toBe(1);
  });
});

describe('failures outside GraphQL', () => {
  it('answers a malformed JSON body with a coded JSON 400, not an HTML stack trace', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body over the limit with a coded JSON 413 naming the limit', async () => {
    const response = await post({ query: `{ stats { nodeCount } } # ${'x'.repeat(1_100_000)}` });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'bodyBytes', max: 102_400 });
  });
});

describe('the introspection setting', () => {
  const introspect = (target: TestApi) => target.gql('{ __schema { queryType { name } } }');

  it('answers introspection by default', async () => {
    const res = await introspect(api);
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses it when turned off, and still answers queries', async () => {
    const closed = await startApi(undefined, {}, { server: { introspection: false } });
    try {
      const res = await introspect(closed);
      expect(res.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors![0]!.message).toMatch(/introspection/i);
      expect((await closed.gql('{ therapy(id: "pembrolizumab") { name } }')).data).toEqual({
        therapy: { name: 'Pembrolizumab' },
      });
    } finally {
      await closed.close();
    }
  });
});
