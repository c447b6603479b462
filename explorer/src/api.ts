/**
 * The explorer's only data source: the public GraphQL API, as any other client would use it.
 */
import type { EntityKind, RelationType } from '../../src/domain/vocabulary';

export interface GraphNodeData {
  id: string;
  label: string;
  caption: string;
  type: EntityKind;
  distance: number | null;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
}

export interface GraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  truncated: boolean;
}

export interface SearchHit {
  kind: EntityKind;
  matchedOn: string;
  entity: { id: string; name: string };
}

export interface Evidence {
  locator: string | null;
  quote: string | null;
  source: { id: string; title: string; kind: string; citation: string | null; url: string | null; doi: string | null; year: number | null };
}

export interface EntityDetails {
  id: string;
  kind: EntityKind;
  name: string;
  synonyms: string[];
  description: string | null;
  brandNames?: string[];
  identifiers: Array<{ namespace: string; accession: string; url: string }>;
  evidence: Evidence[];
}

export interface RelationDetails {
  id: string;
  type: RelationType;
  note: string | null;
  mechanism?: string | null;
  status?: string | null;
  effect?: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
  evidence: Evidence[];
}

export interface PathsResult {
  paths: Array<{ length: number; entities: Array<{ id: string; name: string }>; relations: Array<{ id: string; type: RelationType; from: { id: string } }> }>;
  graph: GraphData;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const GRAPH_FIELDS = `truncated nodes { id label caption type distance } edges { id source target type label }`;
const EVIDENCE_FIELDS = `locator quote source { id title kind citation url doi year }`;

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new ApiError(body.errors[0]!.message, body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}

export async function search(text: string, first = 8): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    `query ExplorerSearch($text: String!, $first: Int) { search(text: $text, first: $first) { kind matchedOn entity { id name } } }`,
    { text, first },
  );
  return data.search;
}

export async function neighborhood(id: string, depth: number, relationTypes: RelationType[] | null, limit: number): Promise<GraphData | null> {
  const data = await gql<{ neighborhood: GraphData | null }>(
    `query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {
       neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) { ${GRAPH_FIELDS} }
     }`,
    { id, depth, types: relationTypes, limit },
  );
  return data.neighborhood;
}

export async function entityDetails(id: string): Promise<EntityDetails | null> {
  const data = await gql<{ entity: EntityDetails | null }>(
    `query ExplorerEntity($id: ID!) {
       entity(id: $id) {
         id kind name synonyms description
         identifiers { namespace accession url }
         evidence { ${EVIDENCE_FIELDS} }
         ... on Therapy { brandNames }
       }
     }`,
    { id },
  );
  return data.entity;
}

/** A relationship is reached through its start node: the API addresses entities, not edges. */
export async function relationDetails(edge: Pick<GraphEdgeData, 'id' | 'source' | 'type'>): Promise<RelationDetails | null> {
  const data = await gql<{ entity: { relations: RelationDetails[] } | null }>(
    `query ExplorerRelation($source: ID!, $type: RelationType!) {
       entity(id: $source) {
         relations(types: [$type], direction: OUT) {
           id type note from { id name } to { id name }
           evidence { ${EVIDENCE_FIELDS} }
           ... on Inhibits { mechanism } ... on Targets { mechanism } ... on Activates { mechanism }
           ... on Engineers { mechanism } ... on Suppresses { mechanism }
           ... on Treats { status } ... on Prevents { status } ... on PredictsResponseTo { effect }
         }
       }
     }`,
    { source: edge.source, type: edge.type },
  );
  return data.entity?.relations.find((r) => r.id === edge.id) ?? null;
}

export async function paths(from: string, to: string, relationTypes: RelationType[] | null): Promise<PathsResult | null> {
  const data = await gql<{ paths: PathsResult | null }>(
    `query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!]) {
       paths(from: $from, to: $to, maxLength: 4, first: 5, relationTypes: $types) {
         paths { length entities { id name } relations { id type from { id } } }
         graph { ${GRAPH_FIELDS} }
       }
     }`,
    { from, to, types: relationTypes },
  );
  return data.paths;
}
