import type { EntityKind, RelationType } from '../domain/vocabulary';

/**
 * Shapes as they come out of Neo4j; codegen maps GraphQL types onto these (codegen.yml mappers),
 * and the resolvers turn them into the API's shape.
 */
/** Relationship lists fetched together with an entity, keyed by prefetchKey (e.g. INHIBITS_OUT). */
export const PREFETCHED = Symbol('prefetched');

export interface EntityRecord {
  [PREFETCHED]?: Map<string, RelationRecord[]>;
  id: string;
  kind: EntityKind;
  name: string;
  synonyms: string[];
  xrefs: string[];
  description: string | null;
  evidenceSources: string[];
  evidenceLocators: string[];
  brandNames?: string[];
  modality?: string;
  firstApprovalYear?: number;
  geneSymbol?: string;
  role?: string;
  lineage?: string;
  category?: string;
  biomarkerType?: string;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: EntityRecord;
  to: EntityRecord;
  note: string | null;
  mechanism: string | null;
  status: string | null;
  year: number | null;
  effect: string | null;
  evidenceSources: string[];
  evidenceLocators: string[];
}

export interface SourceRecord {
  id: string;
  kind: string;
  title: string;
  citation?: string;
  publisher?: string;
  year?: number;
  doi?: string;
  url?: string;
  passages: string[];
}

export interface EvidenceRecord {
  sourceId: string;
  locator: string | null;
}

export interface EntityPage {
  totalCount: number;
  offset: number;
  items: EntityRecord[];
}

export interface EntityEdgeRecord {
  cursor: string;
  node: EntityRecord;
}

export interface GraphNodeRecord {
  entity: EntityRecord;
  distance: number | null;
}

export interface GraphRecord {
  nodes: GraphNodeRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

export interface PathRecord {
  entities: EntityRecord[];
  relations: RelationRecord[];
}

export interface PathSearchRecord {
  from: EntityRecord;
  to: EntityRecord;
  paths: PathRecord[];
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  matchedOn: string;
}
