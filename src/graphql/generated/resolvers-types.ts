import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, RelationRecord, SourceRecord, EvidenceRecord, SearchHitRecord, GraphRecord, GraphNodeRecord, PathRecord, PathSearchRecord, EntityPage, EntityEdgeRecord } from '../../repositories/records';
import type { GraphContext } from '../../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Activates = Relation & {
  __typename?: 'Activates';
  cell: ImmuneCell;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  mechanism: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};

/** A tumour-associated protein (or glycolipid) that therapies are directed at. */
export type Antigen = Entity & {
  __typename?: 'Antigen';
  description: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  expressedByCancers: Array<Expresses>;
  expressedOn: Array<ExpressedOn>;
  geneSymbol: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  kind: EntityKind;
  measuredBy: Array<Measures>;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
  synonyms: Array<Scalars['String']['output']>;
  targetedBy: Array<Targets>;
};


/** A tumour-associated protein (or glycolipid) that therapies are directed at. */
export type AntigenRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};

export type AntigenConnection = {
  __typename?: 'AntigenConnection';
  edges: Array<AntigenEdge>;
  nodes: Array<Antigen>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AntigenEdge = {
  __typename?: 'AntigenEdge';
  cursor: Scalars['String']['output'];
  node: Antigen;
};

export type AntigenFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  /** Targeted by this therapy. */
  targetedBy?: InputMaybe<Scalars['ID']['input']>;
};

export type ApprovalStatus =
  | 'APPROVED'
  | 'INVESTIGATIONAL'
  | 'WITHDRAWN';

export type Binds = Relation & {
  __typename?: 'Binds';
  checkpoint: Checkpoint;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  partner: Checkpoint;
  to: Entity;
  type: RelationType;
};

/** A measurement used to predict who benefits from a therapy. */
export type Biomarker = Entity & {
  __typename?: 'Biomarker';
  biomarkerType: Maybe<BiomarkerType>;
  description: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  kind: EntityKind;
  measures: Array<Measures>;
  name: Scalars['String']['output'];
  predictsResponseTo: Array<PredictsResponseTo>;
  relations: Array<Relation>;
  synonyms: Array<Scalars['String']['output']>;
};


/** A measurement used to predict who benefits from a therapy. */
export type BiomarkerRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};

export type BiomarkerConnection = {
  __typename?: 'BiomarkerConnection';
  edges: Array<BiomarkerEdge>;
  nodes: Array<Biomarker>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BiomarkerEdge = {
  __typename?: 'BiomarkerEdge';
  cursor: Scalars['String']['output'];
  node: Biomarker;
};

export type BiomarkerFilter = {
  biomarkerType?: InputMaybe<BiomarkerType>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
};

export type BiomarkerType =
  | 'GENOMIC'
  | 'GERMLINE_HLA'
  | 'IMMUNE_CONTEXTURE'
  | 'PROTEIN_EXPRESSION';

export type Cancer = Entity & {
  __typename?: 'Cancer';
  category: Maybe<CancerCategory>;
  description: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  expresses: Array<Expresses>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  parentTypes: Array<SubtypeOf>;
  preventedBy: Array<Prevents>;
  relations: Array<Relation>;
  subtypes: Array<SubtypeOf>;
  synonyms: Array<Scalars['String']['output']>;
  treatedBy: Array<Treats>;
};


export type CancerRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


export type CancerTreatedByArgs = {
  status?: InputMaybe<ApprovalStatus>;
};

export type CancerCategory =
  | 'HEMATOLOGIC'
  | 'SOLID';

export type CancerConnection = {
  __typename?: 'CancerConnection';
  edges: Array<CancerEdge>;
  nodes: Array<Cancer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CancerEdge = {
  __typename?: 'CancerEdge';
  cursor: Scalars['String']['output'];
  node: Cancer;
};

export type CancerFilter = {
  category?: InputMaybe<CancerCategory>;
  /** Expresses this antigen or checkpoint. */
  expresses?: InputMaybe<Scalars['ID']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  /** Treated by this therapy. */
  treatedBy?: InputMaybe<Scalars['ID']['input']>;
};

/** An immune checkpoint receptor or ligand. */
export type Checkpoint = Entity & {
  __typename?: 'Checkpoint';
  binds: Array<Binds>;
  boundBy: Array<Binds>;
  description: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  expressedByCancers: Array<Expresses>;
  expressedOn: Array<ExpressedOn>;
  geneSymbol: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  inhibitedBy: Array<Inhibits>;
  kind: EntityKind;
  measuredBy: Array<Measures>;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
  role: Maybe<CheckpointRole>;
  suppresses: Array<Suppresses>;
  synonyms: Array<Scalars['String']['output']>;
};


/** An immune checkpoint receptor or ligand. */
export type CheckpointRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};

export type CheckpointConnection = {
  __typename?: 'CheckpointConnection';
  edges: Array<CheckpointEdge>;
  nodes: Array<Checkpoint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CheckpointEdge = {
  __typename?: 'CheckpointEdge';
  cursor: Scalars['String']['output'];
  node: Checkpoint;
};

export type CheckpointFilter = {
  /** Inhibited by this therapy. */
  inhibitedBy?: InputMaybe<Scalars['ID']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<CheckpointRole>;
};

export type CheckpointRole =
  | 'LIGAND'
  | 'RECEPTOR';

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type Engineers = Relation & {
  __typename?: 'Engineers';
  cell: ImmuneCell;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  mechanism: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};

/** A thing in the graph with a stable id, a preferred name and aliases. */
export type Entity = {
  description: Maybe<Scalars['String']['output']>;
  /** Where the description and the entity come from. */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Standard identifiers: HGNC, ChEMBL, Cell Ontology (CL), NCIt or MONDO. */
  identifiers: Array<ExternalId>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Relationships of any type touching this entity, for generic exploration. */
  relations: Array<Relation>;
  /** Aliases, codes and (for therapies) brand names. */
  synonyms: Array<Scalars['String']['output']>;
};


/** A thing in the graph with a stable id, a preferred name and aliases. */
export type EntityRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};

/** Filters shared by every list. All given filters must hold. */
export type EntityFilter = {
  /** Case-insensitive substring of the name, a brand name or a synonym. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Connected to this entity by any relationship, in either direction. */
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
};

/** The labels an entity can have in the graph (besides the shared label Entity). */
export type EntityKind =
  | 'Antigen'
  | 'Biomarker'
  | 'Cancer'
  | 'Checkpoint'
  | 'ImmuneCell'
  | 'Therapy'
  | 'TherapyClass';

export type EntitySort = {
  direction: SortDirection;
  field: EntitySortField;
};

export type EntitySortField =
  /** Number of relationships of the entity (most connected first with DESC). */
  | 'DEGREE'
  | 'ID'
  /** Preferred name, case-insensitive. */
  | 'NAME';

/** One piece of provenance for an entity or relationship. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Where in the source: a paragraph (¶3) of the document, or a label section. */
  locator: Maybe<Scalars['String']['output']>;
  /** The cited paragraph's text, when the source is the project's document. */
  quote: Maybe<Scalars['String']['output']>;
  source: Source;
};

export type ExpressedOn = Relation & {
  __typename?: 'ExpressedOn';
  cell: ImmuneCell;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  protein: Protein;
  to: Entity;
  type: RelationType;
};

export type Expresses = Relation & {
  __typename?: 'Expresses';
  cancer: Cancer;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  protein: Protein;
  to: Entity;
  type: RelationType;
};

export type ExternalId = {
  __typename?: 'ExternalId';
  /** Full identifier, e.g. HGNC:8760 or CHEMBL3137343. */
  accession: Scalars['String']['output'];
  /** CURIE prefix: HGNC, CHEMBL, CL, NCIT or MONDO. */
  namespace: Scalars['String']['output'];
  /** Resolvable link to the identifier's page. */
  url: Scalars['String']['output'];
};

/** Nodes and edges in the shape graph libraries (Cytoscape.js, vis-network, Sigma) read directly. */
export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when the limit cut the subgraph short. */
  truncated: Scalars['Boolean']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  /** Readable verb, e.g. "inhibits". */
  label: Scalars['String']['output'];
  relation: Relation;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationType;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** Short second line: brand name or kind. */
  caption: Scalars['String']['output'];
  /** Hops from the start node (0 for the start itself). */
  distance: Maybe<Scalars['Int']['output']>;
  entity: Entity;
  id: Scalars['ID']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
  type: EntityKind;
};

export type ImmuneCell = Entity & {
  __typename?: 'ImmuneCell';
  activatedBy: Array<Activates>;
  description: Maybe<Scalars['String']['output']>;
  engineeredBy: Array<Engineers>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  kind: EntityKind;
  lineage: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
  suppressedBy: Array<Suppresses>;
  surfaceProteins: Array<ExpressedOn>;
  synonyms: Array<Scalars['String']['output']>;
};


export type ImmuneCellRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};

export type ImmuneCellConnection = {
  __typename?: 'ImmuneCellConnection';
  edges: Array<ImmuneCellEdge>;
  nodes: Array<ImmuneCell>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImmuneCellEdge = {
  __typename?: 'ImmuneCellEdge';
  cursor: Scalars['String']['output'];
  node: ImmuneCell;
};

export type Inhibits = Relation & {
  __typename?: 'Inhibits';
  checkpoint: Checkpoint;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  mechanism: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Measures = Relation & {
  __typename?: 'Measures';
  biomarker: Biomarker;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  protein: Protein;
  to: Entity;
  type: RelationType;
};

export type MemberOf = Relation & {
  __typename?: 'MemberOf';
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  therapy: Therapy;
  therapyClass: TherapyClass;
  to: Entity;
  type: RelationType;
};

/** Relay page information; cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  /** from … to, in order. */
  entities: Array<Entity>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The hops in order; a hop may be traversed against its stored direction. */
  relations: Array<Relation>;
};

export type PathSearch = {
  __typename?: 'PathSearch';
  from: Entity;
  /** Union of all paths, drawable. */
  graph: Graph;
  paths: Array<Path>;
  to: Entity;
};

export type PredictsResponseTo = Relation & {
  __typename?: 'PredictsResponseTo';
  biomarker: Biomarker;
  effect: Maybe<ResponseEffect>;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};

export type Prevents = Relation & {
  __typename?: 'Prevents';
  cancer: Cancer;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  status: Maybe<ApprovalStatus>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};

/** A checkpoint or an antigen: the proteins cells and cancers express. */
export type Protein = Antigen | Checkpoint;

/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type Query = {
  __typename?: 'Query';
  antigen: Maybe<Antigen>;
  antigens: AntigenConnection;
  biomarker: Maybe<Biomarker>;
  biomarkers: BiomarkerConnection;
  cancer: Maybe<Cancer>;
  cancers: CancerConnection;
  checkpoint: Maybe<Checkpoint>;
  checkpoints: CheckpointConnection;
  /** Several entities by id in one call, in the order asked; unknown ids give null. At most 100 ids. */
  entities: Array<Maybe<Entity>>;
  /** Any entity by its stable id (e.g. "pembrolizumab", "pd-1"); null when no entity has that id. */
  entity: Maybe<Entity>;
  immuneCell: Maybe<ImmuneCell>;
  immuneCells: ImmuneCellConnection;
  /**
   * The subgraph around an entity, ready for a graph-drawing library. depth: 1–3;
   * limit: 1–1000 nodes (the start node first, then by distance). Null for an unknown id.
   */
  neighborhood: Maybe<Graph>;
  /**
   * How two entities connect: up to `first` (1–20) simple paths of at most maxLength (1–4)
   * relationships, shortest first, each hop with its evidence. Null when either id is unknown.
   */
  paths: Maybe<PathSearch>;
  /**
   * Finds entities by name, brand name, alias or code: case-, punctuation- and accent-insensitive
   * ("pd1" finds PD-1, "keytruda" finds pembrolizumab), tolerant of a small typo, best match first.
   * text: 1–200 characters with at least one letter or digit; first: 1–50.
   */
  search: Array<SearchHit>;
  /** A cited source by id; null when unknown. */
  source: Maybe<Source>;
  /** All sources, optionally of one kind. */
  sources: Array<Source>;
  /** Counts of nodes per label and relationships per type. */
  stats: Stats;
  /** Pages hold at most 100 items (first ≤ 100); ask for the next page with after: endCursor. */
  therapies: TherapyConnection;
  therapy: Maybe<Therapy>;
  therapyClass: Maybe<TherapyClass>;
  therapyClasses: TherapyClassConnection;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryAntigenArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryAntigensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AntigenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryBiomarkerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryBiomarkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BiomarkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryCancerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryCancersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CancerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryCheckpointArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryCheckpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CheckpointFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryEntitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryImmuneCellArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryImmuneCellsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QuerySourcesArgs = {
  kind?: InputMaybe<SourceKind>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryTherapiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TherapyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryTherapyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryTherapyClassArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The immunotherapy knowledge graph: therapies, the checkpoints and antigens they act on, the immune
 * cells involved, the cancers treated, predictive biomarkers and therapy classes; every fact cites
 * its sources.
 */
export type QueryTherapyClassesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EntitySort>;
};

/** A relationship with its provenance. from/to follow the stored direction. */
export type Relation = {
  evidence: Array<Evidence>;
  from: Entity;
  /** Stable id: fromId:TYPE:toId. */
  id: Scalars['ID']['output'];
  /** Curator's note, e.g. a combination partner or a limitation. */
  note: Maybe<Scalars['String']['output']>;
  to: Entity;
  type: RelationType;
};

/** Relationship types of the graph; the same names as in Neo4j. */
export type RelationType =
  /** Therapy → ImmuneCell: stimulates or unleashes the cells */
  | 'ACTIVATES'
  /** Checkpoint → Checkpoint: receptor–ligand pair */
  | 'BINDS'
  /** Therapy → ImmuneCell: made of modified cells of this type */
  | 'ENGINEERS'
  /** Checkpoint | Antigen → ImmuneCell */
  | 'EXPRESSED_ON'
  /** Cancer → Antigen | Checkpoint: tumour cells carry the protein */
  | 'EXPRESSES'
  /** Therapy → Checkpoint: the therapy blocks the checkpoint */
  | 'INHIBITS'
  /** Biomarker → Checkpoint | Antigen */
  | 'MEASURES'
  /** Therapy → TherapyClass */
  | 'MEMBER_OF'
  /** Biomarker → Therapy */
  | 'PREDICTS_RESPONSE_TO'
  /** Therapy → Cancer: lowers the risk of the cancer */
  | 'PREVENTS'
  /** TherapyClass → TherapyClass */
  | 'SUBCLASS_OF'
  /** Cancer → Cancer */
  | 'SUBTYPE_OF'
  /** Checkpoint → ImmuneCell: signalling damps the cells */
  | 'SUPPRESSES'
  /** Therapy → Antigen */
  | 'TARGETS'
  /** Therapy → Cancer (approval status and year) */
  | 'TREATS';

export type ResponseEffect =
  /** The biomarker predicts no benefit. */
  | 'NEGATIVE'
  /** The biomarker selects patients likely to benefit. */
  | 'POSITIVE';

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Which type matched. */
  kind: EntityKind;
  /** The name, brand name or synonym that matched best. */
  matchedOn: Scalars['String']['output'];
  /** Relevance; higher is better. Comparable within one result list only. */
  score: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A publication, label, database or document that supports facts in the graph. */
export type Source = {
  __typename?: 'Source';
  citation: Maybe<Scalars['String']['output']>;
  doi: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SourceKind;
  /** For the DOCUMENT source: its paragraphs, numbered from 1 as in evidence locators (¶1 …). */
  paragraphs: Array<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

export type SourceKind =
  | 'ARTICLE'
  | 'DATABASE'
  | 'DOCUMENT'
  | 'REGULATORY_LABEL';

export type Stats = {
  __typename?: 'Stats';
  labels: Array<LabelCount>;
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  relationshipTypes: Array<LabelCount>;
};

export type SubclassOf = Relation & {
  __typename?: 'SubclassOf';
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  subclass: TherapyClass;
  superclass: TherapyClass;
  to: Entity;
  type: RelationType;
};

export type SubtypeOf = Relation & {
  __typename?: 'SubtypeOf';
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  parent: Cancer;
  subtype: Cancer;
  to: Entity;
  type: RelationType;
};

export type Suppresses = Relation & {
  __typename?: 'Suppresses';
  cell: ImmuneCell;
  checkpoint: Checkpoint;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  mechanism: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  to: Entity;
  type: RelationType;
};

export type Targets = Relation & {
  __typename?: 'Targets';
  antigen: Antigen;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  mechanism: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};

/** A drug, biologic, vaccine or cell therapy. */
export type Therapy = Entity & {
  __typename?: 'Therapy';
  activates: Array<Activates>;
  brandNames: Array<Scalars['String']['output']>;
  classes: Array<MemberOf>;
  description: Maybe<Scalars['String']['output']>;
  engineers: Array<Engineers>;
  evidence: Array<Evidence>;
  /** Year of first US approval, when approved. */
  firstApprovalYear: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  inhibits: Array<Inhibits>;
  kind: EntityKind;
  /** What it is, e.g. humanised IgG4 monoclonal antibody. */
  modality: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  predictiveBiomarkers: Array<PredictsResponseTo>;
  prevents: Array<Prevents>;
  relations: Array<Relation>;
  synonyms: Array<Scalars['String']['output']>;
  targets: Array<Targets>;
  treats: Array<Treats>;
};


/** A drug, biologic, vaccine or cell therapy. */
export type TherapyRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A drug, biologic, vaccine or cell therapy. */
export type TherapyTreatsArgs = {
  status?: InputMaybe<ApprovalStatus>;
};

/** A kind of immunotherapy; classes form a tree through SUBCLASS_OF. */
export type TherapyClass = Entity & {
  __typename?: 'TherapyClass';
  description: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  identifiers: Array<ExternalId>;
  kind: EntityKind;
  members: Array<MemberOf>;
  name: Scalars['String']['output'];
  relations: Array<Relation>;
  subclasses: Array<SubclassOf>;
  superclasses: Array<SubclassOf>;
  synonyms: Array<Scalars['String']['output']>;
};


/** A kind of immunotherapy; classes form a tree through SUBCLASS_OF. */
export type TherapyClassRelationsArgs = {
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};

export type TherapyClassConnection = {
  __typename?: 'TherapyClassConnection';
  edges: Array<TherapyClassEdge>;
  nodes: Array<TherapyClass>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TherapyClassEdge = {
  __typename?: 'TherapyClassEdge';
  cursor: Scalars['String']['output'];
  node: TherapyClass;
};

export type TherapyConnection = {
  __typename?: 'TherapyConnection';
  edges: Array<TherapyEdge>;
  nodes: Array<Therapy>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TherapyEdge = {
  __typename?: 'TherapyEdge';
  cursor: Scalars['String']['output'];
  node: Therapy;
};

export type TherapyFilter = {
  /** Member of this therapy class or of any of its subclasses (e.g. immune-checkpoint-inhibitor). */
  class?: InputMaybe<Scalars['ID']['input']>;
  /** Inhibits this checkpoint. */
  inhibits?: InputMaybe<Scalars['ID']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  relatedTo?: InputMaybe<Scalars['ID']['input']>;
  /** Targets this antigen. */
  targets?: InputMaybe<Scalars['ID']['input']>;
  /** Treats this cancer. */
  treats?: InputMaybe<Scalars['ID']['input']>;
};

export type Treats = Relation & {
  __typename?: 'Treats';
  /** Year of first US approval for this cancer, where recorded. */
  approvalYear: Maybe<Scalars['Int']['output']>;
  cancer: Cancer;
  evidence: Array<Evidence>;
  from: Entity;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  status: Maybe<ApprovalStatus>;
  therapy: Therapy;
  to: Entity;
  type: RelationType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activates: ResolverTypeWrapper<RelationRecord>;
  Antigen: ResolverTypeWrapper<EntityRecord>;
  AntigenConnection: ResolverTypeWrapper<EntityPage>;
  AntigenEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  AntigenFilter: AntigenFilter;
  ApprovalStatus: ApprovalStatus;
  Binds: ResolverTypeWrapper<RelationRecord>;
  Biomarker: ResolverTypeWrapper<EntityRecord>;
  BiomarkerConnection: ResolverTypeWrapper<EntityPage>;
  BiomarkerEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  BiomarkerFilter: BiomarkerFilter;
  BiomarkerType: BiomarkerType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cancer: ResolverTypeWrapper<EntityRecord>;
  CancerCategory: CancerCategory;
  CancerConnection: ResolverTypeWrapper<EntityPage>;
  CancerEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  CancerFilter: CancerFilter;
  Checkpoint: ResolverTypeWrapper<EntityRecord>;
  CheckpointConnection: ResolverTypeWrapper<EntityPage>;
  CheckpointEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  CheckpointFilter: CheckpointFilter;
  CheckpointRole: CheckpointRole;
  Direction: Direction;
  Engineers: ResolverTypeWrapper<RelationRecord>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityFilter: EntityFilter;
  EntityKind: EntityKind;
  EntitySort: EntitySort;
  EntitySortField: EntitySortField;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  ExpressedOn: ResolverTypeWrapper<RelationRecord>;
  Expresses: ResolverTypeWrapper<RelationRecord>;
  ExternalId: ResolverTypeWrapper<ExternalId>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<GraphRecord>;
  GraphEdge: ResolverTypeWrapper<RelationRecord>;
  GraphNode: ResolverTypeWrapper<GraphNodeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImmuneCell: ResolverTypeWrapper<EntityRecord>;
  ImmuneCellConnection: ResolverTypeWrapper<EntityPage>;
  ImmuneCellEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  Inhibits: ResolverTypeWrapper<RelationRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Measures: ResolverTypeWrapper<RelationRecord>;
  MemberOf: ResolverTypeWrapper<RelationRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRecord>;
  PathSearch: ResolverTypeWrapper<PathSearchRecord>;
  PredictsResponseTo: ResolverTypeWrapper<RelationRecord>;
  Prevents: ResolverTypeWrapper<RelationRecord>;
  Protein: ResolverTypeWrapper<EntityRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationType: RelationType;
  ResponseEffect: ResponseEffect;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourceKind: SourceKind;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubclassOf: ResolverTypeWrapper<RelationRecord>;
  SubtypeOf: ResolverTypeWrapper<RelationRecord>;
  Suppresses: ResolverTypeWrapper<RelationRecord>;
  Targets: ResolverTypeWrapper<RelationRecord>;
  Therapy: ResolverTypeWrapper<EntityRecord>;
  TherapyClass: ResolverTypeWrapper<EntityRecord>;
  TherapyClassConnection: ResolverTypeWrapper<EntityPage>;
  TherapyClassEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  TherapyConnection: ResolverTypeWrapper<EntityPage>;
  TherapyEdge: ResolverTypeWrapper<EntityEdgeRecord>;
  TherapyFilter: TherapyFilter;
  Treats: ResolverTypeWrapper<RelationRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activates: RelationRecord;
  Antigen: EntityRecord;
  AntigenConnection: EntityPage;
  AntigenEdge: EntityEdgeRecord;
  AntigenFilter: AntigenFilter;
  Binds: RelationRecord;
  Biomarker: EntityRecord;
  BiomarkerConnection: EntityPage;
  BiomarkerEdge: EntityEdgeRecord;
  BiomarkerFilter: BiomarkerFilter;
  Boolean: Scalars['Boolean']['output'];
  Cancer: EntityRecord;
  CancerConnection: EntityPage;
  CancerEdge: EntityEdgeRecord;
  CancerFilter: CancerFilter;
  Checkpoint: EntityRecord;
  CheckpointConnection: EntityPage;
  CheckpointEdge: EntityEdgeRecord;
  CheckpointFilter: CheckpointFilter;
  Engineers: RelationRecord;
  Entity: EntityRecord;
  EntityFilter: EntityFilter;
  EntitySort: EntitySort;
  Evidence: EvidenceRecord;
  ExpressedOn: RelationRecord;
  Expresses: RelationRecord;
  ExternalId: ExternalId;
  Float: Scalars['Float']['output'];
  Graph: GraphRecord;
  GraphEdge: RelationRecord;
  GraphNode: GraphNodeRecord;
  ID: Scalars['ID']['output'];
  ImmuneCell: EntityRecord;
  ImmuneCellConnection: EntityPage;
  ImmuneCellEdge: EntityEdgeRecord;
  Inhibits: RelationRecord;
  Int: Scalars['Int']['output'];
  LabelCount: LabelCount;
  Measures: RelationRecord;
  MemberOf: RelationRecord;
  PageInfo: PageInfo;
  Path: PathRecord;
  PathSearch: PathSearchRecord;
  PredictsResponseTo: RelationRecord;
  Prevents: RelationRecord;
  Protein: EntityRecord;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  SearchHit: SearchHitRecord;
  Source: SourceRecord;
  Stats: Stats;
  String: Scalars['String']['output'];
  SubclassOf: RelationRecord;
  SubtypeOf: RelationRecord;
  Suppresses: RelationRecord;
  Targets: RelationRecord;
  Therapy: EntityRecord;
  TherapyClass: EntityRecord;
  TherapyClassConnection: EntityPage;
  TherapyClassEdge: EntityEdgeRecord;
  TherapyConnection: EntityPage;
  TherapyEdge: EntityEdgeRecord;
  TherapyFilter: TherapyFilter;
  Treats: RelationRecord;
};

export type ActivatesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Activates'] = ResolversParentTypes['Activates']> = {
  cell?: Resolver<ResolversTypes['ImmuneCell'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mechanism?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AntigenResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Antigen'] = ResolversParentTypes['Antigen']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  expressedByCancers?: Resolver<Array<ResolversTypes['Expresses']>, ParentType, ContextType>;
  expressedOn?: Resolver<Array<ResolversTypes['ExpressedOn']>, ParentType, ContextType>;
  geneSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  measuredBy?: Resolver<Array<ResolversTypes['Measures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<AntigenRelationsArgs, 'direction'>>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetedBy?: Resolver<Array<ResolversTypes['Targets']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AntigenConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AntigenConnection'] = ResolversParentTypes['AntigenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AntigenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Antigen']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AntigenEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AntigenEdge'] = ResolversParentTypes['AntigenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Antigen'], ParentType, ContextType>;
};

export type BindsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Binds'] = ResolversParentTypes['Binds']> = {
  checkpoint?: Resolver<ResolversTypes['Checkpoint'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Checkpoint'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BiomarkerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Biomarker'] = ResolversParentTypes['Biomarker']> = {
  biomarkerType?: Resolver<Maybe<ResolversTypes['BiomarkerType']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predictsResponseTo?: Resolver<Array<ResolversTypes['PredictsResponseTo']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<BiomarkerRelationsArgs, 'direction'>>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BiomarkerConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BiomarkerConnection'] = ResolversParentTypes['BiomarkerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BiomarkerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Biomarker']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BiomarkerEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['BiomarkerEdge'] = ResolversParentTypes['BiomarkerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Biomarker'], ParentType, ContextType>;
};

export type CancerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Cancer'] = ResolversParentTypes['Cancer']> = {
  category?: Resolver<Maybe<ResolversTypes['CancerCategory']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  expresses?: Resolver<Array<ResolversTypes['Expresses']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentTypes?: Resolver<Array<ResolversTypes['SubtypeOf']>, ParentType, ContextType>;
  preventedBy?: Resolver<Array<ResolversTypes['Prevents']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<CancerRelationsArgs, 'direction'>>;
  subtypes?: Resolver<Array<ResolversTypes['SubtypeOf']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  treatedBy?: Resolver<Array<ResolversTypes['Treats']>, ParentType, ContextType, Partial<CancerTreatedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancerConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CancerConnection'] = ResolversParentTypes['CancerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CancerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Cancer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CancerEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CancerEdge'] = ResolversParentTypes['CancerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cancer'], ParentType, ContextType>;
};

export type CheckpointResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Checkpoint'] = ResolversParentTypes['Checkpoint']> = {
  binds?: Resolver<Array<ResolversTypes['Binds']>, ParentType, ContextType>;
  boundBy?: Resolver<Array<ResolversTypes['Binds']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  expressedByCancers?: Resolver<Array<ResolversTypes['Expresses']>, ParentType, ContextType>;
  expressedOn?: Resolver<Array<ResolversTypes['ExpressedOn']>, ParentType, ContextType>;
  geneSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  inhibitedBy?: Resolver<Array<ResolversTypes['Inhibits']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  measuredBy?: Resolver<Array<ResolversTypes['Measures']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<CheckpointRelationsArgs, 'direction'>>;
  role?: Resolver<Maybe<ResolversTypes['CheckpointRole']>, ParentType, ContextType>;
  suppresses?: Resolver<Array<ResolversTypes['Suppresses']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckpointConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CheckpointConnection'] = ResolversParentTypes['CheckpointConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CheckpointEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Checkpoint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CheckpointEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CheckpointEdge'] = ResolversParentTypes['CheckpointEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Checkpoint'], ParentType, ContextType>;
};

export type EngineersResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Engineers'] = ResolversParentTypes['Engineers']> = {
  cell?: Resolver<ResolversTypes['ImmuneCell'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mechanism?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Antigen' | 'Biomarker' | 'Cancer' | 'Checkpoint' | 'ImmuneCell' | 'Therapy' | 'TherapyClass', ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ExpressedOnResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ExpressedOn'] = ResolversParentTypes['ExpressedOn']> = {
  cell?: Resolver<ResolversTypes['ImmuneCell'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protein?: Resolver<ResolversTypes['Protein'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExpressesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Expresses'] = ResolversParentTypes['Expresses']> = {
  cancer?: Resolver<ResolversTypes['Cancer'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protein?: Resolver<ResolversTypes['Protein'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalIdResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ExternalId'] = ResolversParentTypes['ExternalId']> = {
  accession?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type ImmuneCellResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImmuneCell'] = ResolversParentTypes['ImmuneCell']> = {
  activatedBy?: Resolver<Array<ResolversTypes['Activates']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engineeredBy?: Resolver<Array<ResolversTypes['Engineers']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lineage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<ImmuneCellRelationsArgs, 'direction'>>;
  suppressedBy?: Resolver<Array<ResolversTypes['Suppresses']>, ParentType, ContextType>;
  surfaceProteins?: Resolver<Array<ResolversTypes['ExpressedOn']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImmuneCellConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImmuneCellConnection'] = ResolversParentTypes['ImmuneCellConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImmuneCellEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ImmuneCell']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImmuneCellEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ImmuneCellEdge'] = ResolversParentTypes['ImmuneCellEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImmuneCell'], ParentType, ContextType>;
};

export type InhibitsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Inhibits'] = ResolversParentTypes['Inhibits']> = {
  checkpoint?: Resolver<ResolversTypes['Checkpoint'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mechanism?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeasuresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Measures'] = ResolversParentTypes['Measures']> = {
  biomarker?: Resolver<ResolversTypes['Biomarker'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protein?: Resolver<ResolversTypes['Protein'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MemberOfResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MemberOf'] = ResolversParentTypes['MemberOf']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  therapyClass?: Resolver<ResolversTypes['TherapyClass'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type PathSearchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PathSearch'] = ResolversParentTypes['PathSearch']> = {
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type PredictsResponseToResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PredictsResponseTo'] = ResolversParentTypes['PredictsResponseTo']> = {
  biomarker?: Resolver<ResolversTypes['Biomarker'], ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['ResponseEffect']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PreventsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Prevents'] = ResolversParentTypes['Prevents']> = {
  cancer?: Resolver<ResolversTypes['Cancer'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ApprovalStatus']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProteinResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Protein'] = ResolversParentTypes['Protein']> = {
  __resolveType: TypeResolveFn<'Antigen' | 'Checkpoint', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  antigen?: Resolver<Maybe<ResolversTypes['Antigen']>, ParentType, ContextType, RequireFields<QueryAntigenArgs, 'id'>>;
  antigens?: Resolver<ResolversTypes['AntigenConnection'], ParentType, ContextType, RequireFields<QueryAntigensArgs, 'first'>>;
  biomarker?: Resolver<Maybe<ResolversTypes['Biomarker']>, ParentType, ContextType, RequireFields<QueryBiomarkerArgs, 'id'>>;
  biomarkers?: Resolver<ResolversTypes['BiomarkerConnection'], ParentType, ContextType, RequireFields<QueryBiomarkersArgs, 'first'>>;
  cancer?: Resolver<Maybe<ResolversTypes['Cancer']>, ParentType, ContextType, RequireFields<QueryCancerArgs, 'id'>>;
  cancers?: Resolver<ResolversTypes['CancerConnection'], ParentType, ContextType, RequireFields<QueryCancersArgs, 'first'>>;
  checkpoint?: Resolver<Maybe<ResolversTypes['Checkpoint']>, ParentType, ContextType, RequireFields<QueryCheckpointArgs, 'id'>>;
  checkpoints?: Resolver<ResolversTypes['CheckpointConnection'], ParentType, ContextType, RequireFields<QueryCheckpointsArgs, 'first'>>;
  entities?: Resolver<Array<Maybe<ResolversTypes['Entity']>>, ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'ids'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  immuneCell?: Resolver<Maybe<ResolversTypes['ImmuneCell']>, ParentType, ContextType, RequireFields<QueryImmuneCellArgs, 'id'>>;
  immuneCells?: Resolver<ResolversTypes['ImmuneCellConnection'], ParentType, ContextType, RequireFields<QueryImmuneCellsArgs, 'first'>>;
  neighborhood?: Resolver<Maybe<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  paths?: Resolver<Maybe<ResolversTypes['PathSearch']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxLength' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerySourcesArgs>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  therapies?: Resolver<ResolversTypes['TherapyConnection'], ParentType, ContextType, RequireFields<QueryTherapiesArgs, 'first'>>;
  therapy?: Resolver<Maybe<ResolversTypes['Therapy']>, ParentType, ContextType, RequireFields<QueryTherapyArgs, 'id'>>;
  therapyClass?: Resolver<Maybe<ResolversTypes['TherapyClass']>, ParentType, ContextType, RequireFields<QueryTherapyClassArgs, 'id'>>;
  therapyClasses?: Resolver<ResolversTypes['TherapyClassConnection'], ParentType, ContextType, RequireFields<QueryTherapyClassesArgs, 'first'>>;
};

export type RelationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  __resolveType: TypeResolveFn<'Activates' | 'Binds' | 'Engineers' | 'ExpressedOn' | 'Expresses' | 'Inhibits' | 'Measures' | 'MemberOf' | 'PredictsResponseTo' | 'Prevents' | 'SubclassOf' | 'SubtypeOf' | 'Suppresses' | 'Targets' | 'Treats', ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  matchedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  labels?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipTypes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
};

export type SubclassOfResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SubclassOf'] = ResolversParentTypes['SubclassOf']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subclass?: Resolver<ResolversTypes['TherapyClass'], ParentType, ContextType>;
  superclass?: Resolver<ResolversTypes['TherapyClass'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubtypeOfResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SubtypeOf'] = ResolversParentTypes['SubtypeOf']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<ResolversTypes['Cancer'], ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['Cancer'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SuppressesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Suppresses'] = ResolversParentTypes['Suppresses']> = {
  cell?: Resolver<ResolversTypes['ImmuneCell'], ParentType, ContextType>;
  checkpoint?: Resolver<ResolversTypes['Checkpoint'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mechanism?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Targets'] = ResolversParentTypes['Targets']> = {
  antigen?: Resolver<ResolversTypes['Antigen'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mechanism?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TherapyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Therapy'] = ResolversParentTypes['Therapy']> = {
  activates?: Resolver<Array<ResolversTypes['Activates']>, ParentType, ContextType>;
  brandNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  classes?: Resolver<Array<ResolversTypes['MemberOf']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engineers?: Resolver<Array<ResolversTypes['Engineers']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  firstApprovalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  inhibits?: Resolver<Array<ResolversTypes['Inhibits']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predictiveBiomarkers?: Resolver<Array<ResolversTypes['PredictsResponseTo']>, ParentType, ContextType>;
  prevents?: Resolver<Array<ResolversTypes['Prevents']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<TherapyRelationsArgs, 'direction'>>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Targets']>, ParentType, ContextType>;
  treats?: Resolver<Array<ResolversTypes['Treats']>, ParentType, ContextType, Partial<TherapyTreatsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TherapyClassResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TherapyClass'] = ResolversParentTypes['TherapyClass']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['ExternalId']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['MemberOf']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<TherapyClassRelationsArgs, 'direction'>>;
  subclasses?: Resolver<Array<ResolversTypes['SubclassOf']>, ParentType, ContextType>;
  superclasses?: Resolver<Array<ResolversTypes['SubclassOf']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TherapyClassConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TherapyClassConnection'] = ResolversParentTypes['TherapyClassConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TherapyClassEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TherapyClass']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TherapyClassEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TherapyClassEdge'] = ResolversParentTypes['TherapyClassEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TherapyClass'], ParentType, ContextType>;
};

export type TherapyConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TherapyConnection'] = ResolversParentTypes['TherapyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TherapyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Therapy']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TherapyEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TherapyEdge'] = ResolversParentTypes['TherapyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
};

export type TreatsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Treats'] = ResolversParentTypes['Treats']> = {
  approvalYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cancer?: Resolver<ResolversTypes['Cancer'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ApprovalStatus']>, ParentType, ContextType>;
  therapy?: Resolver<ResolversTypes['Therapy'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Activates?: ActivatesResolvers<ContextType>;
  Antigen?: AntigenResolvers<ContextType>;
  AntigenConnection?: AntigenConnectionResolvers<ContextType>;
  AntigenEdge?: AntigenEdgeResolvers<ContextType>;
  Binds?: BindsResolvers<ContextType>;
  Biomarker?: BiomarkerResolvers<ContextType>;
  BiomarkerConnection?: BiomarkerConnectionResolvers<ContextType>;
  BiomarkerEdge?: BiomarkerEdgeResolvers<ContextType>;
  Cancer?: CancerResolvers<ContextType>;
  CancerConnection?: CancerConnectionResolvers<ContextType>;
  CancerEdge?: CancerEdgeResolvers<ContextType>;
  Checkpoint?: CheckpointResolvers<ContextType>;
  CheckpointConnection?: CheckpointConnectionResolvers<ContextType>;
  CheckpointEdge?: CheckpointEdgeResolvers<ContextType>;
  Engineers?: EngineersResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExpressedOn?: ExpressedOnResolvers<ContextType>;
  Expresses?: ExpressesResolvers<ContextType>;
  ExternalId?: ExternalIdResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImmuneCell?: ImmuneCellResolvers<ContextType>;
  ImmuneCellConnection?: ImmuneCellConnectionResolvers<ContextType>;
  ImmuneCellEdge?: ImmuneCellEdgeResolvers<ContextType>;
  Inhibits?: InhibitsResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Measures?: MeasuresResolvers<ContextType>;
  MemberOf?: MemberOfResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathSearch?: PathSearchResolvers<ContextType>;
  PredictsResponseTo?: PredictsResponseToResolvers<ContextType>;
  Prevents?: PreventsResolvers<ContextType>;
  Protein?: ProteinResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  SubclassOf?: SubclassOfResolvers<ContextType>;
  SubtypeOf?: SubtypeOfResolvers<ContextType>;
  Suppresses?: SuppressesResolvers<ContextType>;
  Targets?: TargetsResolvers<ContextType>;
  Therapy?: TherapyResolvers<ContextType>;
  TherapyClass?: TherapyClassResolvers<ContextType>;
  TherapyClassConnection?: TherapyClassConnectionResolvers<ContextType>;
  TherapyClassEdge?: TherapyClassEdgeResolvers<ContextType>;
  TherapyConnection?: TherapyConnectionResolvers<ContextType>;
  TherapyEdge?: TherapyEdgeResolvers<ContextType>;
  Treats?: TreatsResolvers<ContextType>;
};

