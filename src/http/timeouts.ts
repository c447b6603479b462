import type { Server } from 'node:http';
import type { HttpTimeouts } from '../config';

/**
 * Slow or stalled clients cannot hold sockets forever: headers and the whole request body must
 * arrive in time, idle keep-alive sockets are closed. Responses themselves are bounded by the
 * Neo4j query timeout, not here.
 */
export function applyHttpTimeouts(server: Server, timeouts: HttpTimeouts): void {
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
}
