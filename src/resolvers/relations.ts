import type { RelationType } from '../domain/vocabulary';
import type { RelationRecord } from '../repositories/records';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { RELATION_OBJECTS } from '../graphql/relation-fields';
import { CRITERION_OPERATORS, CRITERION_ROLES, INDICATION_STATUSES, PREVENTION_BASES } from '../domain/indications';
import { RESPONSE_EFFECTS } from '../domain/vocabulary';
import type { RelationProperty } from '../repositories/properties';
import { evidenceOf, storedEnum } from './shared';
import { storedRelationField } from './stored';

type RelationTypename = (typeof RELATION_OBJECTS)[RelationType]['typename'];

export const relationTypename = (type: RelationType): RelationTypename => RELATION_OBJECTS[type].typename;

const oneOf = <T extends string, K extends RelationProperty>(values: readonly T[], key: K) =>
  storedRelationField([key], (r) => storedEnum(values, r[key]));
const text = <K extends RelationProperty>(key: K) =>
  storedRelationField([key], (r): string | null => {
    const value: unknown = r[key];
    return typeof value === 'string' ? value : null;
  });
const numeric = <K extends RelationProperty>(key: K) =>
  storedRelationField([key], (r): number | null => {
    const value: unknown = r[key];
    return typeof value === 'number' ? value : null;
  });

const commonFields = {
  note: text('note'),
  evidence: storedRelationField(['evidenceSources', 'evidenceLocators'], evidenceOf),
};

function relationObject(type: RelationType) {
  const { from, to } = RELATION_OBJECTS[type];
  return {
    ...commonFields,
    [from]: (r: RelationRecord) => r.from,
    [to]: (r: RelationRecord) => r.to,
  };
}

const mechanism = { mechanism: text('mechanism') };
const approval = { status: oneOf(INDICATION_STATUSES, 'status') };

export const relationResolvers: Pick<
  Resolvers,
  'Relation' | RelationTypename
> = {
  Relation: { __resolveType: (r) => relationTypename(r.type) },
  MemberOf: relationObject('MEMBER_OF'),
  SubclassOf: relationObject('SUBCLASS_OF'),
  Inhibits: { ...relationObject('INHIBITS'), ...mechanism },
  Targets: { ...relationObject('TARGETS'), ...mechanism },
  Treats: { ...relationObject('TREATS'), ...approval, approvalYear: numeric('year') },
  Prevents: {
    ...relationObject('PREVENTS'),
    ...approval,
    basis: oneOf(PREVENTION_BASES, 'basis'),
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
    effect: oneOf(RESPONSE_EFFECTS, 'effect'),
  },
  Measures: relationObject('MEASURES'),
  Expands: { ...relationObject('EXPANDS'), ...mechanism },
  HasIndication: relationObject('HAS_INDICATION'),
  IndicatedFor: relationObject('INDICATED_FOR'),
  CombinedWith: relationObject('COMBINED_WITH'),
  RequiresBiomarker: {
    ...relationObject('REQUIRES_BIOMARKER'),
    role: oneOf(CRITERION_ROLES, 'role'),
    operator: oneOf(CRITERION_OPERATORS, 'operator'),
    threshold: numeric('threshold'),
    unit: text('unit'),
    assay: text('assay'),
  },
  SupportedBy: relationObject('SUPPORTED_BY'),
  TestedIn: relationObject('TESTED_IN'),
  HasAdverseEvent: {
    ...relationObject('HAS_ADVERSE_EVENT'),
    boxedWarning: storedRelationField(['boxedWarning'], (r) => (typeof r.boxedWarning === 'boolean' ? r.boxedWarning : null)),
    labelSection: text('labelSection'),
    frequencyPercent: numeric('frequencyPercent'),
    grade3PlusPercent: numeric('grade3PlusPercent'),
  },
  MediatedBy: relationObject('MEDIATED_BY'),
  Secretes: relationObject('SECRETES'),
  Stimulates: { ...relationObject('STIMULATES'), ...mechanism },
  Restrains: { ...relationObject('RESTRAINS'), ...mechanism },
  Mimics: relationObject('MIMICS'),
};
