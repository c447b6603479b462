import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to a local Neo4j on loopback', () => {
    const config = loadConfig({});
    expect(config.external).toBeNull();
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, seedOnStart: 'if-empty' });
    expect(config.local).toMatchObject({ boltPort: 7687, httpPort: 7474 });
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.external).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: 'graph',
    });
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://nope', NEO4J_HEAP_SIZE: 'lots', SEED_ON_START: 'sometimes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(fields).toEqual(expect.arrayContaining(['PORT', 'NEO4J_URI', 'NEO4J_HEAP_SIZE', 'SEED_ON_START']));
  });

  it('lets Browser connect without a login by default and tells it where the service is', () => {
    expect(loadConfig({}).local).toMatchObject({ auth: 'none', serviceUrl: 'http://localhost:4000' });
    const custom = loadConfig({ PORT: '8080', PUBLIC_URL: 'https://graph.example.org/', NEO4J_LOCAL_AUTH: 'password' });
    expect(custom.publicUrl).toBe('https://graph.example.org');
    expect(custom.local).toMatchObject({ auth: 'password', serviceUrl: 'https://graph.example.org' });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(() => loadConfig({ NEO4J_LOCAL_AUTH: 'maybe', PUBLIC_URL: 'not a url' })).toThrow(
      /NEO4J_LOCAL_AUTH[\s\S]*PUBLIC_URL|PUBLIC_URL[\s\S]*NEO4J_LOCAL_AUTH/,
    );
  });

  it('logs at info and allows introspection by default', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', introspection: true });
    expect(loadConfig({ LOG_LEVEL: 'silent', GRAPHQL_INTROSPECTION: 'false' })).toMatchObject({
      logLevel: 'silent',
      introspection: false,
    });
    expect(() => loadConfig({ LOG_LEVEL: 'loud', GRAPHQL_INTROSPECTION: 'no' })).toThrow(
      /(?=[\s\S]*LOG_LEVEL: one of fatal, error, warn, info, debug, trace, silent)(?=[\s\S]*GRAPHQL_INTROSPECTION: true or false)/,
    );
  });

  it('requires a password with an external URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: required when NEO4J_URI is set/);
  });

  it('reads the GraphQL operation limits, each with a default', () => {
    expect(loadConfig({}).operationLimits).toEqual({
      maxDepth: 15,
      maxAliases: 30,
      maxRootFields: 30,
      maxTokens: 2000,
      maxCost: 100_000,
      maxBodyBytes: 102_400,
    });
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '20', GRAPHQL_MAX_COST: '5000' }).operationLimits).toMatchObject({
      maxDepth: 20,
      maxCost: 5000,
    });
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0', GRAPHQL_MAX_TOKENS: 'many' })).toThrow(
      /GRAPHQL_MAX_DEPTH[\s\S]*GRAPHQL_MAX_TOKENS/,
    );
  });
});

describe('timeouts and supervision', () => {
  it('has bounded defaults', () => {
    const config = loadConfig({});
    expect(config.timeouts).toEqual({
      queryMs: 15_000,
      maintenanceMs: 600_000,
      connectionMs: 5000,
      acquisitionMs: 10_000,
      readyMs: 1500,
    });
    expect(config.http).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5000 });
    expect(config.supervision).toEqual({
      pingIntervalMs: 5000,
      pingTimeoutMs: 3000,
      failuresBeforeRestart: 3,
      maxRestarts: 5,
      restartWindowMs: 600_000,
      backoffMs: 1000,
    });
  });

  it('reads them from the environment and rejects nonsense', () => {
    const config = loadConfig({
      NEO4J_QUERY_TIMEOUT_MS: '2000',
      NEO4J_LIVENESS_FAILURES: '1',
      NEO4J_MAX_RESTARTS: '0',
    });
    expect(config.timeouts.queryMs).toBe(2000);
    expect(config.supervision).toMatchObject({ failuresBeforeRestart: 1, maxRestarts: 0 });
    expect(() => loadConfig({ READY_TIMEOUT_MS: '5000', NEO4J_QUERY_TIMEOUT_MS: 'soon' })).toThrow(
      /READY_TIMEOUT_MS: at most 1900[\s\S]*NEO4J_QUERY_TIMEOUT_MS|NEO4J_QUERY_TIMEOUT_MS[\s\S]*READY_TIMEOUT_MS: at most 1900/,
    );
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '60000' })).toThrow(
      /HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS/,
    );
  });
});
