import type { RelationType } from '../domain/vocabulary';
import type { RelationshipRecord } from '../repositories/records';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { RELATIONSHIP_OBJECTS } from '../graphql/relationship-fields';
import { CRITERION_OPERATORS, CRITERION_ROLES, INDICATION_STATUSES, PREVENTION_BASES } from '../domain/indications';
import { RESPONSE_EFFECTS } from '../domain/vocabulary';
import type { RelationshipProperty } from '../repositories/properties';
import { evidenceOf, storedEnum } from './shared';
import { storedRelationshipField } from './stored';

type RelationshipTypename = (typeof RELATIONSHIP_OBJECTS)[RelationType]['typename'];

export const relationshipTypename = (type: RelationType): RelationshipTypename => RELATIONSHIP_OBJECTS[type].typename;

const oneOf = <T extends string, K extends RelationshipProperty>(values: readonly T[], key: K) =>
  storedRelationshipField([key], (r) => storedEnum(values, r[key]));
const text = <K extends RelationshipProperty>(key: K) =>
  storedRelationshipField([key], (r): string | null => {
    const value: unknown = r[key];
    return typeof value === 'string' ? value : null;
  });
const numeric = <K extends RelationshipProperty>(key: K) =>
  storedRelationshipField([key], (r): number | null => {
    const value: unknown = r[key];
    return typeof value === 'number' ? value : null;
  });

const commonFields = {
  note: text('note'),
  evidence: storedRelationshipField(['evidenceSources', 'evidenceLocators'], evidenceOf),
};

function relationshipObject(type: RelationType) {
  const { from, to } = RELATIONSHIP_OBJECTS[type];
  return {
    ...commonFields,
    [from]: (r: RelationshipRecord) => r.from,
    [to]: (r: RelationshipRecord) => r.to,
  };
}

const mechanism = { mechanism: text('mechanism') };
const approval = { status: oneOf(INDICATION_STATUSES, 'status') };

export const relationshipResolvers: Pick<Resolvers, 'Relation' | RelationshipTypename> = {
  Relation: { __resolveType: (r) => relationshipTypename(r.type) },
  MemberOf: relationshipObject('MEMBER_OF'),
  SubclassOf: relationshipObject('SUBCLASS_OF'),
  Inhibits: { ...relationshipObject('INHIBITS'), ...mechanism },
  Targets: { ...relationshipObject('TARGETS'), ...mechanism },
  Treats: { ...relationshipObject('TREATS'), ...approval, approvalYear: numeric('year') },
  Prevents: {
    ...relationshipObject('PREVENTS'),
    ...approval,
    basis: oneOf(PREVENTION_BASES, 'basis'),
  },
  Activates: { ...relationshipObject('ACTIVATES'), ...mechanism },
  Engineers: { ...relationshipObject('ENGINEERS'), ...mechanism },
  Binds: relationshipObject('BINDS'),
  ExpressedOn: relationshipObject('EXPRESSED_ON'),
  Suppresses: { ...relationshipObject('SUPPRESSES'), ...mechanism },
  Expresses: relationshipObject('EXPRESSES'),
  SubtypeOf: relationshipObject('SUBTYPE_OF'),
  PredictsResponseTo: {
    ...relationshipObject('PREDICTS_RESPONSE_TO'),
    effect: oneOf(RESPONSE_EFFECTS, 'effect'),
  },
  Measures: relationshipObject('MEASURES'),
  Expands: { ...relationshipObject('EXPANDS'), ...mechanism },
  HasIndication: relationshipObject('HAS_INDICATION'),
  IndicatedFor: relationshipObject('INDICATED_FOR'),
  CombinedWith: relationshipObject('COMBINED_WITH'),
  RequiresBiomarker: {
    ...relationshipObject('REQUIRES_BIOMARKER'),
    role: oneOf(CRITERION_ROLES, 'role'),
    operator: oneOf(CRITERION_OPERATORS, 'operator'),
    threshold: numeric('threshold'),
    unit: text('unit'),
    assay: text('assay'),
  },
  SupportedBy: relationshipObject('SUPPORTED_BY'),
  TestedIn: relationshipObject('TESTED_IN'),
  HasAdverseEvent: {
    ...relationshipObject('HAS_ADVERSE_EVENT'),
    boxedWarning: storedRelationshipField(['boxedWarning'], (r) =>
      typeof r.boxedWarning === 'boolean' ? r.boxedWarning : null,
    ),
    labelSection: text('labelSection'),
    frequencyPercent: numeric('frequencyPercent'),
    grade3PlusPercent: numeric('grade3PlusPercent'),
  },
  MediatedBy: relationshipObject('MEDIATED_BY'),
  Secretes: relationshipObject('SECRETES'),
  Stimulates: { ...relationshipObject('STIMULATES'), ...mechanism },
  Restrains: { ...relationshipObject('RESTRAINS'), ...mechanism },
  Mimics: relationshipObject('MIMICS'),
};
