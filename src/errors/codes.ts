/**
 * The error codes clients see, in GraphQL `extensions.code` and in the `error.code` of the HTTP
 * routes' JSON. Every edge uses these constants; no code is written out anywhere else.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  DatabaseTimeout: 'DATABASE_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
  /** /explorer before `npm run build` made the page. */
  ExplorerNotBuilt: 'EXPLORER_NOT_BUILT',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
