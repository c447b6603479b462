import { Neo4jError } from 'neo4j-driver';

/**
 * What the database layer raises: domain errors that say what happened to a statement, not how
 * to answer it. The edges map them: GraphQL (src/graphql/errors.ts), the HTTP routes, and the
 * CLIs and start-up (src/errors/operator-messages.ts).
 */
export abstract class DatabaseError extends Error {
  /** The Neo4j status code, e.g. Neo.ClientError.Procedure.ProcedureNotFound, when Neo4j gave one. */
  readonly neo4jCode: string | undefined;

  constructor(message: string, options: { neo4jCode?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.neo4jCode = options.neo4jCode;
  }
}

/** Neo4j could not be reached, refused the credentials, or is known to be down (being restarted). */
export class DatabaseUnavailableError extends DatabaseError {
  /** Set when the local Neo4j's supervisor knows it is down: answered without trying it. */
  readonly outage: string | undefined;

  constructor(message: string, options: { neo4jCode?: string; cause?: unknown; outage?: string } = {}) {
    super(message, options);
    this.outage = options.outage;
  }

  /** Neo4j answered but refused the credentials (or rate-limits logins). */
  get authentication(): boolean {
    return this.neo4jCode?.startsWith('Neo.ClientError.Security') ?? false;
  }
}

/** Neo4j did not answer in time: its transaction timeout fired, or the client-side deadline passed. */
export class DatabaseTimeoutError extends DatabaseError {
  /** Set for the client-side deadline: Neo4j did not answer at all (paused, wedged, network gone). */
  readonly deadlineMs: number | undefined;

  constructor(message: string, options: { neo4jCode?: string; cause?: unknown; deadlineMs?: number } = {}) {
    super(message, options);
    this.deadlineMs = options.deadlineMs;
  }
}

/** Neo4j answered and refused the statement (syntax it does not know, a missing procedure, a constraint …). */
export class DatabaseRejectedError extends DatabaseError {
  declare readonly neo4jCode: string;

  constructor(neo4jCode: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { neo4jCode, cause });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** The client-side deadline passed: Neo4j did not answer at all. */
export function deadlinePassed(deadlineMs: number): DatabaseTimeoutError {
  return new DatabaseTimeoutError(`Neo4j did not answer within ${deadlineMs} ms.`, { deadlineMs });
}

/** The supervisor knows Neo4j is down: fail at once. */
export function knownOutage(outage: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(`Neo4j is down (${outage}).`, { outage });
}

/**
 * Classifies a driver failure as a domain error, keeping it as the cause. Errors that are not
 * the driver's (a bug, a domain error already) are returned unchanged.
 */
export function toDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError || !(error instanceof Neo4jError)) return error;
  const neo4jCode = error.code;
  if (UNAVAILABLE_CODES.has(neo4jCode) || neo4jCode.startsWith('Neo.ClientError.Security')) {
    return new DatabaseUnavailableError(error.message, { neo4jCode, cause: error });
  }
  // TransactionTimedOut, or TransactionTimedOutClientConfiguration for the driver's timeout.
  if (neo4jCode.includes('TransactionTimedOut')) {
    return new DatabaseTimeoutError(error.message, { neo4jCode, cause: error });
  }
  // The pool had no connection to give within connectionAcquisitionTimeout (the driver gives no code).
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new DatabaseUnavailableError(error.message, { cause: error });
  }
  return new DatabaseRejectedError(neo4jCode, error);
}
