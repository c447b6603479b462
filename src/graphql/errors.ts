import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  DatabaseError,
  DatabaseRejectedError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  toDatabaseError,
} from '../db/errors';
import { ErrorCode } from '../errors/codes';

/**
 * The GraphQL edge of the error model: domain errors from the database layer become the coded
 * GraphQL errors clients see. The /export route answers with the same code and message.
 */

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, ...(argumentName ? { argumentName } : {}) },
  });
}

const UNAVAILABLE_MESSAGE = 'The graph database is unreachable; try again shortly.';
const TIMEOUT_MESSAGE = 'The graph database took too long to answer.';
const REJECTED_MESSAGE = 'The graph database rejected a query.';
const UNEXPECTED_MESSAGE = 'Unexpected server error.';

function fromDatabaseError(error: DatabaseError): GraphQLError {
  const neo4jCode = error.neo4jCode ? { neo4jCode: error.neo4jCode } : {};
  if (error instanceof DatabaseUnavailableError) {
    return new GraphQLError(UNAVAILABLE_MESSAGE, {
      extensions: {
        code: ErrorCode.DatabaseUnavailable,
        ...(error.outage ? { neo4j: error.outage } : {}),
        ...neo4jCode,
      },
      originalError: error,
    });
  }
  if (error instanceof DatabaseTimeoutError) {
    return new GraphQLError(TIMEOUT_MESSAGE, {
      extensions: {
        code: ErrorCode.DatabaseTimeout,
        ...(error.deadlineMs !== undefined ? { deadlineMs: error.deadlineMs } : {}),
        ...neo4jCode,
      },
      originalError: error,
    });
  }
  // DatabaseRejectedError, and any database error added later: internal (the cause is logged, not shown).
  return new GraphQLError(REJECTED_MESSAGE, {
    extensions: { code: ErrorCode.Internal, ...(error instanceof DatabaseRejectedError ? neo4jCode : {}) },
    originalError: error,
  });
}

/** Any failure as a coded GraphQL error; the cause is kept as originalError for server-side logging. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const classified = toDatabaseError(error);
  if (classified instanceof DatabaseError) return fromDatabaseError(classified);
  return new GraphQLError(UNEXPECTED_MESSAGE, {
    extensions: { code: ErrorCode.Internal },
    originalError: error instanceof Error ? error : undefined,
  });
}

/** The domain error a resolver threw, if any (graphql-js wraps it in a located GraphQLError). */
function databaseErrorIn(error: unknown): DatabaseError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DatabaseError)
    return original.originalError;
  return undefined;
}

/** The code an error is answered with (for logs and metrics, before formatting). */
export function codeOf(error: GraphQLError): string {
  const database = databaseErrorIn(error);
  const { code } = database ? toGraphQLError(database).extensions : (error.extensions ?? {});
  return typeof code === 'string' ? code : ErrorCode.Internal;
}

/**
 * Apollo's formatError: database errors get their coded form (keeping the path and locations);
 * internal failures are answered with their code only (the observability plugin logs them in full).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const database = databaseErrorIn(error);
  const shaped: GraphQLFormattedError = database
    ? {
        ...formatted,
        message: toGraphQLError(database).message,
        extensions: { ...toGraphQLError(database).extensions },
      }
    : formatted;
  const code = shaped.extensions?.code;
  if (code === ErrorCode.Internal) {
    return { message: shaped.message, path: shaped.path, locations: shaped.locations, extensions: { code } };
  }
  return shaped;
}
