import cors from 'cors';
import { Router, type Request, type Response } from 'express';
import { ErrorCode } from '../errors/codes';
import { badUserInput, toGraphQLError } from '../graphql/errors';
import type { CypherExecutor } from '../db/executor';
import { isRelationType, RELATION_TYPE_NAMES, type RelationType } from '../domain/vocabulary';
import { LIMITS } from '../graphql/limits';
import { observationOf } from '../observability/requests';
import { GraphRepository } from '../repositories/graph';
import { exportGraph, type ExportFormat } from './service';

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.DatabaseTimeout]: 504,
};

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badUserInput(`${name} may be given once.`, name);
  return value;
}

function integer(req: Request, name: string, fallback: number): number {
  const raw = single(req, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw badUserInput(`${name} must be an integer (got "${raw}").`, name);
  return Number(raw);
}

function relationTypes(req: Request): RelationType[] | null {
  const raw = single(req, 'relationTypes');
  if (!raw) return null;
  const names = raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = names.filter((t) => !isRelationType(t));
  if (unknown.length > 0) {
    throw badUserInput(
      `unknown relationTypes ${unknown.join(', ')}; allowed: ${RELATION_TYPE_NAMES.join(', ')}.`,
      'relationTypes',
    );
  }
  return names as RelationType[];
}

/**
 * Download links for Gephi and Cytoscape desktop users: the same export as the GraphQL field,
 * as a file. Errors answer with the same codes as the API, in JSON.
 */
export function exportRoutes(executor: CypherExecutor): Router {
  const router = Router();
  const graphs = new GraphRepository(executor);
  const handler = (format: ExportFormat) => async (req: Request, res: Response) => {
    try {
      const center = single(req, 'center') || null;
      const file = await exportGraph(graphs, {
        format,
        center,
        depth: integer(req, 'depth', 1),
        limit: integer(req, 'limit', LIMITS.neighborhoodLimit.max),
        relationTypes: relationTypes(req),
      });
      if (!file) {
        res.status(404).json({ error: { code: ErrorCode.NotFound, message: `no entity with id "${center}".` } });
        return;
      }
      res
        .type(file.mediaType)
        .set('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .set('X-Node-Count', String(file.nodeCount))
        .set('X-Edge-Count', String(file.edgeCount))
        .send(file.content);
    } catch (error) {
      const coded = toGraphQLError(error);
      const code = typeof coded.extensions.code === 'string' ? coded.extensions.code : ErrorCode.Internal;
      if (code === ErrorCode.Internal)
        observationOf(res).log.error({ err: coded.originalError ?? coded }, 'internal error in export');
      res.status(STATUS_BY_CODE[code] ?? 500).json({ error: { code, message: coded.message } });
    }
  };
  router.get('/export/graph.json', cors(), handler('CYTOSCAPE_JSON'));
  router.get('/export/graph.graphml', cors(), handler('GRAPHML'));
  return router;
}
