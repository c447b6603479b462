import type { EntityKind, RelationType } from '../domain/vocabulary';

export type Direction = 'OUT' | 'IN';

export interface RelationFieldSpec {
  type: RelationType;
  direction: Direction;
}

const out = (type: RelationType): RelationFieldSpec => ({ type, direction: 'OUT' });
const inbound = (type: RelationType): RelationFieldSpec => ({ type, direction: 'IN' });

/** Which relationship (and direction) each typed relationship field of an entity type follows. */
export const RELATION_FIELDS = {
  Therapy: {
    classes: out('MEMBER_OF'),
    inhibits: out('INHIBITS'),
    targets: out('TARGETS'),
    treats: out('TREATS'),
    prevents: out('PREVENTS'),
    activates: out('ACTIVATES'),
    engineers: out('ENGINEERS'),
    predictiveBiomarkers: inbound('PREDICTS_RESPONSE_TO'),
  },
  TherapyClass: {
    members: inbound('MEMBER_OF'),
    superclasses: out('SUBCLASS_OF'),
    subclasses: inbound('SUBCLASS_OF'),
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
    surfaceProteins: inbound('EXPRESSED_ON'),
    suppressedBy: inbound('SUPPRESSES'),
  },
  Cancer: {
    treatedBy: inbound('TREATS'),
    preventedBy: inbound('PREVENTS'),
    expresses: out('EXPRESSES'),
    parentTypes: out('SUBTYPE_OF'),
    subtypes: inbound('SUBTYPE_OF'),
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
  },
} as const satisfies Record<EntityKind, Record<string, RelationFieldSpec>>;

/** GraphQL object type of each relationship type, and the names of its two ends. */
export const RELATION_OBJECTS = {
  MEMBER_OF: { typename: 'MemberOf', from: 'therapy', to: 'therapyClass' },
  SUBCLASS_OF: { typename: 'SubclassOf', from: 'subclass', to: 'superclass' },
  INHIBITS: { typename: 'Inhibits', from: 'therapy', to: 'checkpoint' },
  TARGETS: { typename: 'Targets', from: 'therapy', to: 'antigen' },
  TREATS: { typename: 'Treats', from: 'therapy', to: 'cancer' },
  PREVENTS: { typename: 'Prevents', from: 'therapy', to: 'cancer' },
  ACTIVATES: { typename: 'Activates', from: 'therapy', to: 'cell' },
  ENGINEERS: { typename: 'Engineers', from: 'therapy', to: 'cell' },
  BINDS: { typename: 'Binds', from: 'checkpoint', to: 'partner' },
  EXPRESSED_ON: { typename: 'ExpressedOn', from: 'protein', to: 'cell' },
  SUPPRESSES: { typename: 'Suppresses', from: 'checkpoint', to: 'cell' },
  EXPRESSES: { typename: 'Expresses', from: 'cancer', to: 'protein' },
  SUBTYPE_OF: { typename: 'SubtypeOf', from: 'subtype', to: 'parent' },
  PREDICTS_RESPONSE_TO: { typename: 'PredictsResponseTo', from: 'biomarker', to: 'therapy' },
  MEASURES: { typename: 'Measures', from: 'biomarker', to: 'protein' },
} as const satisfies Record<RelationType, { typename: string; from: string; to: string }>;

export const prefetchKey = (spec: RelationFieldSpec) => `${spec.type}_${spec.direction}`;
