import { parseDuration } from '../../bench/duration';
import { errorCodeLabel, OperationLabels, routeLabel } from '../../src/observability/labels';
import { requestIdFor, sanitizeRequestId } from '../../src/observability/request-id';
import { logLevelOf } from '../../src/observability/requests';

describe('request ids', () => {
  it.each([
    'abc-123',
    'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    'Root=1-5759e988',
    'a'.repeat(64),
    'trace:span.1_x',
    'bG9n/ZXM+c2Q=',
  ])('keeps the sane token %s', (id) => {
    expect(sanitizeRequestId(id)).toBe(id);
  });

  it.each([
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['a space (two headers joined)', 'abc, def'],
    ['a newline', 'abc\ninjected'],
    ['quotes and markup', '"><script>'],
    ['JSON', '{"level":60}'],
    ['non-ASCII', 'ïd'],
  ])('rejects %s', (_name, id) => {
    expect(sanitizeRequestId(id)).toBeNull();
  });

  it('rejects what is not a single string', () => {
    expect(sanitizeRequestId(undefined)).toBeNull();
    expect(sanitizeRequestId(['a', 'b'])).toBeNull();
  });

  it('generates a fresh UUID when the incoming id is missing or not sane', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(requestIdFor(undefined)).toMatch(uuid);
    expect(requestIdFor('bad id')).toMatch(uuid);
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
    expect(requestIdFor('kept-1')).toBe('kept-1');
  });
});

describe('operation name labels', () => {
  it('labels unnamed operations "anonymous" and names that are not GraphQL names "invalid"', () => {
    const labels = new OperationLabels();
    expect(labels.label(null)).toBe('anonymous');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label('')).toBe('anonymous');
    expect(labels.label('Search')).toBe('Search');
    expect(labels.label('_private2')).toBe('_private2');
    expect(labels.label('2fast')).toBe('invalid');
    expect(labels.label('drop table;')).toBe('invalid');
    expect(labels.label('A'.repeat(64))).toBe('A'.repeat(64));
    expect(labels.label('A'.repeat(65))).toBe('invalid');
  });

  it('keeps the first names up to its capacity and labels later new names "other"', () => {
    const labels = new OperationLabels(3);
    expect(['One', 'Two', 'Three'].map((n) => labels.label(n))).toEqual(['One', 'Two', 'Three']);
    expect(labels.label('Four')).toBe('other');
    expect(labels.label('Two')).toBe('Two');
    expect(labels.label(null)).toBe('anonymous');
  });
});

describe('route labels', () => {
  it.each([
    ['/graphql', '/graphql'],
    ['/graphql/', '/graphql'],
    ['/metrics', '/metrics'],
    ['/ready', '/ready'],
    ['/', '/'],
    ['/explorer', '/explorer'],
    ['/explorer/app.js', '/explorer/*'],
    ['/export/graph.graphml', '/export/graph.graphml'],
    ['/neo4j-browser/guide.html', '/neo4j-browser/guide.html'],
    ['/wp-admin/setup.php', 'other'],
    ['/graphql/extra', 'other'],
  ])('%s → %s', (path, label) => {
    expect(routeLabel(path)).toBe(label);
  });
});

describe('error code labels', () => {
  it('keeps upper-case codes and folds anything else into UNKNOWN', () => {
    expect(errorCodeLabel('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
    expect(errorCodeLabel('GRAPHQL_VALIDATION_FAILED')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCodeLabel(undefined)).toBe('UNKNOWN');
    expect(errorCodeLabel('lower case')).toBe('UNKNOWN');
    expect(errorCodeLabel('X'.repeat(49))).toBe('UNKNOWN');
  });
});

describe('soak durations', () => {
  it.each([
    ['30s', 30_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['90', 90_000],
    ['500ms', 500],
    ['1.5m', 90_000],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('rejects what is not a duration', () => {
    expect(() => parseDuration('ten minutes')).toThrow(/not a duration/);
  });
});

describe('request log levels', () => {
  it('logs successes as info, client mistakes as warnings and failures on our side as errors', () => {
    expect(logLevelOf(200)).toBe('info');
    expect(logLevelOf(200, [])).toBe('info');
    expect(logLevelOf(200, ['BAD_USER_INPUT'])).toBe('warn');
    expect(logLevelOf(400, ['GRAPHQL_VALIDATION_FAILED'])).toBe('warn');
    expect(logLevelOf(404)).toBe('warn');
    expect(logLevelOf(499)).toBe('warn');
    expect(logLevelOf(200, ['BAD_USER_INPUT', 'DATABASE_TIMEOUT'])).toBe('error');
    expect(logLevelOf(200, ['DATABASE_UNAVAILABLE'])).toBe('error');
    expect(logLevelOf(200, ['INTERNAL_SERVER_ERROR'])).toBe('error');
    expect(logLevelOf(503)).toBe('error');
  });
});
