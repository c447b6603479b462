import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors/codes';
import type { Logger } from './logger';
import type { ServiceMetrics } from './metrics';
import { requestIdFor } from './request-id';

/** What one HTTP request leaves behind for its completion log line and metrics. */
export interface RequestObservation {
  requestId: string;
  /** The server's logger bound to this request's id. */
  log: Logger;
  /** Filled in by the GraphQL plugin when the request ran a GraphQL operation. */
  graphql?: { operationName: string | null; errorCodes: string[]; cypherQueries: number };
}

const LOGGED_PATH_LENGTH = 200;

/** Codes that mean the service or its database failed, whatever the HTTP status says. */
const SERVER_SIDE_CODES = new Set<string>([
  ErrorCode.Internal,
  ErrorCode.DatabaseUnavailable,
  ErrorCode.DatabaseTimeout,
]);

/**
 * GraphQL answers errors with status 200, so the codes count too: a failure on our side is an
 * error, a client's mistake a warning.
 */
export function logLevelOf(status: number, errorCodes: readonly string[] = []): 'error' | 'warn' | 'info' {
  if (status >= 500 || errorCodes.some((code) => SERVER_SIDE_CODES.has(code))) return 'error';
  if (status >= 400 || errorCodes.length > 0) return 'warn';
  return 'info';
}

export function observationOf(res: Response): RequestObservation {
  return res.locals.observation as RequestObservation;
}

/**
 * First middleware: gives the request an id (the caller's x-request-id when it is a sane token),
 * echoes it in the response, and when the answer is complete (or the client has gone) writes one
 * log line and the HTTP metrics.
 */
export function observeRequests(logger: Logger, metrics: ServiceMetrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdFor(req.get('x-request-id'));
    const observation: RequestObservation = { requestId, log: logger.child({ reqId: requestId }) };
    res.locals.observation = observation;
    res.setHeader('x-request-id', requestId);
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      // 499 (nginx's convention): the client closed the connection before the answer was complete.
      const status = res.writableFinished ? res.statusCode : 499;
      const durationMs = performance.now() - started;
      const path = req.originalUrl.split('?')[0]!.slice(0, LOGGED_PATH_LENGTH);
      const graphql = observation.graphql;
      metrics.httpRequestFinished({
        method: req.method,
        path,
        status,
        durationMs,
        operationName: graphql?.operationName,
      });
      observation.log[logLevelOf(status, graphql?.errorCodes)](
        {
          method: req.method,
          path,
          status,
          durationMs: Math.round(durationMs * 10) / 10,
          ...(graphql
            ? { operation: graphql.operationName, errorCodes: graphql.errorCodes, cypherQueries: graphql.cypherQueries }
            : {}),
        },
        'request completed',
      );
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}

/** body-parser's error types, in words a client can act on. */
const BODY_PROBLEMS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'encoding.unsupported': 'The request body has an unsupported character encoding.',
};

/**
 * Last middleware: failures outside GraphQL (a malformed JSON body, a file that cannot be read)
 * answer in JSON with a code, never with Express's HTML page and stack trace.
 */
export const answerUnhandledErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  // Anything can be thrown; body-parser's errors carry status (or statusCode) and type.
  const fields: { status?: unknown; statusCode?: unknown; type?: unknown } =
    typeof error === 'object' && error !== null ? error : {};
  const status = Number(fields.status ?? fields.statusCode);
  if (status >= 400 && status < 500) {
    const message =
      (typeof fields.type === 'string' ? BODY_PROBLEMS[fields.type] : undefined) ?? 'The request could not be read.';
    res.status(status).json({ error: { code: ErrorCode.BadRequest, message } });
    return;
  }
  observationOf(res).log.error({ err: error }, 'unhandled error');
  res.status(500).json({ error: { code: ErrorCode.Internal, message: 'Unexpected server error.' } });
};
