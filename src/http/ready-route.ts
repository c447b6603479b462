import { Router } from 'express';
import { GraphQLError } from 'graphql';
import type { DatabaseAvailability } from '../db/availability';
import { ErrorCode } from '../db/errors';
import type { CypherExecutor } from '../db/executor';

/**
 * GET /ready answers within `timeoutMs` whatever Neo4j does: 503 at once while the supervisor
 * knows it is down, otherwise a ping with its own deadline.
 */
export function readyRoute(executor: CypherExecutor, availability: DatabaseAvailability, timeoutMs: number): Router {
  const router = Router();
  router.get('/ready', async (_req, res) => {
    const outage = availability.outage();
    if (outage) {
      res.status(503).json({ status: 'unavailable', neo4j: outage, code: ErrorCode.DatabaseUnavailable });
      return;
    }
    try {
      await executor.ping(timeoutMs);
      res.json({ status: 'ready', neo4j: 'reachable' });
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : ErrorCode.Internal;
      res.status(503).json({ status: 'unavailable', neo4j: 'unreachable', code });
    }
  });
  return router;
}
