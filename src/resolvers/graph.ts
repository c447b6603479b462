import type {
  GraphEdgeResolvers,
  GraphNodeResolvers,
  PathResolvers,
  PathSearchResolvers,
} from '../graphql/generated/resolvers-types';
import { nodeCaption, relationshipLabel } from '../domain/drawing';
import type { GraphRecord, PathRecord, RelationshipRecord } from '../repositories/records';
import { storedNodeField } from './stored';

export const GraphNode: GraphNodeResolvers = {
  id: storedNodeField([], (n) => n.entity.id),
  label: storedNodeField(['name'], (n) => n.entity.name),
  caption: storedNodeField(['brandNames'], (n) => nodeCaption(n.entity)),
  type: storedNodeField([], (n) => n.entity.kind),
  distance: storedNodeField([], (n) => n.distance),
  // The entity's own selection decides what to fetch of it (graphPlan).
  entity: (n) => n.entity,
};

export const GraphEdge: GraphEdgeResolvers = {
  source: (r) => r.from.id,
  target: (r) => r.to.id,
  label: (r) => relationshipLabel(r.type),
  relation: (r) => r,
};

export const Path: PathResolvers = {
  length: (p) => p.relations.length,
};

/** The union of several paths as one drawable graph, each node and edge once. */
export function pathsToGraph(paths: PathRecord[]): GraphRecord {
  const nodes = new Map<string, GraphRecord['nodes'][number]>();
  const edges = new Map<string, RelationshipRecord>();
  for (const path of paths) {
    path.entities.forEach((entity, index) => {
      const known = nodes.get(entity.id);
      if (!known || (known.distance ?? Infinity) > index) nodes.set(entity.id, { entity, distance: index });
    });
    for (const relation of path.relations) edges.set(relation.id, relation);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

export const PathSearch: PathSearchResolvers = {
  graph: (search) => pathsToGraph(search.paths),
};
