import { BROWSER_ASSET_PATHS } from '../neo4j-browser/settings';

/**
 * Metric label values must come from a small set, or every distinct value a client sends becomes
 * a new time series held in memory forever.
 */

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export const ANONYMOUS_OPERATION = 'anonymous';
export const INVALID_OPERATION = 'invalid';
export const OTHER_OPERATION = 'other';

/**
 * GraphQL operation names as labels: unnamed → "anonymous", not a GraphQL name of at most 64
 * characters → "invalid", and once `capacity` distinct names have been seen, new ones → "other".
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(readonly capacity = 100) {}

  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return ANONYMOUS_OPERATION;
    if (!GRAPHQL_NAME.test(name)) return INVALID_OPERATION;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.capacity) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}

const FIXED_ROUTES = new Set<string>([
  ...Object.values(BROWSER_ASSET_PATHS),
  '/',
  '/graphql',
  '/health',
  '/ready',
  '/metrics',
  '/explorer',
  '/export/graph.json',
  '/export/graph.graphml',
]);

/** The route label of a request path: a known route, the explorer's static files, or "other". */
export function routeLabel(path: string): string {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (FIXED_ROUTES.has(trimmed)) return trimmed;
  if (trimmed.startsWith('/explorer/')) return '/explorer/*';
  return 'other';
}

/** GraphQL error codes as labels: codes are ours or Apollo's, but a plugin could invent any. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,47}$/.test(code) ? code : 'UNKNOWN';
}
