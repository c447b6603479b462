import { badUserInput } from '../graphql/errors';
import type { RelationType } from '../domain/vocabulary';
import { LIMITS, intInRange } from '../graphql/limits';
import type { GraphRepository } from '../repositories/graph';
import { toCytoscapeJson, toGraphML } from './drawable';

export type ExportFormat = 'CYTOSCAPE_JSON' | 'GRAPHML';

export const EXPORT_FORMATS: Record<ExportFormat, { mediaType: string; extension: string }> = {
  CYTOSCAPE_JSON: { mediaType: 'application/json', extension: 'json' },
  GRAPHML: { mediaType: 'application/graphml+xml', extension: 'graphml' },
};

export interface ExportRequest {
  format: ExportFormat;
  /** Without a center, the whole entity graph. */
  center: string | null;
  depth: number;
  relationTypes: RelationType[] | null;
  limit: number;
}

export interface GraphExportRecord {
  format: ExportFormat;
  mediaType: string;
  fileName: string;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
  content: string;
}

/** Null when the center is unknown. Used by the GraphQL field and the /export download routes. */
export async function exportGraph(graphs: GraphRepository, request: ExportRequest): Promise<GraphExportRecord | null> {
  const { format, center } = request;
  const types = request.relationTypes && request.relationTypes.length > 0 ? request.relationTypes : null;
  let graph;
  if (center) {
    const depth = intInRange(request.depth, LIMITS.neighborhoodDepth, 'depth');
    const limit = intInRange(request.limit, LIMITS.neighborhoodLimit, 'limit');
    graph = await graphs.neighborhood(center, depth, types, limit);
    if (!graph) return null;
  } else {
    const whole = await graphs.wholeGraph(types, LIMITS.wholeGraphExport.max);
    if ('tooLarge' in whole) {
      throw badUserInput(
        `the whole graph has ${whole.tooLarge} entities, more than the ${LIMITS.wholeGraphExport.max} a whole-graph export carries; ` +
          'give center (with depth and limit) to export a subgraph.',
        'center',
      );
    }
    graph = whole;
  }
  const name = center ? `neighborhood of ${center}` : 'immunotherapy knowledge graph';
  const content = format === 'GRAPHML' ? toGraphML(graph, name) : JSON.stringify(toCytoscapeJson(graph, name), null, 1);
  return {
    format,
    mediaType: EXPORT_FORMATS[format].mediaType,
    fileName: `${center ? `${center}-neighborhood` : 'immunotherapy-graph'}.${EXPORT_FORMATS[format].extension}`,
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    truncated: graph.truncated,
    content,
  };
}
