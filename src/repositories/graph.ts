import type { CypherExecutor } from '../db/executor';
import type { RelationType } from '../domain/vocabulary';
import {
  attachEndpoints,
  entityColumns,
  entityProjection,
  relationColumns,
  relationCoreProjection,
  zipColumns,
  zipRelations,
  type RelationCore,
} from './cypher';
import type { EntityRecord, GraphRecord, PathSearchRecord } from './records';

/** APOC's relationship filter syntax: "TYPE_A|TYPE_B"; empty means every type. */
const relationshipFilter = (types: RelationType[] | null) => (types && types.length > 0 ? types.join('|') : '');

export class GraphRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /**
   * Breadth-first subgraph: APOC's spanning tree visits each node once (hubs do not explode) and
   * gives its distance; the edges are then every relationship among the kept nodes.
   */
  async neighborhood(
    id: string,
    depth: number,
    types: RelationType[] | null,
    limit: number,
    projection: { nodeFields: Set<string> | null; edgeFields: Set<string> | null } = { nodeFields: null, edgeFields: null },
  ): Promise<GraphRecord | null> {
    const [row] = await this.executor.read<{
      nodeColumns: Record<string, unknown[]>;
      distances: number[];
      edgeColumns: Record<string, unknown[]>;
      total: number;
    }>(
      `MATCH (start:Entity {id: $id})
       CALL apoc.path.spanningTree(start, {maxLevel: $depth, relationshipFilter: $filter, labelFilter: '+Entity', bfs: true})
         YIELD path
       WITH start, last(nodes(path)) AS n, length(path) AS distance
       ORDER BY distance, n.sortName
       WITH start, collect(n) AS reached, collect(distance) AS reachedDistances
       WITH CASE WHEN reached[0] = start THEN reached ELSE [start] + reached END AS ranked,
            CASE WHEN reached[0] = start THEN reachedDistances ELSE [0] + reachedDistances END AS rankedDistances
       WITH ranked[0..$limit] AS kept, rankedDistances[0..$limit] AS distances, size(ranked) AS total
       CALL (kept) {
         UNWIND kept AS x
         MATCH (x)-[r]->(y:Entity)
         WHERE y IN kept AND ($types IS NULL OR type(r) IN $types)
         RETURN collect(r) AS rels
       }
       RETURN ${entityColumns('kept', projection.nodeFields)} AS nodeColumns, distances,
              ${relationColumns('rels', projection.edgeFields)} AS edgeColumns, total`,
      { id, depth, filter: relationshipFilter(types), types: types && types.length > 0 ? types : null, limit },
    );
    if (!row) return null;
    const entities = zipColumns<EntityRecord>(row.nodeColumns);
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      nodes: entities.map((entity, i) => ({ entity, distance: row.distances[i] ?? null })),
      edges: zipRelations(row.edgeColumns, byId),
      truncated: row.total > entities.length,
    };
  }

  /**
   * Every entity and every relationship among entities (of `types`), columnar. Refuses, with the
   * size, a graph over `maxNodes`: that is a job for a subgraph export or neo4j-admin.
   */
  async wholeGraph(types: RelationType[] | null, maxNodes: number): Promise<GraphRecord | { tooLarge: number }> {
    const [row] = await this.executor.read<{
      total: number;
      nodeColumns: Record<string, unknown[]> | null;
      edgeColumns: Record<string, unknown[]> | null;
    }>(
      `CALL () { MATCH (n:Entity) RETURN count(n) AS total }
       CALL (total) {
         WITH total WHERE total <= $maxNodes
         MATCH (n:Entity)
         WITH n ORDER BY n.kind, n.sortName
         RETURN collect(n) AS nodes
       }
       CALL (total) {
         WITH total WHERE total <= $maxNodes
         MATCH (:Entity)-[r]->(:Entity)
         WHERE $types IS NULL OR type(r) IN $types
         RETURN collect(r) AS rels
       }
       RETURN total,
              CASE WHEN total <= $maxNodes THEN ${entityColumns('nodes')} END AS nodeColumns,
              CASE WHEN total <= $maxNodes THEN ${relationColumns('rels')} END AS edgeColumns`,
      { types: types && types.length > 0 ? types : null, maxNodes },
    );
    if (!row || !row.nodeColumns || !row.edgeColumns) return { tooLarge: row?.total ?? 0 };
    const entities = zipColumns<EntityRecord>(row.nodeColumns);
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      nodes: entities.map((entity) => ({ entity, distance: null })),
      edges: zipRelations(row.edgeColumns, byId),
      truncated: false,
    };
  }

  /** Simple paths, breadth-first so the shortest come first; every hop keeps its evidence. */
  async paths(
    fromId: string,
    toId: string,
    maxLength: number,
    types: RelationType[] | null,
    first: number,
  ): Promise<PathSearchRecord | null> {
    const [row] = await this.executor.read<{
      from: EntityRecord;
      to: EntityRecord;
      paths: Array<{ entities: EntityRecord[]; relations: RelationCore[] }>;
    }>(
      `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
       CALL (a, b) {
         CALL apoc.path.expandConfig(a, {
           terminatorNodes: [b], maxLevel: $maxLength, relationshipFilter: $filter,
           labelFilter: '+Entity', uniqueness: 'NODE_PATH', bfs: true, limit: $first
         }) YIELD path
         RETURN collect({
           entities: [n IN nodes(path) | ${entityProjection('n')}],
           relations: [r IN relationships(path) | ${relationCoreProjection('r')}]
         }) AS paths
       }
       RETURN ${entityProjection('a')} AS from, ${entityProjection('b')} AS to, paths`,
      { fromId, toId, maxLength, filter: relationshipFilter(types), first },
    );
    if (!row) return null;
    return {
      from: row.from,
      to: row.to,
      paths: row.paths.map((path) => {
        const byId = new Map(path.entities.map((e) => [e.id, e]));
        return { entities: path.entities, relations: path.relations.map((r) => attachEndpoints(r, byId)) };
      }),
    };
  }
}
