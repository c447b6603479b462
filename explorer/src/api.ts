/**
 * The explorer's only data source: the public GraphQL API, as any other client would use it.
 */
import type { RelationType } from '../../src/domain/vocabulary';
import { graphql } from './generated';
import type {
  ExplorerEntityQuery,
  ExplorerNeighborhoodQuery,
  ExplorerPathsQuery,
  ExplorerRelationQuery,
  ExplorerSearchQuery,
  TypedDocumentString,
} from './generated/graphql';

/*
 * Every operation the explorer sends is a graphql() document below; `npm run codegen` generates its
 * result and variable types from the schema into ./generated (never edited by hand), and fails
 * when an operation is not valid against the schema. The types below are derived from those.
 */

/** Every field of every member of a union, those not shared optional: a flat view of an interface's fragments. */
type AllKeys<U> = U extends unknown ? keyof U : never;
type FieldOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
type Flatten<U> = Pick<U, keyof U> & { [K in Exclude<AllKeys<U>, keyof U>]?: FieldOf<U, K> };

export type GraphData = NonNullable<ExplorerNeighborhoodQuery['neighborhood']>;
export type GraphNodeData = GraphData['nodes'][number];
export type GraphEdgeData = GraphData['edges'][number];
export type SearchHit = ExplorerSearchQuery['search'][number];
type EntityResult = NonNullable<ExplorerEntityQuery['entity']>;
/** An entity with the facts of its kind (fragments below); facts of other kinds are absent. */
export type EntityDetails = Flatten<EntityResult>;
export type Evidence = EntityResult['evidence'][number];
/** A relationship with the attributes of its type; attributes of other types are absent. */
export type RelationshipDetails = Flatten<NonNullable<ExplorerRelationQuery['entity']>['relations'][number]>;
export type PathsResult = NonNullable<ExplorerPathsQuery['paths']>;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const GraphFields = graphql(`
  fragment GraphFields on Graph {
    truncated
    nodes { id label caption type distance }
    edges { id source target type label }
  }
`);

const EvidenceFields = graphql(`
  fragment EvidenceFields on Evidence {
    locator
    quote
    source { id title kind citation url doi year }
  }
`);

const SearchQuery = graphql(`
  query ExplorerSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) { kind matchedOn entity { id name } }
  }
`);

const NeighborhoodQuery = graphql(`
  query ExplorerNeighborhood($id: ID!, $depth: Int, $types: [RelationType!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit) { ...GraphFields }
  }
`);

const EntityQuery = graphql(`
  query ExplorerEntity($id: ID!) {
    entity(id: $id) {
      id kind name synonyms description
      identifiers { namespace accession url }
      evidence { ...EvidenceFields }
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
  }
`);

const RelationshipQuery = graphql(`
  query ExplorerRelation($source: ID!, $type: RelationType!) {
    entity(id: $source) {
      relations(types: [$type], direction: OUT) {
        id type note from { id name } to { id name }
        evidence { ...EvidenceFields }
        ... on Inhibits { mechanism } ... on Targets { mechanism } ... on Activates { mechanism }
        ... on Engineers { mechanism } ... on Suppresses { mechanism } ... on Expands { mechanism }
        ... on Stimulates { mechanism } ... on Restrains { mechanism }
        ... on Treats { status } ... on Prevents { status basis } ... on PredictsResponseTo { effect }
        ... on RequiresBiomarker { role operator threshold unit assay }
        ... on HasAdverseEvent { boxedWarning labelSection frequencyPercent grade3PlusPercent }
      }
    }
  }
`);

const PathsQuery = graphql(`
  query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!]) {
    paths(from: $from, to: $to, maxLength: 4, first: 5, relationTypes: $types) {
      paths { length entities { id name } relations { id type from { id } } }
      graph { ...GraphFields }
    }
  }
`);

/** The fragments are referenced by name in the operations; codegen appends their text to each operation's document. */
void GraphFields;
void EvidenceFields;

/** POSTs a typed document: its variables are checked against the operation, its data typed by it. */
async function gql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length) throw new ApiError(body.errors[0]!.message, body.errors[0]!.extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, undefined);
  return body.data;
}

export async function search(text: string, first = 8): Promise<SearchHit[]> {
  const data = await gql(SearchQuery, { text, first });
  return data.search;
}

export async function neighborhood(
  id: string,
  depth: number,
  relationTypes: RelationType[] | null,
  limit: number,
): Promise<GraphData | null> {
  const data = await gql(NeighborhoodQuery, { id, depth, types: relationTypes, limit });
  return data.neighborhood;
}

export async function entityDetails(id: string): Promise<EntityDetails | null> {
  const data = await gql(EntityQuery, { id });
  return data.entity;
}

/** A relationship is reached through its start node: the API addresses entities, not edges. */
export async function relationshipDetails(
  edge: Pick<GraphEdgeData, 'id' | 'source' | 'type'>,
): Promise<RelationshipDetails | null> {
  const data = await gql(RelationshipQuery, { source: edge.source, type: edge.type });
  return data.entity?.relations.find((r) => r.id === edge.id) ?? null;
}

export async function paths(
  from: string,
  to: string,
  relationTypes: RelationType[] | null,
): Promise<PathsResult | null> {
  const data = await gql(PathsQuery, { from, to, types: relationTypes });
  return data.paths;
}
