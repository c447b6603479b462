import { buildSearchQuery } from '../src/domain/search-query';

/**
 * The benchmark operations, each expressed three ways for the same answer: this service's
 * GraphQL, the Neo4j GraphQL Library's GraphQL, and hand-written Cypher (the floor). `canon`
 * functions reduce each answer to one comparable shape, checked equal before anything is timed.
 */

const SEARCH_TEXT = 'Keytruda';
const SEARCH = buildSearchQuery(SEARCH_TEXT)!;

/** 50 seed ids across every kind (they exist at every scale). */
export const BATCH_IDS = [
  'pembrolizumab',
  'nivolumab',
  'cemiplimab',
  'dostarlimab',
  'atezolizumab',
  'durvalumab',
  'avelumab',
  'ipilimumab',
  'tremelimumab',
  'relatlimab',
  'trastuzumab',
  'pertuzumab',
  'rituximab',
  'cetuximab',
  'bevacizumab',
  'daratumumab',
  'blinatumomab',
  'tisagenlecleucel',
  'axicabtagene-ciloleucel',
  'idecabtagene-vicleucel',
  'sipuleucel-t',
  'hpv-9-valent-vaccine',
  'aldesleukin',
  'pd-1',
  'pd-l1',
  'ctla-4',
  'lag-3',
  'tim-3',
  'tigit',
  'cd47',
  't-cell',
  'cd8-t-cell',
  'nk-cell',
  'b-cell',
  'macrophage',
  'melanoma',
  'nsclc',
  'lbcl',
  'b-all',
  'multiple-myeloma',
  'cervical-cancer',
  'her2',
  'cd19',
  'bcma',
  'cd20',
  'pd-l1-expression',
  'tmb-high',
  'msi-h-dmmr',
  'immune-checkpoint-inhibitor',
  'car-t-cell-therapy',
];

export const FLOOR_CYPHER = {
  lookup: `MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .brandNames, .synonyms} AS result`,
  search: `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $first * 10}) YIELD node, score
           WHERE $kinds IS NULL OR node.kind IN $kinds
           WITH node, score ORDER BY score DESC, node.sortName ASC LIMIT $first
           RETURN collect(node.id) AS result`,
  page: `MATCH (n:Therapy)-[:TREATS]->(:Entity {id: $cancer})
         WITH DISTINCT n ORDER BY n.sortName, n.id
         WITH collect(n.id) AS ids
         RETURN {totalCount: size(ids), ids: ids[0..$first]} AS result`,
  nested: `MATCH (t:Therapy) WITH t ORDER BY t.sortName, t.id LIMIT $first
           CALL (t) {
             OPTIONAL MATCH (t)-[:INHIBITS]->(c:Checkpoint)
             WITH c WHERE c IS NOT NULL
             RETURN collect({id: c.id, cells: COLLECT { MATCH (c)-[:EXPRESSED_ON]->(cell:ImmuneCell) RETURN cell.id }}) AS inhibits
           }
           RETURN collect({id: t.id, inhibits: inhibits}) AS result`,
  neighborhood: `MATCH (start:Entity {id: $id})
           CALL apoc.path.spanningTree(start, {maxLevel: $depth, labelFilter: '+Entity', bfs: true}) YIELD path
           WITH start, last(nodes(path)) AS n, length(path) AS distance
           ORDER BY distance, n.sortName
           WITH start, collect(n) AS reached
           WITH CASE WHEN reached[0] = start THEN reached ELSE [start] + reached END AS ranked
           WITH ranked[0..$limit] AS kept
           CALL (kept) {
             UNWIND kept AS x MATCH (x)-[r]->(y:Entity) WHERE y IN kept RETURN collect(r.id) AS edges
           }
           RETURN {nodes: [k IN kept | k.id], edges: edges} AS result`,
  paths: `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
          CALL apoc.path.expandConfig(a, {terminatorNodes: [b], maxLevel: $maxLength, labelFilter: '+Entity',
                                          uniqueness: 'NODE_PATH', bfs: true, limit: $first}) YIELD path
          RETURN collect([n IN nodes(path) | n.id]) AS result`,
  stats: `CALL () { MATCH (n) WHERE n:Entity OR n:Source RETURN count(n) AS nodeCount }
          CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
          RETURN {nodeCount: nodeCount, relationshipCount: relationshipCount} AS result`,
  batch: `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN collect(n {.id, .name}) AS result`,
} as const;

export type OperationName = keyof typeof FLOOR_CYPHER;

/**
 * `Ours`, `Library` and `Floor` are the shapes each canon function reads: the data of the two
 * GraphQL answers and the Cypher floor's `result` column. They are declared, not verified: an
 * answer of another shape makes the canon throw or differ, which fails the equality check.
 */
export interface Operation<Ours = unknown, Library = unknown, Floor = unknown> {
  name: OperationName;
  title: string;
  ours: { query: string; variables?: Record<string, unknown> };
  library: { query: string; variables?: Record<string, unknown> };
  floor: { params: Record<string, unknown> };
  canonOurs(data: Ours): unknown;
  canonLibrary(data: Library): unknown;
  canonFloor(result: Floor): unknown;
}

/**
 * Keeps each operation's shapes for its own canon functions; callers pass the answers untyped
 * (the canon methods' parameters are bivariant, so the typed operation fits the untyped list).
 */
const define = <Ours, Library, Floor>(operation: Operation<Ours, Library, Floor>): Operation => operation;

interface Entry {
  id: string;
}
type Cells = Array<{ id: string; cells: string[] }>;
interface Graph {
  nodes: string[];
  edges: string[];
}

const sortBy = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
/** The library's custom resolvers answer JSON strings; their shape is the floor's. */
const parse = <T>(json: string) => JSON.parse(json) as T;

export const OPERATIONS: Operation[] = [
  define<{ therapy: unknown }, { therapies: unknown[] }, unknown>({
    name: 'lookup',
    title: 'entity by id',
    ours: { query: `{ therapy(id: "pembrolizumab") { id name brandNames synonyms } }` },
    library: { query: `{ therapies(where: { id: { eq: "pembrolizumab" } }) { id name brandNames synonyms } }` },
    floor: { params: { id: 'pembrolizumab' } },
    canonOurs: (d) => d.therapy,
    canonLibrary: (d) => d.therapies[0],
    canonFloor: (r) => r,
  }),
  define<{ search: Array<{ entity: Entry }> }, { searchJson: string }, unknown>({
    name: 'search',
    title: `search "${SEARCH_TEXT}" (brand name)`,
    ours: { query: `{ search(text: "${SEARCH_TEXT}", kinds: [Therapy], first: 10) { entity { id } } }` },
    library: {
      query: `query($lucene: String!) { searchJson(lucene: $lucene, first: 10, kinds: ["Therapy"]) }`,
      variables: { lucene: SEARCH.lucene },
    },
    floor: { params: { lucene: SEARCH.lucene, first: 10, kinds: ['Therapy'] } },
    canonOurs: (d) => d.search.map((h) => h.entity.id),
    canonLibrary: (d) => parse<unknown>(d.searchJson),
    canonFloor: (r) => r,
  }),
  define<
    { therapies: { totalCount: number; nodes: Entry[] } },
    { therapiesConnection: { totalCount: number; edges: Array<{ node: Entry }> } },
    unknown
  >({
    name: 'page',
    title: 'filtered, sorted page + totalCount',
    ours: {
      query: `{ therapies(filter: { treats: "melanoma" }, sort: { field: NAME }, first: 10) { totalCount nodes { id } } }`,
    },
    library: {
      query: `{ therapiesConnection(where: { treats: { some: { id: { eq: "melanoma" } } } }, sort: [{ sortName: ASC }], first: 10) { totalCount edges { node { id } } } }`,
    },
    floor: { params: { cancer: 'melanoma', first: 10 } },
    canonOurs: (d) => ({ totalCount: d.therapies.totalCount, ids: d.therapies.nodes.map((n) => n.id) }),
    canonLibrary: (d) => ({
      totalCount: d.therapiesConnection.totalCount,
      ids: d.therapiesConnection.edges.map((e) => e.node.id),
    }),
    canonFloor: (r) => r,
  }),
  define<
    {
      therapies: {
        nodes: Array<Entry & { inhibits: Array<{ checkpoint: Entry & { expressedOn: Array<{ cell: Entry }> } }> }>;
      };
    },
    { therapies: Array<Entry & { inhibits: Array<Entry & { expressedOn: Entry[] }> }> },
    Array<Entry & { inhibits: Cells }>
  >({
    name: 'nested',
    title: '2-level nested list (therapies → checkpoints → cells)',
    ours: {
      query: `{ therapies(first: 20) { nodes { id inhibits { checkpoint { id expressedOn { cell { id } } } } } } }`,
    },
    library: { query: `{ therapies(limit: 20, sort: [{ sortName: ASC }]) { id inhibits { id expressedOn { id } } } }` },
    floor: { params: { first: 20 } },
    canonOurs: (d) =>
      d.therapies.nodes.map((t) => ({
        id: t.id,
        inhibits: sortBy(
          t.inhibits.map((i) => ({
            id: i.checkpoint.id,
            cells: i.checkpoint.expressedOn.map((e) => e.cell.id).sort(),
          })),
          (x) => JSON.stringify(x),
        ),
      })),
    canonLibrary: (d) =>
      d.therapies.map((t) => ({
        id: t.id,
        inhibits: sortBy(
          t.inhibits.map((c) => ({ id: c.id, cells: c.expressedOn.map((e) => e.id).sort() })),
          (x) => JSON.stringify(x),
        ),
      })),
    canonFloor: (r) =>
      r.map((t) => ({
        id: t.id,
        inhibits: sortBy(
          t.inhibits.map((c) => ({ id: c.id, cells: [...c.cells].sort() })),
          (x) => JSON.stringify(x),
        ),
      })),
  }),
  define<{ neighborhood: { nodes: Entry[]; edges: Entry[] } }, { neighborhoodJson: string }, Graph>({
    name: 'neighborhood',
    title: 'neighborhood depth 2 (limit 500)',
    ours: { query: `{ neighborhood(id: "pd-1", depth: 2, limit: 500) { nodes { id } edges { id } } }` },
    library: { query: `{ neighborhoodJson(id: "pd-1", depth: 2, limit: 500) }` },
    floor: { params: { id: 'pd-1', depth: 2, limit: 500 } },
    canonOurs: (d) => ({
      nodes: d.neighborhood.nodes.map((n) => n.id).sort(),
      edges: d.neighborhood.edges.map((e) => e.id).sort(),
    }),
    canonLibrary: (d) => {
      const g = parse<Graph>(d.neighborhoodJson);
      return { nodes: [...g.nodes].sort(), edges: [...g.edges].sort() };
    },
    canonFloor: (r) => ({ nodes: [...r.nodes].sort(), edges: [...r.edges].sort() }),
  }),
  define<{ paths: { paths: Array<{ entities: Entry[] }> } }, { pathsJson: string }, unknown>({
    name: 'paths',
    title: 'paths pembrolizumab → T cell (≤3 hops, 5 paths)',
    ours: {
      query: `{ paths(from: "pembrolizumab", to: "t-cell", maxLength: 3, first: 5) { paths { entities { id } } } }`,
    },
    library: { query: `{ pathsJson(fromId: "pembrolizumab", toId: "t-cell", maxLength: 3, first: 5) }` },
    floor: { params: { fromId: 'pembrolizumab', toId: 't-cell', maxLength: 3, first: 5 } },
    canonOurs: (d) => d.paths.paths.map((p) => p.entities.map((e) => e.id)),
    canonLibrary: (d) => parse<unknown>(d.pathsJson),
    canonFloor: (r) => r,
  }),
  define<{ stats: unknown }, { statsJson: string }, unknown>({
    name: 'stats',
    title: 'stats (totals)',
    ours: { query: `{ stats { nodeCount relationshipCount } }` },
    library: { query: `{ statsJson }` },
    floor: { params: {} },
    canonOurs: (d) => d.stats,
    canonLibrary: (d) => parse<unknown>(d.statsJson),
    canonFloor: (r) => r,
  }),
  define<{ entities: Entry[] }, { entities: Entry[] }, Entry[]>({
    name: 'batch',
    title: 'batch lookup of 50 ids',
    ours: { query: `query($ids: [ID!]!) { entities(ids: $ids) { id name } }`, variables: { ids: BATCH_IDS } },
    library: {
      query: `query($ids: [ID!]!) { entities(where: { id: { in: $ids } }) { id name } }`,
      variables: { ids: BATCH_IDS },
    },
    floor: { params: { ids: BATCH_IDS } },
    canonOurs: (d) => sortBy(d.entities, (e) => e.id),
    canonLibrary: (d) => sortBy(d.entities, (e) => e.id),
    canonFloor: (r) => sortBy(r, (e) => e.id),
  }),
];
