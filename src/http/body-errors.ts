import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '../errors/codes';
import { limitExceeded } from '../graphql/operation-limits';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  length?: number;
  received?: number;
}

const statusOf = (error: unknown) => {
  const status = Number((error as HttpError | null)?.status ?? (error as HttpError | null)?.statusCode);
  return Number.isInteger(status) ? status : 500;
};

/** body-parser's failures, in words that name no internals. */
function describeBodyError(error: HttpError): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'The request body is not valid JSON.';
    case 'charset.unsupported':
      return 'The request body must be UTF-8 encoded JSON.';
    case 'encoding.unsupported':
      return 'The request body must not use this Content-Encoding (allowed: identity, gzip, deflate, br).';
    default:
      return 'The request body could not be read.';
  }
}

/**
 * Errors while reading a /graphql body, answered as GraphQL errors (JSON, coded) instead of
 * Express's HTML page with a stack trace. A body over the limit is a BAD_USER_INPUT like the
 * other operation limits, with status 413.
 */
export function graphqlBodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    const status = statusOf(error);
    if (res.headersSent || status >= 500) return next(error);
    if (error.type === 'entity.too.large') {
      const actual = Number(error.length ?? error.received ?? maxBodyBytes + 1);
      const { message, extensions } = limitExceeded('bodyBytes', actual, maxBodyBytes, 413);
      const { http: _http, ...shown } = extensions;
      res.status(413).json({ errors: [{ message, extensions: shown }] });
      return;
    }
    res
      .status(status)
      .json({ errors: [{ message: describeBodyError(error), extensions: { code: ErrorCode.BadRequest } }] });
  };
}

/** Unknown paths answer JSON like every other error of the service. */
export const notFoundAsJson: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: ErrorCode.NotFound, message: `Nothing at ${req.method} ${req.path}.` } });
};
