/**
 * The GraphQL enums are written in the SDL (their descriptions are the API's manual); everything
 * else reads the `as const` lists of src/domain. This file makes `npm run typecheck` fail when the
 * two differ by a single value, in either direction. It has no run-time content.
 */
import type * as Api from './generated/resolvers-types';
import type * as Indications from '../domain/indications';
import type * as Vocabulary from '../domain/vocabulary';

/** True only when A and B are the same type (not merely assignable one way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only with `true`: the error names the pair that differs. */
export type Assert<T extends true> = T;

export type VocabularyMatchesSchema = [
  Assert<Equal<Api.EntityKind, Vocabulary.EntityKind>>,
  Assert<Equal<Api.RelationType, Vocabulary.RelationType>>,
  Assert<Equal<Api.CheckpointRole, Vocabulary.CheckpointRole>>,
  Assert<Equal<Api.CancerCategory, Vocabulary.CancerCategory>>,
  Assert<Equal<Api.BiomarkerType, Vocabulary.BiomarkerType>>,
  Assert<Equal<Api.ResponseEffect, Vocabulary.ResponseEffect>>,
  Assert<Equal<Api.Agency, Indications.Agency>>,
  Assert<Equal<Api.ApprovalStatus, Indications.IndicationStatus>>,
  Assert<Equal<Api.TherapyLine, Indications.LineOfTherapy>>,
  Assert<Equal<Api.TreatmentSetting, Indications.TreatmentSetting>>,
  Assert<Equal<Api.Regimen, Indications.Regimen>>,
  Assert<Equal<Api.ApprovalPathway, Indications.ApprovalPathway>>,
  Assert<Equal<Api.TrialPhase, Indications.TrialPhase>>,
  Assert<Equal<Api.AdverseEventCategory, Indications.AdverseEventCategory>>,
  Assert<Equal<Api.DevelopmentStage, Indications.DevelopmentStage>>,
  Assert<Equal<Api.CriterionRole, Indications.CriterionRole>>,
  Assert<Equal<Api.CriterionOperator, Indications.CriterionOperator>>,
  Assert<Equal<Api.PreventionBasis, Indications.PreventionBasis>>,
  Assert<Equal<Api.SourceKind, Indications.SourceKind>>,
];

// The check itself is checked: a list one value short must not compile.
// @ts-expect-error Agency without EMA differs from the schema's Agency
export type ProvesTheCheckBites = Assert<Equal<Api.Agency, Exclude<Indications.Agency, 'EMA'>>>;
