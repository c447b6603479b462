import { Router } from 'express';
import type { DatabaseAvailability } from '../db/availability';
import { ErrorCode } from '../errors/codes';
import { toGraphQLError } from '../graphql/errors';
import type { CypherExecutor } from '../db/executor';

/**
 * GET /ready answers within `timeoutMs` whatever Neo4j does: 503 at once while the supervisor
 * knows it is down, otherwise a ping with its own deadline.
 */
export function readyRoute(
  executor: CypherExecutor,
  availability: DatabaseAvailability,
  timeoutMs: number,
  /** Told each answer's verdict (the neo4j_up gauge). */
  onVerdict: (up: boolean) => void = () => undefined,
): Router {
  const router = Router();
  router.get('/ready', async (_req, res) => {
    const outage = availability.outage();
    if (outage) {
      onVerdict(false);
      res.status(503).json({ status: 'unavailable', neo4j: outage, code: ErrorCode.DatabaseUnavailable });
      return;
    }
    try {
      await executor.ping(timeoutMs);
      onVerdict(true);
      res.json({ status: 'ready', neo4j: 'reachable' });
    } catch (error) {
      onVerdict(false);
      const code = toGraphQLError(error).extensions.code;
      res.status(503).json({ status: 'unavailable', neo4j: 'unreachable', code });
    }
  });
  return router;
}
