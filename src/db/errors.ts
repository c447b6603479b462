import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  DatabaseTimeout: 'DATABASE_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, ...(argumentName ? { argumentName } : {}) },
  });
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

const TIMEOUT_MESSAGE = 'The graph database took too long to answer.';

/** The client-side deadline passed: Neo4j did not answer at all (paused, wedged, network gone). */
export function databaseTimeout(deadlineMs: number): GraphQLError {
  return new GraphQLError(TIMEOUT_MESSAGE, {
    extensions: { code: ErrorCode.DatabaseTimeout, deadlineMs },
  });
}

/** Neo4j is known to be down (e.g. being restarted): answered without trying it. */
export function databaseUnavailable(outage: string): GraphQLError {
  return new GraphQLError('The graph database is unreachable; try again shortly.', {
    extensions: { code: ErrorCode.DatabaseUnavailable, neo4j: outage },
  });
}

/** Maps a driver failure to a coded GraphQL error; the cause is kept for server-side logging. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.ClientError.Security')) {
      return new GraphQLError('The graph database is unreachable; try again shortly.', {
        extensions: { code: ErrorCode.DatabaseUnavailable, neo4jCode: error.code },
        originalError: error,
      });
    }
    // TransactionTimedOut, or TransactionTimedOutClientConfiguration for the driver's timeout.
    if (error.code.includes('TransactionTimedOut')) {
      return new GraphQLError(TIMEOUT_MESSAGE, {
        extensions: { code: ErrorCode.DatabaseTimeout, neo4jCode: error.code },
        originalError: error,
      });
    }
    // The pool had no connection to give within connectionAcquisitionTimeout (the driver gives no code).
    if (error.message.startsWith('Connection acquisition timed out')) {
      return new GraphQLError('The graph database is unreachable; try again shortly.', {
        extensions: { code: ErrorCode.DatabaseUnavailable },
        originalError: error,
      });
    }
    return new GraphQLError('The graph database rejected a query.', {
      extensions: { code: ErrorCode.Internal, neo4jCode: error.code },
      originalError: error,
    });
  }
  return new GraphQLError('Unexpected server error.', {
    extensions: { code: ErrorCode.Internal },
    originalError: error instanceof Error ? error : undefined,
  });
}
