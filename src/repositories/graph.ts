import type { CypherExecutor } from '../db/executor';
import type { RelationType } from '../domain/vocabulary';
import { attachEndpoints, entityProjection, relationCoreProjection, type RelationCore } from './cypher';
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
      nodes: Array<{ entity: EntityRecord; distance: number }>;
      edges: RelationCore[];
      total: number;
    }>(
      `MATCH (start:Entity {id: $id})
       CALL apoc.path.spanningTree(start, {maxLevel: $depth, relationshipFilter: $filter, labelFilter: '+Entity', bfs: true})
         YIELD path
       WITH start, last(nodes(path)) AS n, length(path) AS distance
       ORDER BY distance, n.sortName
       WITH start, collect({node: n, distance: distance}) AS reached
       WITH CASE WHEN reached[0].node = start THEN reached ELSE [{node: start, distance: 0}] + reached END AS ranked
       WITH ranked[0..$limit] AS kept, size(ranked) AS total
       WITH kept, total, [k IN kept | k.node] AS keptNodes
       CALL (keptNodes) {
         UNWIND keptNodes AS x
         MATCH (x)-[r]->(y:Entity)
         WHERE y IN keptNodes AND ($types IS NULL OR type(r) IN $types)
         RETURN collect(${relationCoreProjection('r', projection.edgeFields)}) AS edges
       }
       RETURN [k IN kept | {entity: ${entityProjection('k.node', projection.nodeFields)}, distance: k.distance}] AS nodes, edges, total`,
      { id, depth, filter: relationshipFilter(types), types: types && types.length > 0 ? types : null, limit },
    );
    if (!row) return null;
    const byId = new Map(row.nodes.map((n) => [n.entity.id, n.entity]));
    return {
      nodes: row.nodes,
      edges: row.edges.map((edge) => attachEndpoints(edge, byId)),
      truncated: row.total > row.nodes.length,
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
