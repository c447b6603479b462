import {
  buildSchema,
  GraphQLEnumType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';
import {
  ADVERSE_EVENT_CATEGORIES,
  AGENCIES,
  APPROVAL_PATHWAYS,
  CRITERION_OPERATORS,
  CRITERION_ROLES,
  DEVELOPMENT_STAGES,
  INDICATION_STATUSES,
  LINES_OF_THERAPY,
  PREVENTION_BASES,
  REGIMENS,
  SETTINGS,
  SOURCE_KINDS,
  TRIAL_PHASES,
} from '../../src/domain/indications';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

const schema = buildSchema(loadTypeDefs());

describe('the schema is the manual', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the enums of the indication model match the seed model', () => {
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
  it.each([
    ['Agency', AGENCIES],
    ['ApprovalStatus', INDICATION_STATUSES],
    ['TherapyLine', LINES_OF_THERAPY],
    ['TreatmentSetting', SETTINGS],
    ['Regimen', REGIMENS],
    ['ApprovalPathway', APPROVAL_PATHWAYS],
    ['TrialPhase', TRIAL_PHASES],
    ['AdverseEventCategory', ADVERSE_EVENT_CATEGORIES],
    ['DevelopmentStage', DEVELOPMENT_STAGES],
    ['CriterionRole', CRITERION_ROLES],
    ['CriterionOperator', CRITERION_OPERATORS],
    ['PreventionBasis', PREVENTION_BASES],
    ['SourceKind', SOURCE_KINDS],
  ])('%s', (name, expected) => {
    expect([...values(name)].sort()).toEqual([...expected].sort());
  });
});
