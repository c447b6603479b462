import type {
  AdverseEventCategory,
  Agency,
  ApprovalPathway,
  CriterionOperator,
  CriterionRole,
  DevelopmentStage,
  IndicationStatus,
  LineOfTherapy,
  PreventionBasis,
  Regimen,
  TreatmentSetting,
  TrialPhase,
} from '../domain/indications';
import type { BiomarkerType, CancerCategory, CheckpointRole, ResponseEffect } from '../domain/vocabulary';

/**
 * The stored properties of entities and relationships: the one place a new property is declared.
 * The Cypher projections (cypher.ts ENTITY_PROPERTIES), the record types (records.ts) and the
 * resolvers' field declarations (src/resolvers/stored.ts) all derive from these tables; which
 * GraphQL field reads which property is said once, by the field's own declaration, and the
 * look-ahead fetches exactly that.
 *
 * Each entry carries its value type as read from Neo4j: a property the seed writes on every
 * entity is non-null; a kind-specific one is null on the other kinds (a map projection of a
 * missing property). Enum properties are typed by the domain's value lists; resolvers still
 * guard them (storedEnum), since a database is not a type checker.
 */
interface Stored<T> {
  /** Type only: never set at run time. */
  readonly valueType?: T;
}
const stored = <T>(): Stored<T> => ({});

export const ENTITY_STORED = {
  name: stored<string>(),
  synonyms: stored<string[]>(),
  xrefs: stored<string[]>(),
  description: stored<string | null>(),
  evidenceSources: stored<string[]>(),
  evidenceLocators: stored<string[]>(),
  // Therapy
  brandNames: stored<string[] | null>(),
  modality: stored<string | null>(),
  firstApprovalYear: stored<number | null>(),
  developmentStage: stored<DevelopmentStage | null>(),
  maxPhase: stored<number | null>(),
  developmentStopped: stored<boolean | null>(),
  developmentNote: stored<string | null>(),
  // Checkpoint, Antigen, Cytokine
  geneSymbol: stored<string | null>(),
  role: stored<CheckpointRole | null>(),
  lineage: stored<string | null>(),
  // Cancer and AdverseEvent
  category: stored<CancerCategory | AdverseEventCategory | null>(),
  biomarkerType: stored<BiomarkerType | null>(),
  // Indication
  agency: stored<Agency | null>(),
  status: stored<IndicationStatus | null>(),
  line: stored<LineOfTherapy | null>(),
  priorTherapy: stored<string | null>(),
  setting: stored<TreatmentSetting | null>(),
  diseaseQualifier: stored<string | null>(),
  population: stored<string | null>(),
  regimen: stored<Regimen | null>(),
  pathway: stored<ApprovalPathway | null>(),
  approvalDate: stored<string | null>(),
  conversionDate: stored<string | null>(),
  withdrawalDate: stored<string | null>(),
  withdrawalReason: stored<string | null>(),
  labelSection: stored<string | null>(),
  note: stored<string | null>(),
  // Trial
  nctId: stored<string | null>(),
  phase: stored<TrialPhase | null>(),
  publicationId: stored<string | null>(),
  // AdverseEvent
  immuneRelated: stored<boolean | null>(),
  // Drug
  drugClass: stored<string | null>(),
} as const;

export const RELATIONSHIP_STORED = {
  note: stored<string | null>(),
  mechanism: stored<string | null>(),
  status: stored<IndicationStatus | null>(),
  year: stored<number | null>(),
  effect: stored<ResponseEffect | null>(),
  evidenceSources: stored<string[]>(),
  evidenceLocators: stored<string[]>(),
  // PREVENTS
  basis: stored<PreventionBasis | null>(),
  // REQUIRES_BIOMARKER
  role: stored<CriterionRole | null>(),
  operator: stored<CriterionOperator | null>(),
  threshold: stored<number | null>(),
  unit: stored<string | null>(),
  assay: stored<string | null>(),
  // HAS_ADVERSE_EVENT
  boxedWarning: stored<boolean | null>(),
  labelSection: stored<string | null>(),
  frequencyPercent: stored<number | null>(),
  grade3PlusPercent: stored<number | null>(),
} as const;

type ValuesOf<Table> = { [K in keyof Table]: Table[K] extends Stored<infer T> ? T : never };

/** Every stored entity property with its type. */
export type StoredEntity = ValuesOf<typeof ENTITY_STORED>;
export type EntityProperty = keyof StoredEntity;
/** Every stored relationship property with its type. */
export type StoredRelationship = ValuesOf<typeof RELATIONSHIP_STORED>;
export type RelationshipProperty = keyof StoredRelationship;

export const ENTITY_PROPERTY_NAMES = Object.keys(ENTITY_STORED) as EntityProperty[];
export const RELATION_PROPERTY_NAMES = Object.keys(RELATIONSHIP_STORED) as RelationshipProperty[];
