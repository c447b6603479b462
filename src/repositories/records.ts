import type { SourceKind } from '../domain/indications';
import type { EntityKind, RelationType } from '../domain/vocabulary';
import type { EntityProperty, RelationshipProperty, StoredEntity, StoredRelationship } from './properties';

/**
 * Shapes as they come out of Neo4j; codegen maps GraphQL types onto these (codegen.yml mappers),
 * and the resolvers turn them into the API's shape.
 */
/** Relationship lists fetched together with an entity, keyed by prefetchKey (e.g. INHIBITS_OUT). */
export const PREFETCHED = Symbol('prefetched');

/**
 * What every entity record carries whatever was fetched: id and kind (always projected), and the
 * relationship lists fetched along with it.
 */
export interface EntityCore {
  [PREFETCHED]?: Map<string, RelationshipRecord[]>;
  id: string;
  kind: EntityKind;
}

/** An entity fetched with the stored properties K (a static projection: search, export). */
export type Fetched<K extends EntityProperty> = EntityCore & Pick<StoredEntity, K>;
/** An entity fetched whole. */
export type FetchedEntity = Fetched<EntityProperty>;

/**
 * An entity fetched for a GraphQL selection: which stored properties arrived depends on the
 * operation, so the type names none of them. Resolvers read them only through field declarations
 * (src/resolvers/stored.ts storedField) that name what they need; the look-ahead fetches what
 * those same declarations name, so the two cannot drift.
 */
export type EntityRecord = EntityCore;

/** When and why an indication was withdrawn. */
export interface WithdrawalRecord {
  date: string | null;
  reason: string | null;
}

/** What every relationship record carries: id, type and its two ends. */
export interface RelationshipRecord<E extends EntityCore = EntityRecord> {
  id: string;
  type: RelationType;
  from: E;
  to: E;
}

/** A relationship fetched with the stored properties K and ends of type E. */
export type FetchedRelationship<
  K extends RelationshipProperty,
  E extends EntityCore = EntityRecord,
> = RelationshipRecord<E> & Pick<StoredRelationship, K>;

export interface SourceRecord {
  id: string;
  /** Written only by the seed, whose model accepts SOURCE_KINDS. */
  kind: SourceKind;
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

export interface GraphNodeRecord<E extends EntityCore = EntityRecord> {
  entity: E;
  distance: number | null;
}

/** A drawable graph; E and R say what its nodes and edges carry (selection-driven by default). */
export interface GraphRecord<
  E extends EntityCore = EntityRecord,
  R extends RelationshipRecord<E> = RelationshipRecord<E>,
> {
  nodes: GraphNodeRecord<E>[];
  edges: R[];
  truncated: boolean;
}

/** A graph fetched whole (export). */
export type FetchedGraph = GraphRecord<FetchedEntity, FetchedRelationship<RelationshipProperty, FetchedEntity>>;

export interface PathRecord {
  entities: EntityRecord[];
  relations: RelationshipRecord[];
}

export interface PathSearchRecord {
  from: EntityRecord;
  to: EntityRecord;
  paths: PathRecord[];
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  /** Null when the operation did not select it (SearchProjection): the names were not fetched. */
  matchedOn: string | null;
}
