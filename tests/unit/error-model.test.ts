import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import {
  DatabaseRejectedError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  deadlinePassed,
  knownOutage,
  toDatabaseError,
} from '../../src/db/errors';
import { ErrorCode } from '../../src/errors/codes';
import { databaseTarget, explainForOperator, type DatabaseTarget } from '../../src/errors/operator-messages';
import { codeOf, formatError, toGraphQLError } from '../../src/graphql/errors';

const neo4jError = (code: string, message = 'message from Neo4j') => new Neo4jError(message, code, '', '');

const EXTERNAL: DatabaseTarget = { uri: 'neo4j+s://abc.databases.neo4j.io', username: 'reader', local: false };
const LOCAL: DatabaseTarget = { uri: 'bolt://127.0.0.1:7687', local: true };

describe('the database layer classifies driver failures as domain errors', () => {
  it.each([
    ['ServiceUnavailable', DatabaseUnavailableError],
    ['SessionExpired', DatabaseUnavailableError],
    ['Neo.ClientError.Security.Unauthorized', DatabaseUnavailableError],
    ['Neo.ClientError.Security.AuthenticationRateLimit', DatabaseUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOut', DatabaseTimeoutError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', DatabaseTimeoutError],
    ['Neo.ClientError.Procedure.ProcedureNotFound', DatabaseRejectedError],
    ['Neo.ClientError.Statement.SyntaxError', DatabaseRejectedError],
  ])('%s', (code, type) => {
    const cause = neo4jError(code);
    const classified = toDatabaseError(cause);
    expect(classified).toBeInstanceOf(type);
    expect((classified as DatabaseRejectedError).neo4jCode).toBe(code);
    expect((classified as Error).cause).toBe(cause);
  });

  it('a pool without a connection to give is unavailable', () => {
    expect(toDatabaseError(neo4jError('', 'Connection acquisition timed out in 5000 ms.'))).toBeInstanceOf(
      DatabaseUnavailableError,
    );
  });

  it('leaves errors that are not the driver’s alone', () => {
    const bug = new TypeError('x is undefined');
    expect(toDatabaseError(bug)).toBe(bug);
    const already = deadlinePassed(16_000);
    expect(toDatabaseError(already)).toBe(already);
  });
});

describe('the GraphQL edge answers with the codes, messages and extensions clients know', () => {
  it('unavailable (a driver failure)', () => {
    const error = toGraphQLError(toDatabaseError(neo4jError('ServiceUnavailable')));
    expect(error.message).toBe('The graph database is unreachable; try again shortly.');
    expect(error.extensions).toEqual({ code: ErrorCode.DatabaseUnavailable, neo4jCode: 'ServiceUnavailable' });
  });

  it('unavailable (a known outage, answered without trying Neo4j)', () => {
    const error = toGraphQLError(knownOutage('restarting'));
    expect(error.message).toBe('The graph database is unreachable; try again shortly.');
    expect(error.extensions).toEqual({ code: ErrorCode.DatabaseUnavailable, neo4j: 'restarting' });
  });

  it('unavailable (no connection in the pool) has no Neo4j code', () => {
    expect(toGraphQLError(neo4jError('', 'Connection acquisition timed out in 5000 ms.')).extensions).toEqual({
      code: ErrorCode.DatabaseUnavailable,
    });
  });

  it('timeout (the client-side deadline)', () => {
    const error = toGraphQLError(deadlinePassed(16_000));
    expect(error.message).toBe('The graph database took too long to answer.');
    expect(error.extensions).toEqual({ code: ErrorCode.DatabaseTimeout, deadlineMs: 16_000 });
  });

  it('timeout (Neo4j’s transaction timeout)', () => {
    const error = toGraphQLError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOut'));
    expect(error.extensions).toEqual({
      code: ErrorCode.DatabaseTimeout,
      neo4jCode: 'Neo.ClientError.Transaction.TransactionTimedOut',
    });
  });

  it('rejected: internal, and formatError shows the code only', () => {
    const rejected = toDatabaseError(
      neo4jError('Neo.ClientError.Procedure.ProcedureNotFound', 'There is no procedure apoc.path.subgraphAll'),
    );
    const error = toGraphQLError(rejected);
    expect(error.message).toBe('The graph database rejected a query.');
    expect(error.extensions.code).toBe(ErrorCode.Internal);
    expect(error.originalError).toBe(rejected);
    const located = new GraphQLError((rejected as Error).message, {
      path: ['neighborhood'],
      originalError: rejected as Error,
    });
    expect(
      formatError(
        {
          message: 'There is no procedure apoc.path.subgraphAll',
          path: ['neighborhood'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
        located,
      ),
    ).toEqual({
      message: 'The graph database rejected a query.',
      path: ['neighborhood'],
      locations: undefined,
      extensions: { code: ErrorCode.Internal },
    });
  });

  it('formatError maps a domain error thrown in a resolver, keeping its path', () => {
    const thrown = deadlinePassed(2000);
    const located = new GraphQLError(thrown.message, { path: ['entity', 'name'], originalError: thrown });
    expect(
      formatError(
        { message: thrown.message, path: ['entity', 'name'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        located,
      ),
    ).toEqual({
      message: 'The graph database took too long to answer.',
      path: ['entity', 'name'],
      extensions: { code: ErrorCode.DatabaseTimeout, deadlineMs: 2000 },
    });
    expect(codeOf(located)).toBe(ErrorCode.DatabaseTimeout);
  });

  it('anything else is an unexpected internal error without internals', () => {
    const error = toGraphQLError(new TypeError('x is undefined'));
    expect(error.message).toBe('Unexpected server error.');
    expect(error.extensions).toEqual({ code: ErrorCode.Internal });
  });

  it('coded GraphQL errors pass unchanged', () => {
    const coded = new GraphQLError('bad', { extensions: { code: ErrorCode.BadUserInput } });
    expect(toGraphQLError(coded)).toBe(coded);
    expect(codeOf(coded)).toBe(ErrorCode.BadUserInput);
  });
});

describe('the CLI and start-up say what went wrong and what to do', () => {
  it('APOC core missing', () => {
    const error = neo4jError(
      'Neo.ClientError.Procedure.ProcedureNotFound',
      'There is no procedure with the name `apoc.path.subgraphAll` registered',
    );
    const message = explainForOperator(toDatabaseError(error), EXTERNAL);
    expect(message).toMatch(
      /^APOC core is missing from the Neo4j at neo4j\+s:\/\/abc\.databases\.neo4j\.io: install the APOC core plugin/,
    );
    expect(message).toContain("README, 'Using an external Neo4j'");
  });

  it('a Neo4j too old for the Cypher it is sent', () => {
    const error = neo4jError(
      'Neo.ClientError.Statement.SyntaxError',
      "Invalid input '(': expected 'YIELD' (line 1, column 6)\n\"CALL () { RETURN 1 }\"",
    );
    const message = explainForOperator(error, EXTERNAL);
    expect(message).toContain('Neo4j 5.26 or later is required');
    expect(message).toContain("Invalid input '('");
    expect(message).not.toContain('\n');
  });

  it('authentication: which variables to set', () => {
    expect(explainForOperator(neo4jError('Neo.ClientError.Security.Unauthorized'), EXTERNAL)).toBe(
      'The Neo4j at neo4j+s://abc.databases.neo4j.io refused the login of user "reader": set NEO4J_USERNAME and NEO4J_PASSWORD to a valid login.',
    );
    expect(explainForOperator(neo4jError('Neo.ClientError.Security.Unauthorized'), LOCAL)).toContain(
      'NEO4J_LOCAL_PASSWORD',
    );
  });

  it('unreachable: the URI tried', () => {
    const message = explainForOperator(
      neo4jError('ServiceUnavailable', 'Could not perform discovery. No routing servers available.'),
      EXTERNAL,
    );
    expect(message).toMatch(/^The Neo4j at neo4j\+s:\/\/abc\.databases\.neo4j\.io is unreachable/);
    expect(message).toContain('NEO4J_URI');
  });

  it('timeout: which bound to raise', () => {
    expect(explainForOperator(deadlinePassed(601_000), LOCAL)).toBe(
      'The local Neo4j (bolt://127.0.0.1:7687) did not answer within 601000 ms: check that it is running and not overloaded, or raise NEO4J_SEED_TIMEOUT_MS (seeding) or NEO4J_QUERY_TIMEOUT_MS (queries).',
    );
  });

  it('another rejection gives its Neo4j code', () => {
    expect(
      explainForOperator(
        neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists'),
        EXTERNAL,
      ),
    ).toBe(
      'The Neo4j at neo4j+s://abc.databases.neo4j.io rejected a query (Neo.ClientError.Schema.ConstraintValidationFailed): Node(1) already exists',
    );
  });

  it('other failures give their own message', () => {
    expect(explainForOperator(new Error('seed/therapies.yaml: 2 problems'), LOCAL)).toBe(
      'seed/therapies.yaml: 2 problems',
    );
  });

  it('the target comes from the configuration', () => {
    expect(
      databaseTarget({ external: { uri: 'bolt://db:7687', username: 'neo4j' }, local: { boltPort: 7687 } }),
    ).toEqual({
      uri: 'bolt://db:7687',
      username: 'neo4j',
      local: false,
    });
    expect(databaseTarget({ external: null, local: { boltPort: 7700 } })).toEqual({
      uri: 'bolt://127.0.0.1:7700',
      local: true,
    });
  });
});
