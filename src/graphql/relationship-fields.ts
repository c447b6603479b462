import type { EntityKind, RelationType } from '../domain/vocabulary';
import type { Direction } from './generated/resolvers-types';

export interface RelationshipFieldSpec {
  type: RelationType;
  /** The stored direction from the parent: a typed field always reads one way, never BOTH. */
  direction: Exclude<Direction, 'BOTH'>;
  /**
   * What the field returns: the relationship objects (default), or the entities at their far
   * end (`entities`: a list, `entity`: the first one or null), e.g. Therapy.indications.
   */
  returns?: 'relations' | 'entities' | 'entity';
  /** Only relationships whose far end is of this kind (AdverseEvent.therapies vs .classes). */
  farKind?: EntityKind;
}

const out = (type: RelationType, more: Partial<RelationshipFieldSpec> = {}): RelationshipFieldSpec => ({
  type,
  direction: 'OUT',
  ...more,
});
const inbound = (type: RelationType, more: Partial<RelationshipFieldSpec> = {}): RelationshipFieldSpec => ({
  type,
  direction: 'IN',
  ...more,
});
const ENTITIES = { returns: 'entities' } as const;
const ENTITY = { returns: 'entity' } as const;

/**
 * Which relationship (and direction) each typed relationship field of an entity type follows.
 * Fields of one relationship type and direction share one prefetched list (keyed by prefetchKey);
 * `farKind` and `returns` only shape what the resolver hands out.
 */
export const RELATIONSHIP_FIELDS = {
  Therapy: {
    classes: out('MEMBER_OF'),
    inhibits: out('INHIBITS'),
    targets: out('TARGETS'),
    treats: out('TREATS'),
    prevents: out('PREVENTS'),
    activates: out('ACTIVATES'),
    engineers: out('ENGINEERS'),
    expands: out('EXPANDS'),
    predictiveBiomarkers: inbound('PREDICTS_RESPONSE_TO'),
    indications: out('HAS_INDICATION', ENTITIES),
    partnerIn: inbound('COMBINED_WITH', ENTITIES),
    adverseEvents: out('HAS_ADVERSE_EVENT'),
    cytokines: out('MIMICS'),
    testedIn: out('TESTED_IN'),
  },
  TherapyClass: {
    members: inbound('MEMBER_OF'),
    superclasses: out('SUBCLASS_OF'),
    subclasses: inbound('SUBCLASS_OF'),
    adverseEvents: out('HAS_ADVERSE_EVENT'),
  },
  Checkpoint: {
    inhibitedBy: inbound('INHIBITS'),
    binds: out('BINDS'),
    boundBy: inbound('BINDS'),
    expressedOn: out('EXPRESSED_ON'),
    suppresses: out('SUPPRESSES'),
    expressedByCancers: inbound('EXPRESSES'),
    measuredBy: inbound('MEASURES'),
  },
  ImmuneCell: {
    activatedBy: inbound('ACTIVATES'),
    engineeredBy: inbound('ENGINEERS'),
    expandedBy: inbound('EXPANDS'),
    surfaceProteins: inbound('EXPRESSED_ON'),
    suppressedBy: inbound('SUPPRESSES'),
    secretes: out('SECRETES'),
    stimulatedBy: inbound('STIMULATES'),
    restrains: out('RESTRAINS'),
    restrainedBy: inbound('RESTRAINS'),
  },
  Cancer: {
    treatedBy: inbound('TREATS'),
    preventedBy: inbound('PREVENTS'),
    expresses: out('EXPRESSES'),
    parentTypes: out('SUBTYPE_OF'),
    subtypes: inbound('SUBTYPE_OF'),
    indications: inbound('INDICATED_FOR', ENTITIES),
  },
  Antigen: {
    targetedBy: inbound('TARGETS'),
    expressedOn: out('EXPRESSED_ON'),
    expressedByCancers: inbound('EXPRESSES'),
    measuredBy: inbound('MEASURES'),
  },
  Biomarker: {
    predictsResponseTo: out('PREDICTS_RESPONSE_TO'),
    measures: out('MEASURES'),
    criteria: inbound('REQUIRES_BIOMARKER'),
  },
  Cytokine: {
    secretedBy: inbound('SECRETES'),
    stimulates: out('STIMULATES'),
    restrains: out('RESTRAINS'),
    mimickedBy: inbound('MIMICS'),
    mediates: inbound('MEDIATED_BY'),
  },
  Indication: {
    therapy: inbound('HAS_INDICATION', ENTITY),
    disease: out('INDICATED_FOR', ENTITY),
    partners: out('COMBINED_WITH', ENTITIES),
    combinedWith: out('COMBINED_WITH'),
    criteria: out('REQUIRES_BIOMARKER'),
    trials: out('SUPPORTED_BY', ENTITIES),
  },
  Trial: {
    indications: inbound('SUPPORTED_BY', ENTITIES),
    testedAgents: inbound('TESTED_IN', ENTITIES),
  },
  AdverseEvent: {
    therapies: inbound('HAS_ADVERSE_EVENT', { farKind: 'Therapy' }),
    classes: inbound('HAS_ADVERSE_EVENT', { farKind: 'TherapyClass' }),
    mediators: out('MEDIATED_BY'),
  },
  Drug: {
    partnerIn: inbound('COMBINED_WITH', ENTITIES),
    testedIn: out('TESTED_IN'),
  },
} as const satisfies Record<EntityKind, Record<string, RelationshipFieldSpec>>;

/** GraphQL object type of each relationship type, and the names of its two ends. */
export const RELATIONSHIP_OBJECTS = {
  MEMBER_OF: { typename: 'MemberOf', from: 'therapy', to: 'therapyClass' },
  SUBCLASS_OF: { typename: 'SubclassOf', from: 'subclass', to: 'superclass' },
  INHIBITS: { typename: 'Inhibits', from: 'therapy', to: 'checkpoint' },
  TARGETS: { typename: 'Targets', from: 'therapy', to: 'antigen' },
  TREATS: { typename: 'Treats', from: 'therapy', to: 'cancer' },
  PREVENTS: { typename: 'Prevents', from: 'therapy', to: 'cancer' },
  ACTIVATES: { typename: 'Activates', from: 'therapy', to: 'cell' },
  ENGINEERS: { typename: 'Engineers', from: 'therapy', to: 'cell' },
  EXPANDS: { typename: 'Expands', from: 'therapy', to: 'cell' },
  BINDS: { typename: 'Binds', from: 'checkpoint', to: 'partner' },
  EXPRESSED_ON: { typename: 'ExpressedOn', from: 'protein', to: 'cell' },
  SUPPRESSES: { typename: 'Suppresses', from: 'checkpoint', to: 'cell' },
  EXPRESSES: { typename: 'Expresses', from: 'cancer', to: 'protein' },
  SUBTYPE_OF: { typename: 'SubtypeOf', from: 'subtype', to: 'parent' },
  PREDICTS_RESPONSE_TO: { typename: 'PredictsResponseTo', from: 'biomarker', to: 'therapy' },
  MEASURES: { typename: 'Measures', from: 'biomarker', to: 'protein' },
  HAS_INDICATION: { typename: 'HasIndication', from: 'therapy', to: 'indication' },
  INDICATED_FOR: { typename: 'IndicatedFor', from: 'indication', to: 'disease' },
  COMBINED_WITH: { typename: 'CombinedWith', from: 'indication', to: 'partner' },
  REQUIRES_BIOMARKER: { typename: 'RequiresBiomarker', from: 'indication', to: 'biomarker' },
  SUPPORTED_BY: { typename: 'SupportedBy', from: 'indication', to: 'trial' },
  TESTED_IN: { typename: 'TestedIn', from: 'agent', to: 'trial' },
  HAS_ADVERSE_EVENT: { typename: 'HasAdverseEvent', from: 'subject', to: 'adverseEvent' },
  MEDIATED_BY: { typename: 'MediatedBy', from: 'adverseEvent', to: 'cytokine' },
  SECRETES: { typename: 'Secretes', from: 'cell', to: 'cytokine' },
  STIMULATES: { typename: 'Stimulates', from: 'cytokine', to: 'cell' },
  RESTRAINS: { typename: 'Restrains', from: 'restrainer', to: 'cell' },
  MIMICS: { typename: 'Mimics', from: 'therapy', to: 'cytokine' },
} as const satisfies Record<RelationType, { typename: string; from: string; to: string }>;

/** Unions of entity types in the schema, for reading fragments on them ahead. */
export const ENTITY_UNIONS: Record<string, readonly EntityKind[]> = {
  Protein: ['Checkpoint', 'Antigen'],
  Agent: ['Therapy', 'Drug'],
  AdverseEventSubject: ['Therapy', 'TherapyClass'],
  Restrainer: ['ImmuneCell', 'Cytokine'],
};

export const prefetchKey = (spec: RelationshipFieldSpec) => `${spec.type}_${spec.direction}`;
