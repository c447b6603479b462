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
  // Kind-specific facts (fragments below); absent for other kinds.
  developmentStage?: string | null;
  maxPhase?: number | null;
  developmentStopped?: boolean | null;
  developmentNote?: string | null;
  agency?: string | null;
  status?: string | null;
  line?: string | null;
  priorTherapy?: string | null;
  setting?: string | null;
  regimen?: string | null;
  pathway?: string | null;
  diseaseQualifier?: string | null;
  population?: string | null;
  approvalDate?: string | null;
  conversionDate?: string | null;
  withdrawal?: { date: string | null; reason: string | null } | null;
  labelSection?: string | null;
  nctId?: string | null;
  phase?: string | null;
  publication?: { title: string; url: string | null } | null;
  immuneRelated?: boolean | null;
  aeCategory?: string | null;
  geneSymbol?: string | null;
  drugClass?: string | null;
}

export interface RelationDetails {
  id: string;
  type: RelationType;
  note: string | null;
  mechanism?: string | null;
  status?: string | null;
  effect?: string | null;
  basis?: string | null;
  role?: string | null;
  operator?: string | null;
  threshold?: number | null;
  unit?: string | null;
  assay?: string | null;
  boxedWarning?: boolean | null;
  labelSection?: string | null;
  frequencyPercent?: number | null;
  grade3PlusPercent?: number | null;
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
         ... on Therapy { brandNames developmentStage maxPhase developmentStopped developmentNote }
         ... on Indication {
           agency status line priorTherapy setting regimen pathway diseaseQualifier population
           approvalDate conversionDate withdrawal { date reason } labelSection
         }
         ... on Trial { nctId phase population publication { title url } }
         ... on AdverseEvent { immuneRelated aeCategory: category }
         ... on Cytokine { geneSymbol }
         ... on Drug { drugClass }
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
           ... on Engineers { mechanism } ... on Suppresses { mechanism } ... on Expands { mechanism }
           ... on Stimulates { mechanism } ... on Restrains { mechanism }
           ... on Treats { status } ... on Prevents { status basis } ... on PredictsResponseTo { effect }
           ... on RequiresBiomarker { role operator threshold unit assay }
           ... on HasAdverseEvent { boxedWarning labelSection frequencyPercent grade3PlusPercent }
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
