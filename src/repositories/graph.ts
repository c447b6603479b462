import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import type { RelationType } from '../domain/vocabulary';
import {
  asJson,
  attachEndpoints,
  build,
  entityColumns,
  mapList,
  parseJson,
  slice,
  entityProjection,
  relationshipColumns,
  relationshipCoreProjection,
  zipColumns,
  zipRelationships,
  type RelationshipCore,
} from './cypher';
import { compilePrefetch, emptyPlan, hydrate, type PrefetchedRows, type PrefetchPlan } from './prefetch';
import type { StoredRelationship } from './properties';
import type { EntityRecord, FetchedEntity, FetchedGraph, GraphRecord, PathSearchRecord } from './records';

/**
 * What a path search fetches (null fields: every stored property): its two ends with the
 * relationship lists their plans ask for, and the properties of the entities and relationships
 * on the paths.
 */
export interface PathProjection {
  from: PrefetchPlan;
  to: PrefetchPlan;
  entityFields: Set<string> | null;
  relationFields: Set<string> | null;
}

/** Everything, nothing prefetched: plain resolution's paths. */
export const wholePaths = (): PathProjection => ({
  from: emptyPlan(),
  to: emptyPlan(),
  entityFields: null,
  relationFields: null,
});

/** APOC's relationship filter syntax: "TYPE_A|TYPE_B"; empty means every type. */
const relationshipFilter = (types: RelationType[] | null) => (types && types.length > 0 ? types.join('|') : '');

export class GraphRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /**
   * Breadth-first subgraph: APOC's spanning tree visits each node once (hubs do not explode) and
   * gives its distance; the edges are then every relationship among the kept nodes.
   */
  /** Without a projection every property is fetched (export); with one, what the selection reads. */
  neighborhood(id: string, depth: number, types: RelationType[] | null, limit: number): Promise<FetchedGraph | null>;
  neighborhood(
    id: string,
    depth: number,
    types: RelationType[] | null,
    limit: number,
    projection: { nodeFields: Set<string> | null; edgeFields: Set<string> | null },
  ): Promise<GraphRecord | null>;
  async neighborhood(
    id: string,
    depth: number,
    types: RelationType[] | null,
    limit: number,
    projection: { nodeFields: Set<string> | null; edgeFields: Set<string> | null } = {
      nodeFields: null,
      edgeFields: null,
    },
  ): Promise<GraphRecord | null> {
    const typeList = types && types.length > 0 ? types : null;
    const start = new Cypher.Node();
    const path = new Cypher.Variable();
    const n = new Cypher.Node();
    const distance = new Cypher.Variable();
    const reached = new Cypher.Variable();
    const reachedDistances = new Cypher.Variable();
    const ranked = new Cypher.Variable();
    const rankedDistances = new Cypher.Variable();
    const kept = new Cypher.Variable();
    const distances = new Cypher.Variable();
    const total = new Cypher.Variable();
    const x = new Cypher.Node();
    const r = new Cypher.Relationship();
    const y = new Cypher.Node();
    const rels = new Cypher.Variable();
    const limitParam = new Cypher.Param(limit);
    const startFirst = Cypher.eq(Cypher.listIndex(reached, 0), start);
    // Start first, then by distance and name; the spanning tree may or may not yield the start itself.
    const withStart = (list: Cypher.Variable, head: Cypher.Expr) =>
      new Cypher.Case()
        .when(startFirst)
        .then(list)
        .else(Cypher.plus(new Cypher.List([head]), list));
    const edgeFilter: Cypher.Predicate[] = [Cypher.in(y, kept)];
    if (typeList) edgeFilter.push(Cypher.in(Cypher.type(r), new Cypher.Param(typeList)));
    const edges = new Cypher.Call(
      new Cypher.Unwind([kept, x])
        .match(new Cypher.Pattern(x).related(r, { direction: 'right' }).to(y, { labels: ['Entity'] }))
        .where(Cypher.and(...edgeFilter))
        .return([Cypher.collect(r), rels]),
      [kept],
    );
    const statement = Cypher.utils.concat(
      new Cypher.Match(new Cypher.Pattern(start, { labels: ['Entity'], properties: { id: new Cypher.Param(id) } })),
      new Cypher.Procedure('apoc.path.spanningTree', [
        start,
        new Cypher.Map({
          maxLevel: new Cypher.Param(depth),
          relationshipFilter: new Cypher.Param(relationshipFilter(types)),
          labelFilter: new Cypher.Literal('+Entity'),
          bfs: Cypher.true,
        }),
      ])
        .yield(['path', path])
        .with(start, [Cypher.last(Cypher.nodes(path)), n], [Cypher.length(path), distance])
        .orderBy(distance, n.property('sortName'))
        .with(start, [Cypher.collect(n), reached], [Cypher.collect(distance), reachedDistances])
        .with(
          [withStart(reached, start), ranked],
          [withStart(reachedDistances, new Cypher.Literal(0)), rankedDistances],
        )
        .with(
          [slice(ranked, new Cypher.Literal(0), limitParam), kept],
          [slice(rankedDistances, new Cypher.Literal(0), limitParam), distances],
          [Cypher.size(ranked), total],
        ),
      edges,
      new Cypher.Return([
        asJson(
          new Cypher.Map({
            nodeColumns: entityColumns(kept, projection.nodeFields),
            distances,
            edgeColumns: relationshipColumns(rels, projection.edgeFields),
            total,
          }),
        ),
        'answer',
      ]),
    );
    const { cypher, params } = build(statement);
    const [json] = await this.executor.read<{ answer: string }>(cypher, params);
    if (!json) return null;
    const row = parseJson<{
      nodeColumns: Record<string, unknown[]>;
      distances: number[];
      edgeColumns: Record<string, unknown[]>;
      total: number;
    }>(json.answer);
    const entities = zipColumns<EntityRecord>(row.nodeColumns);
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      nodes: entities.map((entity, i) => ({ entity, distance: row.distances[i] ?? null })),
      edges: zipRelationships(row.edgeColumns, byId),
      truncated: row.total > entities.length,
    };
  }

  /**
   * Every entity and every relationship among entities (of `types`), columnar. Refuses, with the
   * size, a graph over `maxNodes`: that is a job for a subgraph export or neo4j-admin.
   */
  async wholeGraph(types: RelationType[] | null, maxNodes: number): Promise<FetchedGraph | { tooLarge: number }> {
    const typeList = types && types.length > 0 ? types : null;
    const n = new Cypher.Node();
    const r = new Cypher.Relationship();
    const total = new Cypher.Variable();
    const nodes = new Cypher.Variable();
    const rels = new Cypher.Variable();
    const maxNodesParam = new Cypher.Param(maxNodes);
    const small = Cypher.lte(total, maxNodesParam);
    const relMatch = new Cypher.Match(
      new Cypher.Pattern({ labels: ['Entity'] }).related(r, { direction: 'right' }).to({ labels: ['Entity'] }),
    );
    if (typeList) relMatch.where(Cypher.in(Cypher.type(r), new Cypher.Param(typeList)));
    const statement = Cypher.utils.concat(
      new Cypher.Call(
        new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'] })).return([Cypher.count(n), total]),
        [],
      ),
      // Counted first: a graph over maxNodes is refused without reading it.
      new Cypher.Call(
        Cypher.utils.concat(
          new Cypher.With(total).where(small),
          new Cypher.Match(new Cypher.Pattern(n, { labels: ['Entity'] }))
            .with(n)
            .orderBy(n.property('kind'), n.property('sortName'))
            .return([Cypher.collect(n), nodes]),
        ),
        [total],
      ),
      new Cypher.Call(
        Cypher.utils.concat(new Cypher.With(total).where(small), relMatch.return([Cypher.collect(r), rels])),
        [total],
      ),
      new Cypher.Return(
        [total, 'total'],
        [
          new Cypher.Case()
            .when(small)
            .then(
              asJson(new Cypher.Map({ nodeColumns: entityColumns(nodes), edgeColumns: relationshipColumns(rels) })),
            ),
          'columns',
        ],
      ),
    );
    const { cypher, params } = build(statement);
    const [answer] = await this.executor.read<{ total: number; columns: string | null }>(cypher, params);
    if (!answer?.columns) return { tooLarge: answer?.total ?? 0 };
    const row = parseJson<{ nodeColumns: Record<string, unknown[]>; edgeColumns: Record<string, unknown[]> }>(
      answer.columns,
    );
    const entities = zipColumns<FetchedEntity>(row.nodeColumns);
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      nodes: entities.map((entity) => ({ entity, distance: null })),
      edges: zipRelationships<FetchedEntity, StoredRelationship>(row.edgeColumns, byId),
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
    projection: PathProjection = wholePaths(),
  ): Promise<PathSearchRecord | null> {
    const a = new Cypher.Node();
    const b = new Cypher.Node();
    const path = new Cypher.Variable();
    const paths = new Cypher.Variable();
    // Each hop with its endpoints bound, so their ids can be read (x.start.id).
    const hops = mapList(
      Cypher.relationships(path),
      (r) => new Cypher.Map({ r, start: Cypher.startNode(r), end: Cypher.endNode(r) }),
    );
    const search = new Cypher.Procedure('apoc.path.expandConfig', [
      a,
      new Cypher.Map({
        terminatorNodes: new Cypher.List([b]),
        maxLevel: new Cypher.Param(maxLength),
        relationshipFilter: new Cypher.Param(relationshipFilter(types)),
        labelFilter: new Cypher.Literal('+Entity'),
        uniqueness: new Cypher.Literal('NODE_PATH'),
        bfs: Cypher.true,
        limit: new Cypher.Param(first),
      }),
    ])
      .yield(['path', path])
      .return([
        Cypher.collect(
          new Cypher.Map({
            entities: mapList(Cypher.nodes(path), (n) => entityProjection(n, projection.entityFields)),
            relations: mapList(hops, (x) =>
              relationshipCoreProjection(
                x.property('r'),
                {
                  fromId: x.property('start').property('id'),
                  toId: x.property('end').property('id'),
                },
                projection.relationFields,
              ),
            ),
          }),
        ),
        paths,
      ]);
    const columns: Array<[Cypher.Expr, string]> = [
      [entityProjection(a, projection.from.fields), 'from'],
      [entityProjection(b, projection.to.fields), 'to'],
      [paths, 'paths'],
    ];
    // The ends' relationship lists, when their selections ask for some (look-ahead).
    if (projection.from.relations.size > 0) columns.push([compilePrefetch(a, projection.from), 'fromPrefetch']);
    if (projection.to.relations.size > 0) columns.push([compilePrefetch(b, projection.to), 'toPrefetch']);
    const statement = Cypher.utils.concat(
      new Cypher.Match(
        new Cypher.Pattern(a, { labels: ['Entity'], properties: { id: new Cypher.Param(fromId) } }),
        new Cypher.Pattern(b, { labels: ['Entity'], properties: { id: new Cypher.Param(toId) } }),
      ),
      new Cypher.Call(search, [a, b]),
      new Cypher.Return(...columns),
    );
    const { cypher, params } = build(statement);
    const [row] = await this.executor.read<{
      from: EntityRecord;
      fromPrefetch?: PrefetchedRows;
      to: EntityRecord;
      toPrefetch?: PrefetchedRows;
      paths: Array<{ entities: EntityRecord[]; relations: RelationshipCore[] }>;
    }>(cypher, params);
    if (!row) return null;
    return {
      from: hydrate(row.from, row.fromPrefetch),
      to: hydrate(row.to, row.toPrefetch),
      paths: row.paths.map((path) => {
        const byId = new Map(path.entities.map((e) => [e.id, e]));
        return { entities: path.entities, relations: path.relations.map((r) => attachEndpoints(r, byId)) };
      }),
    };
  }
}
