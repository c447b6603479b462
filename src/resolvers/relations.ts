import type { RelationType } from '../domain/vocabulary';
import type { RelationRecord } from '../repositories/records';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { RELATION_OBJECTS } from '../graphql/relation-fields';
import { CRITERION_OPERATORS, CRITERION_ROLES, PREVENTION_BASES } from '../domain/indications';
import { evidenceOf, storedEnum } from './shared';

type RelationTypename = (typeof RELATION_OBJECTS)[RelationType]['typename'];

export const relationTypename = (type: RelationType): RelationTypename => RELATION_OBJECTS[type].typename;

const commonFields = {
  note: (r: RelationRecord) => r.note ?? null,
  evidence: (r: RelationRecord) => evidenceOf(r),
};

function relationObject(type: RelationType) {
  const { from, to } = RELATION_OBJECTS[type];
  return {
    ...commonFields,
    [from]: (r: RelationRecord) => r.from,
    [to]: (r: RelationRecord) => r.to,
  };
}

const mechanism = { mechanism: (r: RelationRecord) => r.mechanism ?? null };
const approval = {
  status: (r: RelationRecord) =>
    r.status === 'APPROVED' || r.status === 'INVESTIGATIONAL' || r.status === 'WITHDRAWN' ? r.status : null,
};

export const relationResolvers: Pick<
  Resolvers,
  'Relation' | RelationTypename
> = {
  Relation: { __resolveType: (r) => relationTypename(r.type) },
  MemberOf: relationObject('MEMBER_OF'),
  SubclassOf: relationObject('SUBCLASS_OF'),
  Inhibits: { ...relationObject('INHIBITS'), ...mechanism },
  Targets: { ...relationObject('TARGETS'), ...mechanism },
  Treats: { ...relationObject('TREATS'), ...approval, approvalYear: (r) => r.year ?? null },
  Prevents: {
    ...relationObject('PREVENTS'),
    ...approval,
    basis: (r) => storedEnum(PREVENTION_BASES, r.basis),
  },
  Activates: { ...relationObject('ACTIVATES'), ...mechanism },
  Engineers: { ...relationObject('ENGINEERS'), ...mechanism },
  Binds: relationObject('BINDS'),
  ExpressedOn: relationObject('EXPRESSED_ON'),
  Suppresses: { ...relationObject('SUPPRESSES'), ...mechanism },
  Expresses: relationObject('EXPRESSES'),
  SubtypeOf: relationObject('SUBTYPE_OF'),
  PredictsResponseTo: {
    ...relationObject('PREDICTS_RESPONSE_TO'),
    effect: (r) => (r.effect === 'POSITIVE' || r.effect === 'NEGATIVE' ? r.effect : null),
  },
  Measures: relationObject('MEASURES'),
  Expands: { ...relationObject('EXPANDS'), ...mechanism },
  HasIndication: relationObject('HAS_INDICATION'),
  IndicatedFor: relationObject('INDICATED_FOR'),
  CombinedWith: relationObject('COMBINED_WITH'),
  RequiresBiomarker: {
    ...relationObject('REQUIRES_BIOMARKER'),
    role: (r) => storedEnum(CRITERION_ROLES, r.role),
    operator: (r) => storedEnum(CRITERION_OPERATORS, r.operator),
    threshold: (r) => (typeof r.threshold === 'number' ? r.threshold : null),
    unit: (r) => r.unit ?? null,
    assay: (r) => r.assay ?? null,
  },
  SupportedBy: relationObject('SUPPORTED_BY'),
  TestedIn: relationObject('TESTED_IN'),
  HasAdverseEvent: {
    ...relationObject('HAS_ADVERSE_EVENT'),
    boxedWarning: (r) => (typeof r.boxedWarning === 'boolean' ? r.boxedWarning : null),
    labelSection: (r) => r.labelSection ?? null,
    frequencyPercent: (r) => (typeof r.frequencyPercent === 'number' ? r.frequencyPercent : null),
    grade3PlusPercent: (r) => (typeof r.grade3PlusPercent === 'number' ? r.grade3PlusPercent : null),
  },
  MediatedBy: relationObject('MEDIATED_BY'),
  Secretes: relationObject('SECRETES'),
  Stimulates: { ...relationObject('STIMULATES'), ...mechanism },
  Restrains: { ...relationObject('RESTRAINS'), ...mechanism },
  Mimics: relationObject('MIMICS'),
};
