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
  // Indication
  agency?: string;
  status?: string;
  line?: string;
  priorTherapy?: string;
  setting?: string;
  diseaseQualifier?: string;
  population?: string;
  regimen?: string;
  pathway?: string;
  approvalDate?: string;
  conversionDate?: string;
  withdrawalDate?: string;
  withdrawalReason?: string;
  labelSection?: string;
  note?: string;
  // Trial
  nctId?: string;
  phase?: string;
  publicationId?: string;
  // AdverseEvent
  immuneRelated?: boolean;
  // Drug
  drugClass?: string;
  // Therapy development
  developmentStage?: string;
  maxPhase?: number;
  developmentStopped?: boolean;
  developmentNote?: string;
}

/** When and why an indication was withdrawn. */
export interface WithdrawalRecord {
  date: string | null;
  reason: string | null;
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
  /** PREVENTS */
  basis?: string | null;
  /** REQUIRES_BIOMARKER */
  role?: string | null;
  operator?: string | null;
  threshold?: number | null;
  unit?: string | null;
  assay?: string | null;
  /** HAS_ADVERSE_EVENT */
  boxedWarning?: boolean | null;
  labelSection?: string | null;
  frequencyPercent?: number | null;
  grade3PlusPercent?: number | null;
}

export interface SourceRecord {
  id: string;
  kind: string;
  title: string;
  citation?: string;
  publisher?: string;
  year?: number;
  doi?: string;
  pmid?: string;
  date?: string;
  revised?: string;
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
